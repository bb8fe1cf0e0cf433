use banmian::compose::{SetKind, compose_page};
use banmian::edit::arrange::arrange;
use banmian::fonts::FaceChain;
use banmian::model::{Block, Document, Em};
use banmian::typeset::class::{is_no_end, is_no_start};
use banmian::typeset::{Style, line_width, min_line_width, set_line, typeset};
use proptest::prelude::*;

use crate::util::*;

fn lines_of(text: &str, measure: f32) -> Vec<String> {
    typeset(text, &Style::default(), Em(measure), false)
        .iter()
        .map(|l| l.text(text).to_owned())
        .collect()
}

#[test]
fn kaiming_widths_fit_21_characters_in_18_em() {
    // Seed line 12: the marks are half width, so 21 characters make 18 ems.
    let line = "个一”布局、“精细化”标准和“三个目标”导";
    assert_eq!(line.chars().count(), 21);
    assert_eq!(min_line_width(line, &Style::default()), Em(18.0));
}

#[test]
fn closing_marks_are_pushed_in_not_left_to_start_a_line() {
    // Seed line 4: the comma is pushed into the line (18 em with it at half width).
    let text = "想为指导，全面贯彻落实党的二十大精神，按照中央";
    assert_eq!(
        lines_of(text, 18.0)[0],
        "想为指导，全面贯彻落实党的二十大精神，"
    );
    // When even the squeezed mark does not fit, a character comes down with it.
    let lines = lines_of("一二三四五六七八九十。后面", 10.0);
    assert!(lines.iter().all(|l| !l.starts_with('。')), "{lines:?}");
}

#[test]
fn no_line_ends_with_an_opening_mark() {
    let text = "甲乙丙丁戊己庚辛壬“癸子丑寅卯”辰巳";
    let style = Style::default().with_indent(Em::ZERO);
    for line in typeset(text, &style, Em(10.0), true) {
        let t = line.text(text);
        assert!(!t.ends_with('“'), "{t:?}");
    }
}

#[test]
fn numbers_and_dashes_stay_whole() {
    let lines = lines_of("破案率达到100%。二〇二三年——全市公安机关……继续推进", 6.0);
    let joined = lines.join("|");
    assert!(joined.contains("100%"), "{joined}");
    assert!(
        !joined.contains("—|—") && !joined.contains("…|…"),
        "{joined}"
    );
}

#[test]
fn justified_lines_fill_the_measure_and_the_last_is_flush_left() {
    let text = "2022年，全市公安机关在市委、市政府和省公安厅党委的坚强领导下，紧扣“四个一”布局、“精细化”标准和“三个目标”导向。";
    let measure = Em(18.0);
    let lines = typeset(text, &Style::default(), measure, true);
    let (last, full) = lines.split_last().expect("lines");
    for line in full {
        assert!(line.justified || (line.width - (measure - line.indent)).get().abs() < 1e-3);
        assert!(
            (line.indent + line.width - measure).get().abs() < 1e-3,
            "{line:?}"
        );
    }
    assert!(!last.justified);
    assert_eq!(lines[0].indent, Em(2.0));
    // Characters advance left to right without overlapping.
    for line in &lines {
        for pair in line.glyphs.windows(2) {
            assert!(pair[1].x.get() >= pair[0].x.get() + pair[0].width.get() - 1e-3);
        }
    }
}

#[test]
fn retypesetting_at_the_measured_width_is_stable() {
    let seed = import_doc(&seed_bytes(), None);
    let (style, measure) = (Style::default(), Em(18.0));
    for p in seed.articles.iter().flat_map(|a| a.paragraphs()) {
        let lines = typeset(&p.text, &style, measure, !p.continues);
        for (i, line) in lines.iter().enumerate() {
            let rest = &p.text[line.range.start..];
            let again = typeset(rest, &style, measure, !p.continues && i == 0);
            assert_eq!(again[0].text(rest), line.text(&p.text));
        }
    }
}

#[test]
fn editing_a_paragraph_rewraps_only_that_paragraph() {
    let bytes = seed_bytes();
    let mut doc = import_doc(&bytes, None);
    let Some(Block::Paragraph(p)) = doc.articles[4].body.get_mut(0) else {
        panic!("article 5 opens with a paragraph");
    };
    p.set_text(p.text.replacen("动员会议，", "动员大会，", 1));
    let edited = String::from_utf8(export(&doc)).expect("UTF-8");
    let original = String::from_utf8(bytes).expect("UTF-8");
    let (a, b): (Vec<&str>, Vec<&str>) =
        (edited.split('\n').collect(), original.split('\n').collect());
    // Seed lines 182–184 are that paragraph; every other line is as printed.
    assert_eq!(a.len(), b.len());
    for (i, (x, y)) in a.iter().zip(&b).enumerate() {
        if !(181..=183).contains(&i) {
            assert_eq!(x, y, "line {} changed", i + 1);
        }
    }
    assert!(a[181].contains("动员大会"));
    assert_ne!(a[181..184], b[181..184]);
}

#[test]
fn an_unplaced_article_set_afresh_is_set_at_a_base_column() {
    let mut doc = import_doc(&seed_bytes(), None);
    doc.setup.base_column_em = Em(12.0);
    doc.articles[0].set_afresh();
    let text = String::from_utf8(export(&doc)).expect("UTF-8");
    let first = text.split('\n').nth(1).expect("a line");
    assert_eq!(
        first, "近日，全市公安局长会",
        "indent 2 + 9.5 em; 议 would make 12.5"
    );
    assert!(
        text.split('\n')
            .take(80)
            .all(
                |l| min_line_width(l, &Style::default()).get() <= 12.0 + 1e-3
                    || l.contains("通讯员")
            )
    );
}

#[test]
fn lines_take_their_length_from_the_frame() {
    let mut doc = import_doc(&seed_bytes(), None);
    arrange(&mut doc, fonts());
    let id = doc.articles[0].id;
    let frame = doc.first_frame(id).expect("placed").id;
    // Two text columns of 12 em: every edited line of the article is set in 12 em.
    if let Some(f) = doc.frame_mut(frame) {
        f.width = Em(25.0);
        f.set_text_columns(2);
    }
    doc.reset_lines();
    let page = compose_page(&doc, fonts());
    let set = &page.article(id).expect("composed").set;
    for item in &set.items {
        if let SetKind::Line { text, room, .. } = &item.kind {
            assert_eq!(*room, Em(12.0));
            assert!(
                min_line_width(text, &Style::default()).get() <= 12.0 + 1e-3
                    || text.contains("通讯员")
            );
        }
    }
}

#[test]
fn column_breaks_force_columns_only_when_kept() {
    let mut doc = import_doc(&seed_bytes(), None);
    arrange(&mut doc, fonts());
    let id = doc.articles[0].id;
    let frame = doc.first_frame(id).expect("placed").clone();
    let columns = |doc: &Document| -> Vec<u32> {
        let page = compose_page(doc, fonts());
        let set = &page.article(id).expect("composed").set;
        (0..frame.text_columns())
            .map(|c| {
                set.items
                    .iter()
                    .filter_map(|i| i.slot.filter(|s| s.column == c).map(|s| s.line + i.lines()))
                    .max()
                    .unwrap_or(0)
            })
            .collect()
    };
    // Free flow: the columns end together (balanced), the last may be shorter.
    let balanced = columns(&doc);
    let most = *balanced.iter().max().expect("columns");
    for &c in &balanced[..balanced.len() - 1] {
        assert!(most - c <= 2, "balanced: {balanced:?}");
    }
    // Kept: every printed column break starts a new column, as printed: ragged feet.
    doc.articles[0].keep_printed_columns = true;
    if let Some(f) = doc.frame_mut(frame.id) {
        f.height = 123 - f.line;
    }
    let kept = columns(&doc);
    assert_ne!(kept, balanced);
    assert!(kept.iter().min() < balanced.iter().min(), "{kept:?}");
    // The breaks stay in the body either way, so the text export is unchanged.
    assert_eq!(export(&doc), seed_bytes());
}

#[test]
fn the_arranged_seed_page_fits_without_overset_or_overlap() {
    let mut doc = import_doc(&seed_bytes(), None);
    arrange(&mut doc, fonts());
    assert_eq!(doc.frames().count(), 11, "every article placed");
    assert!(doc.overlapping_frames().is_empty());
    let page = compose_page(&doc, fonts());
    for a in &page.articles {
        assert!(a.placed());
        assert_eq!(a.set.overset_chars(), 0, "{:?}", a.id);
    }
    // Every body character is drawn exactly once.
    let drawn: usize = page.runs(0).map(|r| r.glyphs.len()).sum();
    assert!(drawn > 5000, "{drawn}");
}

/// Whether a line could legally have ended somewhere inside it (clreq's prohibition rules, Latin
/// words and numbers whole, `——`/`……` whole).
fn has_legal_break_inside(line: &str) -> bool {
    let chars: Vec<char> = line.trim_end().chars().collect();
    let word = |c: char| c.is_ascii_graphic();
    (1..chars.len()).any(|i| {
        let b = chars[i];
        // A line ending in spaces ends, to the eye, at the character before them.
        let Some(&a) = chars[..i].iter().rev().find(|c| **c != ' ') else {
            return false;
        };
        let pair = matches!(b, '—' | '…')
            && a == b
            && chars[..i].iter().rev().take_while(|&&c| c == b).count() % 2 == 1;
        let glued = (word(chars[i - 1]) && word(b)) || pair || b == ' ';
        !(is_no_end(a) || is_no_start(b) || glued)
    })
}

/// Text made of ideographs, Latin, digits, spaces and every kind of mark.
fn mixed_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "公", "安", "局", "长", "会", "议", "，", "。", "、", "；", "：", "“", "”", "《", "》",
        "（", "）", "！", "？", "——", "……", "2023", "100%", "GPS", " ", "·", "a", "Z", "年", "月",
    ]);
    prop::collection::vec(pieces, 1..120).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn typesetting_keeps_every_character_in_order(text in mixed_text(), measure in 2.0f32..40.0) {
        let lines = typeset(&text, &Style::default(), Em(measure), true);
        let joined: String = lines.iter().map(|l| l.text(&text)).collect();
        prop_assert_eq!(&joined, &text);
        let glyphs: String = lines.iter().flat_map(|l| l.glyphs.iter().map(|g| g.ch)).collect();
        prop_assert_eq!(&glyphs, &text);
    }

    #[test]
    fn no_line_is_wider_than_the_measure(text in mixed_text(), measure in 2.0f32..40.0) {
        for line in typeset(&text, &Style::default(), Em(measure), true) {
            prop_assert!((line.indent + line.natural_width).get() <= measure + 1e-3, "{:?}", line.text(&text));
            if let Some(last) = line.glyphs.iter().rev().find(|g| g.ch != ' ') {
                prop_assert!((last.x + last.width).get() <= measure + 1e-3);
            }
        }
    }

    #[test]
    fn prohibited_marks_only_where_nothing_else_fits(text in mixed_text(), measure in 4.0f32..40.0) {
        let lines = typeset(&text, &Style::default(), Em(measure), true);
        for pair in lines.windows(2) {
            let next = pair[1].text(&text);
            let this = pair[0].text(&text);
            let bad_start = next.chars().next().is_some_and(is_no_start);
            let bad_end = this.trim_end().chars().last().is_some_and(is_no_end);
            if bad_start || bad_end {
                // Allowed only when nothing else was possible: no legal break inside the line
                // to push the mark's neighbour down with it.
                prop_assert!(!has_legal_break_inside(this), "{:?} | {:?}", this, next);
            }
        }
    }

    /// A headline is measured by `line_width` and drawn by `set_line`: the two agree to the bit,
    /// whatever the text (spaces at its ends, marks trimmed, Latin beside Han).
    #[test]
    fn a_line_is_as_wide_measured_as_set(text in mixed_text()) {
        for style in [Style::default(), Style::display(FaceChain::default())] {
            let set = set_line(&text, &style).width;
            prop_assert_eq!(line_width(&text, &style).get().to_bits(), set.get().to_bits(), "{:?}", text);
        }
    }

    #[test]
    fn the_same_input_gives_the_same_lines(text in mixed_text(), measure in 2.0f32..40.0) {
        let style = Style::default();
        prop_assert_eq!(
            typeset(&text, &style, Em(measure), true),
            typeset(&text, &style, Em(measure), true)
        );
    }
}

#[test]
fn asking_several_measures_at_once_gives_the_same_breaks() {
    use banmian::typeset::FirstLines;
    let seed = import_doc(&seed_bytes(), None);
    let measures = [Em(16.0), Em(17.5), Em(18.0), Em(26.5), Em(30.0)];
    for p in seed.articles.iter().flat_map(|a| a.paragraphs()) {
        let lines = FirstLines::new(p.text.clone(), &Style::default());
        let mut start = 0;
        for line in p.printed_line_texts().expect("as printed") {
            let opens = start == 0 && !p.continues;
            let together = lines.line_ends(start, &Style::default(), opens, &measures);
            for (m, end) in measures.iter().zip(together) {
                assert_eq!(end, lines.line_end(start, &Style::default(), *m, opens));
            }
            start += line.len();
        }
    }
}

#[test]
fn no_ink_collides_on_the_arranged_seed_page() {
    let mut doc = import_doc(&seed_bytes(), None);
    arrange(&mut doc, fonts());
    let page = compose_page(&doc, fonts());
    let hits = banmian::compose::ink::collisions(&page);
    let shown: Vec<String> = hits
        .iter()
        .take(12)
        .map(|(a, b)| {
            format!(
                "{}@{:.1},{:.1} × {}@{:.1},{:.1}",
                a.ch, a.left, a.top, b.ch, b.left, b.top
            )
        })
        .collect();
    assert!(hits.is_empty(), "{} collisions: {shown:?}", hits.len());
}
