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
    for id in [FaceId::SERIF, FaceId::SANS_BOLD] {
        if let Some((bytes, index)) = data(id) {
            let font = FontData::from_blob(Arc::new(bytes), index);
            defs.font_data.insert(name(id), Arc::new(font));
        }
    }
    let serif = name(FaceId::SERIF);
    defs.families
        .entry(FontFamily::Proportional)
        .or_default()
        .insert(0, serif.clone());
    defs.families
        .entry(FontFamily::Monospace)
        .or_default()
        .push(serif.clone());
    defs.families
        .insert(family(FaceId::SERIF), vec![serif.clone()]);
    defs.families.insert(
        family(FaceId::SANS_BOLD),
        vec![name(FaceId::SANS_BOLD), serif],
    );
    ctx.set_fonts(defs);
}

/// The egui font family that draws a face.
pub fn family(id: FaceId) -> FontFamily {
    FontFamily::Name(name(id).into())
}

fn name(id: FaceId) -> String {
    format!("page-face-{}", u32::from(id))
}

/// Whether the canvas can draw this face now; if not, it is added for the next frame (a face
/// added while the frame is being drawn is only usable from the next one).
pub fn ready(ctx: &egui::Context, id: FaceId) -> bool {
    let family = family(id);
    if ctx.fonts(|f| f.definitions().families.contains_key(&family)) {
        return true;
    }
    if let Some((bytes, index)) = data(id) {
        ctx.add_font(FontInsert {
            name: name(id),
            data: FontData::from_blob(Arc::new(bytes), index),
            families: vec![InsertFontFamily {
                family,
                priority: FontPriority::Highest,
            }],
        });
        ctx.request_repaint();
    }
    false
}
