//! Working back from printed lines to the measure they were set at, and scoring how well the
//! engine reproduces them ("break agreement", DESIGN.md §3).

use crate::model::Em;

use super::{Style, first_line_end, min_line_width};

/// A paragraph (or the part of one inside a column segment) as printed.
#[derive(Clone, Debug)]
pub struct PrintedParagraph<'a> {
    /// The printed lines, in order.
    pub lines: Vec<&'a str>,
    /// Whether the first line opens the paragraph (and so is indented).
    pub opens: bool,
}

/// How many printed lines the engine reproduces, of how many it was asked to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Agreement {
    /// Lines whose break the engine reproduced.
    pub matched: usize,
    /// Lines compared: every printed line that is not the last of its paragraph.
    pub total: usize,
}

impl Agreement {
    /// The share of lines reproduced, 0 to 1 (1 when there was nothing to compare).
    pub fn ratio(self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.matched as f64 / self.total as f64
        }
    }
}

impl std::ops::AddAssign for Agreement {
    fn add_assign(&mut self, rhs: Agreement) {
        self.matched += rhs.matched;
        self.total += rhs.total;
    }
}

/// Break agreement: for each printed line that is not the last of its paragraph, typeset the
/// rest of the paragraph from that line's start and check that the first line produced is the
/// printed line. The indent applies only where the line opens its paragraph.
pub fn agreement(paragraphs: &[PrintedParagraph<'_>], style: &Style) -> Agreement {
    let mut result = Agreement::default();
    for p in paragraphs {
        let text = p.lines.concat();
        let mut start = 0;
        for (i, line) in p.lines.iter().enumerate() {
            if i + 1 == p.lines.len() {
                break;
            }
            let rest = &text[start..];
            let opens = p.opens && i == 0;
            result.total += 1;
            if first_line_end(rest, style, opens) == line.len() {
                result.matched += 1;
            }
            start += line.len();
        }
    }
    result
}

/// The measure, within `range` ems in half-em steps, at which the engine reproduces the most
/// printed line breaks; ties go to the narrowest such measure that every line fits in.
pub fn best_measure(
    paragraphs: &[PrintedParagraph<'_>],
    style: &Style,
    range: std::ops::RangeInclusive<f32>,
) -> Option<(Em, Agreement)> {
    let widest = paragraphs
        .iter()
        .flat_map(|p| {
            let n = p.lines.len();
            p.lines
                .iter()
                .enumerate()
                .filter(move |(i, _)| i + 1 < n)
                .map(move |(i, l)| {
                    let indent = if p.opens && i == 0 {
                        style.indent
                    } else {
                        Em::ZERO
                    };
                    min_line_width(l, style) + indent
                })
        })
        .fold(Em::ZERO, Em::max);
    let mut best: Option<(Em, Agreement)> = None;
    let mut w = (range.start() * 2.0).ceil() / 2.0;
    while w <= *range.end() {
        let a = agreement(paragraphs, &style.with_measure(Em(w)));
        let better = match best {
            None => true,
            Some((bw, ba)) => {
                a.matched > ba.matched
                    || (a.matched == ba.matched
                        && bw.get() < widest.get() - 1e-3
                        && w >= widest.get() - 1e-3)
            }
        };
        if better {
            best = Some((Em(w), a));
        }
        w += 0.5;
    }
    best
}

/// A first guess of the measure from a set of printed lines that are not the last of their
/// paragraph: the half-em measure that most of them fill to within one em.
///
/// Justified lines are full: a line set at measure W is at most W wide at its narrowest and
/// wider than W − 1 (else the next character would have fitted). Lines that open a paragraph
/// are two ems shorter and simply do not vote for the right answer.
pub fn estimate_measure<'a>(lines: impl IntoIterator<Item = &'a str>, style: &Style) -> Option<Em> {
    let widths: Vec<f32> = lines
        .into_iter()
        .map(|l| min_line_width(l, style).get())
        .filter(|w| *w > 0.0)
        .collect();
    let mut best: Option<(f32, usize)> = None;
    for &w in &widths {
        let candidate = (w * 2.0 - 1e-3).ceil() / 2.0;
        let votes = widths
            .iter()
            .filter(|&&v| v > candidate - 1.0 - 1e-3 && v <= candidate + 1e-3)
            .count();
        if best.is_none_or(|(c, n)| votes > n || (votes == n && candidate > c)) {
            best = Some((candidate, votes));
        }
    }
    best.map(|(c, _)| Em(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn estimate_from_full_lines() {
        let lines = [
            "坚持以习近平新时代中国特色社会主义思",
            "想为指导，全面贯彻落实党的二十大精神，",
            "按照中央、省委政法工作会议和全国公安",
        ];
        assert_eq!(estimate_measure(lines, &Style::default()), Some(Em(18.0)));
    }
}
