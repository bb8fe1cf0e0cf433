//! Import and export of the seed page, and of a 100-page file (the seed joined 100 times).

use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use banmian::import::import_bytes;
use banmian::model::Document;

fn seed() -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/000_3070ad3f5641883a.txt"))
        .expect("the seed")
}

fn import(bytes: &[u8]) -> Document {
    let imported = import_bytes(bytes, Path::new("bench.txt"), None, 0).expect("imports");
    Document {
        articles: imported.articles,
        source: imported.source,
        ..Document::default()
    }
}

fn bench(c: &mut Criterion) {
    let one = seed();
    let hundred = one.repeat(100);
    let mut group = c.benchmark_group("import_export");
    group.sample_size(20);
    for (name, bytes) in [("seed", &one), ("100 pages", &hundred)] {
        let doc = import(bytes);
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_function(format!("import {name}"), |b| b.iter(|| import(bytes)));
        group.bench_function(format!("export {name}"), |b| {
            b.iter(|| banmian::export::export_text(&doc).expect("exports"))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
