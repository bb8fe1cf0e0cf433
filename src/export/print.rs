//! What the printed page holds: the composed page's text runs with their glyphs looked up in
//! their faces, shared by the PDF and the PNG so they cannot disagree with each other or
//! with the editor's canvas (all three draw the same [`ComposedPage`]).

use image::metadata::Orientation;

use crate::compose::{ComposedPage, TextRun};
use crate::fonts::ascent;
use crate::picture::Probe;

/// How a page is printed, beyond its layout.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PrintOptions {
    /// Photos in shades of grey, for papers printed in black and white.
    pub grayscale: bool,
    /// Print only the page with this index (a PNG prints the first where none is given).
    pub page: Option<usize>,
    /// For the print shop (PDF): the bleed in millimetres round each page's trim, with the
    /// TrimBox and BleedBox set and crop marks outside; photos print in grey.
    pub print_ready: Option<f32>,
}

/// The bleed the print shop gets when none is asked for, in millimetres.
pub const DEFAULT_BLEED_MM: f32 = 3.0;
/// The most bleed that may be asked for, in millimetres.
pub const MAX_BLEED_MM: f32 = 20.0;

/// The grey a missing picture's placeholder is filled with (0–255).
pub(crate) const PLACEHOLDER_GREY: u8 = 0xd0;

/// A picture file's bytes and what they are, or `None` when it is missing or unreadable (a grey
/// placeholder prints instead; the warnings name the file).
pub(crate) fn read_picture(file: &str) -> Option<(Vec<u8>, Probe)> {
    crate::picture::read(std::path::Path::new(file)).ok()
}

/// The affine map (sx, ky, kx, sy, tx, ty) that draws a picture's stored pixels, scaled to a box
/// `w` × `h` as stored, upright in a `width` × `height` rectangle at the origin, as its EXIF
/// orientation says.
pub(crate) fn orientation_map(orientation: Orientation, width: f32, height: f32) -> [f32; 6] {
    let (w, h) = (width, height);
    match orientation {
        Orientation::NoTransforms => [1.0, 0.0, 0.0, 1.0, 0.0, 0.0],
        Orientation::FlipHorizontal => [-1.0, 0.0, 0.0, 1.0, w, 0.0],
        Orientation::Rotate180 => [-1.0, 0.0, 0.0, -1.0, w, h],
        Orientation::FlipVertical => [1.0, 0.0, 0.0, -1.0, 0.0, h],
        // Stored (u, v) shows at (w − v, u): turned a quarter clockwise.
        Orientation::Rotate90 => [0.0, 1.0, -1.0, 0.0, w, 0.0],
        Orientation::Rotate270 => [0.0, -1.0, 1.0, 0.0, 0.0, h],
        Orientation::Rotate90FlipH => [0.0, 1.0, 1.0, 0.0, 0.0, 0.0],
        Orientation::Rotate270FlipH => [0.0, -1.0, -1.0, 0.0, w, h],
    }
}

/// A glyph ready to draw: its id in the font, and where its left edge and baseline are.
pub(crate) struct PlacedGlyph {
    pub ch: char,
    pub id: u16,
    pub x: f32,
    pub baseline: f32,
}

/// The glyphs of a run in its face (composing chose, for every character, a face that has it;
/// spaces draw nothing).
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

/// The indices of the pages to print: the one `options` asks for, or all.
pub(crate) fn pages(page: &ComposedPage, options: &PrintOptions) -> std::ops::Range<usize> {
    match options.page {
        Some(only) => only..(only + 1).min(page.pages),
        None => 0..page.pages,
    }
}

#[cfg(test)]
mod tests {
    use super::orientation_map;
    use image::metadata::Orientation;

    /// The map draws each stored pixel where the `image` crate's own turning puts it.
    #[test]
    fn the_orientation_map_turns_like_the_image_crate() {
        let stored = image::RgbImage::from_fn(3, 2, |x, y| image::Rgb([x as u8, y as u8, 0]));
        for exif in 1..=8 {
            let orientation = Orientation::from_exif(exif).expect("an orientation");
            let mut upright = image::DynamicImage::ImageRgb8(stored.clone());
            upright.apply_orientation(orientation);
            let upright = upright.to_rgb8();
            let (w, h) = upright.dimensions();
            let [sx, ky, kx, sy, tx, ty] = orientation_map(orientation, w as f32, h as f32);
            for (u, v, pixel) in stored.enumerate_pixels() {
                let (cu, cv) = (u as f32 + 0.5, v as f32 + 0.5);
                let x = sx * cu + kx * cv + tx;
                let y = ky * cu + sy * cv + ty;
                assert_eq!(
                    upright.get_pixel(x.floor() as u32, y.floor() as u32),
                    pixel,
                    "EXIF {exif}: stored ({u}, {v})"
                );
            }
        }
    }
}
