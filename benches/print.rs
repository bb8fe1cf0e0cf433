//! Printing the arranged seed page: PDF (font subsetting included) and PNG at 150 dpi.

mod common;

use criterion::{Criterion, criterion_group, criterion_main};

use banmian::compose::compose_page;
use common::seed_layout;

fn bench(c: &mut Criterion) {
    let doc = seed_layout();
    let mut group = c.benchmark_group("print");
    group.sample_size(10);
    group.bench_function("PDF of the seed page", |b| {
        b.iter(|| {
            banmian::export::pdf::export_pdf(&compose_page(&doc), "bench", &Default::default())
                .expect("a PDF")
        })
    });
    group.bench_function("PNG of the seed page at 150 dpi", |b| {
        b.iter(|| {
            banmian::export::png::export_png(&compose_page(&doc), 150.0, &Default::default())
                .expect("a PNG")
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
