//! The page as a PDF: one page at the page setup's size, the bundled fonts embedded as subsets,
//! text kept as text (copying gives the Chinese back, in reading order).

use krilla::Document as PdfDocument;
use krilla::geom::{PathBuilder, Point};
use krilla::page::PageSettings;
use krilla::paint::Stroke;
use krilla::text::{Font, GlyphId, KrillaGlyph};

use crate::compose::{ComposedPage, FontKind};
use crate::fonts::font_data;

use super::print::{RULE_WIDTH, face, run_glyphs};

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Occurs when the page setup has no usable size.
    #[error("the page size {0} × {1} pt cannot be printed")]
    PageSize(f32, f32),
    /// Occurs when a bundled font cannot be read (a broken build).
    #[error("the bundled font {0:?} cannot be read")]
    Font(FontKind),
    /// Occurs when the PDF writer fails.
    #[error("writing the PDF failed: {0:?}")]
    Write(krilla::error::KrillaError),
}

/// The composed page as PDF bytes.
pub fn export_pdf(page: &ComposedPage) -> Result<Vec<u8>, Error> {
    let g = page.geometry;
    let settings =
        PageSettings::from_wh(g.width, g.height).ok_or(Error::PageSize(g.width, g.height))?;
    let kinds = [FontKind::Serif, FontKind::SansBold];
    let mut fonts = Vec::new();
    for kind in kinds {
        let font = Font::new(font_data(kind).into(), 0).ok_or(Error::Font(kind))?;
        let face = face(kind).ok_or(Error::Font(kind))?;
        fonts.push((kind, font, face));
    }
    let mut document = PdfDocument::new();
    let mut pdf_page = document.start_page_with(settings);
    let mut surface = pdf_page.surface();
    for frame in &page.frames {
        for run in &frame.runs {
            let Some((_, font, face)) = fonts.iter().find(|(k, ..)| *k == run.font) else {
                continue;
            };
            let placed = run_glyphs(face, run);
            let Some(first) = placed.first() else {
                continue;
            };
            let mut text = String::new();
            let mut glyphs = Vec::with_capacity(placed.len());
            for (i, g) in placed.iter().enumerate() {
                let start = text.len();
                text.push(g.ch);
                // Each glyph advances exactly to where the composed page puts the next one.
                let advance = placed.get(i + 1).map_or_else(
                    || {
                        face.glyph_hor_advance(ttf_parser::GlyphId(g.id))
                            .unwrap_or(0) as f32
                            / face.units_per_em() as f32
                    },
                    |next| (next.x - g.x) / run.size,
                );
                glyphs.push(KrillaGlyph::new(
                    GlyphId::new(g.id as u32),
                    advance,
                    0.0,
                    0.0,
                    0.0,
                    start..text.len(),
                    None,
                ));
            }
            surface.draw_glyphs(
                Point::from_xy(first.x, first.baseline),
                &glyphs,
                font.clone(),
                &text,
                run.size,
                false,
            );
        }
        if !frame.column_rules.is_empty() {
            surface.set_fill(None);
            surface.set_stroke(Some(Stroke {
                width: RULE_WIDTH,
                ..Stroke::default()
            }));
            for &(x, top, bottom) in &frame.column_rules {
                let mut path = PathBuilder::new();
                path.move_to(x, top);
                path.line_to(x, bottom);
                if let Some(path) = path.finish() {
                    surface.draw_path(&path);
                }
            }
            surface.set_stroke(None);
            surface.set_fill(Some(krilla::paint::Fill::default()));
        }
    }
    surface.finish();
    pdf_page.finish();
    document.finish().map_err(Error::Write)
}
