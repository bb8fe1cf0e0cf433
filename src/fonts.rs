//! The bundled typefaces, shared by the editor, the PDF and the PNG so all three draw the same
//! glyphs: subsets of Noto Serif CJK SC (宋体-style, body) and Noto Sans CJK SC Bold (黑体-style,
//! headlines), SIL OFL 1.1 (`assets/fonts/OFL.txt`), made by `tools/subset-fonts.py`.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use crate::compose::FontKind;

static SERIF: &[u8] = include_bytes!("../assets/fonts/NotoSerifCJKsc-Regular-subset.otf");
static SANS_BOLD: &[u8] = include_bytes!("../assets/fonts/NotoSansCJKsc-Bold-subset.otf");

/// The font file of a page typeface.
pub fn font_data(kind: FontKind) -> &'static [u8] {
    match kind {
        FontKind::Serif => SERIF,
        FontKind::SansBold => SANS_BOLD,
    }
}

/// The font's name, as the editor registers it.
pub fn font_name(kind: FontKind) -> &'static str {
    match kind {
        FontKind::Serif => "Noto Serif CJK SC",
        FontKind::SansBold => "Noto Sans CJK SC Bold",
    }
}

/// The parsed bundled face of a typeface, parsed once.
pub fn face(kind: FontKind) -> Option<&'static ttf_parser::Face<'static>> {
    static FACES: OnceLock<[Option<ttf_parser::Face<'static>>; 2]> = OnceLock::new();
    let faces = FACES.get_or_init(|| {
        [FontKind::Serif, FontKind::SansBold].map(|k| ttf_parser::Face::parse(font_data(k), 0).ok())
    });
    faces[kind as usize].as_ref()
}

/// Where the baseline sits below the top of a line box, as a share of the type size: the font's
/// ascender, so every drawing of the page puts type at the same height.
pub fn ascent(kind: FontKind) -> f32 {
    face(kind).map_or(0.88, |f| f.ascender() as f32 / f.units_per_em() as f32)
}

/// A glyph's advance in ems, from the font (`None` when the font lacks it).
pub fn advance(kind: FontKind, ch: char) -> Option<f32> {
    // Latin text measures every letter: ASCII advances are looked up in the font once.
    static ASCII: OnceLock<[[Option<f32>; 128]; 2]> = OnceLock::new();
    if ch.is_ascii() {
        let table = ASCII.get_or_init(|| {
            [FontKind::Serif, FontKind::SansBold]
                .map(|k| std::array::from_fn(|c| face_advance(k, char::from(c as u8))))
        });
        return table[kind as usize][ch as usize];
    }
    face_advance(kind, ch)
}

/// A glyph's advance in ems, read from the font's tables.
fn face_advance(kind: FontKind, ch: char) -> Option<f32> {
    let f = face(kind)?;
    let id = f.glyph_index(ch)?;
    Some(f32::from(f.glyph_hor_advance(id)?) / f32::from(f.units_per_em()))
}

/// Where a glyph's ink is, in ems from its drawing origin: left and right edges, and how far
/// above (positive) and below the baseline it reaches. `None` for a glyph with no ink.
pub fn ink_bounds(kind: FontKind, ch: char) -> Option<InkBounds> {
    // Outline bounds of CFF glyphs are computed by running the glyph's program: remembered.
    static KNOWN: OnceLock<Mutex<InkCache>> = OnceLock::new();
    let known = KNOWN.get_or_init(Mutex::default);
    if let Some(found) = known.lock().ok().and_then(|k| k.get(&(kind, ch)).copied()) {
        return found;
    }
    let found = outline_bounds(kind, ch);
    if let Ok(mut k) = known.lock() {
        k.insert((kind, ch), found);
    }
    found
}

/// Ink bounds already looked up, by face and character.
type InkCache = HashMap<(FontKind, char), Option<InkBounds>>;

fn outline_bounds(kind: FontKind, ch: char) -> Option<InkBounds> {
    let f = face(kind)?;
    let b = f.glyph_bounding_box(f.glyph_index(ch)?)?;
    let upem = f32::from(f.units_per_em());
    Some(InkBounds {
        left: f32::from(b.x_min) / upem,
        right: f32::from(b.x_max) / upem,
        top: f32::from(b.y_max) / upem,
        bottom: f32::from(b.y_min) / upem,
    })
}

/// A glyph's ink box from its outline, in ems (see [`ink_bounds`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InkBounds {
    /// Left edge from the drawing origin.
    pub left: f32,
    /// Right edge from the drawing origin.
    pub right: f32,
    /// Top, above the baseline.
    pub top: f32,
    /// Bottom, above the baseline (negative below it).
    pub bottom: f32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_fonts_have_the_seed_characters() {
        let seed = include_str!("../seeds/000_3070ad3f5641883a.txt");
        for kind in [FontKind::Serif, FontKind::SansBold] {
            let face = ttf_parser::Face::parse(font_data(kind), 0).expect("parses");
            let missing: String = seed
                .chars()
                .filter(|c| !c.is_whitespace() && face.glyph_index(*c).is_none())
                .collect();
            assert!(missing.is_empty(), "{}: missing {missing}", font_name(kind));
        }
    }
}
