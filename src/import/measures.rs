//! Inferring the measures an imported page was printed at, from its printed lines.
//!
//! A measure belongs to a column segment (the body between column breaks), not to the whole
//! article: the printed columns of one article are not all the same width (DESIGN.md §3). Within
//! a segment, lines run narrower beside a photo or a headline cut into the column, which the text
//! cannot show: a run of at least three consecutive lines that the engine reproduces better at
//! another measure, losing none of them, is taken as set beside such a cut-in ([`CutIn`]). A
//! segment's measure is the widest its lines were set at; narrower runs are its cut-ins.

use crate::model::ranges::{MAX_COLUMN_EM, MIN_COLUMN_EM};
use crate::model::{Article, CutIn, Em, PrintedRooms};
use crate::typeset::Style;
use crate::typeset::measure::{
    Agreement, candidate_measures, line_matches_at_measures, pick_measure, prepare_printed,
    prepared_widest_line, printed_segments,
};

/// How many more printed lines a run must reproduce at a measure of its own before it is taken
/// as set beside a cut-in. One is enough because the run must also be long
/// ([`MIN_CUT_IN_LINES`]) and lose none of its lines: every line of it agrees with the cut-in.
const MIN_SPLIT_GAIN: i32 = 1;

/// The fewest consecutive lines that make a cut-in (a shorter run is more likely an odd line).
const MIN_CUT_IN_LINES: usize = 3;

/// How far from the first estimate a segment's measure is looked for, in ems.
const SEARCH_BELOW: f32 = 2.5;
/// See [`SEARCH_BELOW`].
const SEARCH_ABOVE: f32 = 2.0;

/// One printed line of a segment, for the search: whether the engine reproduces it at each
/// candidate measure (`None` for a paragraph's last line, which is not compared).
struct LineScore {
    matches: Option<Vec<bool>>,
}

/// Sets the rooms `article` was printed in ([`Article::printed`]) from its printed lines,
/// searching around `estimate`.
pub(crate) fn infer_measures(article: &mut Article, estimate: Em, style: &Style) {
    // Every measure inferred is one a layout can hold: a text of one character a line would
    // otherwise search below nothing, and a line of a million characters past any page.
    let estimate = Em(estimate.get().clamp(MIN_COLUMN_EM, MAX_COLUMN_EM));
    let candidates = candidate_measures(
        (estimate.get() - SEARCH_BELOW).max(MIN_COLUMN_EM)
            ..=(estimate.get() + SEARCH_ABOVE).min(MAX_COLUMN_EM),
    );
    // Each column segment's lines, scored at every candidate, and its widest printed line.
    let segments: Vec<(Vec<LineScore>, Em)> = printed_segments(article)
        .iter()
        .map(|paragraphs| {
            let mut lines = Vec::new();
            let mut widest = Em::ZERO;
            for printed in paragraphs {
                let prepared = prepare_printed(printed, style);
                let matches = line_matches_at_measures(&prepared, printed, style, &candidates);
                widest = widest.max(prepared_widest_line(&prepared, printed, style));
                let mut compared = matches.into_iter();
                lines.extend(printed.lines.iter().map(|_| LineScore {
                    matches: compared.next(),
                }));
            }
            (lines, widest)
        })
        .collect();

    let mut segment_measures = Vec::with_capacity(segments.len());
    let mut cut_ins = Vec::new();
    let mut lines_at: Vec<(Em, usize)> = Vec::new();
    for (index, (lines, widest)) in segments.iter().enumerate() {
        let Some((main, runs)) = segment_runs(lines, &candidates, *widest) else {
            segment_measures.push(estimate);
            continue;
        };
        // The segment is as wide as its widest run; the others are set beside cut-ins.
        let measure = runs.iter().map(|r| r.measure).fold(main, Em::max);
        let covered: usize = runs.iter().map(|r| r.lines.len()).sum();
        lines_at.push((main, lines.len() - covered));
        segment_measures.push(measure);
        let mut narrower: Vec<(std::ops::Range<usize>, Em)> = runs
            .iter()
            .filter(|r| r.measure != measure)
            .map(|r| (r.lines.clone(), r.measure))
            .collect();
        if main != measure {
            // The lines at the main measure are now the narrower ones: between the wider runs.
            let mut at = 0;
            let mut wider: Vec<std::ops::Range<usize>> = runs
                .iter()
                .filter(|r| r.measure == measure)
                .map(|r| r.lines.clone())
                .collect();
            wider.sort_by_key(|r| r.start);
            wider.push(lines.len()..lines.len());
            // A gap too short to be a cut-in is set at the segment's measure.
            for w in wider {
                if w.start >= at + MIN_CUT_IN_LINES {
                    narrower.push((at..w.start, main));
                }
                at = w.end;
            }
        }
        for run in &runs {
            lines_at.push((run.measure, run.lines.len()));
        }
        narrower.sort_by_key(|(r, _)| r.start);
        for (range, m) in narrower {
            cut_ins.push(CutIn {
                segment: index as u32,
                first_line: range.start as u32,
                lines: range.len() as u32,
                measure: m,
            });
        }
    }
    article.printed = Some(PrintedRooms {
        measure: most_used(&lines_at).unwrap_or(estimate),
        segments: segment_measures,
        cut_ins,
    });
}

/// A run of consecutive lines of a segment set at one measure.
struct Run {
    lines: std::ops::Range<usize>,
    measure: Em,
}

/// The measure most of a segment's lines were set at, and the runs of at least
/// [`MIN_CUT_IN_LINES`] lines that the engine reproduces at least [`MIN_SPLIT_GAIN`] lines better
/// at another measure, and none worse.
fn segment_runs(lines: &[LineScore], candidates: &[Em], widest: Em) -> Option<(Em, Vec<Run>)> {
    let totals: Vec<(Em, Agreement)> = candidates
        .iter()
        .enumerate()
        .map(|(k, &m)| {
            let mut a = Agreement::default();
            for l in lines.iter().filter_map(|l| l.matches.as_ref()) {
                a.total += 1;
                a.matched += usize::from(l[k]);
            }
            (m, a)
        })
        .collect();
    let (main, _) = pick_measure(&totals, widest)?;
    let main_k = candidates.iter().position(|&m| m == main)?;
    let mut taken = vec![false; lines.len()];
    let mut runs = Vec::new();
    loop {
        // The best run still free, over every other measure.
        let mut best: Option<(i32, std::ops::Range<usize>, usize)> = None;
        for k in (0..candidates.len()).filter(|&k| k != main_k) {
            let gains: Vec<Option<i32>> = lines
                .iter()
                .zip(&taken)
                .map(|(l, &t)| {
                    if t {
                        None
                    } else {
                        Some(
                            l.matches
                                .as_ref()
                                .map_or(0, |m| i32::from(m[k]) - i32::from(m[main_k])),
                        )
                    }
                })
                .collect();
            if let Some((gain, range)) = best_run(&gains)
                && best.as_ref().is_none_or(|(g, ..)| gain > *g)
            {
                best = Some((gain, range, k));
            }
        }
        let Some((_, range, k)) = best.filter(|(g, ..)| *g >= MIN_SPLIT_GAIN) else {
            break;
        };
        taken[range.clone()].iter_mut().for_each(|t| *t = true);
        runs.push(Run {
            lines: range,
            measure: candidates[k],
        });
    }
    runs.sort_by_key(|r| r.lines.start);
    Some((main, runs))
}

/// The run of consecutive free lines (`Some`) with the largest total gain, at least
/// [`MIN_CUT_IN_LINES`] long, the shortest of equals, and losing none of its lines: a cut-in
/// explains every line beside it, it does not trade one line for another.
fn best_run(gains: &[Option<i32>]) -> Option<(i32, std::ops::Range<usize>)> {
    let mut best: Option<(i32, std::ops::Range<usize>)> = None;
    for start in 0..gains.len() {
        let mut sum = 0;
        for (end, gain) in gains.iter().enumerate().skip(start) {
            let Some(g) = gain.filter(|&g| g >= 0) else {
                break;
            };
            sum += g;
            let len = end + 1 - start;
            if len >= MIN_CUT_IN_LINES
                && best
                    .as_ref()
                    .is_none_or(|(b, r)| sum > *b || (sum == *b && len < r.len()))
            {
                best = Some((sum, start..end + 1));
            }
        }
    }
    best
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
