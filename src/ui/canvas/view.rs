//! How the page is shown and where it was drawn: the canvas's view state, the page ↔ screen
//! transform and grid snapping. A leaf that the canvas and its tools (frame handles, crop) read.

use eframe::egui::{Pos2, Rect, Vec2};

use crate::model::PageGeometry;
use crate::model::{ArticleId, Em, FrameId};

use super::super::i18n::Lang;
use super::super::photos::PhotoTextures;

/// How the page is shown: zoom, scroll position, grid; kept apart from the document.
pub struct CanvasView {
    /// The index of the page shown.
    pub page: usize,
    /// Show the page after it beside it, as a two-page spread (对开).
    pub spread: bool,
    /// Screen points per page point.
    pub zoom: f32,
    /// Where the page's top-left corner is, relative to the canvas's top-left corner.
    pub offset: Vec2,
    /// Fit the page into the canvas on the next frame.
    pub fit_pending: bool,
    /// The canvas a pending fit was made for: the fit is done once two frames in a row give the
    /// canvas the same size (the panels around it take their size from their first frame).
    pub(in crate::ui) fitted_to: Option<Rect>,
    /// Show the character grid (背景格).
    pub show_grid: bool,
    /// Show the Check panel (检查).
    pub show_check: bool,
    /// The article text marked on the page (a Check finding clicked): one block, or all.
    pub highlight: Option<(ArticleId, Option<usize>)>,
    /// The menu language.
    pub lang: Lang,
    /// A frame being dragged, resized or continued, and where it would snap to.
    pub(in crate::ui) drag: Option<(FrameId, DragKind)>,
    /// The photos' textures.
    pub(in crate::ui) photos: PhotoTextures,
    /// The photo frame whose crop drags move, instead of the frame.
    pub(in crate::ui) cropping: Option<FrameId>,
    /// The crop's focus when the drag that moves it began.
    pub(in crate::ui) crop_start: Option<(f32, f32)>,
    /// Where the page was drawn last, to find the grid position under a point.
    pub(super) shown: Option<(Transform, PageGeometry)>,
}

/// What a drag on the page is doing to a frame.
#[derive(Clone, Copy, Debug)]
pub(in crate::ui) enum DragKind {
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
        on_page.then(|| cell_at(&g, x, y, false))
    }

    /// A view that fits the page on the first frame.
    pub fn new(lang: Lang) -> Self {
        CanvasView {
            page: 0,
            spread: false,
            zoom: 1.0,
            offset: Vec2::splat(20.0),
            fit_pending: true,
            fitted_to: None,
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
pub(in crate::ui) struct Transform {
    pub(super) origin: Pos2,
    pub(in crate::ui) zoom: f32,
}

impl Transform {
    pub(in crate::ui) fn point(&self, x: f32, y: f32) -> Pos2 {
        self.origin + Vec2::new(x, y) * self.zoom
    }

    pub(in crate::ui) fn rect(&self, x: f32, y: f32, w: f32, h: f32) -> Rect {
        Rect::from_min_size(self.point(x, y), Vec2::new(w, h) * self.zoom)
    }

    pub(in crate::ui) fn to_page(self, p: Pos2) -> (f32, f32) {
        let v = (p - self.origin) / self.zoom;
        (v.x, v.y)
    }
}

/// The grid position nearest to a page point: (ems from the type area's left edge, line). Across,
/// it snaps to the base columns; with Alt held, to half ems (破栏).
pub(in crate::ui) fn snap(g: &PageGeometry, x: f32, y: f32, free: bool) -> (Em, u32) {
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

/// The grid cell a point of the page falls in, as (left edge, grid line): the left edge of the
/// base column it is in (with `free`, of the half em it is in) and the grid line it is on. What
/// a drop lands on: the column the pointer is over, never the next one.
pub(in crate::ui) fn cell_at(g: &PageGeometry, x: f32, y: f32, free: bool) -> (Em, u32) {
    let em = ((x - g.margin) / g.em).max(0.0);
    let x = if free {
        Em((em * 2.0).floor() / 2.0)
    } else {
        let column = (em * g.em / (g.column + g.gutter)).floor() as u32;
        g.column_em(column.min(g.columns.saturating_sub(1)))
    };
    let line = ((y - g.margin) / g.pitch).floor().max(0.0) as u32;
    (x, line.min(g.lines.saturating_sub(1)))
}

/// A width snapped like [`snap`]: to whole base columns, or with Alt to half ems.
pub(in crate::ui) fn snap_width(g: &PageGeometry, width: f32, free: bool) -> Em {
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
