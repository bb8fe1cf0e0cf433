//! Frames: the rectangles on a page that text, headlines and pictures are set in.

use serde::{Deserialize, Serialize};

use super::{ArticleId, Em, Picture};

/// A stable identifier of a frame within a document: edits, chains and the composed page refer
/// to frames by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FrameId(pub u32);

/// What a frame holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum FrameKind {
    /// Body text of an article, in one or more text columns; the first frame of an article's
    /// chain also holds its headline block.
    #[default]
    Text,
    /// An empty picture box (图框) or boxed item: it pushes text out of the lines it covers.
    Box,
    /// An article's headline block in a frame of its own, apart from its text.
    Headline,
    /// A photo (图框 with a picture), its caption and credit under it; text wraps around it.
    Photo,
}

/// How far text keeps away from a block that it wraps around (图文互斥).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Standoff {
    /// Space left and right, in ems of body type.
    #[serde(deserialize_with = "super::ranges::standoff_em")]
    pub sides: Em,
    /// Grid lines kept free above and below.
    #[serde(deserialize_with = "super::ranges::standoff_lines")]
    pub lines: u32,
}

impl Default for Standoff {
    fn default() -> Self {
        Standoff {
            sides: Em(1.0),
            lines: 1,
        }
    }
}

/// A frame on a page: a rectangle on the page's grid. Across, it is measured in ems from the
/// type area's left edge (any half em, 破栏); down, in grid lines from the type area's top.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Frame {
    /// Identifies the frame; unique in its document.
    pub id: FrameId,
    /// What it holds.
    #[serde(default)]
    pub kind: FrameKind,
    /// The article set in it (text frames).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<ArticleId>,
    /// The left edge, in ems from the type area's left edge.
    #[serde(deserialize_with = "super::ranges::frame_x_em")]
    pub x: Em,
    /// The width in ems.
    #[serde(deserialize_with = "super::ranges::frame_width_em")]
    pub width: Em,
    /// The first grid line it covers (0 = top of the type area).
    #[serde(deserialize_with = "super::ranges::grid_line")]
    pub line: u32,
    /// How many grid lines high it is.
    #[serde(deserialize_with = "super::ranges::grid_lines")]
    pub height: u32,
    /// Text columns inside it (text frames).
    #[serde(default = "one")]
    #[serde(deserialize_with = "super::ranges::text_columns")]
    pub text_columns: u32,
    /// The frame the article's text goes on in when this one is full (续排).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<FrameId>,
    /// Whether text of other frames wraps around this one (picture boxes do).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wrap: Option<Standoff>,
    /// The photo shown and its crop (photo frames).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<Picture>,
}

fn one() -> u32 {
    1
}

impl Frame {
    /// An empty picture box (图框) that text wraps around.
    pub fn picture_box(id: FrameId, x: Em, width: Em, line: u32, height: u32) -> Self {
        Frame {
            id,
            kind: FrameKind::Box,
            article: None,
            x,
            width,
            line,
            height,
            text_columns: 1,
            next: None,
            wrap: Some(Standoff::default()),
            picture: None,
        }
    }

    /// A photo frame showing `picture`, filling the frame; text wraps around it.
    pub fn photo(id: FrameId, picture: Picture, x: Em, width: Em, line: u32, height: u32) -> Self {
        Frame {
            kind: FrameKind::Photo,
            picture: Some(picture),
            ..Frame::picture_box(id, x, width, line, height)
        }
    }

    /// A text frame for an article.
    pub fn text(id: FrameId, article: ArticleId, x: Em, width: Em, line: u32, height: u32) -> Self {
        Frame {
            id,
            kind: FrameKind::Text,
            article: Some(article),
            x,
            width,
            line,
            height,
            text_columns: 1,
            next: None,
            wrap: None,
            picture: None,
        }
    }

    /// The right edge in ems.
    pub fn right(&self) -> Em {
        self.x + self.width
    }

    /// One past the last grid line it covers.
    pub fn bottom(&self) -> u32 {
        self.line.saturating_add(self.height)
    }

    /// Whether two frames may not cover the same area: everything but a block that text wraps
    /// around laid over a text frame (the text then runs around it).
    pub fn conflicts_with(&self, other: &Frame) -> bool {
        let wraps_over = |a: &Frame, b: &Frame| a.wrap.is_some() && b.kind == FrameKind::Text;
        self.overlaps(other) && !wraps_over(self, other) && !wraps_over(other, self)
    }

    /// Whether two frames cover some of the same area.
    pub fn overlaps(&self, other: &Frame) -> bool {
        const EPS: f32 = 1e-3;
        self.x.get() < other.right().get() - EPS
            && other.x.get() < self.right().get() - EPS
            && self.line < other.bottom()
            && other.line < self.bottom()
    }
}
