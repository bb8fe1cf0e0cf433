//! Placing the characters of a line: trimming its ends, shrinking or justifying it.

use std::ops::Range;

use crate::model::Em;

use super::class::CharClass;
use super::linebreak::EPSILON;
use super::prepare::Prepared;

/// A typeset line: which part of the paragraph it holds and where each character goes.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// The byte range of the paragraph's text on this line.
    pub range: Range<usize>,
    /// Where the line starts, from the column's left edge (the indent on a first line).
    pub indent: Em,
    /// Every character with its x offset from the column's left edge.
    pub glyphs: Vec<PlacedGlyph>,
    /// The width the line is set to, from its indent (the room when justified).
    pub width: Em,
    /// The width of the content before justification: how full the line is.
    pub natural_width: Em,
    /// Whether the spaces between characters were stretched to fill the measure.
    pub justified: bool,
}

/// One character placed on a line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlacedGlyph {
    /// The character.
    pub ch: char,
    /// Its left edge from the column's left edge.
    pub x: Em,
    /// Its advance after trimming and squeezing (zero for a space at line end).
    pub width: Em,
}

impl Line {
    /// The line's text.
    pub fn text<'a>(&self, paragraph: &'a str) -> &'a str {
        paragraph.get(self.range.clone()).unwrap_or_default()
    }
}

/// Places glyphs `range` as one line starting at `indent` in `room` ems; `justify` fills the room.
pub(crate) fn place(
    p: &Prepared,
    range: Range<usize>,
    indent: Em,
    room: Em,
    justify: bool,
) -> Line {
    let glyphs = &p.glyphs[range.clone()];
    let byte_start = glyphs.first().map_or(p.text_len, |g| g.byte);
    let byte_end = p.glyphs.get(range.end).map_or(p.text_len, |g| g.byte);
    // Trailing spaces take no room; the mark before them gets the line-end trim.
    let visible = glyphs
        .iter()
        .rposition(|g| g.class != CharClass::Space)
        .map_or(0, |i| i + 1);
    // Each glyph's advance, shrink and the gap before it, with whether it starts an atom.
    let mut slots: Vec<Slot> = glyphs
        .iter()
        .map(|g| Slot {
            width: g.width,
            shrink: g.shrink,
            gap: Em::ZERO,
            starts_atom: false,
        })
        .collect();
    for slot in slots.iter_mut().skip(visible) {
        slot.width = Em::ZERO;
    }
    if visible > 0 {
        let last = &glyphs[visible - 1];
        slots[visible - 1].width = last.width - last.end_trim.max(Em::ZERO);
        slots[visible - 1].shrink = Em::ZERO;
    }
    if let Some(first) = glyphs.first() {
        slots[0].width -= first.start_trim;
    }
    // Gaps before each atom: the CJK–Latin space, never at the line's start or past its end.
    let first_atom = p.atoms.partition_point(|a| a.start < range.start);
    for atom in p.atoms[first_atom..]
        .iter()
        .take_while(|a| a.start < range.end)
    {
        let k = atom.start - range.start;
        slots[k].starts_atom = true;
        if k > 0 && k < visible {
            slots[k].gap = atom.gap_before;
        }
    }
    let natural: Em = slots.iter().map(|s| s.width + s.gap).sum();
    let total_shrink: Em = slots.iter().map(|s| s.shrink).sum();
    let mut squeeze = 0.0;
    if natural.get() > room.get() + EPSILON && total_shrink.get() > 0.0 {
        squeeze = ((natural - room).get() / total_shrink.get()).min(1.0);
    }
    let mut set_natural = natural - total_shrink * squeeze;
    // Still too long (a printed line the printing system fitted): squeeze the CJK–Latin gaps,
    // then the blank halves of `。？！` inside the line (clreq P6, P7), before anything else.
    let mut over = set_natural - room;
    if over.get() > EPSILON {
        let total: Em = slots.iter().map(|s| s.gap).sum();
        if total.get() > 0.0 {
            let f = (over.get() / total.get()).min(1.0);
            slots.iter_mut().for_each(|s| s.gap = s.gap * (1.0 - f));
            over -= total * f;
        }
    }
    if over.get() > EPSILON {
        let stops: Vec<usize> = (0..visible.saturating_sub(1))
            .filter(|&k| {
                glyphs[k].class == CharClass::Stop && slots[k].width.get() >= 1.0 - EPSILON
            })
            .collect();
        let total = Em(0.5) * stops.len() as f32;
        if total.get() > 0.0 {
            let f = (over.get() / total.get()).min(1.0);
            for &k in &stops {
                slots[k].width -= Em(0.5 * f);
            }
            over -= total * f;
        }
    }
    if over.get() < natural.get() - total_shrink.get() * squeeze - room.get() {
        set_natural = room + over.max(Em::ZERO);
    }
    // Justification adds the same space at every boundary between atoms (clreq
    // `#procedures_for_inter-character_space_expansion`, step 3), never inside a word.
    let boundaries = (1..visible).filter(|&k| slots[k].starts_atom).count();
    let slack = room - set_natural;
    let stretch = if justify && boundaries > 0 && slack.get() > EPSILON {
        slack / boundaries as f32
    } else {
        Em::ZERO
    };
    // A printed line a little wider than its room (the printing system squeezed marks inside
    // it) is condensed evenly, so that nothing reaches past the room.
    let condense = if set_natural.get() > room.get() + EPSILON && set_natural.get() > 0.0 {
        room.get() / set_natural.get()
    } else {
        1.0
    };
    let mut x = indent;
    let mut placed = Vec::with_capacity(glyphs.len());
    for (k, (g, slot)) in glyphs.iter().zip(&slots).enumerate() {
        x += slot.gap * condense;
        if k > 0 && k < visible && slot.starts_atom {
            x += stretch;
        }
        let w = (slot.width - slot.shrink * squeeze) * condense;
        placed.push(PlacedGlyph {
            ch: g.ch,
            x,
            width: w,
        });
        x += w;
    }
    Line {
        range: byte_start..byte_end,
        indent,
        glyphs: placed,
        width: x - indent,
        natural_width: set_natural,
        justified: stretch.get() > 0.0,
    }
}

/// The width `place` gives glyphs `range` in a room they fit without squeezing or stretching
/// (their natural width, the line's ends trimmed), worked out without placing them: what a
/// headline is measured by before it is set. Summed in the order `place` sums, so that the two
/// agree to the bit.
pub(crate) fn natural_width(p: &Prepared, range: Range<usize>) -> Em {
    let glyphs = &p.glyphs[range.clone()];
    let visible = glyphs
        .iter()
        .rposition(|g| g.class != CharClass::Space)
        .map_or(0, |i| i + 1);
    let first_atom = p.atoms.partition_point(|a| a.start < range.start);
    let mut atoms = p.atoms[first_atom..].iter().peekable();
    let mut x = Em::ZERO;
    for (k, g) in glyphs.iter().enumerate() {
        let at = range.start + k;
        while atoms.next_if(|a| a.start < at).is_some() {}
        if k > 0 && k < visible && atoms.peek().is_some_and(|a| a.start == at) {
            x += atoms.peek().map_or(Em::ZERO, |a| a.gap_before);
        }
        let mut w = if k < visible { g.width } else { Em::ZERO };
        if k + 1 == visible {
            w = g.width - g.end_trim.max(Em::ZERO);
        }
        if k == 0 {
            w -= g.start_trim;
        }
        x += w;
    }
    x
}

/// What placing a line works on for each of its glyphs.
#[derive(Clone, Copy)]
struct Slot {
    /// Its advance after the line's end trims.
    width: Em,
    /// How much it may still shrink.
    shrink: Em,
    /// The space before it (the CJK–Latin gap).
    gap: Em,
    /// Whether it starts an atom: where justification may add space.
    starts_atom: bool,
}
