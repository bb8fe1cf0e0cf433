//! Working back from printed lines to the measure they were set at, and scoring how well the
//! engine reproduces them ("break agreement", DESIGN.md §3).

use crate::model::{Article, Block, Em};

use super::{FirstLines, Style};

/// A paragraph (or the part of one inside a column segment) as printed.
#[derive(Clone, Debug)]
pub struct PrintedParagraph<'a> {
    /// The printed lines, in order.
    pub lines: Vec<&'a str>,
    /// Whether the first line opens the paragraph (and so is indented).
    pub opens: bool,
    /// The paragraph's text after these lines, when it goes on past a column break: then the
    /// last line here is not the paragraph's last and is compared too.
    pub continued: &'a str,
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

/// A printed paragraph prepared for [`agreement_at_measures`] (prepare once, ask at many measures).
pub fn prepare_printed(p: &PrintedParagraph<'_>, style: &Style) -> FirstLines {
    FirstLines::new(p.lines.concat() + p.continued, style)
}

/// The agreement of one printed paragraph, prepared by [`prepare_printed`], at each of `measures`.
pub fn agreement_at_measures(
    prepared: &FirstLines,
    p: &PrintedParagraph<'_>,
    style: &Style,
    measures: &[Em],
) -> Vec<Agreement> {
    let mut result = vec![Agreement::default(); measures.len()];
    let compared = compared_lines(p);
    let mut start = 0;
    for (i, line) in p.lines.iter().enumerate().take(compared) {
        let ends = prepared.line_ends(start, style, p.opens && i == 0, measures);
        for (a, end) in result.iter_mut().zip(ends) {
            a.total += 1;
            if end == start + line.len() {
                a.matched += 1;
            }
        }
        start += line.len();
    }
    result
}

/// For each compared line of one printed paragraph (all but its last, or all when it goes on past
/// a column break), whether the engine reproduces it at each of `measures`.
pub fn line_matches_at_measures(
    prepared: &FirstLines,
    p: &PrintedParagraph<'_>,
    style: &Style,
    measures: &[Em],
) -> Vec<Vec<bool>> {
    let compared = compared_lines(p);
    let mut start = 0;
    let mut out = Vec::with_capacity(compared);
    for (i, line) in p.lines.iter().enumerate().take(compared) {
        let ends = prepared.line_ends(start, style, p.opens && i == 0, measures);
        out.push(ends.into_iter().map(|e| e == start + line.len()).collect());
        start += line.len();
    }
    out
}

/// How many of a printed paragraph's lines are compared: all but the last, or all when the
/// paragraph goes on past a column break.
fn compared_lines(p: &PrintedParagraph<'_>) -> usize {
    if p.continued.is_empty() {
        p.lines.len().saturating_sub(1)
    } else {
        p.lines.len()
    }
}

/// Calls `f(rest, opens, printed_line)` for every printed line that is not its paragraph's last.
pub fn for_each_comparison(
    paragraphs: &[PrintedParagraph<'_>],
    mut f: impl FnMut(&str, bool, &str),
) {
    for p in paragraphs {
        let text = p.lines.concat() + p.continued;
        let mut start = 0;
        let compared = compared_lines(p);
        for (i, line) in p.lines.iter().enumerate().take(compared) {
            f(&text[start..], p.opens && i == 0, line);
            start += line.len();
        }
    }
}

/// The printed paragraphs of each column segment of an article (paragraphs that were edited
/// have no printed lines and are left out). A paragraph cut by a column break carries the text
/// that goes on in the next segment.
pub fn printed_segments(article: &Article) -> Vec<Vec<PrintedParagraph<'_>>> {
    let mut segments: Vec<Vec<PrintedParagraph<'_>>> = vec![Vec::new()];
    for (i, block) in article.body.iter().enumerate() {
        match block {
            Block::ColumnBreak => segments.push(Vec::new()),
            Block::Paragraph(p) => {
                let continued = match article.body.get(i + 1..) {
                    Some([Block::ColumnBreak, Block::Paragraph(next), ..]) if next.continues => {
                        next.text.as_str()
                    }
                    _ => "",
                };
                if let (Some(lines), Some(seg)) = (p.printed_line_texts(), segments.last_mut()) {
                    seg.push(PrintedParagraph {
                        lines,
                        opens: !p.continues,
                        continued,
                    });
                }
            }
            Block::Subhead(_) => {}
        }
    }
    segments
}

/// The candidate measures within `range`, in half-em steps.
pub fn candidate_measures(range: std::ops::RangeInclusive<f32>) -> Vec<Em> {
    let mut out = Vec::new();
    let mut w = (range.start() * 2.0).ceil() / 2.0;
    while w <= *range.end() {
        out.push(Em(w));
        w += 0.5;
    }
    out
}

/// The widest printed line of a paragraph, prepared by [`prepare_printed`], that is not its
/// last, at its narrowest, indent included: the paragraph was set at a measure at least this wide.
pub fn prepared_widest_line(prepared: &FirstLines, p: &PrintedParagraph<'_>, style: &Style) -> Em {
    let mut widest = Em::ZERO;
    let compared = compared_lines(p);
    let mut start = 0;
    for (i, line) in p.lines.iter().enumerate().take(compared) {
        let indent = if p.opens && i == 0 {
            style.indent
        } else {
            Em::ZERO
        };
        widest = widest.max(prepared.line_width(start, start + line.len()) + indent);
        start += line.len();
    }
    widest
}

/// Picks the best of several measures given the agreement at each: the most lines reproduced;
/// among equals, the narrowest measure that every line fits in (`widest`), else the narrowest.
pub fn pick_measure(scores: &[(Em, Agreement)], widest: Em) -> Option<(Em, Agreement)> {
    let fits = |w: Em| w.get() >= widest.get() - 1e-3;
    let mut best: Option<(Em, Agreement)> = None;
    for &(w, a) in scores {
        let better = match best {
            None => true,
            Some((bw, ba)) => {
                a.matched > ba.matched || (a.matched == ba.matched && !fits(bw) && fits(w))
            }
        };
        if better {
            best = Some((w, a));
        }
    }
    best
}

/// A first guess of the measure from the widths (at their narrowest, see
/// [`super::min_line_width`]) of printed lines that are not the last of their paragraph: the
/// half-em measure that most of them fill to within one em.
///
/// Justified lines are full: a line set at measure W is at most W wide at its narrowest and
/// wider than W − 1 (else the next character would have fitted). Lines that open a paragraph
/// are two ems shorter and simply do not vote for the right answer.
pub fn estimate_measure(widths: impl IntoIterator<Item = Em>) -> Option<Em> {
    let widths: Vec<f32> = widths
        .into_iter()
        .map(Em::get)
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
    use crate::typeset::min_line_width;

    #[test]
    fn estimate_from_full_lines() {
        let lines = [
            "坚持以习近平新时代中国特色社会主义思",
            "想为指导，全面贯彻落实党的二十大精神，",
            "按照中央、省委政法工作会议和全国公安",
        ];
        let widths = lines.iter().map(|l| min_line_width(l, &Style::default()));
        assert_eq!(estimate_measure(widths), Some(Em(18.0)));
    }
}
