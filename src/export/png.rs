//! The page as a PNG picture at a chosen resolution, drawn without a window or GPU: the same
//! glyph outlines as the PDF, filled with tiny-skia.

use tiny_skia::{
    FillRule, FilterQuality, IntSize, Paint, PathBuilder, Pattern, Pixmap, SpreadMode, Stroke,
    Transform,
};

use std::collections::BTreeMap;

use crate::compose::{ComposedPage, ItemKind, RULE_WIDTH};
use crate::fonts::{FaceId, face, family_name};

use super::print::{PLACEHOLDER_GREY, PrintOptions, read_picture, run_glyphs};

/// The largest side a photo is decoded at for the picture, in pixels.
const MAX_PHOTO_SIDE: f32 = 8192.0;

/// The default resolution, in dots per inch.
pub const DEFAULT_DPI: f32 = 150.0;

/// The largest picture side, in pixels; a bigger request is refused rather than exhausting memory.
const MAX_SIDE: f32 = 20_000.0;

/// The most pixels a picture may have: 100 million (400 MB of colour while it is drawn), so a
/// request can never exhaust memory whatever its shape.
const MAX_PIXELS: f32 = 100_000_000.0;

/// The lowest resolution offered.
const MIN_DPI: f32 = 10.0;

/// Why a PNG could not be made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Occurs when the resolution gives no picture, or one too large to hold.
    #[error("{0} dpi gives a picture of {1:.0} × {2:.0} pixels; choose between 10 and {3:.0} dpi")]
    Resolution(f32, f32, f32, f32),
    /// Occurs when the page is so large that even the lowest resolution is too many pixels.
    #[error("a page of {0:.0} × {1:.0} mm is too large to render as a picture; export a PDF")]
    PageTooLarge(f32, f32),
    /// Occurs when a font file cannot be read (a broken build, or a damaged installed font).
    #[error("the font {0:?} cannot be read")]
    Font(String),
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

/// A page of the composed issue (the one `options` names, else the first) as PNG bytes at `dpi`
/// dots per inch.
pub fn export_png(page: &ComposedPage, dpi: f32, options: &PrintOptions) -> Result<Vec<u8>, Error> {
    let g = page.geometry;
    let px = dpi / 72.0;
    let (w, h) = (g.width * px, g.height * px);
    // The highest resolution within both limits, rounded down so that it is itself allowed.
    let by_side = 72.0 * MAX_SIDE / g.width.max(g.height);
    let by_area = 72.0 * (MAX_PIXELS / (g.width * g.height)).sqrt();
    let max_dpi = by_side.min(by_area).floor();
    let too_big = || {
        if max_dpi < MIN_DPI {
            Error::PageTooLarge(g.width / 72.0 * 25.4, g.height / 72.0 * 25.4)
        } else {
            Error::Resolution(dpi, w, h, max_dpi)
        }
    };
    let fits = w <= MAX_SIDE && h <= MAX_SIDE && w.ceil() * h.ceil() <= MAX_PIXELS;
    if !(dpi.is_finite() && dpi >= MIN_DPI && fits) {
        return Err(too_big());
    }
    let mut pixmap = Pixmap::new(w.ceil() as u32, h.ceil() as u32).ok_or_else(too_big)?;
    pixmap.fill(tiny_skia::Color::WHITE);
    let mut ink = Paint::default();
    ink.set_color_rgba8(0, 0, 0, 255);
    ink.anti_alias = true;
    let stroke = |width: f32| Stroke {
        width: width * px,
        ..Stroke::default()
    };
    let mut lines: Vec<(tiny_skia::Path, f32)> = Vec::new();
    // One path per face: glyphs of one face are filled together.
    let mut glyphs: BTreeMap<FaceId, PathBuilder> = BTreeMap::new();
    let shown = options.page.unwrap_or(0);
    for item in page.items.iter().filter(|i| i.origin.page == shown) {
        match &item.kind {
            ItemKind::Text(run) => {
                let face =
                    face(run.font).ok_or_else(|| Error::Font(family_name(run.font).to_owned()))?;
                let scale_units = 1.0 / face.units_per_em() as f32;
                let slot = glyphs.entry(run.font).or_default();
                for glyph in run_glyphs(face, run) {
                    let mut outline = Outline {
                        path: std::mem::take(slot),
                        x: glyph.x * px,
                        y: glyph.baseline * px,
                        scale: run.size * scale_units * px,
                    };
                    face.outline_glyph(ttf_parser::GlyphId(glyph.id), &mut outline);
                    *slot = outline.path;
                }
            }
            ItemKind::Rule { from, to, width } => {
                let mut line = PathBuilder::new();
                line.move_to(from.0 * px, from.1 * px);
                line.line_to(to.0 * px, to.1 * px);
                lines.extend(line.finish().map(|l| (l, *width)));
            }
            ItemKind::Fill { rect, grey } => {
                let r = tiny_skia::Rect::from_xywh(
                    rect[0] * px,
                    rect[1] * px,
                    rect[2] * px,
                    rect[3] * px,
                );
                if let Some(r) = r {
                    let mut paint = Paint::default();
                    let v = (255.0 * (1.0 - grey.clamp(0.0, 1.0))).round() as u8;
                    paint.set_color_rgba8(v, v, v, 255);
                    pixmap.fill_rect(r, &paint, Transform::identity(), None);
                }
            }
            ItemKind::Box { rect } => {
                let r = tiny_skia::Rect::from_xywh(
                    rect[0] * px,
                    rect[1] * px,
                    rect[2] * px,
                    rect[3] * px,
                );
                lines.extend(r.map(|r| (PathBuilder::from_rect(r), RULE_WIDTH)));
            }
            ItemKind::Image {
                file, clip, rect, ..
            } => draw_picture(&mut pixmap, file, *clip, *rect, px, options),
        }
    }
    for path in glyphs.into_values().filter_map(PathBuilder::finish) {
        pixmap.fill_path(&path, &ink, FillRule::Winding, Transform::identity(), None);
    }
    for (line, width) in &lines {
        pixmap.stroke_path(line, &ink, &stroke(*width), Transform::identity(), None);
    }
    encode(&pixmap, dpi)
}

/// Draws a photo upright at `rect` (points), clipped to `clip`, `px` pixels to the point; a
/// grey placeholder where its file is missing or unreadable.
fn draw_picture(
    pixmap: &mut Pixmap,
    file: &str,
    clip: [f32; 4],
    rect: [f32; 4],
    px: f32,
    options: &PrintOptions,
) {
    let Some(area) =
        tiny_skia::Rect::from_xywh(clip[0] * px, clip[1] * px, clip[2] * px, clip[3] * px)
    else {
        return;
    };
    let side = (rect[2].max(rect[3]) * px).ceil().min(MAX_PHOTO_SIDE) as u32;
    let decoded = read_picture(file).and_then(|(bytes, _)| {
        crate::picture::decode(&bytes, std::path::Path::new(file), side.max(1)).ok()
    });
    let mut paint = Paint::default();
    let Some(image) = decoded.and_then(|image| photo_pixmap(image, options.grayscale)) else {
        paint.set_color_rgba8(PLACEHOLDER_GREY, PLACEHOLDER_GREY, PLACEHOLDER_GREY, 255);
        pixmap.fill_rect(area, &paint, Transform::identity(), None);
        return;
    };
    let scale_x = rect[2] * px / image.width() as f32;
    let scale_y = rect[3] * px / image.height() as f32;
    paint.shader = Pattern::new(
        image.as_ref(),
        SpreadMode::Pad,
        FilterQuality::Bicubic,
        1.0,
        Transform::from_row(scale_x, 0.0, 0.0, scale_y, rect[0] * px, rect[1] * px),
    );
    pixmap.fill_rect(area, &paint, Transform::identity(), None);
}

/// A decoded photo as a pixmap (premultiplied colours), in grey if asked.
fn photo_pixmap(image: image::DynamicImage, grayscale: bool) -> Option<Pixmap> {
    let mut rgba = if grayscale {
        image::DynamicImage::ImageLumaA8(image.to_luma_alpha8()).into_rgba8()
    } else {
        image.into_rgba8()
    };
    for p in rgba.pixels_mut() {
        let a = u16::from(p[3]);
        for c in &mut p.0[..3] {
            *c = ((u16::from(*c) * a + 127) / 255) as u8;
        }
    }
    let size = IntSize::from_wh(rgba.width(), rgba.height())?;
    Pixmap::from_vec(rgba.into_raw(), size)
}

/// The picture as PNG, saying its resolution (pHYs) so that other programs print it at the size
/// of the page. The page is opaque, so its premultiplied colours are its colours.
fn encode(pixmap: &Pixmap, dpi: f32) -> Result<Vec<u8>, Error> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    // The page is opaque: its colours without the alpha, a quarter less to compress. Fast
    // compression keeps a page at 300 dpi, or an e-paper's pictures, quick to write.
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let per_metre = (dpi / 0.0254).round() as u32;
    encoder.set_pixel_dims(Some(png::PixelDimensions {
        xppu: per_metre,
        yppu: per_metre,
        unit: png::Unit::Meter,
    }));
    let encode_error = |e: png::EncodingError| Error::Encode(e.to_string());
    let mut writer = encoder.write_header().map_err(encode_error)?;
    let rgb: Vec<u8> = pixmap
        .data()
        .chunks_exact(4)
        .flat_map(|p| [p[0], p[1], p[2]])
        .collect();
    writer.write_image_data(&rgb).map_err(encode_error)?;
    writer.finish().map_err(encode_error)?;
    Ok(out)
}
