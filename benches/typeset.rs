//! Typesetting every paragraph of the seed (about 6,000 characters), and of a 100-page issue;
//! and composing the arranged seed page (what the editor does on every keystroke).

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};

use banmian::model::{Document, Em};
use banmian::typeset::{Style, typeset};

fn seed_doc() -> Document {
    let bytes =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/000_3070ad3f5641883a.txt"))
            .expect("the seed");
    let imported =
        banmian::import::import_bytes(&bytes, Path::new("bench.txt"), None, 0).expect("imports");
    let mut doc = Document {
        articles: imported.articles,
        source: imported.source,
        ..Document::default()
    };
    banmian::compose::arrange::arrange(&mut doc);
    doc
}

fn bench(c: &mut Criterion) {
    let doc = seed_doc();
    let paragraphs: Vec<(String, Em, bool)> = doc
        .articles
        .iter()
        .flat_map(|a| {
            a.paragraphs()
                .map(move |p| (p.text.clone(), a.measure, !p.continues))
        })
        .collect();
    let chars: usize = paragraphs.iter().map(|(t, ..)| t.chars().count()).sum();
    let set_all = |paras: &[(String, Em, bool)]| {
        paras
            .iter()
            .map(|(text, measure, opens)| {
                typeset(text, &Style::default().with_measure(*measure), *opens).len()
            })
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
    group.bench_function("compose the arranged seed page", |b| {
        b.iter(|| banmian::compose::compose_page(&doc))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
