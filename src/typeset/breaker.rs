//! A line breaker that the caller drives one line at a time, giving each line the room it has:
//! columns of different widths, lines shortened beside a picture, text that goes on in another
//! frame. Like parley's `BreakLines`, it can go back to a checkpoint and set the rest again.

use std::rc::Rc;

use crate::model::Em;

use super::line::{self, Line};
use super::linebreak::{self, EPSILON};
use super::prepare::{self, Prepared};
use super::style::Style;

/// How much wider than the measure it was printed at a room may be before printed lines are set
/// afresh: within one em they still fill the room, wider they would look gappy.
const PRINTED_SLACK: Em = Em(1.0);

/// How far a room may be from the room a line was printed in and still be that room: the printed
/// page's columns are known to half an em only, and the printing system's own columns of one
/// article differ by as much (DESIGN.md §3). Within it a printed line keeps its break and is
/// justified or squeezed into the room; further off the text is set afresh.
pub const PRINTED_TOLERANCE: Em = Em(0.5);

/// Whether rooms `a` and `b` are within [`PRINTED_TOLERANCE`] of each other: one room, as far as
/// printed lines go.
pub fn within_printed_tolerance(a: Em, b: Em) -> bool {
    (a - b).get().abs() <= PRINTED_TOLERANCE.get() + EPSILON
}

/// The line breaks a paragraph was printed with, and the measure they were set at.
#[derive(Clone, Debug)]
pub struct PrintedBreaks {
    /// Characters on each printed line.
    pub counts: Vec<u32>,
    /// The measure of the column the lines were printed in.
    pub measure: Em,
}

/// Where a [`Breaker`] is: what [`Breaker::restore`] goes back to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Checkpoint {
    atom: usize,
    lines: usize,
    printed: Option<usize>,
}

/// A paragraph being set line by line.
#[derive(Clone)]
pub struct Breaker {
    /// Shared between clones (a balancing trial clones the breaker); copied only on the rare
    /// emergency split of an overlong word.
    prepared: Rc<Prepared>,
    style: Style,
    opens: bool,
    /// The next atom to set.
    atom: usize,
    /// Lines set so far.
    lines: usize,
    /// Printed line ends as glyph indices, while they are still followed.
    printed_ends: Option<Vec<usize>>,
    printed_measure: Em,
    /// The next printed line, while printed lines are followed.
    printed: Option<usize>,
}

impl Breaker {
    /// Prepares `text` for setting in `style` (each line gives its
    /// room). `opens` is false for the part of a paragraph after a column break: no indent.
    pub fn new(text: &str, style: &Style, opens: bool) -> Self {
        Breaker {
            prepared: Rc::new(prepare::prepare(text, style)),
            style: *style,
            opens,
            atom: 0,
            lines: 0,
            printed_ends: None,
            printed_measure: Em::ZERO,
            printed: None,
        }
    }

    /// Follows the printed line breaks as long as each printed line suits the room it is set in;
    /// from the first one that does not, the rest is set afresh. Breaks that do not add up to the
    /// text are ignored.
    pub fn with_printed(mut self, printed: &PrintedBreaks) -> Self {
        let glyphs = self.prepared.glyphs.len();
        let mut ends = Vec::with_capacity(printed.counts.len());
        let mut end = 0usize;
        for &c in &printed.counts {
            end += c as usize;
            ends.push(end);
        }
        // Every printed end must fall on an atom boundary to be followed.
        let boundaries_ok = ends.iter().all(|&e| {
            e == glyphs
                || self
                    .prepared
                    .atoms
                    .binary_search_by_key(&e, |a| a.start)
                    .is_ok()
        });
        if end == glyphs && boundaries_ok && !ends.is_empty() {
            self.printed_ends = Some(ends);
            self.printed_measure = printed.measure;
            self.printed = Some(0);
        }
        self
    }

    /// Whether every character has been set.
    pub fn is_done(&self) -> bool {
        self.atom >= self.prepared.atoms.len()
    }

    /// Whether the lines so far all followed the printed breaks.
    pub fn follows_printed(&self) -> bool {
        self.printed.is_some()
    }

    /// Where in the text (a byte offset) the next line starts.
    pub fn next_byte(&self) -> usize {
        let p = &self.prepared;
        p.atoms
            .get(self.atom)
            .and_then(|a| p.glyphs.get(a.start))
            .map_or(p.text_len, |g| g.byte)
    }

    /// Where the breaker is now.
    pub fn checkpoint(&self) -> Checkpoint {
        Checkpoint {
            atom: self.atom,
            lines: self.lines,
            printed: self.printed,
        }
    }

    /// Goes back to a checkpoint of this breaker.
    pub fn restore(&mut self, checkpoint: Checkpoint) {
        self.atom = checkpoint.atom;
        self.lines = checkpoint.lines;
        self.printed = checkpoint.printed;
    }

    /// The indent the next line gets: the paragraph's first line is indented.
    pub fn next_indent(&self, room: Em) -> Em {
        if self.opens && self.lines == 0 {
            // The indent never leaves less than one em: a line must hold at least one character.
            self.style.indent.min(room - Em(1.0)).max(Em::ZERO)
        } else {
            Em::ZERO
        }
    }

    /// Sets the next line in `room` ems (the indent included), or `None` when all is set. The
    /// line's glyphs are placed from the room's left edge.
    pub fn next_line(&mut self, room: Em) -> Option<Line> {
        self.next_line_in(room, room)
    }

    /// Breaks the next line as if its room were `room` ems, and places it in `width` ems: a
    /// line printed in a slightly different room keeps its break and is justified or squeezed
    /// into the column it now stands in.
    pub fn next_line_in(&mut self, room: Em, width: Em) -> Option<Line> {
        if self.is_done() {
            return None;
        }
        let indent = self.next_indent(room);
        let avail = room - indent;
        let start = self.atom;
        let printed = self
            .printed
            .and_then(|k| Some((k, self.printed_ends.as_ref()?)))
            .and_then(|(k, ends)| {
                let e = printed_end(&self.prepared, start, ends.get(k).copied(), avail)?;
                (room.get() <= self.printed_measure.get() + PRINTED_SLACK.get()).then_some((k, e))
            });
        let end = match printed {
            Some((k, e)) => {
                self.printed = Some(k + 1);
                e
            }
            None => {
                self.printed = None;
                match linebreak::find_break(&self.prepared, start, avail) {
                    Some(e) => e,
                    None => linebreak::next_break(Rc::make_mut(&mut self.prepared), start, avail),
                }
            }
        };
        let p = &self.prepared;
        let range = p.atoms[start].start..p.atoms[end - 1].end;
        self.atom = end;
        self.lines += 1;
        let last = self.is_done();
        Some(line::place(
            &self.prepared,
            range,
            indent,
            width - indent,
            !last,
        ))
    }
}

/// The atom index the printed line ending at glyph `end` ends at, if that line suits `avail`.
fn printed_end(p: &Prepared, start: usize, end: Option<usize>, avail: Em) -> Option<usize> {
    let end = end?;
    let e = if end == p.glyphs.len() {
        p.atoms.len()
    } else {
        p.atoms.binary_search_by_key(&end, |a| a.start).ok()?
    };
    // The printing system squeezed marks inside a line before it pushed a character out
    // (DESIGN.md §3, misses of kind b): a printed line may use that squeeze, and the tolerance
    // of a printed room, to fit.
    let narrowest = linebreak::min_width(p, start, e) - linebreak::squeezable(p, start, e);
    (e > start && narrowest.get() <= (avail + PRINTED_TOLERANCE).get() + EPSILON).then_some(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.text(text).to_owned()).collect()
    }

    #[test]
    fn rooms_change_from_line_to_line() {
        let text = "一二三四五六七八九十一二三四五六七八九十";
        let mut b = Breaker::new(text, &Style::default(), false);
        let lines: Vec<Line> = [Em(5.0), Em(10.0), Em(20.0)]
            .iter()
            .filter_map(|&r| b.next_line(r))
            .collect();
        assert_eq!(
            texts(text, &lines),
            ["一二三四五", "六七八九十一二三四五", "六七八九十"]
        );
        assert!(b.is_done());
    }

    #[test]
    fn a_checkpoint_sets_the_rest_again() {
        let text = "一二三四五六七八九十";
        let mut b = Breaker::new(text, &Style::default(), true);
        let cp = b.checkpoint();
        let wide = b.next_line(Em(12.0)).map(|l| l.text(text).to_owned());
        b.restore(cp);
        let narrow = b.next_line(Em(6.0)).map(|l| l.text(text).to_owned());
        assert_eq!(wide.as_deref(), Some("一二三四五六七八九十"));
        assert_eq!(narrow.as_deref(), Some("一二三四"), "indented two ems");
    }

    #[test]
    fn a_printed_line_half_an_em_too_wide_keeps_its_break_inside_the_room() {
        let text = "一二三四五，六七八九十";
        let kept = |counts: Vec<u32>| {
            let printed = PrintedBreaks {
                counts,
                measure: Em(6.5),
            };
            let mut b = Breaker::new(text, &Style::default(), false).with_printed(&printed);
            b.next_line(Em(6.0)).expect("a line")
        };
        let line = kept(vec![7, 4]);
        assert_eq!(line.text(text), "一二三四五，六", "6.5 em in a 6-em room");
        assert!(
            line.width.get() <= 6.0 + 1e-3,
            "squeezed in: {:?}",
            line.width
        );
        let line = kept(vec![8, 3]);
        assert_eq!(line.text(text), "一二三四五，", "7.5 em is set afresh");
    }

    #[test]
    fn printed_breaks_are_kept_while_they_suit_the_room() {
        let text = "一二三四五六七八";
        let printed = PrintedBreaks {
            counts: vec![3, 5],
            measure: Em(5.0),
        };
        let mut b = Breaker::new(text, &Style::default(), false).with_printed(&printed);
        let first = b.next_line(Em(5.0)).map(|l| l.text(text).to_owned());
        assert_eq!(first.as_deref(), Some("一二三"));
        assert!(b.follows_printed());
        // Far wider than printed: set afresh.
        let rest = b.next_line(Em(9.0)).map(|l| l.text(text).to_owned());
        assert_eq!(rest.as_deref(), Some("四五六七八"));
        assert!(!b.follows_printed());
    }
}
