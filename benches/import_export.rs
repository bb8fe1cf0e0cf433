//! Import and export of the seed page, and of a 100-page file (the seed joined 100 times); import
//! of a 20-page Word manuscript with five photos.

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use common::{fonts, import, seed_bytes};

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
            b.iter(|| banmian::export::export_text(&doc, fonts()).expect("exports"))
        });
    }
    group.finish();
}

/// A Word manuscript of about twenty pages (200 paragraphs of 90 characters, a subhead every
/// twenty) with five 3000 × 2000 JPEGs, written as Word lays out its parts.
fn write_word(dir: &std::path::Path) -> std::path::PathBuf {
    use std::io::Write as _;
    let path = dir.join("manuscript.docx");
    let sentence =
        "近日，全市公安机关坚持以人民为中心，扎实开展各项工作，有力维护了社会大局持续稳定。";
    let mut body = String::from(
        r#"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="44"/></w:rPr><w:t>锐意开拓进取 锻造公安铁军</w:t></w:r></w:p>"#,
    );
    for k in 0..200 {
        if k % 20 == 10 {
            body.push_str(
                r#"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>加强领导 组织有力</w:t></w:r></w:p>"#,
            );
        }
        if k % 40 == 20 {
            let rid = 7 + k / 40;
            body.push_str(&format!(
                r#"<w:p><w:r><w:drawing><a:blip r:embed="rId{rid}"/></w:drawing></w:r></w:p><w:p><w:r><w:t>图为民警在现场。 通讯员 张三 摄</w:t></w:r></w:p>"#
            ));
        }
        body.push_str(&format!(
            r#"<w:p><w:r><w:t xml:space="preserve">　　{sentence}{sentence}</w:t></w:r></w:p>"#
        ));
    }
    body.push_str("<w:p><w:r><w:t>通讯员 侯宪锋</w:t></w:r></w:p>");
    let file = std::fs::File::create(&path).expect("creates");
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default();
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="w" xmlns:r="r" xmlns:a="a"><w:body>{body}</w:body></w:document>"#
    );
    zip.start_file("word/document.xml", options).expect("part");
    zip.write_all(document.as_bytes()).expect("writes");
    let mut rels = String::new();
    for k in 0..5 {
        let photo = dir.join(format!("p{k}.jpg"));
        common::write_photo(&photo, 3000, 2000, k);
        zip.start_file(format!("word/media/image{k}.jpeg"), options)
            .expect("part");
        zip.write_all(&std::fs::read(&photo).expect("photo"))
            .expect("writes");
        rels.push_str(&format!(
            r#"<Relationship Id="rId{}" Target="media/image{k}.jpeg"/>"#,
            k + 7
        ));
    }
    zip.start_file("word/_rels/document.xml.rels", options)
        .expect("part");
    zip.write_all(format!("<Relationships>{rels}</Relationships>").as_bytes())
        .expect("writes");
    zip.finish().expect("finishes");
    path
}

fn word(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write_word(dir.path());
    let doc = banmian::import::import_files(std::slice::from_ref(&path), None).expect("imports");
    let article = &doc.articles[0];
    println!(
        "20-page Word manuscript: {} paragraphs, {} subheads, {} photos, {} chars",
        article.paragraph_count(),
        article.subheads().len(),
        article.photos.len(),
        article.char_count()
    );
    let mut group = c.benchmark_group("import_export");
    group.sample_size(20);
    group.bench_function("import a 20-page .docx with 5 photos", |b| {
        b.iter(|| {
            banmian::import::import_files(std::slice::from_ref(&path), None).expect("imports")
        })
    });
    group.finish();
}

criterion_group!(benches, bench, word);
criterion_main!(benches);
