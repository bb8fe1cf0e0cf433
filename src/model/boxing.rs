//! Boxed articles (边框): a border of one of the newspaper's patterns round an article's frames,
//! with 底纹 grey shading behind its text, for 编者按, 专栏 and notices. The text keeps a set
//! distance inside the border.

use serde::{Deserialize, Serialize};

use super::{Em, Frame};

/// The pattern of a box's border.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Border {
    /// One thin line (正线).
    #[default]
    Plain,
    /// Two thin lines (双线).
    Double,
    /// A thick line outside, a thin one inside (文武线).
    WenWu,
    /// A dotted border (花边).
    Dotted,
}

impl Border {
    /// Every pattern, in the order the inspector lists them.
    pub const ALL: [Border; 4] = [Border::Plain, Border::Double, Border::WenWu, Border::Dotted];

    /// Its name in the newsroom.
    pub fn chinese(self) -> &'static str {
        match self {
            Border::Plain => "正线",
            Border::Double => "双线",
            Border::WenWu => "文武线",
            Border::Dotted => "花边",
        }
    }
}

/// The box round an article.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ArticleBox {
    /// The border's pattern.
    pub border: Border,
    /// The grey behind the text (底纹), in percent of black: 0 for none.
    #[serde(deserialize_with = "super::ranges::shading_percent")]
    pub shading: u8,
}

/// How far the text stands in from a box's border across, in ems.
pub const BOX_INSET_EM: Em = Em(1.0);
/// How far the text stands in from a box's border down, in grid lines.
pub const BOX_INSET_LINES: u32 = 1;
/// The most shading a box may have: darker grey would swallow the type.
pub const MAX_SHADING: u8 = 50;

/// The room inside a boxed frame that its text and headline are set in: the frame less the
/// inset on every side (a frame too small to hold an inset keeps its size).
pub fn inside_box(frame: &Frame) -> Frame {
    let across = BOX_INSET_EM * 2.0;
    if frame.width.get() <= across.get() + 2.0 || frame.height <= BOX_INSET_LINES * 2 + 1 {
        return frame.clone();
    }
    Frame {
        x: frame.x + BOX_INSET_EM,
        width: frame.width - across,
        line: frame.line + BOX_INSET_LINES,
        height: frame.height - BOX_INSET_LINES * 2,
        ..frame.clone()
    }
}
