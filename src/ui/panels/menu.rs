//! The menu bar: File, Edit, View, Help.

use eframe::egui;

use crate::ui::app::BanmianApp;
use crate::ui::command::{Action, Command};
use crate::ui::i18n::Lang;

/// Draws the menu bar.
pub fn menu_ui(app: &BanmianApp, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let t = app.texts();
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(t.file, |ui| {
                for c in [Command::New, Command::Open, Command::ImportText] {
                    item(ui, app, c, true, actions);
                }
                ui.menu_button(t.recent, |ui| {
                    if app.recent().is_empty() {
                        ui.weak("—");
                    }
                    for path in app.recent() {
                        if ui.button(path.display().to_string()).clicked() {
                            actions.push(Action::Command(Command::OpenRecent(path.clone())));
                        }
                    }
                });
                ui.separator();
                for c in [
                    Command::Save,
                    Command::SaveAs,
                    Command::ExportText,
                    Command::ExportPdf,
                    Command::ExportPng,
                ] {
                    item(ui, app, c, true, actions);
                }
                ui.separator();
                item(ui, app, Command::PageSetup, true, actions);
                ui.separator();
                item(ui, app, Command::Quit, true, actions);
            });
            ui.menu_button(t.edit, |ui| {
                item(ui, app, Command::Undo, app.can_undo(), actions);
                item(ui, app, Command::Redo, app.can_redo(), actions);
                ui.separator();
                let placed = app.selected().is_some_and(|id| app.doc().is_placed(id));
                item(ui, app, Command::RemoveSelectedFrame, placed, actions);
            });
            ui.menu_button(t.view, |ui| {
                item(ui, app, Command::ZoomFit, true, actions);
                item(ui, app, Command::Zoom100, true, actions);
                let mut grid = app.view.show_grid;
                if ui.checkbox(&mut grid, t.grid).clicked() {
                    actions.push(Action::Command(Command::ToggleGrid));
                }
                ui.separator();
                ui.menu_button(t.language, |ui| {
                    for lang in [Lang::Chinese, Lang::English] {
                        let c = Command::SetLang(lang);
                        if ui.radio(app.lang() == lang, c.label(t)).clicked() {
                            actions.push(Action::Command(c));
                        }
                    }
                });
            });
            ui.menu_button(t.help, |ui| item(ui, app, Command::About, true, actions));
        });
    });
}

fn item(
    ui: &mut egui::Ui,
    app: &BanmianApp,
    command: Command,
    enabled: bool,
    actions: &mut Vec<Action>,
) {
    let mut button = egui::Button::new(command.label(app.texts()));
    if let Some(shortcut) = command.shortcuts().first() {
        button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
    }
    if ui.add_enabled(enabled, button).clicked() {
        actions.push(Action::Command(command));
    }
}
