//! Labelled fields the inspector's sections share: a text field that can show a marked range,
//! and a frame's size.

use eframe::egui;

use crate::edit::Edit;
use crate::model::Em;
use crate::ui::command::Action;
use crate::ui::i18n::Texts;

/// A labelled text field; returns the new text and the field's id when the user changed it.
/// With `mark`, the field takes the focus with that byte range of its text selected.
pub(super) fn text_field(
    ui: &mut egui::Ui,
    label: &str,
    current: &str,
    multiline: bool,
    mark: Option<std::ops::Range<usize>>,
) -> Option<(String, egui::Id)> {
    let label = ui.label(label);
    let mut text = current.to_owned();
    let edit = if multiline {
        egui::TextEdit::multiline(&mut text).desired_rows(3)
    } else {
        egui::TextEdit::singleline(&mut text)
    };
    let response = ui
        .add(edit.desired_width(f32::INFINITY))
        .labelled_by(label.id);
    if let Some(range) = mark.filter(|r| current.get(r.clone()).is_some()) {
        let chars = |at: usize| current[..at].chars().count();
        let mut state =
            egui::text_edit::TextEditState::load(ui.ctx(), response.id).unwrap_or_default();
        let selection = egui::text::CCursorRange::two(
            egui::text::CCursor::new(chars(range.start)),
            egui::text::CCursor::new(chars(range.end)),
        );
        state.cursor.set_char_range(Some(selection));
        state.store(ui.ctx(), response.id);
        response.request_focus();
        response.scroll_to_me(Some(egui::Align::Center));
    }
    (response.changed() && text != current).then_some((text, response.id))
}

/// A frame's width (in half ems, at least `narrowest`) and height (in grid lines).
pub(super) fn size_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    id: crate::model::FrameId,
    frame: &crate::model::Frame,
    narrowest: f32,
    actions: &mut Vec<Action>,
) {
    let mut width = frame.width.get();
    let mut height = frame.height;
    ui.horizontal(|ui| {
        let label = ui.label(t.frame_width);
        let width_changed = ui
            .add(
                egui::DragValue::new(&mut width)
                    .range(narrowest..=400.0)
                    .speed(0.5),
            )
            .labelled_by(label.id)
            .changed();
        let label = ui.label(t.lines_high);
        let height_changed = ui
            .add(egui::DragValue::new(&mut height).range(1..=400))
            .labelled_by(label.id)
            .changed();
        if width_changed || height_changed {
            actions.push(Action::Edit(
                Edit::ResizeFrame {
                    frame: id,
                    width: Em((width * 2.0).round() / 2.0),
                    height,
                },
                None,
            ));
        }
    });
}
