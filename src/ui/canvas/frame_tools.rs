//! Frames on the canvas: their outlines and fit markers, moving and resizing them, and the
//! out-port from which overset text continues in a new frame (续排).

use eframe::egui::{
    self, Align2, Color32, CornerRadius, FontId, Pos2, Rect, Sense, Stroke, StrokeKind, Vec2,
};

use crate::compose::{ComposedFrame, ComposedPage};
use crate::edit::Edit;
use crate::model::PageGeometry;
use crate::model::{Document, Em, Frame, FrameId, FrameKind};
use crate::ui::colors;

use super::view::{CanvasView, DragKind, Transform, cell_at, snap, snap_width};
use crate::ui::command::{Action, DraggedFrame};

/// Size of the resize handle at a frame's corner, in screen points.
const HANDLE: f32 = 10.0;
/// Size of the out-port under the foot of a chain's last frame, in screen points.
const PORT: f32 = 12.0;
/// The room between a frame's foot and its out-port, in screen points.
const PORT_GAP: f32 = 2.0;
/// Grid lines the ghost of a new continuation frame shows while it is dragged.
const CONTINUE_GHOST_LINES: u32 = 10;

/// A frame's outline. Its fit is in the inspector and the list; on the page, overset text shows
/// as a red frame and a red out-port, so no label ever covers text.
pub(super) fn draw_frame(
    painter: &egui::Painter,
    t: &Transform,
    frame: &ComposedFrame,
    selected: bool,
    flagged: bool,
) {
    let fg = frame.geometry;
    let rect = t.rect(fg.x, fg.y, fg.width, fg.height);
    let stroke = match (flagged, selected) {
        (true, _) => Stroke::new(2.0, colors::ERROR_RED),
        (false, true) => Stroke::new(2.0, colors::SELECTED_BLUE),
        (false, false) if frame.article.is_none() => Stroke::new(1.0, colors::BOX_GREY),
        (false, false) => Stroke::new(1.0, colors::FRAME_GREY),
    };
    painter.rect_stroke(rect, CornerRadius::ZERO, stroke, StrokeKind::Outside);
    if selected {
        painter.rect_filled(handle_rect(rect), CornerRadius::ZERO, colors::SELECTED_BLUE);
    }
}

fn handle_rect(frame: Rect) -> Rect {
    Rect::from_center_size(frame.right_bottom(), Vec2::splat(HANDLE))
}

pub(super) fn frame_interaction(
    ui: &mut egui::Ui,
    view: &mut CanvasView,
    doc: &Document,
    t: &Transform,
    g: &PageGeometry,
    frame: &ComposedFrame,
    actions: &mut Vec<Action>,
) {
    let fg = frame.geometry;
    let rect = t.rect(fg.x, fg.y, fg.width, fg.height);
    let words = view.lang.texts();
    let photo = doc
        .frame(frame.id)
        .and_then(Frame::picture)
        .and_then(|p| doc.photo(p.photo));
    let kind = doc.frame(frame.id).map(Frame::kind);
    let title = match (frame.article.and_then(|a| doc.article(a)), photo, kind) {
        (Some(article), _, _) => article.title(),
        (None, Some((_, photo)), _) => format!("{} {}", words.photo, photo.file_name()),
        (None, None, Some(FrameKind::Masthead)) => words.masthead.to_owned(),
        (None, None, Some(FrameKind::Header)) => words.page_header.to_owned(),
        (None, None, _) => words.picture_box.to_owned(),
    };
    let id = ui.scope_id().with(("frame", frame.id));
    let body = ui
        .interact(rect, id, Sense::click_and_drag())
        .on_hover_cursor(egui::CursorIcon::Move);
    body.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Group,
            true,
            format!("{} {title}", view.lang.texts().frame),
        )
    });
    if body.clicked() || body.drag_started() {
        actions.push(match frame.article {
            Some(article) => Action::Select(Some(article)),
            None => Action::SelectBox(Some(frame.id)),
        });
    }
    let Some(model) = doc.frame(frame.id) else {
        return;
    };
    // A double click on a photo lets drags move its crop instead of the frame.
    if body.double_clicked() && model.picture().is_some() {
        actions.push(Action::Crop(Some(frame.id)));
    }
    let free = ui.input(|i| i.modifiers.alt);
    if body.dragged() {
        let delta = body.total_drag_delta().unwrap_or_default() / t.zoom;
        let (mut x, line) = snap(g, fg.x + delta.x, fg.y + delta.y, free);
        // A frame off the base columns (破栏) keeps its place across until it is pulled half a
        // column sideways.
        if delta.x.abs() < (g.column + g.gutter) / 2.0 {
            x = model.x;
        }
        view.drag = Some((frame.id, DragKind::Move { x, line }));
    }
    if body.drag_started() {
        egui::DragAndDrop::set_payload(ui.ctx(), DraggedFrame(frame.id));
    }
    // Let go off its page (on the other page of a spread, on a page of the navigator), the
    // frame does not move on this page: the page it was dropped on takes it.
    let page_rect = t.rect(0.0, 0.0, g.width, g.height);
    let on_its_page = ui
        .input(|i| i.pointer.interact_pos())
        .is_some_and(|p| ui.clip_rect().contains(p) && page_rect.expand(8.0).contains(p));
    if body.drag_stopped()
        && let Some((_, DragKind::Move { x, line })) = view.drag.take()
        && (x, line) != (model.x, model.line)
        && on_its_page
    {
        actions.push(Action::Edit(
            Edit::MoveFrame {
                frame: frame.id,
                x,
                line,
            },
            None,
        ));
    }
}

/// The resize handle at a selected frame's bottom-right corner: the square drawn there, the
/// same size at every zoom. Taken hold of after every frame's body, so that it wins over the
/// frames beside and below it that its outer half lies on, and over the canvas. `model` is the
/// frame as the document has it, `shown` as composed; the resize is asked for when let go.
pub(super) fn resize_handle(
    ui: &mut egui::Ui,
    view: &mut CanvasView,
    (t, g): (&Transform, &PageGeometry),
    model: &Frame,
    shown: &ComposedFrame,
) -> Option<Action> {
    let fg = shown.geometry;
    let rect = t.rect(fg.x, fg.y, fg.width, fg.height);
    let free = ui.input(|i| i.modifiers.alt);
    let id = ui.scope_id().with(("frame", model.id, "resize"));
    let handle = ui
        .interact(handle_rect(rect), id, Sense::drag())
        .on_hover_cursor(egui::CursorIcon::ResizeNwSe);
    if handle.dragged() {
        let delta = handle.total_drag_delta().unwrap_or_default() / t.zoom;
        let wanted = fg.width + delta.x;
        // The frame's own width is a snap target too: a frame set at its text's width (wider
        // than a column, narrower than two) keeps it when dragged only down.
        let snapped = snap_width(g, wanted, free);
        let width = if (wanted - fg.width).abs() < (wanted - snapped.get() * g.em).abs() {
            model.width
        } else {
            snapped
        };
        let height = ((fg.height + delta.y) / g.pitch).round().max(1.0) as u32;
        view.drag = Some((model.id, DragKind::Resize { width, height }));
    }
    if !handle.drag_stopped() {
        return None;
    }
    let Some((_, DragKind::Resize { width, height })) = view.drag.take() else {
        return None;
    };
    let edit = Edit::ResizeFrame {
        frame: model.id,
        width,
        height,
    };
    ((width, height) != (model.width, model.height)).then_some(Action::Edit(edit, None))
}

/// Where a dragged frame will land: blue where it may, red where it would cover another frame
/// (the drop is then refused and the frame stays where it was).
pub(super) fn draw_ghost(
    painter: &egui::Painter,
    t: &Transform,
    g: &PageGeometry,
    doc: &Document,
    id: FrameId,
    kind: DragKind,
) {
    let Some(frame) = doc.frame(id) else {
        return;
    };
    let mut ghost: Frame = frame.clone();
    match kind {
        DragKind::Move { x, line } => {
            ghost.x = x.min(g.type_width_em() - frame.width).max(Em::ZERO);
            ghost.line = line;
        }
        DragKind::Resize { width, height } => {
            ghost.width = width;
            ghost.height = height;
        }
        DragKind::Continue { x, line } => {
            ghost = Frame::text(
                FrameId(u32::MAX),
                x.min(g.type_width_em() - frame.width).max(Em::ZERO),
                frame.width,
                line,
                CONTINUE_GHOST_LINES
                    .min(g.lines.saturating_sub(line))
                    .max(1),
            );
        }
    }
    // The ghost is on the page of the frame dragged (a continuation too, see `continue_in`).
    let blocked = doc.would_overlap(doc.page_of(id), &ghost);
    let color = if blocked {
        colors::ERROR_RED
    } else {
        colors::SELECTED_BLUE
    };
    let rect = t.rect(
        g.x(ghost.x),
        g.line_y(ghost.line),
        ghost.width.get() * g.em,
        ghost.height as f32 * g.pitch,
    );
    painter.rect_filled(rect, CornerRadius::ZERO, color.gamma_multiply(0.15));
    painter.rect_stroke(
        rect,
        CornerRadius::ZERO,
        Stroke::new(1.5, color),
        StrokeKind::Inside,
    );
}

/// The out-port on the foot of the last frame of an article's chain: red when text is overset.
/// Dragged to an empty place on the page, it continues the text in a new frame there.
#[expect(
    clippy::too_many_arguments,
    reason = "the canvas's drawing context, passed whole"
)]
pub(super) fn out_port(
    ui: &mut egui::Ui,
    view: &mut CanvasView,
    doc: &Document,
    t: &Transform,
    g: &PageGeometry,
    page: &ComposedPage,
    frame: &ComposedFrame,
    actions: &mut Vec<Action>,
) {
    let Some(composed) = frame.article.and_then(|a| page.article(a)) else {
        return;
    };
    if composed.frames.last() != Some(&frame.id) {
        return;
    }
    let overset = composed.set.overset_chars() > 0;
    let fg = frame.geometry;
    let rect = t.rect(fg.x, fg.y, fg.width, fg.height);
    // In the margin under the frame, clear of its last line (a byline sits there).
    let port = Rect::from_center_size(
        Pos2::new(
            rect.right() - 2.5 * PORT,
            rect.bottom() + PORT_GAP + PORT / 2.0,
        ),
        Vec2::splat(PORT),
    );
    let painter = ui.painter();
    let (fill, ink) = if overset {
        (colors::ERROR_RED, Color32::WHITE)
    } else {
        (Color32::WHITE, colors::PORT_INK)
    };
    painter.rect_filled(port, CornerRadius::same(2), fill);
    painter.rect_stroke(
        port,
        CornerRadius::same(2),
        Stroke::new(1.0, ink),
        StrokeKind::Inside,
    );
    painter.text(
        port.center(),
        Align2::CENTER_CENTER,
        "+",
        FontId::proportional(PORT),
        ink,
    );
    let title = doc
        .article(composed.id)
        .map(|a| a.title())
        .unwrap_or_default();
    let texts = view.lang.texts();
    let response = ui
        .interact(port, ui.scope_id().with(("port", frame.id)), Sense::drag())
        .on_hover_cursor(egui::CursorIcon::Copy)
        .on_hover_text(format!(
            "{} · +{} {}",
            texts.continue_text,
            composed.set.overset_chars(),
            texts.chars
        ));
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            true,
            format!("{} {title}", texts.continue_text),
        )
    });
    if response.dragged()
        && let Some(pos) = ui.input(|i| i.pointer.interact_pos())
    {
        let (x, y) = t.to_page(pos);
        let (x, line) = cell_at(g, x, y, ui.input(|i| i.modifiers.alt));
        view.drag = Some((frame.id, DragKind::Continue { x, line }));
    }
    if response.drag_stopped()
        && let Some((_, DragKind::Continue { x, line })) = view.drag.take()
    {
        actions.push(Action::Edit(
            Edit::ContinueIn {
                from: frame.id,
                x,
                line,
            },
            None,
        ));
    }
}
