//! The panels around the canvas. Each draws from a borrowed [`PanelContext`] and only emits
//! actions; none of them knows the app.

pub mod articles;
mod boxing;
pub mod check;
mod fields;
pub mod headline;
pub mod inspector;
pub mod menu;
pub(in crate::ui) mod pages;
pub mod photo;
pub mod status;

use std::path::{Path, PathBuf};

use crate::fonts::Fonts;
use crate::model::{ArticleId, Document, FrameId};
use crate::ui::i18n::{Lang, Texts};

/// What the panels read, borrowed from the app for one frame.
pub struct PanelContext<'a> {
    /// The document.
    pub doc: &'a Document,
    /// The installed fonts, for the families a style may name.
    pub fonts: &'a Fonts,
    /// The selected article.
    pub selected: Option<ArticleId>,
    /// The selected picture box.
    pub selected_box: Option<FrameId>,
    /// The menu language.
    pub lang: Lang,
    /// Its texts.
    pub texts: &'static Texts,
    /// Whether undo and redo have something to do.
    pub can_undo: bool,
    /// Whether an article or picture box was copied, to paste.
    pub can_paste: bool,
    /// See [`PanelContext::can_undo`].
    pub can_redo: bool,
    /// Recently opened layouts.
    pub recent: &'a [PathBuf],
    /// The layout file, if any.
    pub path: Option<&'a Path>,
    /// Whether there are unsaved changes.
    pub dirty: bool,
    /// The canvas zoom.
    pub zoom: f32,
    /// The index of the page the canvas shows.
    pub page: usize,
    /// Whether the canvas shows a two-page spread.
    pub spread: bool,
    /// Whether the character grid shows.
    pub show_grid: bool,
    /// The photo frame whose crop drags move.
    pub cropping: Option<FrameId>,
    /// Whether exports print photos in grey.
    pub grayscale: bool,
    /// The proofing and preflight findings of the page as it is.
    pub findings: &'a [crate::check::Finding],
    /// Whether the Check panel shows.
    pub show_check: bool,
    /// Text to select in the inspector this frame (a Check finding clicked): the article, the
    /// field and the byte range.
    pub mark: Option<(ArticleId, crate::check::Field, std::ops::Range<usize>)>,
}
