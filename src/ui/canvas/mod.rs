//! The page canvas: the composed page drawn at its real proportions, with the character grid,
//! and frames that can be moved, resized, and dropped onto from the article list.

use crate::ui::colors;
use eframe::egui::{self, Align2, Color32, CornerRadius, FontId, Pos2, Rect, Sense, Stroke, Vec2};

use crate::compose::{ComposedPage, ItemKind};
use crate::model::PageGeometry;
use crate::model::{ArticleId, Document, PhotoStatus};

use super::command::{Action, DraggedFrame};
use super::fonts::family;
use crate::edit::Edit;

mod crop;
mod frame_tools;
mod view;

use super::photos::PhotoTextures;
pub use view::{CanvasView, Selection};
use view::{Transform, cell_at};

/// Zoom limits, in screen points per page point.
const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.1..=8.0;
/// Grid lines closer than this on screen are not drawn (they would grey the page out).
const MIN_GRID_SPACING: f32 = 4.0;

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
    // Nothing of the page (handles, ports, ghosts) is drawn or taken hold of outside the canvas,
    // over the panels beside it, however far it is zoomed.
    ui.set_clip_rect(canvas_rect.intersect(ui.clip_rect()));
    // The page shown, and in a spread the page after it beside it.
    let shown: Vec<usize> = std::iter::once(view.page)
        .chain((view.spread && view.page + 1 < doc.pages.len()).then_some(view.page + 1))
        .collect();
    let across = shown.len() as f32 * g.width + (shown.len() as f32 - 1.0) * SPREAD_GAP;
    if view.fit_pending && canvas_rect.width() > 10.0 {
        view.zoom = ((canvas_rect.width() - 40.0) / across)
            .min((canvas_rect.height() - 40.0) / g.height)
            .clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        view.offset = (canvas_rect.size() - Vec2::new(across, g.height) * view.zoom) / 2.0;
        view.fit_pending = view.fitted_to != Some(canvas_rect);
        view.fitted_to = view.fit_pending.then_some(canvas_rect);
        if view.fit_pending {
            ui.ctx().request_repaint();
        }
    }
    zoom_and_pan(ui, view, &canvas);
    painter.rect_filled(canvas_rect, CornerRadius::ZERO, colors::DESK_GREY);
    if canvas.clicked() {
        actions.push(Action::Select(None));
    }
    let transforms: Vec<(usize, Transform)> = shown
        .iter()
        .enumerate()
        .map(|(k, &index)| {
            let across = k as f32 * (g.width + SPREAD_GAP) * view.zoom;
            let t = Transform {
                origin: canvas_rect.min + view.offset + Vec2::new(across, 0.0),
                zoom: view.zoom,
            };
            (index, t)
        })
        .collect();
    view.shown = transforms.first().map(|&(_, t)| (t, g));
    for &(index, t) in &transforms {
        page_ui(
            ui,
            view,
            (doc, page, findings),
            selected,
            (index, t),
            actions,
        );
    }
    if let Some((id, kind)) = view.drag
        && let Some(&(_, t)) = transforms.iter().find(|(p, _)| *p == doc.page_of(id))
    {
        frame_tools::draw_ghost(&painter, &t, &g, doc, id, kind);
    }

    // A frame dragged onto the other page of a spread moves there, its top-left under the
    // pointer.
    if ui.input(|i| i.pointer.any_released())
        && let Some(pos) = ui.input(|i| i.pointer.interact_pos())
        && canvas_rect.contains(pos)
        && let Some(&(index, t)) = transforms
            .iter()
            .find(|(_, t)| t.rect(0.0, 0.0, g.width, g.height).contains(pos))
        && let Some(dragged) = egui::DragAndDrop::payload::<DraggedFrame>(ui.ctx())
        && doc.page_of(dragged.0) != index
    {
        egui::DragAndDrop::clear_payload(ui.ctx());
        let (x, y) = t.to_page(pos);
        let at = cell_at(&g, x, y, ui.input(|i| i.modifiers.alt));
        let edit = crate::ui::panels::pages::move_edit(doc, dragged.0, index, Some(at));
        actions.push(Action::Edit(edit, None));
    }

    // An article dropped from the list lands with its top-left corner under the pointer, on
    // the page under it.
    if let Some(article) = canvas.dnd_release_payload::<ArticleId>()
        && let Some(pos) = ui.input(|i| i.pointer.interact_pos())
    {
        let (index, t) = transforms
            .iter()
            .rev()
            .find(|(_, t)| pos.x >= t.origin.x)
            .or(transforms.first())
            .copied()
            .unwrap_or((
                view.page,
                Transform {
                    origin: canvas_rect.min,
                    zoom: view.zoom,
                },
            ));
        let (x, y) = t.to_page(pos);
        let (x, line) = cell_at(&g, x, y, ui.input(|i| i.modifiers.alt));
        actions.push(Action::Edit(
            Edit::Place {
                page: index,
                article: *article,
                x,
                line,
            },
            None,
        ));
        actions.push(Action::Select(Some(*article)));
    }
    let page_rect = transforms
        .first()
        .map_or(canvas_rect, |(_, t)| t.rect(0.0, 0.0, g.width, g.height));
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

/// Space between the two pages of a spread, in page points.
const SPREAD_GAP: f32 = 24.0;

/// Draws page `index` of the issue at transform `t` with its frames, and takes the gestures on
/// them.
fn page_ui(
    ui: &mut egui::Ui,
    view: &mut CanvasView,
    (doc, page, findings): (&Document, &ComposedPage, &[crate::check::Finding]),
    selected: Selection,
    (index, t): (usize, Transform),
    actions: &mut Vec<Action>,
) {
    let g = page.geometry;
    let painter = ui.painter().clone();
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
    if let Some(marked) = view.highlight {
        draw_highlight(&painter, &t, page, index, marked);
    }
    draw_items(&painter, &t, page, index, &mut view.photos);
    let is_selected = |frame: &crate::compose::ComposedFrame| match frame.article {
        Some(a) => selected.article == Some(a),
        None => selected.frame == Some(frame.id),
    };
    for frame in page.frames.iter().filter(|f| f.page == index) {
        let is_selected = is_selected(frame);
        // A frame with an error in it (overset text, an overlap, a missing picture) shows red.
        let flagged = findings.iter().any(|f| {
            f.severity == crate::check::Severity::Error
                && f.range.is_none()
                && (f.frame == Some(frame.id)
                    || (f.kind == "overset" && f.article.is_some() && f.article == frame.article))
        });
        frame_tools::draw_frame(&painter, &t, frame, is_selected, flagged);
        if view.cropping == Some(frame.id) {
            crop::crop_interaction(ui, view, doc, &t, page, frame, actions);
        } else {
            frame_tools::frame_interaction(ui, view, doc, &t, &g, frame, actions);
        }
        frame_tools::out_port(ui, view, doc, &t, &g, page, frame, actions);
    }
    for frame in page.frames.iter().filter(|f| f.page == index) {
        if is_selected(frame)
            && view.cropping != Some(frame.id)
            && let Some(model) = doc.frame(frame.id)
        {
            actions.extend(frame_tools::resize_handle(ui, view, (&t, &g), model, frame));
        }
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
            colors::GRID_COLUMN,
        );
        // Character cells across a base column, when they are far enough apart to see.
        if g.em * t.zoom >= MIN_GRID_SPACING * 2.0 {
            let cells = (g.column / g.em).round() as u32;
            for k in 1..cells {
                let xk = x + k as f32 * g.em;
                painter.line_segment(
                    [t.point(xk, top), t.point(xk, bottom)],
                    Stroke::new(0.5, colors::GRID_CELL),
                );
            }
        }
    }
    if g.pitch * t.zoom >= MIN_GRID_SPACING {
        for l in 0..=g.lines {
            let y = g.line_y(l);
            painter.line_segment(
                [t.point(g.margin, y), t.point(g.x(g.type_width_em()), y)],
                Stroke::new(0.5, colors::GRID_LINE),
            );
        }
    }
}

/// Marks the lines of an article (of one body block of it) on page `shown` in yellow.
fn draw_highlight(
    painter: &egui::Painter,
    t: &Transform,
    page: &ComposedPage,
    shown: usize,
    (article, block): (ArticleId, Option<usize>),
) {
    for item in page.items.iter().filter(|i| i.origin.page == shown) {
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
            painter.rect_filled(rect, CornerRadius::ZERO, colors::MARK_YELLOW);
        }
    }
}

/// Draws every item of page `shown`: text, rules, picture boxes, photos.
fn draw_items(
    painter: &egui::Painter,
    t: &Transform,
    page: &ComposedPage,
    shown: usize,
    photos: &mut PhotoTextures,
) {
    let clip = painter.clip_rect();
    for item in page.items.iter().filter(|i| i.origin.page == shown) {
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
            ItemKind::Fill { rect, grey } => {
                let r = t.rect(rect[0], rect[1], rect[2], rect[3]);
                let v = (255.0 * (1.0 - grey.clamp(0.0, 1.0))).round() as u8;
                painter.rect_filled(r, CornerRadius::ZERO, Color32::from_gray(v));
            }
            ItemKind::Box { rect } => {
                let r = t.rect(rect[0], rect[1], rect[2], rect[3]);
                painter.rect_filled(r, CornerRadius::ZERO, colors::EMPTY_BOX);
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
                    painter.rect_filled(shown, CornerRadius::ZERO, colors::PICTURE_PLACEHOLDER);
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
