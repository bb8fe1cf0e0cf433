use banmian::model::Em;
use encoding_rs::{GB18030, UTF_16BE, UTF_16LE};

use crate::seed::SEED_TRIPLES;
use crate::util::*;

/// First line (1-based) of each article in the seed.
const ARTICLE_STARTS: [usize; 11] = [2, 82, 160, 170, 182, 200, 226, 316, 332, 347, 366];

fn seed_articles() -> Vec<Vec<String>> {
    let text = seed_text();
    let lines: Vec<&str> = text.split('\n').collect();
    ARTICLE_STARTS
        .iter()
        .enumerate()
        .map(|(i, &start)| {
            let end = ARTICLE_STARTS.get(i + 1).map_or(lines.len(), |&e| e - 1);
            lines[start - 1..end]
                .iter()
                .map(|s| (*s).to_owned())
                .collect()
        })
        .collect()
}

fn round_trips(bytes: &[u8]) -> banmian::model::Document {
    let doc = import_doc(bytes, None);
    assert_same_text(&export(&doc), bytes);
    assert_same_text(&export(&through_ron(&doc)), bytes);
    doc
}

#[test]
fn gb18030_crlf_copy_round_trips() {
    let crlf = seed_text().replace('\n', "\r\n");
    let (bytes, _, errors) = GB18030.encode(&crlf);
    assert!(!errors);
    let doc = round_trips(&bytes);
    assert_eq!(doc.source.encoding, "gb18030");
    assert_eq!(doc.articles.len(), 11);
}

#[test]
fn utf8_bom_copy_round_trips() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(seed_bytes());
    let doc = round_trips(&bytes);
    assert!(doc.source.bom);
    assert_eq!(doc.articles.len(), 11);
}

#[test]
fn utf16_copies_round_trip() {
    for (enc, bom) in [(UTF_16LE, [0xFF, 0xFE]), (UTF_16BE, [0xFE, 0xFF])] {
        let mut bytes = bom.to_vec();
        let units = seed_text().encode_utf16().collect::<Vec<_>>();
        for u in units {
            bytes.extend(if enc == UTF_16LE {
                u.to_le_bytes()
            } else {
                u.to_be_bytes()
            });
        }
        let doc = round_trips(&bytes);
        assert_eq!(doc.articles.len(), 11, "{}", enc.name());
    }
}

#[test]
fn articles_in_another_order() {
    let articles = seed_articles();
    let order = [6, 10, 2, 0, 9, 4, 1, 8, 3, 7, 5];
    let mut lines = vec![String::new()];
    for &i in &order {
        lines.extend(articles[i].iter().cloned());
    }
    let text = lines.join("\n");
    let doc = round_trips(text.as_bytes());
    let want: Vec<(String, String, String)> = order
        .iter()
        .map(|&i| {
            let (k, h, b) = SEED_TRIPLES[i];
            (k.to_owned(), h.to_owned(), b.to_owned())
        })
        .collect();
    assert_eq!(triples(&doc), want);
    let breaks: usize = doc.articles.iter().map(|a| a.column_break_count()).sum();
    assert_eq!(breaks, 16);
}

#[test]
fn several_pages_in_one_file() {
    let page = seed_text();
    let text = format!("{page}{page}{page}");
    let doc = round_trips(text.as_bytes());
    assert_eq!(doc.articles.len(), 33);
    let paragraphs: usize = doc.articles.iter().map(|a| a.paragraph_count()).sum();
    assert_eq!(paragraphs, 120);
}

/// Re-sets the seed's articles at another measure, exports that page, and reads it back: the
/// importer must find the new measure and the same structure.
#[test]
fn pages_set_at_other_measures() {
    let seed = import_doc(&seed_bytes(), None);
    for measure in [15.0, 21.0, 24.0, 27.5, 33.0] {
        let mut doc = seed.clone();
        doc.setup.base_column_em = Em(measure);
        for a in &mut doc.articles {
            a.set_afresh();
        }
        let text = export(&doc);
        let reread = round_trips(&text);
        assert_eq!(triples(&reread), triples(&seed), "at {measure} em");
        for (a, b) in reread.articles.iter().zip(&seed.articles) {
            assert_eq!(
                a.printed.as_ref().map(|r| r.measure),
                Some(Em(measure)),
                "{} at {measure} em",
                b.title()
            );
            assert_eq!(
                a.paragraph_count(),
                b.paragraph_count(),
                "{} at {measure} em",
                b.title()
            );
            assert_eq!(a.subheads(), b.subheads(), "{} at {measure} em", b.title());
        }
    }
}

/// Issue 12: a file that mixes line endings, and one from an old Mac that ends lines with a lone
/// CR, are read line by line and written back byte for byte.
#[test]
fn mixed_and_cr_only_line_endings_round_trip() {
    let seed = seed_text();
    let lines: Vec<&str> = seed.split('\n').collect();
    let mut mixed = String::new();
    for (i, line) in lines.iter().enumerate() {
        mixed.push_str(line);
        if i + 1 < lines.len() {
            mixed.push_str(if i % 3 == 0 { "\r\n" } else { "\n" });
        }
    }
    let cr_only = seed.replace('\n', "\r");
    for text in [mixed, cr_only] {
        let doc = round_trips(text.as_bytes());
        assert_eq!(doc.articles.len(), 11);
        assert_eq!(triples(&doc), triples(&import_doc(&seed_bytes(), None)));
    }
}

/// Issue 12: bylines come back exactly as they stood: full-width spaces, non-breaking spaces,
/// doubled, leading and trailing spaces, brackets.
#[test]
fn bylines_round_trip_as_they_stood() {
    let seed = seed_text();
    for (from, to) in [
        ("\n通讯员 侯宪锋\n", "\n通讯员\u{3000}侯宪锋\n"),
        ("\n通讯员 侯宪锋\n", "\n通讯员  侯宪锋\n"),
        ("\n通讯员 侯宪锋\n", "\n 通讯员 侯宪锋  \n"),
        ("\n通讯员 侯宪锋\n", "\n（通讯员 侯宪锋）\n"),
        ("念头。 通讯员 宋浴铭", "念头。 通讯员\u{a0}宋浴铭"),
    ] {
        let text = seed.replacen(from, to, 1);
        assert_ne!(text, seed);
        let doc = round_trips(text.as_bytes());
        let bylines: Vec<&str> = doc
            .articles
            .iter()
            .filter_map(|a| a.byline.as_ref().map(|b| b.text.as_str()))
            .collect();
        assert!(
            bylines.contains(&"通讯员 侯宪锋") && bylines.contains(&"通讯员 宋浴铭"),
            "still read as bylines: {bylines:?}"
        );
    }
}

/// Issue 12: one indented line, or a blank line holding an ideographic space, leaves a printed
/// page a printed page: read as such, and written back byte for byte.
#[test]
fn a_stray_indent_does_not_make_a_page_a_manuscript() {
    let seed = seed_text();
    for (from, to) in [
        (
            "\n近日，全市公安局长会议召开。会议\n",
            "\n\t近日，全市公安局长会议召开。会议\n",
        ),
        (
            "\n近日，全市公安局长会议召开。会议\n",
            "\n\u{3000}\u{3000}近日，全市公安局长会议召开。会议\n",
        ),
        ("\n\n时代新征程上", "\n\u{3000}\n时代新征程上"),
    ] {
        let text = seed.replacen(from, to, 1);
        assert_ne!(text, seed);
        let doc = round_trips(text.as_bytes());
        assert_eq!(doc.articles.len(), 11, "{to:?}");
        assert_eq!(triples(&doc), triples(&import_doc(&seed_bytes(), None)));
    }
}

/// Issue 12: page or manuscript is decided block by block. A third of the page's lines indented,
/// in its eleven longest blocks (a correspondent's paste, or an indenting editor), once made the
/// whole page a manuscript; the page's other blocks, set at a measure, outvote them.
#[test]
fn indented_blocks_do_not_outvote_a_printed_page() {
    let text = seed_text();
    let mut blocks: Vec<Vec<String>> = vec![Vec::new()];
    for line in text.split('\n') {
        if line.trim().is_empty() {
            blocks.push(vec![line.to_owned()]);
        } else {
            blocks.last_mut().expect("a block").push(line.to_owned());
        }
    }
    let mut longest: Vec<usize> = (0..blocks.len()).collect();
    longest.sort_by_key(|&i| std::cmp::Reverse(blocks[i].len()));
    for &i in &longest[..11] {
        for line in blocks[i].iter_mut().filter(|l| !l.trim().is_empty()) {
            line.insert_str(0, "\u{3000}\u{3000}");
        }
    }
    let indented = blocks.concat().join("\n");
    let lines = indented.lines().filter(|l| !l.trim().is_empty()).count();
    let starts = indented
        .lines()
        .filter(|l| l.starts_with('\u{3000}'))
        .count();
    assert!(starts * 3 >= lines, "{starts} of {lines} lines indented");
    assert_eq!(
        banmian::import::detect_format(&indented),
        banmian::import::Format::Page
    );
    let doc = round_trips(indented.as_bytes());
    assert_eq!(doc.articles.len(), 11);
}
