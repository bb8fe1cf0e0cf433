//! The settings a paragraph is typeset with.

use crate::fonts::{FaceChain, FaceId};
use serde::{Deserialize, Serialize};

use crate::model::Em;

/// How wide CJK punctuation is set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum PunctStyle {
    /// 开明 style, usual in mainland newspapers: `。？！` full width, the other marks
    /// (`，、；：“”‘’《》（）`) half width.
    #[default]
    Kaiming,
    /// Every mark full width, compressed to half only at line end and where two marks meet.
    FullWidth,
    /// Every mark half width (the "all half" schemes of some books).
    HalfWidth,
}

/// How characters narrower than an em (letters, digits, symbols) are measured.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Narrow {
    /// Body text on the grid: digits at [`Style::latin_width`], other characters at their
    /// face's advance rounded up to an eighth of an em and no narrower than that, so that their
    /// ink never reaches a neighbour.
    #[default]
    Grid,
    /// Display type (headlines, the masthead): every character at its face's own advance.
    Exact,
}

/// Everything the line breaker needs to know about how a paragraph is set, but the room: each
/// line's room comes from where it is set (its column, the printed measure it is compared at).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Style {
    /// The first-line indent of a paragraph (two ems by default; clreq `#first_line_indents`).
    pub indent: Em,
    /// Punctuation widths.
    pub punctuation: PunctStyle,
    /// Advance of ASCII letters and digits. The seed page's digits measure about half an em.
    pub latin_width: Em,
    /// Advance of a space between words or between digits and Han (`3 月 2 日`).
    pub space_width: Em,
    /// Space between a Han character and a Latin or digit run. The seed shows a little:
    /// `安排部署2023年全` fills 18 em only if the two gaps are more than nothing.
    pub cjk_latin_gap: Em,
    /// Whether `。？！` inside a line may be squeezed to half an em to fit a line (clreq P7).
    pub squeeze_stops: bool,
    /// How letters, digits and symbols are measured.
    pub narrow: Narrow,
    /// The faces whose advances letters, digits and symbols take (ideographs are one em in any
    /// face), in order of preference.
    #[serde(skip)]
    pub faces: FaceChain,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            indent: Em(2.0),
            punctuation: PunctStyle::Kaiming,
            latin_width: Em(0.5),
            space_width: Em(0.25),
            cjk_latin_gap: Em(0.125),
            squeeze_stops: false,
            narrow: Narrow::Grid,
            faces: FaceChain::new([], FaceId::serif()),
        }
    }
}

impl Style {
    /// The style of display type in `faces` (a headline, the masthead): every character at its
    /// face's advance, no indent, a space as wide as an ideograph (the gap between a headline's
    /// halves is a full-width space) and no extra space between Han and Latin.
    pub fn display(faces: FaceChain) -> Self {
        Style {
            indent: Em::ZERO,
            space_width: Em(1.0),
            cjk_latin_gap: Em::ZERO,
            narrow: Narrow::Exact,
            faces,
            ..Style::default()
        }
    }

    /// This style with another first-line indent.
    pub fn with_indent(self, indent: Em) -> Self {
        Style { indent, ..self }
    }
}
