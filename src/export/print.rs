//! What the printed page holds: the composed page's text runs with their glyphs looked up in
//! the bundled fonts, shared by the PDF and the PNG so they cannot disagree with each other or
//! with the editor's canvas (all three draw the same [`ComposedPage`]).

use crate::compose::{ComposedPage, FontKind, TextRun};
use crate::fonts::{ascent, font_data};
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
    page.frames
        .iter()
        .filter(|f| f.fit.overset_chars > 0)
        .map(|f| Overset {
            title: doc
                .article(f.article)
                .map(|a| a.title())
                .unwrap_or_default(),
            chars: f.fit.overset_chars,
        })
        .collect()
}

/// Characters on the page that the bundled fonts lack, once each in order of appearance: a print
/// leaves them out (the editor borrows them from system fonts, which a print file cannot).
pub fn unprintable_chars(page: &ComposedPage) -> Vec<char> {
    let faces: Vec<(FontKind, Option<ttf_parser::Face<'static>>)> =
        [FontKind::Serif, FontKind::SansBold]
            .into_iter()
            .map(|k| (k, face(k)))
            .collect();
    let mut missing = Vec::new();
    for run in page.frames.iter().flat_map(|f| &f.runs) {
        let Some((_, Some(face))) = faces.iter().find(|(k, _)| *k == run.font) else {
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

/// The parsed bundled font of a typeface.
pub(crate) fn face(kind: FontKind) -> Option<ttf_parser::Face<'static>> {
    ttf_parser::Face::parse(font_data(kind), 0).ok()
}

/// Line width of column rules, in points (a hairline at print).
pub(crate) const RULE_WIDTH: f32 = 0.5;
