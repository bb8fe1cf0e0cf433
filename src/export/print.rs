//! What the printed page holds: the composed page's text runs with their glyphs looked up in
//! the bundled fonts, shared by the PDF and the PNG so they cannot disagree with each other or
//! with the editor's canvas (all three draw the same [`ComposedPage`]).

use crate::compose::{ComposedPage, TextRun};
use crate::fonts::ascent;
use crate::model::Document;

/// An article whose text does not all fit its frame: it is not printed in full.
#[derive(Clone, Debug, PartialEq)]
pub struct Overset {
    /// The article's title (headline or first words).
    pub title: String,
    /// Characters left out.
    pub chars: usize,
}

/// The articles that overflow their frames on the composed page.
pub fn overset_articles(doc: &Document, page: &ComposedPage) -> Vec<Overset> {
    page.articles
        .iter()
        .filter(|a| a.placed() && a.set.overset_chars() > 0)
        .map(|a| Overset {
            title: doc.article(a.id).map(|a| a.title()).unwrap_or_default(),
            chars: a.set.overset_chars(),
        })
        .collect()
}

/// Characters on the page that the bundled fonts lack, once each in order of appearance: a print
/// leaves them out (the editor borrows them from system fonts, which a print file cannot).
pub fn unprintable_chars(page: &ComposedPage) -> Vec<char> {
    let mut missing = Vec::new();
    for run in (0..pages(page)).flat_map(|p| page.runs(p)) {
        let Some(face) = crate::fonts::face(run.font) else {
            continue;
        };
        for &(ch, _) in &run.glyphs {
            if !ch.is_whitespace() && face.glyph_index(ch).is_none() && !missing.contains(&ch) {
                missing.push(ch);
            }
        }
    }
    missing
}

/// A glyph ready to draw: its id in the font, and where its left edge and baseline are.
pub(crate) struct PlacedGlyph {
    pub ch: char,
    pub id: u16,
    pub x: f32,
    pub baseline: f32,
}

/// The glyphs of a run; characters the bundled font lacks are left out (the editor falls back to
/// system fonts for them, which a print file cannot rely on).
pub(crate) fn run_glyphs(face: &ttf_parser::Face<'_>, run: &TextRun) -> Vec<PlacedGlyph> {
    let baseline = run.top + ascent(run.font) * run.size;
    run.glyphs
        .iter()
        .filter_map(|&(ch, x)| {
            let id = face.glyph_index(ch)?.0;
            (!ch.is_whitespace()).then_some(PlacedGlyph {
                ch,
                id,
                x,
                baseline,
            })
        })
        .collect()
}

/// How many pages the composed page has items on (at least one).
pub(crate) fn pages(page: &ComposedPage) -> usize {
    page.items
        .iter()
        .map(|i| i.origin.page + 1)
        .max()
        .unwrap_or(1)
}
