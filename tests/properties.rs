//! Properties of composed pages over random pages: random articles, frames, chains and wrapping
//! picture boxes. Whatever the page, no character is lost or doubled, nothing is set outside its
//! region or under a picture, no ink lands on ink, and an untouched page exports as it came.

use banmian::compose::ink::{collisions, ink_boxes};
use banmian::compose::{ComposedPage, ItemKind, SetKind, compose_page};
use banmian::edit::arrange::arrange;
use banmian::model::{
    Article, ArticleId, Block, Document, Em, Frame, FrameKind, Paragraph, PrintedRooms, Subhead,
};
use proptest::prelude::*;

use crate::util::*;

/// Body text: ideographs, marks, digits and a few Latin words, as newsroom copy has them.
fn body_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "公", "安", "局", "长", "会", "议", "民", "警", "群", "众", "案", "件", "，", "。", "、",
        "；", "：", "“", "”", "《", "》", "（", "）", "！", "？", "——", "……", "2023", "110",
        "100%", "GPS", "年", "月", "日",
    ]);
    prop::collection::vec(pieces, 8..160).prop_map(|v| v.concat())
}

/// An article: an optional headline, paragraphs, maybe a subhead, maybe a byline.
fn article() -> impl Strategy<Value = Article> {
    (
        prop::option::of("[公安局民警群众百日行动初战告捷 ]{4,24}"),
        prop::collection::vec(body_text(), 1..6),
        prop::option::of("[加强领导组织有力 ]{4,9}"),
        prop::option::of("通讯员 [张王李赵]{2,3}"),
        prop::sample::select(vec![12.0f32, 18.0, 22.5, 27.5]),
    )
        .prop_map(|(headline, paragraphs, subhead, byline, measure)| {
            let mut a = Article::new(ArticleId(0));
            a.headline = headline.filter(|h| !h.trim().is_empty());
            for (i, p) in paragraphs.into_iter().enumerate() {
                if i == 1
                    && let Some(s) = &subhead
                {
                    a.body.push(Block::Subhead(Subhead::new(s.trim())));
                }
                a.body.push(Block::Paragraph(Paragraph::new(p)));
            }
            a.byline = byline.map(banmian::model::Byline::new);
            // As if imported from a page at that measure, every paragraph since edited.
            a.printed = Some(PrintedRooms::at(Em(measure)));
            a
        })
}

/// A page: articles arranged, then some frames split into two linked frames, then picture
/// boxes laid over some text frames.
fn page() -> impl Strategy<Value = Document> {
    (
        prop::collection::vec(article(), 1..8),
        prop::collection::vec(any::<u8>(), 0..4),
        prop::collection::vec((any::<u8>(), 0.2f32..0.8, 3u32..12), 0..4),
    )
        .prop_map(|(articles, splits, boxes)| {
            let mut doc = Document::default();
            doc.append_articles(articles);
            arrange(&mut doc, fonts());
            for pick in splits {
                split_a_frame(&mut doc, pick);
            }
            for (pick, at, height) in boxes {
                add_a_box(&mut doc, pick, at, height);
            }
            doc
        })
}

fn text_frames(doc: &Document) -> Vec<Frame> {
    doc.frames()
        .map(|(_, f)| f.clone())
        .filter(|f| f.kind() == FrameKind::Text && f.height >= 8)
        .collect()
}

/// Cuts a text frame in two stacked frames, the lower one continuing the upper (a chain).
fn split_a_frame(doc: &mut Document, pick: u8) {
    let frames = text_frames(doc);
    let Some(frame) = frames.get(pick as usize % frames.len().max(1)) else {
        return;
    };
    let upper = frame.height / 2;
    let id = doc.next_frame_id();
    let mut lower = frame.clone();
    lower.id = id;
    lower.line = frame.line + upper;
    lower.height = frame.height - upper;
    if let Some(f) = doc.frame_mut(frame.id) {
        f.height = upper;
    }
    doc.link_after(frame.id, 0, lower);
}

/// Lays a picture box over part of a text frame: the text must wrap around it.
fn add_a_box(doc: &mut Document, pick: u8, at: f32, height: u32) {
    let frames = text_frames(doc);
    let Some(frame) = frames.get(pick as usize % frames.len().max(1)) else {
        return;
    };
    let width = Em((frame.width.get() * 0.4).max(4.0));
    let x = frame.x + Em(((frame.width - width).get() * at * 2.0).round() / 2.0);
    let line = frame.line + (frame.height as f32 * at) as u32;
    let boxed = Frame::picture_box(doc.next_frame_id(), x, width, line, height);
    if !doc.would_overlap(0, &boxed) {
        doc.add_frame(0, boxed);
    }
}

fn visible(s: &str) -> usize {
    s.chars().filter(|c| !c.is_whitespace()).count()
}

/// Characters drawn on the page for an article's body (headline and byline runs left out).
fn drawn_body_chars(page: &ComposedPage, article: ArticleId) -> usize {
    page.items
        .iter()
        .filter(|i| i.origin.article == Some(article) && i.origin.block.is_some())
        .map(|i| match &i.kind {
            ItemKind::Text(run) => run.glyphs.iter().filter(|g| !g.0.is_whitespace()).count(),
            _ => 0,
        })
        .sum()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_character_is_printed_once_or_counted_as_overset(doc in page()) {
        let page = compose_page(&doc, fonts());
        for a in &doc.articles {
            let composed = page.article(a.id).expect("composed");
            let set = &composed.set;
            let body: usize = a.body.iter().map(|b| match b {
                Block::Paragraph(p) => visible(&p.text),
                Block::Subhead(s) => visible(&s.text),
                Block::ColumnBreak => 0,
            }).sum();
            let placed: usize = set.items.iter().filter(|i| i.slot.is_some()).map(|i| i.chars()).sum();
            prop_assert_eq!(placed + set.overset_chars(), body, "article {:?}", a.id);
            if composed.placed() {
                // What is placed is what is drawn; a run-in byline is drawn in a body line too.
                let bylines: usize = set.items.iter()
                    .filter(|i| i.slot.is_some() && matches!(i.kind, SetKind::Line { run_in: true, .. }))
                    .map(|_| a.byline.as_ref().map_or(0, |b| visible(&b.text)))
                    .sum();
                prop_assert_eq!(drawn_body_chars(&page, a.id), placed + bylines);
            }
        }
    }

    #[test]
    fn nothing_is_set_outside_its_region_or_under_a_picture(doc in page()) {
        let page = compose_page(&doc, fonts());
        let g = page.geometry;
        for a in &page.articles {
            for item in &a.set.items {
                let (Some(slot), SetKind::Line { line, .. }) = (item.slot, &item.kind) else {
                    continue;
                };
                for glyph in &line.glyphs {
                    prop_assert!(glyph.x.get() >= -1e-3);
                    prop_assert!((glyph.x + glyph.width).get() <= slot.room.get() + 1e-3,
                        "{:?} past its room {}", glyph, slot.room.get());
                }
                let column = page.frame(slot.frame).and_then(|f| f.columns.get(slot.column as usize));
                let column = column.expect("the slot's column");
                prop_assert!(slot.x.get() >= column.x.get() - 1e-3);
                prop_assert!((slot.x + slot.room).get() <= (column.x + column.width).get() + 1e-3);
            }
        }
        let boxes: Vec<[f32; 4]> = doc.frames()
            .filter(|(_, f)| f.kind() == FrameKind::Box)
            .map(|(_, f)| [g.x(f.x), g.line_y(f.line), g.x(f.right()), g.line_y(f.bottom())])
            .collect();
        for ink in ink_boxes(&page) {
            for b in &boxes {
                prop_assert!(!(ink.left < b[2] && ink.right > b[0] && ink.top < b[3] && ink.bottom > b[1]),
                    "{} printed inside a picture box", ink.ch);
            }
        }
    }

    #[test]
    fn no_ink_lands_on_ink(doc in page()) {
        let page = compose_page(&doc, fonts());
        let hits = collisions(&page);
        prop_assert!(hits.is_empty(), "{} collisions, first {:?}", hits.len(), hits.first());
    }

    #[test]
    fn an_untouched_imported_page_exports_as_it_came(picks in prop::collection::vec(0usize..11, 1..8)) {
        // A page made of the seed's own articles, in another order: printed text, real breaks.
        let seed = import_doc(&seed_bytes(), None);
        let mut doc = Document { source: seed.source.clone(), ..Document::default() };
        doc.append_articles(picks.iter().map(|&k| seed.articles[k].clone()).collect());
        let text = export(&doc);
        let mut imported = import_doc(&text, None);
        arrange(&mut imported, fonts());
        prop_assert!(export(&imported) == text, "the page does not come back byte for byte");
    }
}

/// Lines of any shape a text file may have: blank, one character, a few, a paragraph, indented.
fn any_text() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just(String::new()),
        "[一二三公安，。“”a1 　]{1,3}",
        body_text(),
        body_text().prop_map(|t| format!("　　{t}")),
    ];
    prop::collection::vec(line, 1..40).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Issue 23: whatever text imports, its layout is written (saving reads the text back
    /// first) and opens, prints and exports again.
    #[test]
    fn every_text_that_imports_writes_a_layout_that_opens(text in any_text()) {
        let path = std::path::Path::new("any.txt");
        let Ok(imported) = banmian::import::import_bytes(text.as_bytes(), path, None, 0) else {
            return Ok(());
        };
        let mut doc = Document {
            articles: imported.articles,
            source: imported.source,
            ..Document::default()
        };
        arrange(&mut doc, fonts());
        let ron = banmian::store::to_ron(&doc);
        prop_assert!(ron.is_ok(), "{:?}", ron.err());
        let back = banmian::store::from_ron(&ron.unwrap_or_default(), path);
        prop_assert!(back.is_ok(), "{:?}", back.err());
        let back = back.unwrap_or_default();
        prop_assert!(banmian::export::export_text(&back, fonts()).is_ok());
        banmian::check::check(&back, &compose_page(&back, fonts()));
    }
}
