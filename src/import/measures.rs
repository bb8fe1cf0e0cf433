//! Inferring the measures an imported page was printed at, from its printed lines.
//!
//! A measure belongs to a column segment (the body between column breaks), not to the whole
//! article: the printed columns of one article are not all the same width (DESIGN.md §3). Within
//! a segment the column can narrow again where the text runs beside a photo or a headline cut
//! into it, which the text cannot show; a run of paragraphs gets a measure of its own when that
//! reproduces clearly more of its printed lines.

use crate::model::{Article, Block, Em};
use crate::typeset::Style;
use crate::typeset::measure::{
    Agreement, PrintedParagraph, agreement_at_measures, candidate_measures, pick_measure,
    prepare_printed, prepared_widest_line,
};

/// How many more printed lines a run of paragraphs must reproduce at a measure of its own before
/// the segment is split there: two, so that no single odd line decides it.
const MIN_SPLIT_GAIN: usize = 2;

/// How far from the first estimate a segment's measure is looked for, in ems.
const SEARCH_BELOW: f32 = 2.5;
/// See [`SEARCH_BELOW`].
const SEARCH_ABOVE: f32 = 1.0;

/// One paragraph's share of the search: its block index, and its agreement at each candidate.
struct Scored {
    block: usize,
    widest: Em,
    scores: Vec<(Em, Agreement)>,
}

/// Sets `article.measure`, `segment_measures` and the paragraphs' own measures from its printed
/// lines, searching around `estimate`.
pub(crate) fn infer_measures(article: &mut Article, estimate: Em, style: &Style) {
    let candidates =
        candidate_measures((estimate.get() - SEARCH_BELOW)..=(estimate.get() + SEARCH_ABOVE));
    let mut segments: Vec<Vec<Scored>> = vec![Vec::new()];
    for (i, block) in article.body.iter().enumerate() {
        match block {
            Block::ColumnBreak => segments.push(Vec::new()),
            Block::Paragraph(p) => {
                let Some(lines) = p.printed_line_texts() else {
                    continue;
                };
                let continued = match article.body.get(i + 1..) {
                    Some([Block::ColumnBreak, Block::Paragraph(next), ..]) if next.continues => {
                        next.text.as_str()
                    }
                    _ => "",
                };
                let printed = [PrintedParagraph {
                    lines,
                    opens: !p.continues,
                    continued,
                }];
                let prepared = prepare_printed(&printed[0], style);
                let agreements = agreement_at_measures(&prepared, &printed[0], style, &candidates);
                let scores = candidates.iter().copied().zip(agreements).collect();
                if let Some(seg) = segments.last_mut() {
                    seg.push(Scored {
                        block: i,
                        widest: prepared_widest_line(&prepared, &printed[0], style),
                        scores,
                    });
                }
            }
            Block::Subhead(_) => {}
        }
    }

    let mut segment_measures = Vec::with_capacity(segments.len());
    let mut lines_at: Vec<(Em, usize)> = Vec::new();
    let mut own: Vec<(usize, Em)> = Vec::new();
    for seg in &segments {
        let runs = split_runs(seg);
        let Some(main) = runs.iter().max_by_key(|r| r.lines).map(|r| r.measure) else {
            segment_measures.push(estimate);
            continue;
        };
        segment_measures.push(main);
        for run in &runs {
            lines_at.push((run.measure, run.lines));
            if run.measure != main {
                own.extend(
                    seg[run.range.clone()]
                        .iter()
                        .map(|s| (s.block, run.measure)),
                );
            }
        }
    }
    article.measure = most_used(&lines_at).unwrap_or(estimate);
    article.segment_measures = segment_measures;
    for (block, measure) in own {
        if let Some(Block::Paragraph(p)) = article.body.get_mut(block) {
            p.measure = Some(measure);
        }
    }
}

/// A run of paragraphs set at one measure.
struct Run {
    range: std::ops::Range<usize>,
    measure: Em,
    lines: usize,
}

/// The best measure for paragraphs `range` of a segment, with lines matched and compared.
fn score(seg: &[Scored], range: std::ops::Range<usize>) -> Option<(Em, Agreement)> {
    let paras = &seg[range];
    let first = paras.first()?;
    let widest = paras.iter().map(|s| s.widest).fold(Em::ZERO, Em::max);
    let totals: Vec<(Em, Agreement)> = (0..first.scores.len())
        .map(|k| {
            let mut a = Agreement::default();
            for s in paras {
                a += s.scores[k].1;
            }
            (first.scores[k].0, a)
        })
        .collect();
    pick_measure(&totals, widest)
}

/// Splits a segment into runs of paragraphs by dynamic programming: the most lines reproduced,
/// where every run after the first must win at least [`MIN_SPLIT_GAIN`] more lines.
fn split_runs(seg: &[Scored]) -> Vec<Run> {
    let n = seg.len();
    // best[j] = (value, start of the last run) for the first j paragraphs.
    let mut best: Vec<(isize, usize)> = vec![(0, 0); n + 1];
    for j in 1..=n {
        best[j] = (isize::MIN, 0);
        for i in 0..j {
            let Some((_, a)) = score(seg, i..j) else {
                continue;
            };
            // With the strict comparison below, a run after the first must gain MIN_SPLIT_GAIN.
            let penalty = if i > 0 {
                MIN_SPLIT_GAIN as isize - 1
            } else {
                0
            };
            let value = best[i].0 + a.matched as isize - penalty;
            // A strict gain is needed: ties keep the longer run.
            if value > best[j].0 {
                best[j] = (value, i);
            }
        }
    }
    let mut runs = Vec::new();
    let mut j = n;
    while j > 0 {
        let i = best[j].1;
        if let Some((measure, a)) = score(seg, i..j) {
            runs.push(Run {
                range: i..j,
                measure,
                lines: a.total,
            });
        }
        j = i;
    }
    runs.reverse();
    runs
}

/// The measure that the most lines were set at.
fn most_used(lines_at: &[(Em, usize)]) -> Option<Em> {
    let mut best: Option<(Em, usize)> = None;
    for &(m, _) in lines_at {
        let lines: usize = lines_at
            .iter()
            .filter(|(o, _)| *o == m)
            .map(|(_, n)| n)
            .sum();
        if best.is_none_or(|(_, n)| lines > n) {
            best = Some((m, lines));
        }
    }
    best.filter(|(_, n)| *n > 0).map(|(m, _)| m)
}
