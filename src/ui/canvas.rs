//! The page canvas: the composed page drawn at its real proportions, with the character grid,
//! and frames that can be moved, resized, and dropped onto from the article list.

use eframe::egui::{self, Align2, Color32, CornerRadius, FontId, Pos2, Rect, Sense, Stroke, Vec2};

use crate::compose::{ComposedPage, ItemKind, PageGeometry};
use crate::model::{ArticleId, Document, Em, FrameId, PhotoStatus};

use super::command::Action;
use super::fonts::family;
use super::frame_tools;
use super::i18n::Lang;
use super::photos::PhotoTextures;
use crate::edit::Edit;

/// Zoom limits, in screen points per page point.
const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.1..=8.0;
/// Grid lines closer than this on screen are not drawn (they would grey the page out).
const MIN_GRID_SPACING: f32 = 4.0;

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
    /// Show the Check panel (检查).
    pub show_check: bool,
    /// The article text marked on the page (a Check finding clicked): one block, or all.
    pub highlight: Option<(ArticleId, Option<usize>)>,
    /// The menu language.
    pub lang: Lang,
    /// A frame being dragged, resized or continued, and where it would snap to.
    pub(super) drag: Option<(FrameId, DragKind)>,
    /// The photos' textures.
    pub(super) photos: PhotoTextures,
    /// The photo frame whose crop drags move, instead of the frame.
    pub(super) cropping: Option<FrameId>,
    /// The crop's focus when the drag that moves it began.
    pub(super) crop_start: Option<(f32, f32)>,
    /// Where the page was drawn last, to find the grid position under a point.
    shown: Option<(Transform, PageGeometry)>,
}

/// What a drag on the page is doing to a frame.
#[derive(Clone, Copy, Debug)]
pub(super) enum DragKind {
    /// Moving it to a grid position.
    Move { x: Em, line: u32 },
    /// Resizing it.
    Resize { width: Em, height: u32 },
    /// Continuing its text in a new frame there (from its out-port).
    Continue { x: Em, line: u32 },
}

/// What is selected on the page: an article (all its frames) or a picture box.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Selection {
    /// The selected article.
    pub article: Option<ArticleId>,
    /// The selected picture box.
    pub frame: Option<FrameId>,
}

impl CanvasView {
    /// The grid position (left edge snapped to a base column, grid line) under a screen point,
    /// if it is on the page as last drawn.
    pub fn grid_at(&self, pos: Pos2) -> Option<(Em, u32)> {
        let (t, g) = self.shown?;
        let (x, y) = t.to_page(pos);
        let on_page = (0.0..g.width).contains(&x) && (0.0..g.height).contains(&y);
        on_page.then(|| snap(&g, x, y, false))
    }

    /// A view that fits the page on the first frame.
    pub fn new(lang: Lang) -> Self {
        CanvasView {
            zoom: 1.0,
            offset: Vec2::splat(20.0),
            fit_pending: true,
            show_grid: true,
            show_check: false,
            highlight: None,
            lang,
            drag: None,
            photos: PhotoTextures::default(),
            cropping: None,
            crop_start: None,
            shown: None,
        }
    }
}

/// Page coordinates (points) ↔ screen coordinates.
#[derive(Clone, Copy)]
pub(super) struct Transform {
    origin: Pos2,
    pub(super) zoom: f32,
}

impl Transform {
    pub(super) fn point(&self, x: f32, y: f32) -> Pos2 {
        self.origin + Vec2::new(x, y) * self.zoom
    }

    pub(super) fn rect(&self, x: f32, y: f32, w: f32, h: f32) -> Rect {
        Rect::from_min_size(self.point(x, y), Vec2::new(w, h) * self.zoom)
    }

    pub(super) fn to_page(self, p: Pos2) -> (f32, f32) {
        let v = (p - self.origin) / self.zoom;
        (v.x, v.y)
    }
}

/// The grid position nearest to a page point: (ems from the type area's left edge, line). Across,
/// it snaps to the base columns; with Alt held, to half ems (破栏).
pub(super) fn snap(g: &PageGeometry, x: f32, y: f32, free: bool) -> (Em, u32) {
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
pub(super) fn snap_width(g: &PageGeometry, width: f32, free: bool) -> Em {
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
    findings: &[crate::check::Finding],
    selected: Selection,
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
    view.shown = Some((t, g));
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

    if let Some(marked) = view.highlight {
        draw_highlight(&painter, &t, page, marked);
    }
    draw_items(&painter, &t, page, &mut view.photos);
    for frame in page.frames.iter().filter(|f| f.page == 0) {
        let is_selected = match frame.article {
            Some(a) => selected.article == Some(a),
            None => selected.frame == Some(frame.id),
        };
        // A frame with an error in it (overset text, an overlap, a missing picture) shows red.
        let flagged = findings.iter().any(|f| {
            f.severity == crate::check::Severity::Error
                && f.range.is_none()
                && (f.frame == Some(frame.id)
                    || (f.kind == "overset" && f.article.is_some() && f.article == frame.article))
        });
        frame_tools::draw_frame(&painter, &t, frame, is_selected, flagged);
        if view.cropping == Some(frame.id) {
            super::crop::crop_interaction(ui, view, doc, &t, page, frame, actions);
        } else {
            frame_tools::frame_interaction(ui, view, doc, &t, &g, frame, actions);
        }
        frame_tools::out_port(ui, view, doc, &t, &g, page, frame, actions);
    }
    if let Some((id, kind)) = view.drag {
        frame_tools::draw_ghost(&painter, &t, &g, doc, id, kind);
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
    // Frames lie on top of the canvas: the wheel zooms and scrolls wherever the pointer is on it.
    if !canvas.contains_pointer() {
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

/// Marks the lines of an article (of one body block of it) on the first page in yellow.
fn draw_highlight(
    painter: &egui::Painter,
    t: &Transform,
    page: &ComposedPage,
    (article, block): (ArticleId, Option<usize>),
) {
    for item in page.items.iter().filter(|i| i.origin.page == 0) {
        let ItemKind::Text(run) = &item.kind else {
            continue;
        };
        let ours =
            item.origin.article == Some(article) && (block.is_none() || item.origin.block == block);
        let (Some(first), Some(last)) = (run.glyphs.first(), run.glyphs.last()) else {
            continue;
        };
        if ours {
            let rect = t.rect(
                first.1,
                run.top,
                last.1 - first.1 + run.size,
                run.size * 1.2,
            );
            painter.rect_filled(
                rect,
                CornerRadius::ZERO,
                Color32::from_rgb(0xFF, 0xF0, 0x80),
            );
        }
    }
}

/// Draws every item of the first page: text, rules, picture boxes, photos.
fn draw_items(
    painter: &egui::Painter,
    t: &Transform,
    page: &ComposedPage,
    photos: &mut PhotoTextures,
) {
    let clip = painter.clip_rect();
    for item in page.items.iter().filter(|i| i.origin.page == 0) {
        match &item.kind {
            ItemKind::Text(run) => {
                let size = run.size * t.zoom;
                if size < 1.0 {
                    continue;
                }
                if !super::fonts::ready(painter.ctx(), run.font) {
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
            ItemKind::Image {
                file,
                clip,
                rect,
                status,
                ..
            } => {
                let shown = t.rect(clip[0], clip[1], clip[2], clip[3]);
                let texture = match status {
                    PhotoStatus::Missing => None,
                    _ => photos.get(painter.ctx(), file),
                };
                let Some(texture) = texture else {
                    painter.rect_filled(shown, CornerRadius::ZERO, Color32::from_gray(0xD0));
                    continue;
                };
                // The crop, as the part of the whole picture the clip shows.
                let uv = Rect::from_min_max(
                    Pos2::new((clip[0] - rect[0]) / rect[2], (clip[1] - rect[1]) / rect[3]),
                    Pos2::new(
                        (clip[0] + clip[2] - rect[0]) / rect[2],
                        (clip[1] + clip[3] - rect[1]) / rect[3],
                    ),
                );
                painter.image(texture, shown, uv, Color32::WHITE);
            }
        }
    }
}
