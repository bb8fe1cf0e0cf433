//! The status bar: file, unsaved mark, page fill, overset articles.

use crate::ui::colors;
use eframe::egui;

use super::PanelContext;
use crate::compose::ComposedPage;
use crate::ui::command::{Action, Command};

/// Draws the status bar.
pub fn status_ui(
    cx: &PanelContext<'_>,
    ui: &mut egui::Ui,
    page: &ComposedPage,
    actions: &mut Vec<Action>,
) {
    let t = cx.texts;
    egui::Panel::bottom("status").show(ui, |ui| {
        ui.horizontal(|ui| {
            let name = cx
                .path
                .map_or_else(|| t.untitled.to_owned(), |p| p.display().to_string());
            ui.label(name);
            if cx.dirty {
                ui.colored_label(colors::UNSAVED_AMBER, format!("● {}", t.unsaved));
            }
            ui.separator();
            let (lines, columns) = crate::edit::arrange::free_space(cx.doc, cx.page);
            ui.label(format!(
                "{} {lines} {} × {columns} {}",
                t.free_space, t.lines, t.free_columns
            ));
            ui.separator();
            let overset = page
                .articles
                .iter()
                .filter(|a| a.placed() && a.set.overset_chars() > 0)
                .count();
            let text = format!("{} {overset}", t.overset_articles);
            if overset > 0 {
                ui.colored_label(colors::ERROR_RED, text);
            } else {
                ui.label(text);
            }
            // The selected article's text does not fit and its frame found no room below: one
            // click cuts its photos down or continues it where the page is free.
            // The selected article, or the article of the selected photo.
            let of_photo = cx
                .selected_box
                .and_then(|id| cx.doc.frame(id)?.picture())
                .and_then(|p| Some(cx.doc.photo(p.photo)?.0));
            let selected_overset = cx
                .selected
                .or(of_photo)
                .and_then(|id| page.article(id))
                .filter(|a| a.placed() && a.set.overset_chars() > 0);
            if let Some(article) = selected_overset
                && ui.button(t.make_room).clicked()
            {
                actions.push(Action::Edit(crate::edit::Edit::MakeRoom(article.id), None));
            }
            ui.separator();
            // The findings at a glance; a click opens the Check panel.
            let errors = cx
                .findings
                .iter()
                .filter(|f| f.severity == crate::check::Severity::Error)
                .count();
            let text = format!(
                "{} {errors} {} · {} {}",
                t.check,
                t.errors,
                cx.findings.len() - errors,
                t.warnings
            );
            let color = if errors > 0 {
                colors::ERROR_RED
            } else {
                ui.visuals().text_color()
            };
            if ui
                .add(egui::Button::new(egui::RichText::new(text).color(color)).frame(false))
                .clicked()
            {
                actions.push(Action::Command(Command::ToggleCheck));
            }
            ui.separator();
            ui.label(format!("{:.0}%", cx.zoom * 100.0));
        });
    });
}
