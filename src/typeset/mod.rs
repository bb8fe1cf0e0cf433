//! The typesetting engine: Chinese line breaking and justification, measured in ems.
//!
//! Pure functions of (text, [`Style`]) → [`Line`]s. The stages, one file each:
//! [`class`] (what a character is) → `prepare` (widths and unbreakable atoms) → `linebreak`
//! (where lines end) → `line` (where each character goes). [`Breaker`] sets a paragraph one line
//! at a time in the room the caller gives each line (columns, wrap, linked frames), following
//! printed breaks while they suit. [`measure`] works backwards from printed lines to the measure
//! they were set at.

mod breaker;
mod byline;
pub mod class;
mod line;
mod linebreak;
pub mod measure;
mod prepare;
mod style;
pub(crate) mod words;

pub use breaker::{
    Breaker, Checkpoint, PRINTED_TOLERANCE, PrintedBreaks, within_printed_tolerance,
};
pub use byline::byline_runs_in;
pub use line::{Line, PlacedGlyph};
pub use style::{Narrow, PunctStyle, Style};

use crate::model::Em;

use linebreak::find_breaks;

/// The indent, the first line's room and the other lines' room in a column `measure` wide: the
/// measure less the indent when the line opens a paragraph.
fn rooms(style: &Style, measure: Em, opens_paragraph: bool) -> (Em, Em, Em) {
    // The indent never leaves less than one em: a line must hold at least one character.
    let indent = if opens_paragraph {
        style.indent.min(measure - Em(1.0)).max(Em::ZERO)
    } else {
        Em::ZERO
    };
    (indent, measure - indent, measure)
}

/// Typesets a paragraph in a column `measure` wide: breaks it into lines and justifies all but
/// the last.
///
/// `opens_paragraph` is false for the part of a paragraph that goes on after a column break,
/// which has no first-line indent.
///
/// ```
/// use banmian::model::Em;
/// use banmian::typeset::{Style, typeset};
///
/// let text = "2022年，全市公安机关在市委、市政府和省公安厅党委的坚强领导下，紧扣“四个一”布局。";
/// let lines = typeset(text, &Style::default(), Em(18.0), true);
/// let texts: Vec<&str> = lines.iter().map(|l| l.text(text)).collect();
/// // The first line is indented two ems; no line starts with a closing mark.
/// assert_eq!(texts, ["2022年，全市公安机关在市委、市政", "府和省公安厅党委的坚强领导下，紧扣“四", "个一”布局。"]);
/// assert_eq!(lines[0].indent, Em(2.0));
/// ```
pub fn typeset(text: &str, style: &Style, measure: Em, opens_paragraph: bool) -> Vec<Line> {
    let mut p = prepare::prepare(text, style);
    let (indent, first_room, room) = rooms(style, measure, opens_paragraph);
    let ranges = linebreak::break_lines(&mut p, first_room, room);
    let count = ranges.len();
    ranges
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            let (ind, rm) = if i == 0 {
                (indent, first_room)
            } else {
                (Em::ZERO, room)
            };
            line::place(&p, r, ind, rm, i + 1 < count)
        })
        .collect()
}

/// Sets `text` as one line at its natural width, in no column: what a headline, a jump
/// line or the masthead is, where the caller decides the size and the breaks. The line's
/// `width` is its width with its ends trimmed, in ems of the style's size.
///
/// ```
/// use banmian::model::Em;
/// use banmian::typeset::{Style, set_line};
///
/// let line = set_line("平安“守护”行动", &Style::default());
/// // Six ideographs and two half-width quotes.
/// assert_eq!(line.width, Em(7.0));
/// ```
pub fn set_line(text: &str, style: &Style) -> Line {
    let p = prepare::prepare(text, style);
    // Room without end: nothing is squeezed or stretched.
    line::place(&p, 0..p.glyphs.len(), Em::ZERO, Em(f32::MAX), false)
}

/// The width of `text` set as one line by [`set_line`], worked out without placing its
/// characters: cheaper where only the width is wanted (does a headline fit, at what size).
///
/// ```
/// use banmian::model::Em;
/// use banmian::typeset::{Style, line_width};
///
/// assert_eq!(line_width("平安“守护”行动", &Style::default()), Em(7.0));
/// ```
pub fn line_width(text: &str, style: &Style) -> Em {
    let p = prepare::prepare(text, style);
    line::natural_width(&p, 0..p.glyphs.len())
}

/// Where the first line of `text` ends (a byte offset) when set in `style` in a column `measure`
/// wide: what the engine would print as that line. Cheaper than [`typeset`] when only one line
/// is wanted.
pub fn first_line_end(text: &str, style: &Style, measure: Em, opens_paragraph: bool) -> usize {
    // No line holds more characters than quarter-em spaces would fill, so the text past that
    // (plus a margin for the atom that straddles the end) cannot change the first line.
    let most = (measure.get().max(0.0) * 4.0) as usize + 8;
    let text = match text.char_indices().nth(most) {
        Some((end, _)) => &text[..end],
        None => text,
    };
    let mut p = prepare::prepare(text, style);
    let (_, first_room, room) = rooms(style, measure, opens_paragraph);
    let ranges = linebreak::break_lines_limited(&mut p, first_room, room, 1);
    ranges
        .first()
        .and_then(|r| p.glyphs.get(r.end))
        .map_or(text.len(), |g| g.byte)
}

/// A paragraph prepared once, to ask where lines starting at different places would end. Used
/// to compare the engine with printed lines, where the same paragraph is asked many times.
pub struct FirstLines {
    prepared: prepare::Prepared,
    text: String,
    style: Style,
}

impl FirstLines {
    /// Prepares `text` (each question gives its own measure).
    pub fn new(text: String, style: &Style) -> Self {
        FirstLines {
            prepared: prepare::prepare(&text, style),
            text,
            style: *style,
        }
    }

    /// The paragraph's text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Where (a byte offset) the engine ends a line that starts at byte `start` of the text, at
    /// `measure` with the paragraph's indent if `opens`. Same answer as [`first_line_end`] on the
    /// rest of the text, plus `start`.
    pub fn line_end(&self, start: usize, style: &Style, measure: Em, opens: bool) -> usize {
        self.line_ends(start, style, opens, &[measure])
            .pop()
            .unwrap_or(self.text.len())
    }

    /// The narrowest width of the text's bytes `start..end` set as one line (no indent).
    pub fn line_width(&self, start: usize, end: usize) -> Em {
        let p = &self.prepared;
        let first = p.atoms.partition_point(|a| p.glyphs[a.start].byte < start);
        let last = p.atoms.partition_point(|a| p.glyphs[a.start].byte < end);
        // Whether atom `k` starts at `byte` (one past the last atom starts at the text's end).
        let starts_at = |k: usize, byte: usize| {
            p.atoms
                .get(k)
                .map_or(byte == self.text.len(), |a| p.glyphs[a.start].byte == byte)
        };
        if starts_at(first, start) && starts_at(last, end) {
            linebreak::min_width(p, first, last)
        } else {
            min_line_width(self.text.get(start..end).unwrap_or_default(), &self.style)
        }
    }

    /// [`FirstLines::line_end`] at several measures at once (cheaper than asking one by one).
    pub fn line_ends(
        &self,
        start: usize,
        style: &Style,
        opens: bool,
        measures: &[Em],
    ) -> Vec<usize> {
        let p = &self.prepared;
        let atom = p.atoms.partition_point(|a| p.glyphs[a.start].byte < start);
        let on_boundary = p
            .atoms
            .get(atom)
            .is_some_and(|a| p.glyphs[a.start].byte == start);
        let rooms: Vec<Em> = measures.iter().map(|&m| rooms(style, m, opens).1).collect();
        let found = if on_boundary {
            find_breaks(p, atom, &rooms)
        } else {
            vec![None; rooms.len()]
        };
        found
            .into_iter()
            .zip(measures)
            .map(|(e, &measure)| match e {
                Some(e) => p
                    .atoms
                    .get(e)
                    .map_or(self.text.len(), |a| p.glyphs[a.start].byte),
                None => start + first_line_end(&self.text[start..], style, measure, opens),
            })
            .collect()
    }
}

/// The narrowest width of `text` set as one line, without indent: marks at their narrowest,
/// line-end marks trimmed. A printed line was set at a measure at least this wide.
pub fn min_line_width(text: &str, style: &Style) -> Em {
    let p = prepare::prepare(text, style);
    linebreak::min_width(&p, 0, p.atoms.len())
}
