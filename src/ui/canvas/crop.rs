//! Choosing a photo's crop on the canvas: while a photo frame is in crop mode, dragging inside it
//! moves the picture under the frame (one undo step per drag), and a double click leaves the mode.

use eframe::egui::{self, Sense};

use super::view::{CanvasView, Transform};
use crate::compose::{ComposedFrame, ComposedPage, ItemKind};
use crate::edit::Edit;
use crate::model::{Document, Frame, Picture};
use crate::ui::command::Action;

/// Turns drags inside a photo frame in crop mode into crop changes.
pub(super) fn crop_interaction(
    ui: &mut egui::Ui,
    view: &mut CanvasView,
    doc: &Document,
    t: &Transform,
    page: &ComposedPage,
    frame: &ComposedFrame,
    actions: &mut Vec<Action>,
) {
    let fg = frame.geometry;
    let rect = t.rect(fg.x, fg.y, fg.width, fg.height);
    let id = ui.scope_id().with(("crop", frame.id));
    let body = ui
        .interact(rect, id, Sense::click_and_drag())
        .on_hover_cursor(egui::CursorIcon::Grab);
    body.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Group, true, view.lang.texts().adjust_crop)
    });
    if body.double_clicked() {
        actions.push(Action::Crop(None));
        return;
    }
    let Some(picture) = doc.frame(frame.id).and_then(Frame::picture) else {
        return;
    };
    // The size the whole picture is drawn at: a drag across it moves the focus by one.
    let drawn = page.items.iter().find_map(|i| match &i.kind {
        ItemKind::Image { rect, .. } if i.origin.frame == Some(frame.id) => Some(*rect),
        _ => None,
    });
    let Some([_, _, width, height]) = drawn else {
        return;
    };
    if body.drag_started() {
        view.crop_start = Some(picture.focus);
    }
    if body.dragged()
        && let Some((fx, fy)) = view.crop_start
    {
        let delta = body.total_drag_delta().unwrap_or_default() / t.zoom;
        let focus = (
            (fx - delta.x / width).clamp(0.0, 1.0),
            (fy - delta.y / height).clamp(0.0, 1.0),
        );
        if focus != picture.focus {
            actions.push(Action::Edit(
                Edit::SetPicture {
                    frame: frame.id,
                    picture: Picture { focus, ..picture },
                },
                Some(id),
            ));
        }
    }
    if body.drag_stopped() {
        view.crop_start = None;
    }
}
