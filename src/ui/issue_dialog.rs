//! The Issue dialog (期刊信息): the fields the masthead and the page headers print — the paper's
//! name, sponsor, issue number, total number, date, registration line — and the days from one
//! issue to the next.

use eframe::egui;

use crate::model::{Issue, IssueDate, TitlePicture};

use super::i18n::Texts;

/// The issue being edited, with the texts of its fields that must be read before they are
/// taken (a date, an optional number).
#[derive(Clone, Debug, PartialEq)]
pub struct IssueDraft {
    issue: Issue,
    date: String,
    total: String,
    /// The title picture's file as typed.
    title: String,
    /// Why the title picture could not be read, once OK was pressed.
    title_error: Option<String>,
}

impl IssueDraft {
    /// A draft of `issue`, or of a new issue where the document is none yet.
    pub fn of(issue: Option<&Issue>) -> Self {
        let issue = issue.cloned().unwrap_or_default();
        IssueDraft {
            date: issue.date.map(IssueDate::iso).unwrap_or_default(),
            total: issue
                .total_number
                .map(|n| n.to_string())
                .unwrap_or_default(),
            title: issue
                .title_picture
                .as_ref()
                .map(|t| t.file.clone())
                .unwrap_or_default(),
            title_error: None,
            issue,
        }
    }

    /// The issue the fields make, or why not: the date or total number as typed is no date or
    /// number.
    fn read(&self, t: &Texts) -> Result<Issue, &'static str> {
        let date = match self.date.trim() {
            "" => None,
            text => Some(IssueDate::parse(text).map_err(|_| t.bad_date)?),
        };
        let total_number = match self.total.trim() {
            "" => None,
            text => Some(text.parse().map_err(|_| t.bad_total_number)?),
        };
        Ok(Issue {
            date,
            total_number,
            ..self.issue.clone()
        })
    }

    /// The title picture the file field names, its size read from the file; none where the
    /// field is empty.
    fn title_picture(&self, t: &Texts) -> Result<Option<TitlePicture>, String> {
        let file = self.title.trim();
        if file.is_empty() {
            return Ok(None);
        }
        match image::image_dimensions(file) {
            Ok((w, h)) if w > 0 && h > 0 => Ok(Some(TitlePicture {
                file: file.to_owned(),
                pixels: (w, h),
                status: crate::model::PhotoStatus::Found,
            })),
            _ => Err(format!("{file}: {}", t.not_a_picture)),
        }
    }
}

/// Shows the dialog. `Some(Some(issue))` when OK was pressed on fields that read, `Some(None)`
/// on Cancel, `None` while it stays open.
pub fn dialog(
    ctx: &egui::Context,
    id: egui::Id,
    t: &Texts,
    draft: &mut IssueDraft,
) -> Option<Option<Issue>> {
    let mut answer = None;
    egui::Modal::new(id).show(ctx, |ui| {
        ui.heading(t.issue_settings.trim_end_matches('…'));
        egui::Grid::new("issue").num_columns(2).show(ui, |ui| {
            text_row(ui, t.paper, &mut draft.issue.paper);
            text_row(ui, t.title_picture, &mut draft.title);
            text_row(ui, t.sponsor, &mut draft.issue.sponsor);
            let label = ui.label(t.issue_number);
            ui.add(egui::DragValue::new(&mut draft.issue.number).range(1..=99_999))
                .labelled_by(label.id);
            ui.end_row();
            text_row(ui, t.total_number, &mut draft.total);
            text_row(ui, t.issue_date, &mut draft.date);
            text_row(ui, t.registration, &mut draft.issue.registration);
            let label = ui.label(t.interval_days);
            ui.add(egui::DragValue::new(&mut draft.issue.interval_days).range(1..=366))
                .labelled_by(label.id);
            ui.end_row();
        });
        let read = draft.read(t);
        if let Err(why) = read {
            ui.colored_label(super::colors::ERROR_RED, why);
        }
        if let Some(why) = &draft.title_error {
            ui.colored_label(super::colors::ERROR_RED, why);
        }
        ui.horizontal(|ui| {
            if ui
                .add_enabled(read.is_ok(), egui::Button::new(t.ok))
                .clicked()
                && let Ok(issue) = read
            {
                match draft.title_picture(t) {
                    Ok(title_picture) => {
                        answer = Some(Some(Issue {
                            title_picture,
                            ..issue
                        }))
                    }
                    Err(why) => draft.title_error = Some(why),
                }
            }
            if ui.button(t.cancel).clicked() {
                answer = Some(None);
            }
        });
    });
    answer
}

fn text_row(ui: &mut egui::Ui, label: &str, text: &mut String) {
    let label = ui.label(label);
    ui.add(egui::TextEdit::singleline(text).desired_width(260.0))
        .labelled_by(label.id);
    ui.end_row();
}
