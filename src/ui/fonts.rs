//! The bundled CJK fonts: a 宋体-style serif for text, a 黑体-style bold sans for headlines.
//!
//! Subsets of Noto Serif CJK SC and Noto Sans CJK SC Bold (OFL, `assets/fonts/OFL.txt`) holding
//! GB2312 and every character of the sample page, embedded so Chinese renders on a machine with
//! no CJK fonts. Rarer characters fall back to the system's fonts (eframe's system font provider).

use std::sync::Arc;

use eframe::egui::{self, FontData, FontDefinitions, FontFamily};

use crate::compose::FontKind;

static SERIF: &[u8] = include_bytes!("../../assets/fonts/NotoSerifCJKsc-Regular-subset.otf");
static SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSansCJKsc-Bold-subset.otf");

const SERIF_NAME: &str = "Noto Serif CJK SC";
const SANS_BOLD_NAME: &str = "Noto Sans CJK SC Bold";

/// Installs the bundled fonts: the serif first in the proportional family (so `“”` take their
/// CJK shapes, not egui's narrow Latin ones), and one named family per page typeface.
pub fn install(ctx: &egui::Context) {
    let mut defs = FontDefinitions::default();
    defs.font_data.insert(
        SERIF_NAME.to_owned(),
        Arc::new(FontData::from_static(SERIF)),
    );
    defs.font_data.insert(
        SANS_BOLD_NAME.to_owned(),
        Arc::new(FontData::from_static(SANS_BOLD)),
    );
    defs.families
        .entry(FontFamily::Proportional)
        .or_default()
        .insert(0, SERIF_NAME.to_owned());
    defs.families
        .entry(FontFamily::Monospace)
        .or_default()
        .push(SERIF_NAME.to_owned());
    defs.families
        .insert(family(FontKind::Serif), vec![SERIF_NAME.to_owned()]);
    defs.families.insert(
        family(FontKind::SansBold),
        vec![SANS_BOLD_NAME.to_owned(), SERIF_NAME.to_owned()],
    );
    ctx.set_fonts(defs);
}

/// The egui font family of a page typeface.
pub fn family(kind: FontKind) -> FontFamily {
    match kind {
        FontKind::Serif => FontFamily::Name("page-serif".into()),
        FontKind::SansBold => FontFamily::Name("page-sans-bold".into()),
    }
}
