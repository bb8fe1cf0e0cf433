//! Frames: the rectangles on a page that text, headlines and pictures are set in.

use serde::{Deserialize, Serialize};

use super::{ArticleId, Em, Picture};

/// A stable identifier of a frame within a document: edits, chains and the composed page refer
/// to frames by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FrameId(pub u32);

/// What kind of thing a frame holds, without its contents: for lists, messages and `info`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameKind {
    /// Body text of an article.
    Text,
    /// An empty picture box (图框) or boxed item.
    Box,
    /// An article's headline block in a frame of its own.
    Headline,
    /// A photo with its caption and credit.
    Photo,
    /// The masthead (报头) of the first page.
    Masthead,
    /// A page header (报眉).
    Header,
}

/// What a frame holds. Each kind carries only what it needs, so a picture box cannot be
/// linked into a chain and a text frame cannot carry a crop.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FrameContent {
    /// Body text, in one or more text columns. Whose text, and in which order the frames of a
    /// chain follow one another, is recorded once: in the article's
    /// [`frames`](super::Article::frames). The first frame of a chain also holds the article's
    /// headline block, unless it has a [`Headline`](FrameContent::Headline) frame of its own.
    Text {
        /// Text columns inside the frame.
        #[serde(default = "one")]
        #[serde(deserialize_with = "super::ranges::text_columns")]
        columns: u32,
    },
    /// An article's headline block in a frame of its own, apart from its text.
    Headline {
        /// The article whose headline block it holds.
        article: ArticleId,
    },
    /// An empty picture box (图框) or boxed item: it pushes text out of the lines it covers.
    Box {
        /// How far the text of other frames keeps away from it; none lets it lie over text.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        wrap: Option<Standoff>,
    },
    /// A photo, its caption and credit under it; text wraps around it.
    Photo {
        /// The photo shown and its crop.
        picture: Picture,
        /// How far the text of other frames keeps away from it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        wrap: Option<Standoff>,
    },
    /// The masthead (报头): the paper's name, sponsor, issue number, date and registration,
    /// from the document's [`Issue`](super::Issue).
    Masthead,
    /// A page header (报眉) with a rule under it: the paper's name, the date, the page's number
    /// and name, its editor and proofreader.
    Header,
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
    /// What it holds.
    pub content: FrameContent,
}

fn one() -> u32 {
    1
}

impl Frame {
    /// An empty picture box (图框) that text wraps around.
    pub fn picture_box(id: FrameId, x: Em, width: Em, line: u32, height: u32) -> Self {
        let wrap = Some(Standoff::default());
        Frame::new(id, x, width, line, height, FrameContent::Box { wrap })
    }

    /// A photo frame showing `picture`, filling the frame; text wraps around it.
    pub fn photo(id: FrameId, picture: Picture, x: Em, width: Em, line: u32, height: u32) -> Self {
        let wrap = Some(Standoff::default());
        Frame::new(
            id,
            x,
            width,
            line,
            height,
            FrameContent::Photo { picture, wrap },
        )
    }

    /// A text frame of one column. It shows an article's text once the article's chain lists it.
    pub fn text(id: FrameId, x: Em, width: Em, line: u32, height: u32) -> Self {
        Frame::new(
            id,
            x,
            width,
            line,
            height,
            FrameContent::Text { columns: 1 },
        )
    }

    /// A frame holding `content`.
    pub fn new(
        id: FrameId,
        x: Em,
        width: Em,
        line: u32,
        height: u32,
        content: FrameContent,
    ) -> Self {
        Frame {
            id,
            x,
            width,
            line,
            height,
            content,
        }
    }

    /// What kind of thing it holds.
    pub fn kind(&self) -> FrameKind {
        match self.content {
            FrameContent::Text { .. } => FrameKind::Text,
            FrameContent::Headline { .. } => FrameKind::Headline,
            FrameContent::Box { .. } => FrameKind::Box,
            FrameContent::Photo { .. } => FrameKind::Photo,
            FrameContent::Masthead => FrameKind::Masthead,
            FrameContent::Header => FrameKind::Header,
        }
    }

    /// Whether it is page furniture (masthead, page header), there for the issue, not an article.
    pub fn is_furniture(&self) -> bool {
        matches!(self.content, FrameContent::Masthead | FrameContent::Header)
    }

    /// Whether it holds body text.
    pub fn is_text(&self) -> bool {
        matches!(self.content, FrameContent::Text { .. })
    }

    /// Its text columns: those of a text frame, one for any other.
    pub fn text_columns(&self) -> u32 {
        match self.content {
            FrameContent::Text { columns } => columns.max(1),
            _ => 1,
        }
    }

    /// Sets a text frame's text columns; other frames have none to set.
    pub fn set_text_columns(&mut self, n: u32) {
        if let FrameContent::Text { columns } = &mut self.content {
            *columns = n;
        }
    }

    /// How far other frames' text keeps away from it, if text wraps around it.
    pub fn wrap(&self) -> Option<Standoff> {
        match self.content {
            FrameContent::Box { wrap } | FrameContent::Photo { wrap, .. } => wrap,
            FrameContent::Text { .. }
            | FrameContent::Headline { .. }
            | FrameContent::Masthead
            | FrameContent::Header => None,
        }
    }

    /// The photo it shows and its crop, for a photo frame.
    pub fn picture(&self) -> Option<Picture> {
        match self.content {
            FrameContent::Photo { picture, .. } => Some(picture),
            _ => None,
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
        let wraps_over = |a: &Frame, b: &Frame| a.wrap().is_some() && b.is_text();
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
