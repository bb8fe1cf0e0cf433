//! The headline block: how an article's kicker, headline and subtitle are set.

use serde::{Deserialize, Serialize};

/// Sizes of Chinese type (字号) with their points, largest first.
pub const HAO: [(&str, f32); 13] = [
    ("初号", 42.0),
    ("小初", 36.0),
    ("一号", 26.0),
    ("小一", 24.0),
    ("二号", 22.0),
    ("小二", 18.0),
    ("三号", 16.0),
    ("小三", 15.0),
    ("四号", 14.0),
    ("小四", 12.0),
    ("五号", 10.5),
    ("小五", 9.0),
    ("六号", 7.5),
];

/// The name of a size in 号 when it is one, else its points (`16.5 pt`).
pub fn hao_name(size_pt: f32) -> String {
    HAO.iter()
        .find(|(_, pt)| (pt - size_pt).abs() < 0.01)
        .map_or_else(|| format!("{size_pt} pt"), |(name, _)| (*name).to_owned())
}

/// A typeface of the bundled families.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Face {
    /// 宋体-style serif, for body text, kickers and subtitles.
    #[default]
    Serif,
    /// 黑体-style bold sans, for headlines and subheads.
    Sans,
}

/// The size and face of one line of the headline block.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HeadStyle {
    /// Type size in points (see [`HAO`]).
    #[serde(deserialize_with = "super::ranges::type_size_pt")]
    pub size_pt: f32,
    /// The kind of face: the role's style where it is the role's usual kind, else the bundled
    /// face of this kind.
    pub face: Face,
    /// A family for this line alone ("方正大标宋简体"), before the faces `face` gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "super::ranges::optional_family_name")]
    pub family: Option<String>,
}

/// Where a headline block narrower than its frame sits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum HeadAlign {
    /// Over the first text columns, with text beside it on the right.
    #[default]
    Left,
    /// Over the middle text columns.
    Centre,
    /// Over the last text columns, with text beside it on the left.
    Right,
}

/// Which way the headline block runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum HeadDirection {
    /// Across the top of the frame.
    #[default]
    Horizontal,
    /// Top to bottom at the frame's left edge (竖题), text beside it.
    VerticalLeft,
    /// Top to bottom at the frame's right edge (竖题), text beside it.
    VerticalRight,
}

/// How the kicker (引题), headline (主题) and subtitle (副题) are set at the top of the article's
/// first frame. Sizes left empty follow from how wide the block is.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct HeadlineBlock {
    /// How many of the frame's text columns it spans. `None` lets the page decide: all of a
    /// narrow frame, and over a wider one the fewest that hold the headline at its size. Text
    /// runs beside a block that spans fewer (压栏) and under it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub columns: Option<u32>,
    /// Where a block narrower than the frame sits.
    #[serde(skip_serializing_if = "is_left")]
    pub align: HeadAlign,
    /// Which way it runs.
    #[serde(skip_serializing_if = "is_horizontal")]
    pub direction: HeadDirection,
    /// The kicker's size and face.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kicker: Option<HeadStyle>,
    /// The headline's size and face.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headline: Option<HeadStyle>,
    /// The subtitle's size and face.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<HeadStyle>,
}

fn is_left(a: &HeadAlign) -> bool {
    *a == HeadAlign::Left
}

fn is_horizontal(d: &HeadDirection) -> bool {
    *d == HeadDirection::Horizontal
}

impl HeadlineBlock {
    /// Whether everything is at its default (kept out of RON files).
    pub fn is_default(&self) -> bool {
        *self == HeadlineBlock::default()
    }
}
