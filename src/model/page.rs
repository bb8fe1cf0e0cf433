//! Page setup, and the pages that hold frames.

use serde::{Deserialize, Serialize};

use super::{Em, Frame};

/// The page's size, margins and grid of base columns (基本栏).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PageSetup {
    /// Page width in millimetres.
    #[serde(deserialize_with = "super::ranges::page_mm")]
    pub width_mm: f32,
    /// Page height in millimetres.
    #[serde(deserialize_with = "super::ranges::page_mm")]
    pub height_mm: f32,
    /// Margin on every side, in millimetres.
    #[serde(deserialize_with = "super::ranges::margin_mm")]
    pub margin_mm: f32,
    /// Number of base columns across the type area.
    #[serde(deserialize_with = "super::ranges::base_columns")]
    pub base_columns: u32,
    /// Width of one base column in ems of body type.
    #[serde(deserialize_with = "super::ranges::column_em")]
    pub base_column_em: Em,
    /// Space between base columns in ems of body type.
    #[serde(deserialize_with = "super::ranges::gutter_em")]
    pub gutter_em: Em,
    /// Body type size in points (小五 = 9 pt).
    #[serde(deserialize_with = "super::ranges::type_size_pt")]
    pub body_size_pt: f32,
    /// Line pitch in ems of body type (the distance from one line to the next).
    #[serde(deserialize_with = "super::ranges::pitch_em")]
    pub line_pitch_em: Em,
    /// Whether thin rules are drawn between text columns.
    pub column_rules: bool,
}

impl Default for PageSetup {
    fn default() -> Self {
        // Six base columns of 18 em of 小五 (9 pt) with five 1-em gutters are 113 em = 359 mm,
        // which a 390 × 540 mm page with 15 mm margins holds.
        PageSetup {
            width_mm: 390.0,
            height_mm: 540.0,
            margin_mm: 15.0,
            base_columns: 6,
            base_column_em: Em(18.0),
            gutter_em: Em(1.0),
            body_size_pt: 9.0,
            line_pitch_em: Em(1.3),
            column_rules: false,
        }
    }
}

/// One page of the document: the frames on it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Page {
    /// The frames, in the order they were placed.
    #[serde(default)]
    pub frames: Vec<Frame>,
}
