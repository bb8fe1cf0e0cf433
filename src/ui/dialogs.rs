//! Modal dialogs: save changes?, errors, restoring an autosave, page setup, text styles, about.

use eframe::egui;

use crate::fonts::Fonts;
use crate::model::{Document, PageSetup, Styles};

use super::command::Action;
use super::command::Pending;
use super::i18n::Texts;
use crate::edit::Edit;

/// The dialog on top of the window, if any.
pub enum Modal {
    /// Unsaved changes: save, discard, or cancel what was about to happen.
    Unsaved(Pending),
    /// Something went wrong; the message names the file (and line:column).
    Error(String),
    /// Something the user should know (overset text left out of a print).
    Notice(String),
    /// An autosave from a session that did not end properly, and the layout file it copies.
    Restore(Box<(Document, Option<std::path::PathBuf>)>),
    /// The page setup being edited.
    PageSetup(PageSetup),
    /// The text styles being edited.
    Styles(Styles),
    /// The issue's fields being edited.
    Issue(Box<super::issue_dialog::IssueDraft>),
    /// What banmian is.
    About,
    /// The folder chosen for the e-paper holds other files: write into it?
    ConfirmSite(std::path::PathBuf),
}

/// Sizes of Chinese type (字号) with their points, for the page setup.
const HAO: [(&str, f32); 8] = [
    ("六号", 7.5),
    ("小五", 9.0),
    ("五号", 10.5),
    ("小四", 12.0),
    ("四号", 14.0),
    ("小三", 15.0),
    ("三号", 16.0),
    ("小二", 18.0),
];

/// Shows a modal; the answer becomes actions. Returns the modal while it stays open.
pub fn modal_ui(
    modal: Modal,
    t: &'static Texts,
    fonts: &Fonts,
    ctx: &egui::Context,
    actions: &mut Vec<Action>,
) -> Option<Modal> {
    let mut keep = true;
    let id = egui::Id::unique("banmian-modal");
    // Escape answers every dialog as Cancel (or OK where that is all it asks).
    let escape = ctx.input(|i| i.key_pressed(egui::Key::Escape));
    let modal = match modal {
        Modal::Unsaved(pending) => {
            let mut answer = None;
            egui::Modal::new(id).show(ctx, |ui| {
                ui.heading(t.unsaved_title);
                ui.label(t.unsaved_text);
                ui.horizontal(|ui| {
                    if ui.button(t.save).clicked() {
                        answer = Some(0);
                    }
                    if ui.button(t.discard).clicked() {
                        answer = Some(1);
                    }
                    if ui.button(t.cancel).clicked() {
                        answer = Some(2);
                    }
                });
            });
            match answer {
                Some(0) => {
                    keep = false;
                    actions.push(Action::SaveThen(pending.clone()));
                }
                Some(1) => {
                    keep = false;
                    actions.push(Action::Proceed(pending.clone()));
                }
                Some(_) => keep = false,
                None => {}
            }
            Modal::Unsaved(pending)
        }
        Modal::Error(message) => {
            keep = message_ui(ctx, id, t.error, &message, t.ok);
            Modal::Error(message)
        }
        Modal::Notice(message) => {
            keep = message_ui(ctx, id, t.notice, &message, t.ok);
            Modal::Notice(message)
        }
        Modal::Restore(doc) => {
            let mut answer = None;
            egui::Modal::new(id).show(ctx, |ui| {
                ui.heading(t.restore_title);
                ui.label(t.restore_text);
                ui.horizontal(|ui| {
                    if ui.button(t.restore).clicked() {
                        answer = Some(true);
                    }
                    if ui.button(t.discard).clicked() {
                        answer = Some(false);
                    }
                });
            });
            match answer {
                Some(true) => {
                    keep = false;
                    actions.push(Action::Restore(doc.clone()));
                }
                Some(false) => {
                    keep = false;
                    actions.push(Action::DiscardRecovery);
                }
                None => {}
            }
            Modal::Restore(doc)
        }
        Modal::PageSetup(mut page) => {
            egui::Modal::new(id).show(ctx, |ui| {
                ui.heading(t.page_setup);
                egui::Grid::new("page-setup").num_columns(2).show(ui, |ui| {
                    number(ui, t.width_mm, &mut page.width_mm, 50.0..=2000.0);
                    number(ui, t.height_mm, &mut page.height_mm, 50.0..=2000.0);
                    number(ui, t.margin_mm, &mut page.margin_mm, 0.0..=100.0);
                    let label = ui.label(t.base_columns);
                    ui.add(egui::DragValue::new(&mut page.base_columns).range(1..=12))
                        .labelled_by(label.id);
                    ui.end_row();
                    number(ui, t.measure, &mut page.base_column_em.0, 4.0..=60.0);
                    number(ui, t.gutter_em, &mut page.gutter_em.0, 0.0..=4.0);
                    let label = ui.label(t.body_size);
                    ui.horizontal(|ui| {
                        ui.add(
                            egui::DragValue::new(&mut page.body_size_pt)
                                .range(5.0..=24.0)
                                .speed(0.5)
                                .suffix(" pt"),
                        )
                        .labelled_by(label.id);
                        egui::ComboBox::from_label(t.hao)
                            .selected_text(
                                HAO.iter()
                                    .find(|(_, pt)| *pt == page.body_size_pt)
                                    .map_or("—", |(n, _)| *n),
                            )
                            .show_ui(ui, |ui| {
                                for (name, pt) in HAO {
                                    ui.selectable_value(
                                        &mut page.body_size_pt,
                                        pt,
                                        format!("{name} {pt} pt"),
                                    );
                                }
                            });
                    });
                    ui.end_row();
                    number(ui, t.line_pitch, &mut page.line_pitch_em.0, 1.0..=3.0);
                    ui.checkbox(&mut page.column_rules, t.column_rules);
                    ui.end_row();
                });
                ui.horizontal(|ui| {
                    if ui.button(t.ok).clicked() {
                        keep = false;
                        actions.push(Action::Edit(Edit::SetPage(page.clone()), None));
                    }
                    if ui.button(t.cancel).clicked() {
                        keep = false;
                    }
                });
            });
            Modal::PageSetup(page)
        }
        Modal::Styles(mut styles) => {
            match super::styles::dialog(ctx, id, t, fonts, &mut styles) {
                Some(true) => {
                    keep = false;
                    actions.push(Action::Edit(Edit::SetStyles(styles.clone()), None));
                }
                Some(false) => keep = false,
                None => {}
            }
            Modal::Styles(styles)
        }
        Modal::Issue(mut draft) => {
            match super::issue_dialog::dialog(ctx, id, t, &mut draft) {
                Some(Some(issue)) => {
                    keep = false;
                    actions.push(Action::Edit(Edit::SetIssue(Some(issue)), None));
                }
                Some(None) => keep = false,
                None => {}
            }
            Modal::Issue(draft)
        }
        Modal::ConfirmSite(folder) => {
            egui::Modal::new(id).show(ctx, |ui| {
                ui.heading(t.export_site.trim_end_matches('…'));
                ui.label(format!("{} {}", folder.display(), t.folder_has_files));
                ui.horizontal(|ui| {
                    if ui.button(t.write_into_folder).clicked() {
                        keep = false;
                        actions.push(Action::WriteSite(folder.clone()));
                    }
                    if ui.button(t.cancel).clicked() {
                        keep = false;
                    }
                });
            });
            Modal::ConfirmSite(folder)
        }
        Modal::About => {
            egui::Modal::new(id).show(ctx, |ui| {
                ui.heading("版面 banmian");
                ui.label(t.about_text);
                ui.label(format!(
                    "{} {}",
                    env!("CARGO_PKG_NAME"),
                    env!("CARGO_PKG_VERSION")
                ));
                if ui.button(t.ok).clicked() {
                    keep = false;
                }
            });
            Modal::About
        }
    };
    (keep && !escape).then_some(modal)
}

/// A message with a heading and an OK button; false once dismissed.
fn message_ui(ctx: &egui::Context, id: egui::Id, heading: &str, message: &str, ok: &str) -> bool {
    let mut keep = true;
    egui::Modal::new(id).show(ctx, |ui| {
        ui.heading(heading);
        ui.label(message);
        if ui.button(ok).clicked() {
            keep = false;
        }
    });
    keep
}

fn number(ui: &mut egui::Ui, label: &str, value: &mut f32, range: std::ops::RangeInclusive<f32>) {
    let label = ui.label(label);
    ui.add(egui::DragValue::new(value).range(range).speed(0.5))
        .labelled_by(label.id);
    ui.end_row();
}
