//! Import and export of the seed page, and of a 100-page file (the seed joined 100 times).

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use common::{import, seed_bytes};

fn bench(c: &mut Criterion) {
    let one = seed_bytes();
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
