//! The page canvas: the composed page drawn at its real proportions, with the character grid,
//! and frames that can be moved, resized, and dropped onto from the article list.

use eframe::egui::{
    self, Align2, Color32, CornerRadius, FontId, Pos2, Rect, Sense, Stroke, StrokeKind, Vec2,
};

use crate::compose::{ComposedFrame, ComposedPage, ItemKind, PageGeometry};
use crate::model::{ArticleId, Document, Em, Frame, FrameId};

use super::command::Action;
use super::fonts::family;
use super::i18n::Lang;
use crate::edit::Edit;

/// Zoom limits, in screen points per page point.
const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.1..=8.0;
/// Size of the resize handle at a frame's corner, in screen points.
const HANDLE: f32 = 10.0;
/// Grid lines closer than this on screen are not drawn (they would grey the page out).
const MIN_GRID_SPACING: f32 = 4.0;

const OVERSET_RED: Color32 = Color32::from_rgb(0xD0, 0x20, 0x20);
const SELECTED_BLUE: Color32 = Color32::from_rgb(0x20, 0x60, 0xD0);

/// How the page is shown: zoom, scroll position, grid; kept apart from the document.
pub struct CanvasView {
    /// Screen points per page point.
    pub zoom: f32,
    /// Where the page's top-left corner is, relative to the canvas's top-left corner.
    pub offset: Vec2,
    /// Fit the page into the canvas on the next frame.
    pub fit_pending: bool,
    /// Show the character grid (背景格).
    pub show_grid: bool,
    /// The menu language.
    pub lang: Lang,
    /// A frame being dragged or resized, and the grid position or size it would snap to.
    drag: Option<(FrameId, DragKind)>,
}

#[derive(Clone, Copy, Debug)]
enum DragKind {
    Move { x: Em, line: u32 },
    Resize { width: Em, height: u32 },
}

impl CanvasView {
    /// A view that fits the page on the first frame.
    pub fn new(lang: Lang) -> Self {
        CanvasView {
            zoom: 1.0,
            offset: Vec2::splat(20.0),
            fit_pending: true,
            show_grid: true,
            lang,
            drag: None,
        }
    }
}

/// Page coordinates (points) ↔ screen coordinates.
struct Transform {
    origin: Pos2,
    zoom: f32,
}

impl Transform {
    fn point(&self, x: f32, y: f32) -> Pos2 {
        self.origin + Vec2::new(x, y) * self.zoom
    }

    fn rect(&self, x: f32, y: f32, w: f32, h: f32) -> Rect {
        Rect::from_min_size(self.point(x, y), Vec2::new(w, h) * self.zoom)
    }

    fn to_page(&self, p: Pos2) -> (f32, f32) {
        let v = (p - self.origin) / self.zoom;
        (v.x, v.y)
    }
}

/// The grid position nearest to a page point: (ems from the type area's left edge, line). Across,
/// it snaps to the base columns; with Alt held, to half ems (破栏).
fn snap(g: &PageGeometry, x: f32, y: f32, free: bool) -> (Em, u32) {
    let em = ((x - g.margin) / g.em).max(0.0);
    let x = if free {
        Em((em * 2.0).round() / 2.0)
    } else {
        let column = (em / (g.column + g.gutter) * g.em).round() as u32;
        g.column_em(column.min(g.columns.saturating_sub(1)))
    };
    let line = ((y - g.margin) / g.pitch).round().max(0.0) as u32;
    (x, line.min(g.lines.saturating_sub(1)))
}

/// A width snapped like [`snap`]: to whole base columns, or with Alt to half ems.
fn snap_width(g: &PageGeometry, width: f32, free: bool) -> Em {
    let em = (width / g.em).max(4.0);
    if free {
        Em((em * 2.0).round() / 2.0)
    } else {
        let span = ((width + g.gutter) / (g.column + g.gutter))
            .round()
            .max(1.0) as u32;
        g.span_em(span)
    }
}

/// Draws the canvas and turns pointer gestures into actions.
pub fn canvas_ui(
    ui: &mut egui::Ui,
    view: &mut CanvasView,
    doc: &Document,
    page: &ComposedPage,
    selected: Option<ArticleId>,
    actions: &mut Vec<Action>,
) {
    let g = page.geometry;
    let (canvas, painter) = ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
    canvas.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Canvas, true, view.lang.texts().page)
    });
    let canvas_rect = canvas.rect;
    if view.fit_pending && canvas_rect.width() > 10.0 {
        view.zoom = ((canvas_rect.width() - 40.0) / g.width)
            .min((canvas_rect.height() - 40.0) / g.height)
            .clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        view.offset = (canvas_rect.size() - Vec2::new(g.width, g.height) * view.zoom) / 2.0;
        view.fit_pending = false;
    }
    zoom_and_pan(ui, view, &canvas);
    let t = Transform {
        origin: canvas_rect.min + view.offset,
        zoom: view.zoom,
    };
    painter.rect_filled(canvas_rect, CornerRadius::ZERO, Color32::from_gray(0x80));
    let page_rect = t.rect(0.0, 0.0, g.width, g.height);
    painter.rect_filled(
        page_rect.translate(Vec2::splat(4.0)),
        CornerRadius::ZERO,
        Color32::from_black_alpha(60),
    );
    painter.rect_filled(page_rect, CornerRadius::ZERO, Color32::WHITE);
    if view.show_grid {
        draw_grid(&painter, &t, &g);
    }
    if canvas.clicked() {
        actions.push(Action::Select(None));
    }

    draw_items(&painter, &t, page);
    for frame in page.frames.iter().filter(|f| f.page == 0) {
        let is_selected = selected.is_some() && selected == frame.article;
        draw_frame(&painter, &t, page, frame, is_selected, view.lang);
        frame_interaction(ui, view, doc, &t, &g, frame, actions);
    }
    if let Some((id, kind)) = view.drag {
        draw_ghost(&painter, &t, &g, doc, id, kind);
    }

    // An article dropped from the list lands with its top-left corner under the pointer.
    if let Some(article) = canvas.dnd_release_payload::<ArticleId>()
        && let Some(pos) = ui.input(|i| i.pointer.interact_pos())
    {
        let (x, y) = t.to_page(pos);
        let (x, line) = snap(&g, x, y, ui.input(|i| i.modifiers.alt));
        actions.push(Action::Edit(
            Edit::Place {
                article: *article,
                x,
                line,
            },
            None,
        ));
        actions.push(Action::Select(Some(*article)));
    }
    if doc.articles.is_empty() {
        painter.text(
            page_rect.center(),
            Align2::CENTER_CENTER,
            view.lang.texts().empty_page,
            FontId::proportional(16.0),
            Color32::GRAY,
        );
    }
}

fn zoom_and_pan(ui: &egui::Ui, view: &mut CanvasView, canvas: &egui::Response) {
    if canvas.dragged_by(egui::PointerButton::Middle)
        || canvas.dragged_by(egui::PointerButton::Primary)
    {
        view.offset += canvas.drag_delta();
    }
    if !canvas.hovered() {
        return;
    }
    let (zoom_delta, scroll) = ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta));
    if zoom_delta != 1.0 {
        // Zoom about the pointer, so the point under it stays put.
        let pointer = ui
            .input(|i| i.pointer.hover_pos())
            .unwrap_or(canvas.rect.center());
        let new_zoom = (view.zoom * zoom_delta).clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        let anchor = pointer - canvas.rect.min;
        view.offset = anchor - (anchor - view.offset) * (new_zoom / view.zoom);
        view.zoom = new_zoom;
    } else {
        view.offset += scroll;
    }
}

fn draw_grid(painter: &egui::Painter, t: &Transform, g: &PageGeometry) {
    let top = g.margin;
    let bottom = g.line_y(g.lines);
    for c in 0..g.columns {
        let x = g.x(g.column_em(c));
        painter.rect_filled(
            t.rect(x, top, g.column, bottom - top),
            CornerRadius::ZERO,
            Color32::from_rgb(0xF4, 0xF7, 0xFB),
        );
        // Character cells across a base column, when they are far enough apart to see.
        if g.em * t.zoom >= MIN_GRID_SPACING * 2.0 {
            let cells = (g.column / g.em).round() as u32;
            for k in 1..cells {
                let xk = x + k as f32 * g.em;
                painter.line_segment(
                    [t.point(xk, top), t.point(xk, bottom)],
                    Stroke::new(0.5, Color32::from_rgb(0xE4, 0xEA, 0xF2)),
                );
            }
        }
    }
    if g.pitch * t.zoom >= MIN_GRID_SPACING {
        for l in 0..=g.lines {
            let y = g.line_y(l);
            painter.line_segment(
                [t.point(g.margin, y), t.point(g.x(g.type_width_em()), y)],
                Stroke::new(0.5, Color32::from_rgb(0xDD, 0xE4, 0xEE)),
            );
        }
    }
}

/// Draws every item of the first page: text, rules, picture boxes.
fn draw_items(painter: &egui::Painter, t: &Transform, page: &ComposedPage) {
    let clip = painter.clip_rect();
    for item in page.items.iter().filter(|i| i.origin.page == 0) {
        match &item.kind {
            ItemKind::Text(run) => {
                let size = run.size * t.zoom;
                if size < 1.0 {
                    continue;
                }
                let font = FontId::new(size, family(run.font));
                for &(ch, x) in &run.glyphs {
                    let pos = t.point(x, run.top);
                    if !clip.contains(pos) && !clip.contains(pos + Vec2::splat(size)) {
                        continue;
                    }
                    painter.text(pos, Align2::LEFT_TOP, ch, font.clone(), Color32::BLACK);
                }
            }
            ItemKind::Rule { from, to, width } => {
                painter.line_segment(
                    [t.point(from.0, from.1), t.point(to.0, to.1)],
                    Stroke::new((width * t.zoom).max(0.5), Color32::DARK_GRAY),
                );
            }
            ItemKind::Box { rect } => {
                let r = t.rect(rect[0], rect[1], rect[2], rect[3]);
                painter.rect_filled(r, CornerRadius::ZERO, Color32::from_gray(0xEE));
                painter.line_segment(
                    [r.left_top(), r.right_bottom()],
                    Stroke::new(0.5, Color32::GRAY),
                );
                painter.line_segment(
                    [r.right_top(), r.left_bottom()],
                    Stroke::new(0.5, Color32::GRAY),
                );
            }
        }
    }
}

/// A frame's outline, and its fit as badges on its border, outside the text.
fn draw_frame(
    painter: &egui::Painter,
    t: &Transform,
    page: &ComposedPage,
    frame: &ComposedFrame,
    selected: bool,
    lang: Lang,
) {
    let fg = frame.geometry;
    let rect = t.rect(fg.x, fg.y, fg.width, fg.height);
    let set = frame.article.and_then(|a| page.article(a)).map(|a| &a.set);
    let overset = set.is_some_and(|s| s.overset_chars() > 0);
    let stroke = match (overset, selected) {
        (true, _) => Stroke::new(2.0, OVERSET_RED),
        (false, true) => Stroke::new(2.0, SELECTED_BLUE),
        (false, false) => Stroke::new(1.0, Color32::from_gray(0xB0)),
    };
    painter.rect_stroke(rect, CornerRadius::ZERO, stroke, StrokeKind::Outside);
    let Some(set) = set else {
        return;
    };
    // Lines the text needs against the lines the chain holds, sitting on the frame's top edge.
    let t_ = lang.texts();
    let badge = format!("{}/{} {}", set.lines_needed(), set.capacity, t_.lines);
    let color = if overset {
        OVERSET_RED
    } else {
        Color32::from_gray(0x60)
    };
    tag(
        painter,
        rect.right_top() + Vec2::new(-2.0, -1.0),
        Align2::RIGHT_BOTTOM,
        badge,
        color,
        Color32::from_white_alpha(230),
    );
    if overset {
        let marker = format!("+{} {}", set.overset_chars(), t_.chars);
        tag(
            painter,
            rect.right_bottom() + Vec2::new(-2.0, 3.0),
            Align2::RIGHT_TOP,
            marker,
            Color32::WHITE,
            OVERSET_RED,
        );
    }
    if selected {
        painter.rect_filled(handle_rect(rect), CornerRadius::ZERO, SELECTED_BLUE);
    }
}

/// A small label on a filled background, anchored at `at`.
fn tag(painter: &egui::Painter, at: Pos2, align: Align2, text: String, fg: Color32, bg: Color32) {
    let galley = painter.layout_no_wrap(text, FontId::proportional(11.0), fg);
    let rect = align.anchor_size(at, galley.size());
    painter.rect_filled(rect.expand(2.0), CornerRadius::same(2), bg);
    painter.galley(rect.min, galley, fg);
}

fn handle_rect(frame: Rect) -> Rect {
    Rect::from_center_size(frame.right_bottom(), Vec2::splat(HANDLE))
}

fn frame_interaction(
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
    let title = frame
        .article
        .and_then(|a| doc.article(a))
        .map(|a| a.title())
        .unwrap_or_default();
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
    if (body.clicked() || body.drag_started())
        && let Some(article) = frame.article
    {
        actions.push(Action::Select(Some(article)));
    }
    let Some(model) = doc.frame(frame.id) else {
        return;
    };
    let free = ui.input(|i| i.modifiers.alt);
    if body.dragged() {
        let delta = body.total_drag_delta().unwrap_or_default() / t.zoom;
        let (x, line) = snap(g, fg.x + delta.x, fg.y + delta.y, free);
        view.drag = Some((frame.id, DragKind::Move { x, line }));
    }
    if body.drag_stopped()
        && let Some((_, DragKind::Move { x, line })) = view.drag.take()
        && (x, line) != (model.x, model.line)
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
    let handle = ui
        .interact(handle_rect(rect), id.with("resize"), Sense::drag())
        .on_hover_cursor(egui::CursorIcon::ResizeNwSe);
    if handle.dragged() {
        let delta = handle.total_drag_delta().unwrap_or_default() / t.zoom;
        let width = snap_width(g, fg.width + delta.x, free);
        let height = ((fg.height + delta.y) / g.pitch).round().max(1.0) as u32;
        view.drag = Some((frame.id, DragKind::Resize { width, height }));
    }
    if handle.drag_stopped()
        && let Some((_, DragKind::Resize { width, height })) = view.drag.take()
        && (width, height) != (model.width, model.height)
    {
        actions.push(Action::Edit(
            Edit::ResizeFrame {
                frame: frame.id,
                width,
                height,
            },
            None,
        ));
    }
}

/// Where a dragged frame will land: blue where it may, red where it would cover another frame
/// (the drop is then refused and the frame stays where it was).
fn draw_ghost(
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
    }
    let blocked = crate::edit::overlapped(doc, &ghost);
    let color = if blocked { OVERSET_RED } else { SELECTED_BLUE };
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
