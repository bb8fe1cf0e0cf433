//! The document as a PDF: each page at the page setup's size, the bundled fonts embedded as subsets,
//! text kept as text (copying gives the Chinese back, in reading order).

use krilla::Document as PdfDocument;
use krilla::color::luma;
use krilla::geom::{PathBuilder, Point, Size, Transform};
use krilla::image::Image;
use krilla::metadata::{DateTime, Metadata};
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::text::{Font, GlyphId, KrillaGlyph};

use krilla::surface::Surface;
use krilla::tagging::{ContentTag, SpanTag};

use std::collections::HashMap;

use crate::compose::{ComposedPage, ItemKind, RULE_WIDTH, TextRun};
use crate::fonts::{FaceId, data, face, family_name};
use crate::picture::{Format, turns_sideways};

use super::print::{
    MAX_BLEED_MM, PLACEHOLDER_GREY, PrintOptions, orientation_map, pages, read_picture, run_glyphs,
};

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Occurs when the page setup has no usable size.
    #[error("the page size {0} × {1} pt cannot be printed")]
    PageSize(f32, f32),
    /// Occurs when a font file cannot be read (a broken build, or a damaged installed font).
    #[error("the font {0:?} cannot be read")]
    Font(String),
    /// Occurs when the PDF writer fails.
    #[error("writing the PDF failed: {0:?}")]
    Write(krilla::error::KrillaError),
}

/// The composed page as PDF bytes, titled `title` (the lead headline, say) in its metadata.
/// A JPEG photo is embedded as it is (no re-encoding, no downsampling), a PNG losslessly.
pub fn export_pdf(
    page: &ComposedPage,
    title: &str,
    options: &PrintOptions,
) -> Result<Vec<u8>, Error> {
    let g = page.geometry;
    let sheet = Sheet::new(g.width, g.height, options.print_ready);
    let settings = sheet.settings().ok_or(Error::PageSize(g.width, g.height))?;
    // For the print shop, photos print in grey with the text: black ink alone.
    let grey = PrintOptions {
        grayscale: true,
        ..*options
    };
    let options = if sheet.marks { &grey } else { options };
    // Every face that prints a glyph is embedded (as a subset), bundled or installed.
    let mut fonts: HashMap<FaceId, (Font, &ttf_parser::Face<'static>)> = HashMap::new();
    for item in &page.items {
        if let ItemKind::Text(run) = &item.kind
            && !fonts.contains_key(&run.font)
        {
            let broken = || Error::Font(family_name(run.font).to_owned());
            let (bytes, index) = data(run.font);
            let font = Font::new(bytes.into(), index).ok_or_else(broken)?;
            fonts.insert(run.font, (font, face(run.font).ok_or_else(broken)?));
        }
    }
    let mut document = PdfDocument::new();
    document.set_metadata(
        Metadata::new()
            .title(title.to_owned())
            .language("zh-CN".to_owned())
            .creator(format!("banmian {}", env!("CARGO_PKG_VERSION")))
            .creation_date(now()),
    );
    for index in pages(page, options) {
        let mut pdf_page = document.start_page_with(settings.clone());
        let mut surface = pdf_page.surface();
        surface.push_transform(&Transform::from_translate(sheet.slug, sheet.slug));
        for item in page.items.iter().filter(|i| i.origin.page == index) {
            match &item.kind {
                ItemKind::Text(run) => {
                    if let Some((font, face)) = fonts.get(&run.font) {
                        draw_run(&mut surface, run, font, face);
                    }
                }
                ItemKind::Rule { from, to, width } => {
                    let mut path = PathBuilder::new();
                    path.move_to(from.0, from.1);
                    path.line_to(to.0, to.1);
                    stroke_path(&mut surface, path, *width);
                }
                ItemKind::Fill { rect, grey } => {
                    if let Some(path) = rect_path(*rect) {
                        // Grey as DeviceGray, which prints in black ink alone.
                        let lightness = (255.0 * (1.0 - grey.clamp(0.0, 1.0))).round() as u8;
                        surface.set_fill(Some(Fill {
                            paint: luma::Color::new(lightness).into(),
                            ..Fill::default()
                        }));
                        surface.draw_path(&path);
                        surface.set_fill(Some(Fill::default()));
                    }
                }
                ItemKind::Box { rect } => {
                    let mut path = PathBuilder::new();
                    if let Some(r) =
                        krilla::geom::Rect::from_xywh(rect[0], rect[1], rect[2], rect[3])
                    {
                        path.push_rect(r);
                    }
                    stroke_path(&mut surface, path, RULE_WIDTH);
                }
                ItemKind::Image {
                    file, clip, rect, ..
                } => draw_picture(&mut surface, file, *clip, *rect, options),
            }
        }
        surface.pop();
        if sheet.marks {
            crop_marks(&mut surface, &sheet);
        }
        surface.finish();
        pdf_page.finish();
    }
    document.finish().map_err(Error::Write)
}

/// Crop marks: how long each is, in millimetres.
const MARK_MM: f32 = 5.0;
/// The space beyond a crop mark to the sheet's edge, in millimetres.
const MARK_MARGIN_MM: f32 = 2.0;
/// The crop marks' line width, in points.
const MARK_WIDTH: f32 = 0.25;

/// The sheet a page prints on: the page itself, or for the print shop the page (the trim) with
/// its bleed and a slug round it for the crop marks.
struct Sheet {
    /// The trimmed page's size, in points.
    width: f32,
    height: f32,
    /// The bleed round the trim, in points.
    bleed: f32,
    /// From the sheet's edge to the trim, in points.
    slug: f32,
    /// Whether it is for the print shop: boxes and crop marks.
    marks: bool,
}

impl Sheet {
    fn new(width: f32, height: f32, print_ready: Option<f32>) -> Self {
        let pt = crate::model::PT_PER_MM;
        match print_ready {
            Some(bleed) => {
                let bleed = bleed.clamp(0.0, MAX_BLEED_MM) * pt;
                Sheet {
                    width,
                    height,
                    bleed,
                    slug: bleed + (MARK_MM + MARK_MARGIN_MM) * pt,
                    marks: true,
                }
            }
            None => Sheet {
                width,
                height,
                bleed: 0.0,
                slug: 0.0,
                marks: false,
            },
        }
    }

    /// The page settings: the sheet's size, and for the print shop the TrimBox at the page
    /// and the BleedBox the bleed beyond it.
    fn settings(&self) -> Option<PageSettings> {
        let settings =
            PageSettings::from_wh(self.width + 2.0 * self.slug, self.height + 2.0 * self.slug)?;
        if !self.marks {
            return Some(settings);
        }
        let trim = krilla::geom::Rect::from_xywh(self.slug, self.slug, self.width, self.height)?;
        let bleed = krilla::geom::Rect::from_xywh(
            self.slug - self.bleed,
            self.slug - self.bleed,
            self.width + 2.0 * self.bleed,
            self.height + 2.0 * self.bleed,
        )?;
        Some(
            settings
                .with_trim_box(Some(trim))
                .with_bleed_box(Some(bleed)),
        )
    }
}

/// The crop marks at the trim's corners, in the slug outside the bleed: two short lines at each
/// corner on the lines of the trim's edges, in black alone.
fn crop_marks(surface: &mut Surface<'_>, sheet: &Sheet) {
    let pt = crate::model::PT_PER_MM;
    let (left, top) = (sheet.slug, sheet.slug);
    let (right, bottom) = (left + sheet.width, top + sheet.height);
    let (near, far) = (sheet.bleed, sheet.bleed + MARK_MM * pt);
    let mut path = PathBuilder::new();
    for (x, out_x) in [(left, -1.0), (right, 1.0)] {
        for (y, out_y) in [(top, -1.0), (bottom, 1.0)] {
            // Across, on the line of the top or bottom edge; down, on the line of the side.
            path.move_to(x + out_x * near, y);
            path.line_to(x + out_x * far, y);
            path.move_to(x, y + out_y * near);
            path.line_to(x, y + out_y * far);
        }
    }
    stroke_path(surface, path, MARK_WIDTH);
}

/// The time of export in UTC, for the PDF's creation date.
fn now() -> DateTime {
    let t = time::OffsetDateTime::now_utc();
    DateTime::new(t.year().clamp(0, 9999) as u16)
        .month(t.month() as u8)
        .day(t.day())
        .hour(t.hour())
        .minute(t.minute())
        .second(t.second())
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}

/// Draws a text run, each glyph advancing exactly to where the composed page puts the next one.
fn draw_run(surface: &mut Surface<'_>, run: &TextRun, font: &Font, face: &ttf_parser::Face<'_>) {
    let placed = run_glyphs(face, run);
    let Some(first) = placed.first() else {
        return;
    };
    let mut text = String::new();
    let mut glyphs = Vec::with_capacity(placed.len());
    for (i, g) in placed.iter().enumerate() {
        let start = text.len();
        text.push(g.ch);
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
    // Half-width punctuation is set narrower than the font's advance, which text extractors
    // read as overlap and break the line at; the run's own text, spaces and all, says what the
    // line reads.
    let actual: String = run.glyphs.iter().map(|&(ch, _)| ch).collect();
    let span = SpanTag {
        actual_text: Some(&actual),
        ..SpanTag::empty()
    };
    surface.start_tagged(ContentTag::Span(span));
    surface.draw_glyphs(
        Point::from_xy(first.x, first.baseline),
        &glyphs,
        font.clone(),
        &text,
        run.size,
        false,
    );
    surface.end_tagged();
}

/// A rectangle (left, top, width, height) as a path.
fn rect_path(rect: [f32; 4]) -> Option<krilla::geom::Path> {
    let r = krilla::geom::Rect::from_xywh(rect[0], rect[1], rect[2], rect[3])?;
    let mut path = PathBuilder::new();
    path.push_rect(r);
    path.finish()
}

/// The resolution grey photos are printed at: above the 300 dpi of newspaper halftones.
const GREY_PRINT_DPI: f32 = 400.0;

/// Draws a photo upright at `rect`, clipped to `clip`; a grey placeholder where its file is
/// missing or unreadable.
fn draw_picture(
    surface: &mut Surface<'_>,
    file: &str,
    clip: [f32; 4],
    rect: [f32; 4],
    options: &PrintOptions,
) {
    let Some(clip_path) = rect_path(clip) else {
        return;
    };
    let embedded = read_picture(file).and_then(|(bytes, probe)| {
        if options.grayscale {
            // Grey photos are re-encoded anyway: at the fine resolution of print, no finer.
            let side = (rect[2].max(rect[3]) / 72.0 * GREY_PRINT_DPI).ceil() as u32;
            let grey =
                crate::picture::grey_png(&bytes, std::path::Path::new(file), side.max(1)).ok()?;
            let image = Image::from_png(grey.into(), true).ok()?;
            return Some((image, image::metadata::Orientation::NoTransforms));
        }
        let image = match probe.format {
            Format::Jpeg => Image::from_jpeg(bytes.into(), true),
            Format::Png => Image::from_png(bytes.into(), true),
        };
        Some((image.ok()?, probe.orientation))
    });
    let Some((image, orientation)) = embedded else {
        surface.set_fill(Some(Fill {
            paint: luma::Color::new(PLACEHOLDER_GREY).into(),
            ..Fill::default()
        }));
        surface.draw_path(&clip_path);
        surface.set_fill(Some(Fill::default()));
        return;
    };
    let [x, y, w, h] = rect;
    let stored = if turns_sideways(orientation) {
        Size::from_wh(h, w)
    } else {
        Size::from_wh(w, h)
    };
    let Some(stored) = stored else {
        return;
    };
    let [sx, ky, kx, sy, tx, ty] = orientation_map(orientation, w, h);
    surface.push_clip_path(&clip_path, &FillRule::NonZero);
    surface.push_transform(&Transform::from_translate(x, y));
    surface.push_transform(&Transform::from_row(sx, ky, kx, sy, tx, ty));
    surface.draw_image(image, stored);
    surface.pop();
    surface.pop();
    surface.pop();
}

/// Strokes a path `width` points thick.
fn stroke_path(surface: &mut Surface<'_>, path: PathBuilder, width: f32) {
    let Some(path) = path.finish() else {
        return;
    };
    surface.set_fill(None);
    surface.set_stroke(Some(Stroke {
        width,
        ..Stroke::default()
    }));
    surface.draw_path(&path);
    surface.set_stroke(None);
    surface.set_fill(Some(krilla::paint::Fill::default()));
}
