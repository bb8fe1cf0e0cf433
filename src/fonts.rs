//! The bundled typefaces, shared by the editor, the PDF and the PNG so all three draw the same
//! glyphs: subsets of Noto Serif CJK SC (宋体-style, body) and Noto Sans CJK SC Bold (黑体-style,
//! headlines), SIL OFL 1.1 (`assets/fonts/OFL.txt`), made by `tools/subset-fonts.py`.

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

/// Where the baseline sits below the top of a line box, as a share of the type size: the font's
/// ascender, so every drawing of the page puts type at the same height.
pub fn ascent(kind: FontKind) -> f32 {
    ttf_parser::Face::parse(font_data(kind), 0)
        .map(|f| f.ascender() as f32 / f.units_per_em() as f32)
        .unwrap_or(0.88)
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
