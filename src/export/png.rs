//! The page as a PNG picture at a chosen resolution, drawn without a window or GPU: the same
//! glyph outlines as the PDF, filled with tiny-skia.

use tiny_skia::{FillRule, Paint, PathBuilder, Pixmap, Stroke, Transform};

use crate::compose::{ComposedPage, FontKind};

use super::print::{RULE_WIDTH, face, run_glyphs};

/// The default resolution, in dots per inch.
pub const DEFAULT_DPI: f32 = 150.0;

/// The largest picture side, in pixels; a bigger request is refused rather than exhausting memory.
const MAX_SIDE: f32 = 20_000.0;

/// Why a PNG could not be made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Occurs when the resolution gives no picture, or one too large to hold.
    #[error("{0} dpi gives a picture of {1:.0} × {2:.0} pixels; choose between 10 and {3:.0} dpi")]
    Resolution(f32, f32, f32, f32),
    /// Occurs when a bundled font cannot be read (a broken build).
    #[error("the bundled font {0:?} cannot be read")]
    Font(FontKind),
    /// Occurs when the PNG cannot be encoded.
    #[error("encoding the PNG failed: {0}")]
    Encode(String),
}

/// Turns a glyph outline (font units, y up) into a path on the page (pixels, y down).
struct Outline {
    path: PathBuilder,
    x: f32,
    y: f32,
    scale: f32,
}

impl Outline {
    fn at(&self, x: f32, y: f32) -> (f32, f32) {
        (self.x + x * self.scale, self.y - y * self.scale)
    }
}

impl ttf_parser::OutlineBuilder for Outline {
    fn move_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.at(x, y);
        self.path.move_to(x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.at(x, y);
        self.path.line_to(x, y);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let ((x1, y1), (x, y)) = (self.at(x1, y1), self.at(x, y));
        self.path.quad_to(x1, y1, x, y);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let ((x1, y1), (x2, y2), (x, y)) = (self.at(x1, y1), self.at(x2, y2), self.at(x, y));
        self.path.cubic_to(x1, y1, x2, y2, x, y);
    }
    fn close(&mut self) {
        self.path.close();
    }
}

/// The composed page as PNG bytes at `dpi` dots per inch.
pub fn export_png(page: &ComposedPage, dpi: f32) -> Result<Vec<u8>, Error> {
    let g = page.geometry;
    let px = dpi / 72.0;
    let (w, h) = (g.width * px, g.height * px);
    let max_dpi = 72.0 * MAX_SIDE / g.width.max(g.height);
    let too_big = || Error::Resolution(dpi, w, h, max_dpi);
    if !(dpi.is_finite() && dpi >= 10.0 && w <= MAX_SIDE && h <= MAX_SIDE) {
        return Err(too_big());
    }
    let mut pixmap = Pixmap::new(w.ceil() as u32, h.ceil() as u32).ok_or_else(too_big)?;
    pixmap.fill(tiny_skia::Color::WHITE);
    let mut ink = Paint::default();
    ink.set_color_rgba8(0, 0, 0, 255);
    ink.anti_alias = true;
    for kind in [FontKind::Serif, FontKind::SansBold] {
        let face = face(kind).ok_or(Error::Font(kind))?;
        let scale_units = 1.0 / face.units_per_em() as f32;
        let mut path = PathBuilder::new();
        for frame in &page.frames {
            for run in frame.runs.iter().filter(|r| r.font == kind) {
                for glyph in run_glyphs(&face, run) {
                    let mut outline = Outline {
                        path,
                        x: glyph.x * px,
                        y: glyph.baseline * px,
                        scale: run.size * scale_units * px,
                    };
                    face.outline_glyph(ttf_parser::GlyphId(glyph.id), &mut outline);
                    path = outline.path;
                }
            }
        }
        if let Some(path) = path.finish() {
            pixmap.fill_path(&path, &ink, FillRule::Winding, Transform::identity(), None);
        }
    }
    let stroke = Stroke {
        width: RULE_WIDTH * px,
        ..Stroke::default()
    };
    for frame in &page.frames {
        for &(x, top, bottom) in &frame.column_rules {
            let mut line = PathBuilder::new();
            line.move_to(x * px, top * px);
            line.line_to(x * px, bottom * px);
            if let Some(line) = line.finish() {
                pixmap.stroke_path(&line, &ink, &stroke, Transform::identity(), None);
            }
        }
    }
    pixmap
        .encode_png()
        .map_err(|e| Error::Encode(e.to_string()))
}
