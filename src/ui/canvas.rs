//! The page canvas: the composed page drawn at its real proportions, with the character grid,
//! and frames that can be moved, resized, and dropped onto from the article list.

use eframe::egui::{
    self, Align2, Color32, CornerRadius, FontId, Pos2, Rect, Sense, Stroke, StrokeKind, Vec2,
};

use crate::compose::{ComposedFrame, ComposedPage, PageGeometry};
use crate::model::{ArticleId, Document};

use super::command::Action;
use super::edit::Edit;
use super::fonts::family;
use super::i18n::Lang;

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
    /// A frame being dragged or resized: its article, and the grid position or size it would
    /// snap to.
    drag: Option<(ArticleId, DragKind)>,
}

#[derive(Clone, Copy, Debug)]
enum DragKind {
    Move { column: u32, line: u32 },
    Resize { span: u32, height: u32 },
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

/// The grid position nearest to a page point: (base column, line).
fn snap(g: &PageGeometry, x: f32, y: f32) -> (u32, u32) {
    let column = ((x - g.margin) / (g.column + g.gutter)).round().max(0.0) as u32;
    let line = ((y - g.margin) / g.pitch).round().max(0.0) as u32;
    (
        column.min(g.columns.saturating_sub(1)),
        line.min(g.lines.saturating_sub(1)),
    )
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

    for frame in &page.frames {
        draw_frame(
            &painter,
            &t,
            frame,
            selected == Some(frame.article),
            view.lang,
        );
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
        let (column, line) = snap(&g, x, y);
        actions.push(Action::Edit(
            Edit::Place {
                article: *article,
                column,
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
        let x = g.column_x(c);
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
                [
                    t.point(g.margin, y),
                    t.point(g.column_x(g.columns) - g.gutter, y),
                ],
                Stroke::new(0.5, Color32::from_rgb(0xDD, 0xE4, 0xEE)),
            );
        }
    }
}

fn draw_frame(
    painter: &egui::Painter,
    t: &Transform,
    frame: &ComposedFrame,
    selected: bool,
    lang: Lang,
) {
    let fg = frame.geometry;
    let rect = t.rect(fg.x, fg.y, fg.width, fg.height);
    let clip = painter.clip_rect();
    for run in &frame.runs {
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
    for &(x, y0, y1) in &frame.column_rules {
        painter.line_segment(
            [t.point(x, y0), t.point(x, y1)],
            Stroke::new(0.5, Color32::DARK_GRAY),
        );
    }
    let overset = frame.fit.overset_chars > 0;
    let stroke = match (overset, selected) {
        (true, _) => Stroke::new(2.0, OVERSET_RED),
        (false, true) => Stroke::new(2.0, SELECTED_BLUE),
        (false, false) => Stroke::new(1.0, Color32::from_gray(0xB0)),
    };
    painter.rect_stroke(rect, CornerRadius::ZERO, stroke, StrokeKind::Outside);
    // Lines the text needs against the lines the frame holds, in the frame's top-right corner.
    let t_ = lang.texts();
    let badge = format!(
        "{}/{} {}",
        frame.fit.lines_needed, frame.fit.capacity, t_.lines
    );
    let color = if overset {
        OVERSET_RED
    } else {
        Color32::from_gray(0x60)
    };
    let top_right = rect.right_top() + Vec2::new(-2.0, 2.0);
    tag(
        painter,
        top_right,
        Align2::RIGHT_TOP,
        badge,
        color,
        Color32::from_white_alpha(230),
    );
    if overset {
        let marker = format!("+{} {}", frame.fit.overset_chars, t_.chars);
        let bottom_right = rect.right_bottom() + Vec2::new(-2.0, -2.0);
        tag(
            painter,
            bottom_right,
            Align2::RIGHT_BOTTOM,
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
    let title = doc
        .article(frame.article)
        .map(|a| a.title())
        .unwrap_or_default();
    let id = ui.scope_id().with(("frame", frame.article));
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
        actions.push(Action::Select(Some(frame.article)));
    }
    let Some(model) = doc.frame_of(frame.article) else {
        return;
    };
    if body.dragged() {
        let delta = body.total_drag_delta().unwrap_or_default() / t.zoom;
        let (column, line) = snap(g, fg.x + delta.x, fg.y + delta.y);
        view.drag = Some((frame.article, DragKind::Move { column, line }));
    }
    if body.drag_stopped()
        && let Some((_, DragKind::Move { column, line })) = view.drag.take()
        && (column, line) != (model.column, model.line)
    {
        actions.push(Action::Edit(
            Edit::MoveFrame {
                article: frame.article,
                column,
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
        let right = fg.x + fg.width + delta.x;
        let bottom = fg.y + fg.height + delta.y;
        let span = (((right - fg.x + g.gutter) / (g.column + g.gutter))
            .round()
            .max(1.0)) as u32;
        let height = ((bottom - fg.y) / g.pitch).round().max(1.0) as u32;
        view.drag = Some((frame.article, DragKind::Resize { span, height }));
    }
    if handle.drag_stopped()
        && let Some((_, DragKind::Resize { span, height })) = view.drag.take()
        && (span, height) != (model.span, model.height)
    {
        actions.push(Action::Edit(
            Edit::ResizeFrame {
                article: frame.article,
                span,
                height,
            },
            None,
        ));
    }
}

/// Where a dragged frame will land.
fn draw_ghost(
    painter: &egui::Painter,
    t: &Transform,
    g: &PageGeometry,
    doc: &Document,
    id: ArticleId,
    kind: DragKind,
) {
    let Some(frame) = doc.frame_of(id) else {
        return;
    };
    let (column, line, span, height) = match kind {
        DragKind::Move { column, line } => (
            column.min(g.columns.saturating_sub(frame.span)),
            line,
            frame.span,
            frame.height,
        ),
        DragKind::Resize { span, height } => (frame.column, frame.line, span, height),
    };
    let w = span as f32 * g.column + span.saturating_sub(1) as f32 * g.gutter;
    let rect = t.rect(
        g.column_x(column),
        g.line_y(line),
        w,
        height as f32 * g.pitch,
    );
    painter.rect_filled(rect, CornerRadius::ZERO, SELECTED_BLUE.gamma_multiply(0.15));
    painter.rect_stroke(
        rect,
        CornerRadius::ZERO,
        Stroke::new(1.5, SELECTED_BLUE),
        StrokeKind::Inside,
    );
}
