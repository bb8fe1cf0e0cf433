//! The bundled CJK fonts: a 宋体-style serif for text, a 黑体-style bold sans for headlines.
//!
//! Subsets of Noto Serif CJK SC and Noto Sans CJK SC Bold (OFL, `assets/fonts/OFL.txt`) holding
//! GB2312 and every character of the sample page, embedded so Chinese renders on a machine with
//! no CJK fonts. Rarer characters fall back to the system's fonts (eframe's system font provider).

use std::sync::Arc;

use eframe::egui::{self, FontData, FontDefinitions, FontFamily};

use crate::compose::FontKind;
use crate::fonts::{font_data, font_name};

/// Installs the bundled fonts: the serif first in the proportional family (so `“”` take their
/// CJK shapes, not egui's narrow Latin ones), and one named family per page typeface.
pub fn install(ctx: &egui::Context) {
    let mut defs = FontDefinitions::default();
    defs.font_data.insert(
        font_name(FontKind::Serif).to_owned(),
        Arc::new(FontData::from_static(font_data(FontKind::Serif))),
    );
    defs.font_data.insert(
        font_name(FontKind::SansBold).to_owned(),
        Arc::new(FontData::from_static(font_data(FontKind::SansBold))),
    );
    defs.families
        .entry(FontFamily::Proportional)
        .or_default()
        .insert(0, font_name(FontKind::Serif).to_owned());
    defs.families
        .entry(FontFamily::Monospace)
        .or_default()
        .push(font_name(FontKind::Serif).to_owned());
    defs.families.insert(
        family(FontKind::Serif),
        vec![font_name(FontKind::Serif).to_owned()],
    );
    defs.families.insert(
        family(FontKind::SansBold),
        vec![
            font_name(FontKind::SansBold).to_owned(),
            font_name(FontKind::Serif).to_owned(),
        ],
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
