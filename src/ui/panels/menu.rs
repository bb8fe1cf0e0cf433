//! The menu bar: File, Edit, View, Help.

use eframe::egui;

use super::PanelContext;
use crate::ui::command::{Action, Command};
use crate::ui::i18n::Lang;

/// Draws the menu bar.
pub fn menu_ui(cx: &PanelContext<'_>, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let t = cx.texts;
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(t.file, |ui| {
                for c in [
                    Command::New,
                    Command::NewFromTemplate,
                    Command::Open,
                    Command::ImportText,
                    Command::PlacePicture,
                ] {
                    item(ui, cx, c, true, actions);
                }
                ui.menu_button(t.recent, |ui| {
                    if cx.recent.is_empty() {
                        ui.weak("—");
                    }
                    for path in cx.recent {
                        if ui.button(path.display().to_string()).clicked() {
                            actions.push(Action::Command(Command::OpenRecent(path.clone())));
                        }
                    }
                });
                ui.separator();
                for c in [
                    Command::Save,
                    Command::SaveAs,
                    Command::SaveTemplate,
                    Command::ExportText,
                    Command::ExportPdf,
                    Command::ExportPng,
                    Command::ExportPrintPdf,
                    Command::ExportSite,
                    Command::CollectForOutput,
                ] {
                    item(ui, cx, c, true, actions);
                }
                let mut grey = cx.grayscale;
                if ui.checkbox(&mut grey, t.grayscale).clicked() {
                    actions.push(Action::Command(Command::ToggleGrayscale));
                }
                ui.separator();
                item(ui, cx, Command::PageSetup, true, actions);
                item(ui, cx, Command::Styles, true, actions);
                ui.separator();
                item(ui, cx, Command::Quit, true, actions);
            });
            ui.menu_button(t.edit, |ui| {
                item(ui, cx, Command::Undo, cx.can_undo, actions);
                item(ui, cx, Command::Redo, cx.can_redo, actions);
                ui.separator();
                let placed = cx.selected.is_some_and(|id| cx.doc.is_placed(id));
                let removable = placed || cx.selected_box.is_some();
                let selected = cx.selected.is_some() || cx.selected_box.is_some();
                item(ui, cx, Command::Copy, selected, actions);
                item(ui, cx, Command::Cut, selected, actions);
                item(ui, cx, Command::Paste, cx.can_paste, actions);
                item(ui, cx, Command::Duplicate, selected, actions);
                item(
                    ui,
                    cx,
                    Command::CopyForWeChat,
                    cx.selected.is_some(),
                    actions,
                );
                ui.separator();
                item(ui, cx, Command::RemoveSelectedFrame, removable, actions);
                item(ui, cx, Command::AddPictureBox, true, actions);
                item(ui, cx, Command::ResetLines, true, actions);
            });
            ui.menu_button(t.layout, |ui| {
                item(
                    ui,
                    cx,
                    Command::FillPage,
                    !cx.doc.articles.is_empty(),
                    actions,
                );
                ui.separator();
                item(ui, cx, Command::IssueSettings, true, actions);
                let pages = cx.doc.pages.len();
                item(
                    ui,
                    cx,
                    Command::AddPage,
                    pages < crate::model::MAX_PAGES,
                    actions,
                );
                item(ui, cx, Command::RemovePage, pages > 1, actions);
            });
            ui.menu_button(t.view, |ui| {
                item(ui, cx, Command::ZoomFit, true, actions);
                item(ui, cx, Command::Zoom100, true, actions);
                item(ui, cx, Command::ZoomIn, true, actions);
                item(ui, cx, Command::ZoomOut, true, actions);
                let mut grid = cx.show_grid;
                if ui.checkbox(&mut grid, t.grid).clicked() {
                    actions.push(Action::Command(Command::ToggleGrid));
                }
                let mut spread = cx.spread;
                if ui.checkbox(&mut spread, t.spread).clicked() {
                    actions.push(Action::Command(Command::ToggleSpread));
                }
                let mut check = cx.show_check;
                if ui.checkbox(&mut check, t.check).clicked() {
                    actions.push(Action::Command(Command::ToggleCheck));
                }
                ui.separator();
                ui.menu_button(t.language, |ui| {
                    for lang in [Lang::Chinese, Lang::English] {
                        let c = Command::SetLang(lang);
                        if ui.radio(cx.lang == lang, c.label(t)).clicked() {
                            actions.push(Action::Command(c));
                        }
                    }
                });
            });
            ui.menu_button(t.help, |ui| item(ui, cx, Command::About, true, actions));
        });
    });
}

fn item(
    ui: &mut egui::Ui,
    cx: &PanelContext<'_>,
    command: Command,
    enabled: bool,
    actions: &mut Vec<Action>,
) {
    let mut button = egui::Button::new(command.label(cx.texts));
    if let Some(shortcut) = command.shortcuts().first() {
        button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
    }
    if ui.add_enabled(enabled, button).clicked() {
        actions.push(Action::Command(command));
    }
}
