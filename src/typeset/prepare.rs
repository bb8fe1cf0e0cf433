//! Prepares a paragraph for line breaking: each character's widths, and the atoms (units that
//! never split) with the break opportunities between them.

use crate::model::Em;

use super::class::{CharClass, no_end, no_start};
use super::style::{Narrow, PunctStyle, Style};

/// One character's metrics.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Glyph {
    /// The character.
    pub ch: char,
    /// Byte offset in the paragraph's text.
    pub byte: usize,
    /// Its class.
    pub class: CharClass,
    /// Natural advance inside a line.
    pub width: Em,
    /// How much it may shrink inside a line when the line is too long.
    pub shrink: Em,
    /// How much of it is dropped when it ends a line (a mark's blank side, a space).
    pub end_trim: Em,
    /// How much of it is dropped when it starts a line (an opening mark's blank side).
    pub start_trim: Em,
    /// It may not start a line.
    pub no_start: bool,
    /// It may not end a line.
    pub no_end: bool,
}

/// A run of characters that a line never breaks inside: one Han character with the marks that
/// must stay with it, a Latin word or number, `——`, `……`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Atom {
    /// First glyph index.
    pub start: usize,
    /// One past the last glyph index.
    pub end: usize,
    /// Space before it when it does not start a line (the CJK–Latin gap).
    pub gap_before: Em,
    /// Whether a line may break before this atom without breaking a rule.
    pub break_before: bool,
    /// Its narrowest width inside a line (marks squeezed as far as they may be).
    pub width: Em,
    /// Its narrowest width at the end of a line (the last mark's blank side trimmed).
    pub end_width: Em,
    /// What it loses at the start of a line (an opening mark's blank side).
    pub start_trim: Em,
}

impl Atom {
    /// An atom of glyphs `start..end`, measured.
    pub(crate) fn new(
        glyphs: &[Glyph],
        start: usize,
        end: usize,
        gap_before: Em,
        break_before: bool,
    ) -> Atom {
        let mid: Em = glyphs[start..end].iter().map(|g| g.width - g.shrink).sum();
        let last = glyphs[end - 1];
        let end_width = mid - (last.width - last.shrink)
            + (last.width - last.shrink).min(last.width - last.end_trim);
        Atom {
            start,
            end,
            gap_before,
            break_before,
            width: mid,
            end_width,
            start_trim: glyphs[start].start_trim,
        }
    }

    /// Its narrowest width as the first and/or last atom of a line.
    pub(crate) fn narrowest(&self, at_start: bool, at_end: bool) -> Em {
        let w = if at_end { self.end_width } else { self.width };
        if at_start { w - self.start_trim } else { w }
    }
}

/// A paragraph ready for breaking.
#[derive(Clone, Debug)]
pub(crate) struct Prepared {
    pub glyphs: Vec<Glyph>,
    pub atoms: Vec<Atom>,
    /// Total length of the text in bytes.
    pub text_len: usize,
}

/// Measures every character of `text` and groups them into atoms.
pub(crate) fn prepare(text: &str, style: &Style) -> Prepared {
    let mut glyphs: Vec<Glyph> = text
        .char_indices()
        .map(|(byte, ch)| measure(ch, byte, style))
        .collect();
    compress_adjacent_punct(&mut glyphs, style);
    let atoms = atomize(&glyphs, style);
    Prepared {
        glyphs,
        atoms,
        text_len: text.len(),
    }
}

fn measure(ch: char, byte: usize, style: &Style) -> Glyph {
    let class = CharClass::of(ch);
    let half = Em(0.5);
    let (width, shrink, end_trim, start_trim) = match (class, style.punctuation) {
        (CharClass::Ideograph | CharClass::Dash | CharClass::Ellipsis, _) => {
            (Em(1.0), Em::ZERO, Em::ZERO, Em::ZERO)
        }
        (CharClass::Connector, _) => (
            if ch == '–' { half } else { Em(1.0) },
            Em::ZERO,
            Em::ZERO,
            Em::ZERO,
        ),
        (CharClass::MiddleDot, _) => (half, Em::ZERO, Em::ZERO, Em::ZERO),
        // Digits keep the width measured on the seed page; letters and symbols such as `%`
        // are as wide as the body face draws them, so their ink never reaches a neighbour.
        (CharClass::Latin, _) if ch.is_ascii_digit() && style.narrow == Narrow::Grid => {
            (style.latin_width, Em::ZERO, Em::ZERO, Em::ZERO)
        }
        (CharClass::Latin, _) => (latin_advance(ch, style), Em::ZERO, Em::ZERO, Em::ZERO),
        (CharClass::Space, _) => (style.space_width, Em::ZERO, style.space_width, Em::ZERO),
        (CharClass::Stop, PunctStyle::Kaiming) => {
            let squeeze = if style.squeeze_stops { half } else { Em::ZERO };
            (Em(1.0), squeeze, half, Em::ZERO)
        }
        (CharClass::Opening, PunctStyle::FullWidth) => (Em(1.0), half, Em::ZERO, half),
        (_, PunctStyle::FullWidth) => (Em(1.0), half, half, Em::ZERO),
        // Half-width marks (开明 pauses and brackets, or every mark in the half-width style).
        _ => (half, Em::ZERO, Em::ZERO, Em::ZERO),
    };
    Glyph {
        ch,
        byte,
        class,
        width,
        shrink,
        end_trim,
        start_trim,
        no_start: no_start(class, ch),
        no_end: no_end(class, ch),
    }
}

/// A letter's, digit's or symbol's advance in the face that prints it: on the grid, rounded up
/// to an eighth and at least the style's Latin width.
fn latin_advance(ch: char, style: &Style) -> Em {
    let face = style.faces.advance(ch);
    match style.narrow {
        Narrow::Grid => Em((face * 8.0).ceil() / 8.0).max(style.latin_width),
        Narrow::Exact => Em(face),
    }
}

/// Two adjacent full-width marks (`。”`, `、“`, `》）`) take 1.5 em, not 2: the blank side between
/// them goes (clreq `#h-adjustment_of_adjacent_punctuation_marks`). Only the full-width style has
/// such pairs; 开明 marks are already half width except `。？！`.
fn compress_adjacent_punct(glyphs: &mut [Glyph], style: &Style) {
    if style.punctuation != PunctStyle::FullWidth {
        return;
    }
    for i in 1..glyphs.len() {
        let (a, b) = (glyphs[i - 1], glyphs[i]);
        if !(a.class.is_compressible_punct() && b.class.is_compressible_punct()) {
            continue;
        }
        if a.width.get() >= 1.0 && a.class != CharClass::Opening {
            glyphs[i - 1].width = a.width - Em(0.5);
            glyphs[i - 1].shrink = Em::ZERO;
            glyphs[i - 1].end_trim = Em::ZERO;
        } else if b.width.get() >= 1.0 && b.class == CharClass::Opening {
            glyphs[i].width = b.width - Em(0.5);
            glyphs[i].shrink = Em::ZERO;
            glyphs[i].start_trim = Em::ZERO;
        }
    }
}

fn is_word_char(g: &Glyph) -> bool {
    g.class == CharClass::Latin
}

fn atomize(glyphs: &[Glyph], style: &Style) -> Vec<Atom> {
    let mut atoms: Vec<Atom> = Vec::with_capacity(glyphs.len());
    let mut i = 0;
    while i < glyphs.len() {
        let start = i;
        i += 1;
        let g = glyphs[start];
        match g.class {
            CharClass::Latin => {
                while i < glyphs.len() && is_word_char(&glyphs[i]) {
                    i += 1;
                }
            }
            CharClass::Space => {
                while i < glyphs.len() && glyphs[i].class == CharClass::Space {
                    i += 1;
                }
            }
            // `——` and `……` are 2-em units (GB/T 15834 §5.1.4–5.1.5); a longer run is several.
            CharClass::Dash | CharClass::Ellipsis if i < glyphs.len() && glyphs[i].ch == g.ch => {
                i += 1;
            }
            _ => {}
        }
        let prev = start.checked_sub(1).map(|p| glyphs[p]);
        // A line that ends in spaces ends, to the eye, at the mark before them.
        let visible_prev = glyphs[..start]
            .iter()
            .rev()
            .find(|g| g.class != CharClass::Space);
        let break_before = match prev {
            None => true,
            Some(p) => {
                !(visible_prev.is_some_and(|v| v.no_end)
                    || g.no_start
                    || g.class == CharClass::Space
                    // Keep postfixes such as `%` and `℃` glued to their number.
                    || (p.class == CharClass::Latin && g.class == CharClass::Latin))
            }
        };
        let gap_before = match prev {
            Some(p) if is_cjk_latin_pair(p.class, g.class) => style.cjk_latin_gap,
            _ => Em::ZERO,
        };
        atoms.push(Atom::new(glyphs, start, i, gap_before, break_before));
    }
    atoms
}

/// Whether a Han character meets a Latin or digit run here, which gets a little space between
/// (clreq `#mixed_text_composition_in_horizontal_writing_mode`); none next to punctuation or spaces.
fn is_cjk_latin_pair(a: CharClass, b: CharClass) -> bool {
    matches!(
        (a, b),
        (CharClass::Ideograph, CharClass::Latin) | (CharClass::Latin, CharClass::Ideograph)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_runs_and_postfixes_are_one_atom() {
        let p = prepare("达到100%。常", &Style::default());
        let texts: Vec<String> = p
            .atoms
            .iter()
            .map(|a| p.glyphs[a.start..a.end].iter().map(|g| g.ch).collect())
            .collect();
        assert_eq!(texts, ["达", "到", "100%", "。", "常"]);
        assert!(!p.atoms[3].break_before, "no break before 。");
        assert!(p.atoms[2].gap_before.get() > 0.0, "gap between 到 and 100");
    }

    #[test]
    fn dashes_pair_up() {
        let p = prepare("甲——乙", &Style::default());
        assert_eq!(p.atoms.len(), 3);
        assert!(!p.atoms[1].break_before || p.atoms[1].end - p.atoms[1].start == 2);
    }
}
