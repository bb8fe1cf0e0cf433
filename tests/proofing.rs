//! Proofing and preflight: every text check found in a manuscript of our own, every layout
//! check triggered by a built document, the printed seed nearly clean, and `banmian check`.

use banmian::check::{Finding, Severity, check, fixed_text};
use banmian::compose::compose_page;
use banmian::edit::arrange::arrange;
use banmian::model::{Document, Em, Frame, FrameId, Ignored};

use crate::cli::{banmian, stderr};
use crate::util::*;

/// A manuscript with one example of every text check.
pub(crate) const FAULTY: &str = "反诈宣传进社区\n\n　　近日,马村派出所开展“反诈宣传活动。民警讲解了电信诈骗的的手法。。\n　　活动中-民警发放传单...群众纷纷点赞。活动持续到二〇二三年3月，共发放ＡＢ类传单。\n　　民警 提醒群众，截止目前已劝阻多起诈骗\n通讯员 孙闫慧\n";

fn findings(doc: &Document) -> Vec<Finding> {
    check(doc, &compose_page(doc, fonts()))
}

fn kinds(found: &[Finding]) -> Vec<&'static str> {
    found.iter().map(|f| f.kind).collect()
}

#[test]
fn a_credit_in_the_lead_is_not_a_stray_space() {
    let lead = "反诈宣传进社区\n\n本报讯（通讯员 陈静 李强）活动现场，民警讲解了诈骗手法。民警 提醒群众注意。\n";
    let mut doc = import_doc(lead.as_bytes(), None);
    arrange(&mut doc, fonts());
    let spaces: Vec<String> = findings(&doc)
        .into_iter()
        .filter(|f| f.kind == "space_between_chinese")
        .map(|f| f.excerpt)
        .collect();
    assert_eq!(spaces.len(), 1, "only 民警 提醒: {spaces:?}");
    assert!(spaces[0].contains("民警 提醒"), "{spaces:?}");
}

#[test]
fn every_text_check_is_found_in_a_manuscript() {
    let mut doc = import_doc(FAULTY.as_bytes(), None);
    arrange(&mut doc, fonts());
    let found = findings(&doc);
    let kinds = kinds(&found);
    for kind in [
        "unbalanced_marks",
        "half_width_punctuation",
        "doubled_punctuation",
        "doubled_character",
        "ascii_dash",
        "ascii_ellipsis",
        "full_width_alphanumeric",
        "mixed_numerals",
        "space_between_chinese",
        "missing_sentence_end",
        "standard_expression",
    ] {
        assert!(kinds.contains(&kind), "{kind} not found in {kinds:?}");
    }
    for f in &found {
        assert!(f.excerpt.chars().count() <= 20, "{f:?}");
        let text = banmian::check::field_text(
            &doc,
            f.article.expect("an article"),
            f.field.expect("a field"),
        )
        .expect("the text");
        let range = f.range.clone().expect("a range");
        assert!(f.excerpt.contains(&text[range]), "{f:?}");
    }
    // Certain fixes put it right.
    let comma = found
        .iter()
        .find(|f| f.kind == "half_width_punctuation")
        .expect("the comma");
    assert!(fixed_text(&doc, comma).is_some_and(|t| t.starts_with("近日，马村")));
    let expression = found
        .iter()
        .find(|f| f.kind == "standard_expression")
        .expect("截止目前");
    assert!(fixed_text(&doc, expression).is_some_and(|t| t.contains("截至目前")));
    // An accepted finding stays quiet.
    let doubled = found
        .iter()
        .find(|f| f.kind == "doubled_character")
        .expect("的的");
    doc.proofing.ignored.push(Ignored {
        kind: doubled.kind.to_owned(),
        excerpt: doubled.excerpt.clone(),
    });
    assert!(!findings(&doc).iter().any(|f| f.kind == "doubled_character"));
}

#[test]
fn the_printed_seed_raises_at_most_two_errors() {
    let mut doc = import_doc(&seed_bytes(), None);
    arrange(&mut doc, fonts());
    let found = findings(&doc);
    let errors: Vec<&Finding> = found
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    assert!(errors.len() <= 2, "{errors:#?}");
}

#[test]
fn every_layout_check_is_triggered() {
    let mut seed = import_doc(&seed_bytes(), None);
    arrange(&mut seed, fonts());
    // The arranged seed has a shrunk headline and a 孤字 of its own.
    let kinds_of = |doc: &Document| findings(doc).iter().map(|f| f.kind).collect::<Vec<_>>();
    let found = kinds_of(&seed);
    assert!(found.contains(&"headline_shrunk"), "{found:?}");
    assert!(found.contains(&"widow"), "{found:?}");
    // Overset: the lead article's frame cut to five lines.
    let mut overset = seed.clone();
    let first = overset
        .first_frame(overset.articles[0].id)
        .expect("placed")
        .id;
    overset.frame_mut(first).expect("frame").height = 5;
    assert!(kinds_of(&overset).contains(&"overset"));
    // Overlap: a text frame laid on another.
    let mut overlap = seed.clone();
    let article = overlap.articles[1].id;
    overlap.add_text_frame(
        0,
        article,
        Frame::text(FrameId(900), Em(0.0), Em(18.0), 2, 5),
    );
    assert!(kinds_of(&overlap).contains(&"overlapping_frames"));
    // Unplaced: an article taken off the page.
    let mut unplaced = seed.clone();
    let article = unplaced.articles[2].id;
    for id in unplaced.chain(article) {
        unplaced.remove_frame(id);
    }
    assert!(kinds_of(&unplaced).contains(&"unplaced"));
    // Off the grid: a frame edge a third of an em off.
    let mut off_grid = seed.clone();
    off_grid.frame_mut(first).expect("frame").x = Em(0.3);
    assert!(kinds_of(&off_grid).contains(&"frame_off_grid"));
    assert!(!kinds_of(&seed).contains(&"frame_off_grid"));
    // A character no font has.
    let mut missing = seed.clone();
    missing.articles[0].headline = Some("锐意开拓进取\u{10FFFD}".to_owned());
    assert!(kinds_of(&missing).contains(&"missing_glyph"));
}

#[test]
fn check_on_the_command_line_prints_a_line_each_and_exits_1_on_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("faulty.txt"), FAULTY).expect("writes");
    let o = banmian(&["check", "faulty.txt"], dir.path());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        out.lines()
            .any(|l| l.starts_with("faulty.txt: article 1: half_width_punctuation: 近日,马村")),
        "{out}"
    );
    let o = banmian(&["check", "faulty.txt", "--json"], dir.path());
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let list = json["findings"].as_array().expect("findings");
    let first = &list[0];
    for key in ["kind", "severity", "article", "excerpt", "message"] {
        assert!(first.get(key).is_some(), "{key} in {first}");
    }
    assert_eq!(first["severity"], "error");
    // The seed, laid out, has no errors.
    std::fs::write(dir.path().join("seed.txt"), seed_bytes()).expect("writes");
    let o = banmian(&["check", "seed.txt"], dir.path());
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
}
