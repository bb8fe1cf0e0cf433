//! Printing the arranged seed page: PDF (font subsetting included), with five photos, and PNG
//! at 150 dpi.

mod common;

use criterion::{Criterion, criterion_group, criterion_main};

use banmian::compose::compose_page;
use common::{fonts, seed_layout};

fn bench(c: &mut Criterion) {
    let doc = seed_layout();
    let mut group = c.benchmark_group("print");
    group.sample_size(10);
    group.bench_function("PDF of the seed page", |b| {
        b.iter(|| {
            banmian::export::pdf::export_pdf(
                &compose_page(&doc, fonts()),
                "bench",
                &Default::default(),
            )
            .expect("a PDF")
        })
    });
    let pictures = tempfile::tempdir().expect("temp dir");
    let with_photos = common::seed_with_photos(pictures.path(), 5, 3000, 2000);
    let photo_bytes: u64 = std::fs::read_dir(pictures.path())
        .expect("lists")
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| m.len())
        .sum();
    let pdf = banmian::export::pdf::export_pdf(
        &compose_page(&with_photos, fonts()),
        "bench",
        &Default::default(),
    )
    .expect("a PDF");
    let placed = compose_page(&with_photos, fonts())
        .photos
        .iter()
        .filter(|p| p.frame.is_some())
        .count();
    println!(
        "seed page with 5 photos ({placed} placed): PDF {} KB, photos {} KB",
        pdf.len() / 1024,
        photo_bytes / 1024
    );
    group.bench_function("PDF of the seed page with 5 photos", |b| {
        b.iter(|| {
            banmian::export::pdf::export_pdf(
                &compose_page(&with_photos, fonts()),
                "bench",
                &Default::default(),
            )
            .expect("a PDF")
        })
    });
    let issue = common::issue(pictures.path(), 4);
    group.bench_function("PDF of a 4-page issue with 12 photos", |b| {
        b.iter(|| {
            banmian::export::pdf::export_pdf(
                &compose_page(&issue, fonts()),
                "bench",
                &Default::default(),
            )
            .expect("a PDF")
        })
    });
    // The e-paper of a 2-page issue: page pictures at two resolutions (drawn in parallel),
    // photos copied, every HTML file.
    let two = common::issue(pictures.path(), 2);
    group.bench_function("e-paper of a 2-page issue", |b| {
        b.iter(|| {
            let page = compose_page(&two, fonts());
            banmian::export::html::build_site(&two, &page)
                .expect("a site")
                .len()
        })
    });
    group.bench_function("PNG of the seed page at 150 dpi", |b| {
        b.iter(|| {
            banmian::export::png::export_png(
                &compose_page(&doc, fonts()),
                150.0,
                &Default::default(),
            )
            .expect("a PNG")
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
