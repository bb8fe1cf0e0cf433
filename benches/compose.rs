//! Composition: recomposing the seed page after a one-paragraph edit (what the editor does on a
//! keystroke), composing a 40-article page with 10 chains of frames and 5 picture boxes,
//! arranging the imported seed, and a page with a hostile kicker.

mod common;

use criterion::{Criterion, criterion_group, criterion_main};

use banmian::compose::compose_page;
use banmian::edit::arrange::arrange;
use banmian::edit::{Edit, Session};
use banmian::model::{Document, Frame, FrameKind};
use common::{fonts, import, seed_bytes, seed_layout};

/// Forty articles (the seed's, four times over) on a page tall enough to hold them, ten of their
/// frames cut into linked pairs and five picture boxes laid over others.
fn big_page() -> Document {
    let seed = import(&seed_bytes());
    let mut doc = Document::default();
    doc.setup.height_mm = 2000.0;
    doc.append_articles((0..40).map(|k| seed.articles[k % 11].clone()).collect());
    arrange(&mut doc, fonts());
    let frames: Vec<Frame> = doc
        .frames()
        .map(|(_, f)| f.clone())
        .filter(|f| f.kind() == FrameKind::Text && f.height >= 10)
        .collect();
    for frame in frames.iter().take(10) {
        let id = doc.next_frame_id();
        let mut lower = frame.clone();
        lower.id = id;
        lower.line = frame.line + frame.height / 2;
        lower.height = frame.height - frame.height / 2;
        if let Some(f) = doc.frame_mut(frame.id) {
            f.height /= 2;
        }
        doc.link_after(frame.id, 0, lower);
    }
    for frame in frames.iter().skip(10).take(5) {
        let id = doc.next_frame_id();
        let width = frame.width * 0.4;
        doc.add_frame(
            0,
            Frame::picture_box(id, frame.x, width, frame.line + 2, frame.height / 2),
        );
    }
    doc
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("compose");
    let mut session = Session::new(seed_layout(), fonts().clone());
    session.composed();
    let article = session.doc().articles[4].id;
    let texts = [
        "近日，市公安局召开创建全国文明典范城市动员大会。",
        "近日，市公安局召开创建全国文明典范城市动员会议。",
    ];
    let mut k = 0;
    group.bench_function("recompose the seed after a one-paragraph edit", |b| {
        b.iter(|| {
            k += 1;
            session.apply(
                Edit::SetBlockText {
                    article,
                    block: 0,
                    text: texts[k % 2].to_owned(),
                },
                None,
            );
            session.composed().items.len()
        })
    });
    let doc = big_page();
    let chains = doc.articles.iter().filter(|a| a.frames.len() > 1).count();
    let boxes = doc
        .frames()
        .filter(|(_, f)| f.kind() == FrameKind::Box)
        .count();
    group.bench_function(
        format!("40-article page, {chains} chains, {boxes} picture boxes"),
        |b| b.iter(|| compose_page(&doc, fonts()).items.len()),
    );
    // What opening a page-flow file does before the editor shows it.
    let imported = import(&seed_bytes());
    group.bench_function("arrange the imported seed page", |b| {
        b.iter(|| {
            let mut doc = imported.clone();
            arrange(&mut doc, fonts());
            doc.frames().count()
        })
    });
    let pictures = tempfile::tempdir().expect("temp dir");
    let issue = common::issue(pictures.path(), 4);
    let placed = issue
        .frames()
        .filter(|(_, f)| f.kind() == FrameKind::Photo)
        .count();
    group.bench_function(
        format!("4-page issue, 40 articles, 12 photos ({placed} placed)"),
        |b| b.iter(|| compose_page(&issue, fonts()).items.len()),
    );
    // Found by the fuzzer (fuzz/, `ron`): a kicker of 300,000 letters took 1.3 s to set.
    let mut long_kicker = seed_layout();
    long_kicker.articles[0].kicker = Some("A".repeat(300_000));
    group.bench_function("seed page with a 300,000-letter kicker", |b| {
        b.iter(|| compose_page(&long_kicker, fonts()).items.len())
    });
    group.finish();
}

/// All proofing and preflight checks on the arranged seed page, its composed page given: the
/// Check panel runs them after every edit.
fn check(c: &mut Criterion) {
    let doc = seed_layout();
    let page = banmian::compose::compose_page(&doc, fonts());
    let mut group = c.benchmark_group("check");
    group.bench_function("all checks on the seed page", |b| {
        b.iter(|| banmian::check::check(&doc, &page))
    });
    group.finish();
}

criterion_group!(benches, bench, check);
criterion_main!(benches);
