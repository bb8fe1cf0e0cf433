//! Greedy Chinese line breaking at minimum width.
//!
//! Each line takes as many atoms as fit when every mark is at its narrowest (line-end marks
//! trimmed to half an em), then backs off to the last place where a line may legally end
//! (行尾/行首禁则). Filling at minimum width is what pushes a closing mark into a line instead of
//! pulling a character down (先挤进，后推出, clreq `#prohibition_rules_for_line_start_end`); the
//! printed seed page breaks this way (TYPESETTING.md §d, "Mode B").

use std::ops::Range;

use crate::model::Em;

use super::class::CharClass;
use super::prepare::{Atom, Prepared};

/// Widths are sums of halves and eighths; this absorbs float error when comparing with a measure.
pub(crate) const EPSILON: f32 = 1e-3;

/// Breaks a prepared paragraph into lines; returns glyph ranges.
///
/// `first_avail` is the room on the first line (the measure less the indent), `avail` on the rest.
pub(crate) fn break_lines(p: &mut Prepared, first_avail: Em, avail: Em) -> Vec<Range<usize>> {
    break_lines_limited(p, first_avail, avail, usize::MAX)
}

/// Like [`break_lines`], but stops after `max_lines` lines.
pub(crate) fn break_lines_limited(
    p: &mut Prepared,
    first_avail: Em,
    avail: Em,
    max_lines: usize,
) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut s = 0;
    while s < p.atoms.len() && lines.len() < max_lines {
        let room = if lines.is_empty() { first_avail } else { avail };
        let e = next_break(p, s, room);
        lines.push(p.atoms[s].start..p.atoms[e - 1].end);
        s = e;
    }
    lines
}

/// The atom index at which the line starting at atom `s` ends (exclusive).
pub(crate) fn next_break(p: &mut Prepared, s: usize, room: Em) -> usize {
    if let Some(e) = find_break(p, s, room) {
        return e;
    }
    // Not even the first atom fits: split a long word or number, else set the atom alone.
    split_atom_to_fit(p, s, room);
    s + 1
}

/// Where the line starting at atom `s` ends: the last legal break at which the line fits at its
/// narrowest, else (rules broken only when nothing else is possible) the last break at which it
/// fits at all. `None` when not even the first atom fits.
pub(crate) fn find_break(p: &Prepared, s: usize, room: Em) -> Option<usize> {
    let (mut legal, mut any) = (None, None);
    scan(p, s, room, |e, width, is_legal| {
        if width.get() <= room.get() + EPSILON {
            any = Some(e);
            if is_legal {
                legal = Some(e);
            }
        }
    });
    legal.or(any)
}

/// [`find_break`] for several rooms at once, in one pass over the line: the answers, in the
/// order of `rooms`. The width of a line ending at atom `e` only grows with `e`, so each room's
/// break is the last one that still fits it.
pub(crate) fn find_breaks(p: &Prepared, s: usize, rooms: &[Em]) -> Vec<Option<usize>> {
    let widest = rooms.iter().copied().fold(Em::ZERO, Em::max);
    let mut ends: Vec<(usize, Em, bool)> = Vec::with_capacity(48);
    scan(p, s, widest, |e, width, legal| ends.push((e, width, legal)));
    rooms
        .iter()
        .map(|room| {
            let fitting = ends.partition_point(|&(_, w, _)| w.get() <= room.get() + EPSILON);
            let fits = &ends[..fitting];
            fits.iter()
                .rev()
                .find(|&&(_, _, legal)| legal)
                .or(fits.last())
                .map(|&(e, _, _)| e)
        })
        .collect()
}

/// Walks the possible ends `e` of a line starting at atom `s`, calling `visit(e, width of the line
/// ending there at its narrowest, whether a break there is legal)`, until the line is wider than
/// `widest`. Marks are at their narrowest mid-line and trimmed at the end; trailing spaces take
/// no room.
fn scan(p: &Prepared, s: usize, widest: Em, mut visit: impl FnMut(usize, Em, bool)) {
    let mut acc = Em::ZERO;
    let mut width_if_ended = Em::ZERO;
    for e in s + 1..=p.atoms.len() {
        let atom = p.atoms[e - 1];
        let gap = if e - 1 > s { atom.gap_before } else { Em::ZERO };
        let ended = if p.glyphs[atom.start].class == CharClass::Space {
            width_if_ended
        } else {
            acc + gap + atom.narrowest(e - 1 == s, true)
        };
        if ended.get() > widest.get() + EPSILON {
            break;
        }
        width_if_ended = ended;
        visit(e, ended, e == p.atoms.len() || p.atoms[e].break_before);
        acc += gap + atom.narrowest(e - 1 == s, false);
    }
}

/// The narrowest width of atoms `s..e` set as one line.
pub(crate) fn min_width(p: &Prepared, s: usize, e: usize) -> Em {
    let visible_end = (s..e)
        .rev()
        .find(|&k| p.glyphs[p.atoms[k].start].class != CharClass::Space)
        .map_or(s, |k| k + 1);
    (s..visible_end)
        .map(|k| {
            let gap = if k > s {
                p.atoms[k].gap_before
            } else {
                Em::ZERO
            };
            gap + p.atoms[k].narrowest(k == s, k + 1 == visible_end)
        })
        .sum()
}

/// How much narrower than [`min_width`] atoms `s..e` can be squeezed as one line when nothing
/// else helps: the CJK–Latin gaps, and the blank halves of full-width `。？！` inside the line.
pub(crate) fn squeezable(p: &Prepared, s: usize, e: usize) -> Em {
    let gaps: Em = (s + 1..e).map(|k| p.atoms[k].gap_before).sum();
    let last_glyph = p.atoms.get(e.saturating_sub(1)).map_or(0, |a| a.end - 1);
    let stops = p.atoms[s..e]
        .iter()
        .flat_map(|a| a.start..a.end)
        .filter(|&k| {
            k < last_glyph
                && p.glyphs[k].class == CharClass::Stop
                && (p.glyphs[k].width - p.glyphs[k].shrink).get() >= 1.0 - EPSILON
        })
        .count();
    gaps + Em(0.5) * stops as f32
}

/// Splits atom `s` after as many glyphs as fit in `room` (at least one), so that an overlong
/// Latin word or number can still be set: an emergency break, as in clreq when nothing else fits.
fn split_atom_to_fit(p: &mut Prepared, s: usize, room: Em) {
    let atom = p.atoms[s];
    if atom.end - atom.start < 2 {
        return;
    }
    let mut width = Em::ZERO;
    let mut cut = atom.start + 1;
    for (k, g) in p.glyphs[atom.start..atom.end].iter().enumerate() {
        width += g.width;
        if width.get() > room.get() + EPSILON {
            break;
        }
        cut = atom.start + k + 1;
    }
    if cut >= atom.end {
        return;
    }
    let head = Atom::new(
        &p.glyphs,
        atom.start,
        cut,
        atom.gap_before,
        atom.break_before,
    );
    // The rest is measured from what the whole was less the head, not summed again: a word of a
    // million letters is cut line by line in linear time.
    let rest = Atom {
        start: cut,
        end: atom.end,
        gap_before: Em::ZERO,
        break_before: true,
        width: atom.width - head.width,
        end_width: atom.end_width - head.width,
        start_trim: p.glyphs[cut].start_trim,
    };
    p.atoms[s] = head;
    p.atoms.insert(s + 1, rest);
}
