//! The page's faces in the editor: the bundled serif and sans, installed when the editor starts,
//! and any installed font the page prints with, added the first time it appears, so the canvas
//! draws every glyph in the face that prints it.
//!
//! The bundled serif also comes first in the editor's own text, so that `“”` take their CJK
//! shapes, not egui's narrow Latin ones, and Chinese renders on a machine with no CJK fonts.

use std::sync::Arc;

use eframe::egui::{
    self, FontData, FontDefinitions, FontFamily, FontInsert, FontPriority, InsertFontFamily,
};

use crate::fonts::{FaceId, data};

/// Installs the bundled faces: the serif first in the proportional family, and one named family
/// per bundled face.
pub fn install(ctx: &egui::Context) {
    let mut defs = FontDefinitions::default();
    for id in [FaceId::serif(), FaceId::sans_bold()] {
        let (bytes, index) = data(id);
        let font = FontData::from_blob(Arc::new(bytes), index);
        defs.font_data.insert(name(id), Arc::new(font));
    }
    let serif = name(FaceId::serif());
    defs.families
        .entry(FontFamily::Proportional)
        .or_default()
        .insert(0, serif.clone());
    defs.families
        .entry(FontFamily::Monospace)
        .or_default()
        .push(serif.clone());
    defs.families
        .insert(family(FaceId::serif()), vec![serif.clone()]);
    defs.families.insert(
        family(FaceId::sans_bold()),
        vec![name(FaceId::sans_bold()), serif],
    );
    ctx.set_fonts(defs);
}

/// The egui font family that draws a face.
pub fn family(id: FaceId) -> FontFamily {
    FontFamily::Name(name(id).into())
}

fn name(id: FaceId) -> String {
    let (bytes, index) = data(id);
    // The font data's place in memory tells faces apart: a face is loaded once.
    format!("page-face-{:x}-{index}", bytes.as_ptr() as usize)
}

/// Whether the canvas can draw this face now; if not, it is added for the next frame (a face
/// added while the frame is being drawn is only usable from the next one).
pub fn ready(ctx: &egui::Context, id: FaceId) -> bool {
    let family = family(id);
    if ctx.fonts(|f| f.definitions().families.contains_key(&family)) {
        return true;
    }
    let (bytes, index) = data(id);
    ctx.add_font(FontInsert {
        name: name(id),
        data: FontData::from_blob(Arc::new(bytes), index),
        families: vec![InsertFontFamily {
            family,
            priority: FontPriority::Highest,
        }],
    });
    ctx.request_repaint();
    false
}
