//! The status bar: file, unsaved mark, page fill, overset articles.

use eframe::egui;

use crate::compose::ComposedPage;
use crate::ui::app::BanmianApp;

/// Draws the status bar.
pub fn status_ui(app: &BanmianApp, ui: &mut egui::Ui, page: &ComposedPage) {
    let t = app.texts();
    egui::Panel::bottom("status").show(ui, |ui| {
        ui.horizontal(|ui| {
            let name = app
                .path()
                .map_or_else(|| t.untitled.to_owned(), |p| p.display().to_string());
            ui.label(name);
            if app.is_dirty() {
                ui.colored_label(
                    egui::Color32::from_rgb(0xC0, 0x60, 0x00),
                    format!("● {}", t.unsaved),
                );
            }
            ui.separator();
            let g = page.geometry;
            let used: u32 = app.doc().frames.iter().map(|f| f.span * f.height).sum();
            let fill = 100.0 * used as f32 / (g.columns * g.lines).max(1) as f32;
            ui.label(format!("{} {fill:.0}%", t.page_fill));
            ui.separator();
            let overset = page
                .frames
                .iter()
                .filter(|f| f.fit.overset_chars > 0)
                .count();
            let text = format!("{} {overset}", t.overset_articles);
            if overset > 0 {
                ui.colored_label(egui::Color32::from_rgb(0xD0, 0x20, 0x20), text);
            } else {
                ui.label(text);
            }
            ui.separator();
            ui.label(format!("{:.0}%", app.view.zoom * 100.0));
        });
    });
}
