//! Typesetting every paragraph of the seed (about 6,000 characters), of a 100-page issue, and of
//! hostile megabyte lines; and composing the arranged seed page.

mod common;

use criterion::{Criterion, criterion_group, criterion_main};

use banmian::model::Em;
use banmian::typeset::{Style, typeset};
use common::{fonts, seed_layout};

fn bench(c: &mut Criterion) {
    let doc = seed_layout();
    let paragraphs: Vec<(String, Em, bool)> = doc
        .articles
        .iter()
        .flat_map(|a| {
            let measure = a.printed.as_ref().map_or(Em(18.0), |r| r.measure);
            a.paragraphs()
                .map(move |p| (p.text.clone(), measure, !p.continues))
        })
        .collect();
    let chars: usize = paragraphs.iter().map(|(t, ..)| t.chars().count()).sum();
    let set_all = |paras: &[(String, Em, bool)]| {
        paras
            .iter()
            .map(|(text, measure, opens)| typeset(text, &Style::default(), *measure, *opens).len())
            .sum::<usize>()
    };
    let hundred: Vec<(String, Em, bool)> =
        (0..100).flat_map(|_| paragraphs.iter().cloned()).collect();
    let mut group = c.benchmark_group("typeset");
    group.bench_function(format!("seed paragraphs ({chars} chars)"), |b| {
        b.iter(|| set_all(&paragraphs))
    });
    group.sample_size(20);
    group.bench_function("100-page issue", |b| b.iter(|| set_all(&hundred)));
    // Hostile shapes: a megabyte with no break opportunity, and a megabyte line of short words.
    let word = "A".repeat(1 << 20);
    let words = "ab ".repeat((1 << 20) / 3);
    let style = Style::default();
    group.bench_function("1 MB unbreakable run", |b| {
        b.iter(|| typeset(&word, &style, Em(18.0), false).len())
    });
    group.bench_function("1 MB line with spaces", |b| {
        b.iter(|| typeset(&words, &style, Em(18.0), false).len())
    });
    group.bench_function("compose the arranged seed page", |b| {
        b.iter(|| banmian::compose::compose_page(&doc, fonts()))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
