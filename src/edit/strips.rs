//! The plan of the strips that short stories stand in, side by side under the page's bands:
//! how many, how wide (as wide as the stories were printed, so their lines keep their printed
//! breaks), which stories each holds, and where the page's leftover width goes. Pure geometry on
//! estimates of each story's depth: the arrangement sets the text afterwards.

use crate::model::ranges::MAX_TEXT_COLUMNS;
use crate::model::{Article, Em, PageGeometry, PrintedRooms};

/// The widest strip of page a band may leave empty beside a wide article, in ems: three ems
/// (10 mm at 小五) read as a wide gutter, not as a hole.
pub(super) const MAX_SIDE_GAP: Em = Em(3.0);

/// How much wider than its printed width a strip may be for an article's printed lines to stay:
/// the typesetter follows printed breaks in a room up to an em wider.
const PRINTED_SLACK: f32 = 1.0;

/// How many strip counts around the typical one are tried: one more and one fewer.
const STRIP_COUNT_SPREAD: usize = 1;

/// Lays `strips` side by side in `order` (indices into them, left to right), each as wide as
/// it was, with the space between them they had.
pub(super) fn reorder(strips: &mut Vec<Strip<'_>>, order: &[usize], gutter: Em) {
    let space = match strips.as_slice() {
        [a, b, ..] => b.x - a.x - a.width,
        _ => gutter,
    };
    let start = strips.iter().map(|s| s.x).fold(Em(f32::MAX), Em::min);
    let mut laid: Vec<Strip<'_>> = order.iter().map(|&k| strips[k].clone()).collect();
    let mut x = start;
    for strip in &mut laid {
        strip.x = x;
        x += strip.width + space;
    }
    *strips = laid;
}

/// A length rounded down to half ems, never below zero.
pub(super) fn half_ems(length: Em) -> Em {
    Em((length.get() * 2.0).floor() / 2.0).max(Em::ZERO)
}

/// A vertical strip of the page and the articles stacked in it.
#[derive(Clone)]
pub(super) struct Strip<'a> {
    /// Its left edge, in ems from the type area's.
    pub(super) x: Em,
    /// Its width in ems.
    pub(super) width: Em,
    /// The stories stacked in it, top to bottom.
    pub(super) articles: Vec<&'a Article>,
    /// Grid lines its articles need, to send the next one to the shortest strip.
    lines: u32,
}

/// Chooses strips as wide as the articles were printed, so that their text keeps its printed
/// measure: of every choice of widths that fits across the page, the one that best keeps lines
/// at their printed width, leaves least width unused and stacks most evenly.
/// What width is left over widens the gutters between strips.
pub(super) fn plan_strips<'a>(articles: &[&'a Article], g: &PageGeometry) -> Vec<Strip<'a>> {
    let type_width = g.type_width_em();
    let gutter = g.gutter_em();
    let mut widths: Vec<Em> = articles.iter().map(|a| preferred_width(a, g)).collect();
    widths.sort_by(|a, b| a.get().total_cmp(&b.get()));
    let Some(&typical) = widths.get(widths.len() / 2) else {
        return Vec::new();
    };
    widths.dedup_by(|a, b| (a.get() - b.get()).abs() < 1e-3);
    let around = ((type_width + gutter).get() / (typical + gutter).get()).round() as usize;
    let most = (around + STRIP_COUNT_SPREAD).min(articles.len()).max(1);
    let counts = around.saturating_sub(STRIP_COUNT_SPREAD).clamp(1, most)..=most;
    let mut best: Option<(f32, Vec<Strip<'a>>)> = None;
    for count in counts {
        for choice in choices(&widths, count) {
            let used: Em = choice.iter().copied().sum::<Em>() + gutter * (count - 1) as f32;
            if used.get() > type_width.get() + 1e-3 {
                continue;
            }
            let (strips, off) = assign(articles, &choice, g);
            let most = strips.iter().map(|s| s.lines).max().unwrap_or(0);
            let least = strips.iter().map(|s| s.lines).min().unwrap_or(0);
            let empty = strips.iter().filter(|s| s.articles.is_empty()).count();
            // A line set afresh at another width costs less than an uneven foot of the page:
            // stacks of very different heights leave a ragged page and may run off it.
            let cost = off as f32 * 10.0
                + (type_width - used).get() * 5.0
                + (most - least) as f32 * 1.0
                + empty as f32 * 1000.0;
            if best.as_ref().is_none_or(|(c, _)| cost < *c) {
                best = Some((cost, strips));
            }
        }
    }
    let Some((_, mut strips)) = best else {
        return Vec::new();
    };
    spread_leftover(&mut strips, g);
    strips
}

/// The fewest stories a strip's stack holds before the plan tries a second tier under it.
const MIN_TIERED_STACK: usize = 3;

/// Tiers of strips, each under the one before. The plan of [`plan_strips`]; but where it stacks
/// three stories or more in one strip more than twice as deep as the middle strip (stories of
/// one printed width, which no second strip of that width could take without setting other
/// stories afresh), one story of each strip stands in a first tier, and the rest are planned
/// afresh under it: short stories side by side across the page, not one tall stack.
pub(super) fn plan_tiers<'a>(articles: &[&'a Article], g: &PageGeometry) -> Vec<Vec<Strip<'a>>> {
    let strips = plan_strips(articles, g);
    let mut depths: Vec<u32> = strips.iter().map(|s| s.lines).collect();
    depths.sort_unstable();
    let middle = depths.get(depths.len() / 2).copied().unwrap_or(0);
    let uneven = strips.len() > 1
        && strips
            .iter()
            .any(|s| s.articles.len() >= MIN_TIERED_STACK && s.lines > 2 * middle);
    // Where a strip stacks several stories, the one nearest the middle depth stands in the
    // first tier, so the stories across it end about level.
    let first: Vec<Strip<'a>> = strips
        .iter()
        .filter_map(|s| {
            let a = if s.articles.len() >= MIN_TIERED_STACK {
                *s.articles
                    .iter()
                    .min_by_key(|a| rough_lines(a, s.width).abs_diff(middle))?
            } else {
                *s.articles.first()?
            };
            Some(Strip {
                articles: vec![a],
                lines: rough_lines(a, s.width),
                ..s.clone()
            })
        })
        .collect();
    if !uneven || first.is_empty() {
        return vec![strips];
    }
    let rest: Vec<&'a Article> = articles
        .iter()
        .copied()
        .filter(|a| !first.iter().any(|s| std::ptr::eq(s.articles[0], *a)))
        .collect();
    let mut tiers = vec![first];
    if !rest.is_empty() {
        tiers.extend(plan_tiers(&rest, g));
    }
    tiers
}

/// The fewest grid lines a column of fresh text is left with when its strip takes one column
/// more: a short story stays a block of a few columns, not a band of three lines across the page.
const MIN_SPREAD_LINES: u32 = 12;

/// Fills the width the strips leave: a strip of text set afresh (no printed lines) takes whole
/// columns more while its columns stay [`MIN_SPREAD_LINES`] deep; then the gutters between strips
/// widen by up to an em (a wider gutter reads well, a wider column would set printed lines
/// afresh); what is still left widens the strips, or, where that would widen them by more than
/// [`MAX_SIDE_GAP`], stays free at the right of the page, whole base columns where the strips
/// can stand on them (see [`stand_on_base_columns`]).
fn spread_leftover(strips: &mut [Strip<'_>], g: &PageGeometry) {
    let gutter = g.gutter_em();
    let left = |strips: &[Strip<'_>]| {
        g.type_width_em()
            - strips.iter().map(|s| s.width).sum::<Em>()
            - gutter * strips.len().saturating_sub(1) as f32
    };
    let count = strips.len();
    if count == 0 {
        return;
    }
    let measure = |s: &Strip<'_>| s.articles.first().map_or(s.width, |a| main_measure(a, g));
    // The lines of each column once the strip takes one column more.
    let deepened = |s: &Strip<'_>| {
        let columns = columns_within(measure(s), s.width, gutter);
        s.lines * columns / (columns + 1)
    };
    loop {
        let room = left(strips);
        let Some(strip) = strips
            .iter_mut()
            .filter(|s| s.articles.iter().all(|a| !has_printed_lines(a)))
            .filter(|s| {
                (measure(s) + gutter).get() <= room.get() + 1e-3 && deepened(s) >= MIN_SPREAD_LINES
            })
            .max_by_key(|s| s.lines)
        else {
            break;
        };
        strip.lines = deepened(strip);
        strip.width += measure(strip) + gutter;
    }
    let gaps = count.saturating_sub(1);
    let extra_gutter = if gaps > 0 {
        half_ems(left(strips) / gaps as f32).min(Em(1.0))
    } else {
        Em::ZERO
    };
    let rest = left(strips) - extra_gutter * gaps as f32;
    let mut widen = half_ems(rest / count as f32);
    if widen.get() > MAX_SIDE_GAP.get() {
        if stand_on_base_columns(strips, g) {
            return;
        }
        widen = MAX_SIDE_GAP;
    }
    let mut x = Em::ZERO;
    for strip in strips.iter_mut() {
        strip.width += widen;
        strip.x = x;
        x += strip.width + gutter + extra_gutter;
    }
}

/// Lays strips that leave much of the page free from its left edge, each as wide as the base
/// columns it reaches into, so that the free part of the page is whole base columns, ready for
/// the next story. Only where every strip widens by no more than [`MAX_SIDE_GAP`] so; returns
/// whether it did.
fn stand_on_base_columns(strips: &mut [Strip<'_>], g: &PageGeometry) -> bool {
    let mut first = 0;
    let mut spans = Vec::with_capacity(strips.len());
    for strip in strips.iter() {
        let Some(k) = (1..=g.columns.saturating_sub(first))
            .find(|&k| g.span_em(k).get() >= strip.width.get() - 1e-3)
        else {
            return false;
        };
        if (g.span_em(k) - strip.width).get() > MAX_SIDE_GAP.get() + 1e-3 {
            return false;
        }
        spans.push((first, k));
        first += k;
    }
    for (strip, (first, k)) in strips.iter_mut().zip(spans) {
        strip.x = g.column_em(first);
        strip.width = g.span_em(k);
    }
    true
}

/// Whether any paragraph of the article still has its printed lines (it came from a page).
fn has_printed_lines(article: &Article) -> bool {
    article.paragraphs().any(|p| p.printed_lines.is_some())
}

/// Every choice of `count` strip widths from `widths`, repeats allowed, in ascending order.
fn choices(widths: &[Em], count: usize) -> Vec<Vec<Em>> {
    if count == 0 {
        return vec![Vec::new()];
    }
    let mut out = Vec::new();
    for (k, &w) in widths.iter().enumerate() {
        for mut rest in choices(&widths[k..], count - 1) {
            rest.insert(0, w);
            out.push(rest);
        }
    }
    out
}

/// Sends each article, in flow order, to the shortest strip of its printed width, else to one
/// that still keeps its printed lines, else to the strip nearest its width; returns the strips
/// and the lines set at another width than printed.
fn assign<'a>(articles: &[&'a Article], widths: &[Em], g: &PageGeometry) -> (Vec<Strip<'a>>, u32) {
    let mut strips: Vec<Strip<'a>> = widths
        .iter()
        .map(|&width| Strip {
            x: Em::ZERO,
            width,
            articles: Vec::new(),
            lines: 0,
        })
        .collect();
    let mut off = 0;
    for &article in articles {
        let width = preferred_width(article, g);
        // A strip up to an em wider still keeps the printed lines (they fill it when justified):
        // the shortest such strip, else the strip nearest the article's width.
        let close = |s: &Strip<'_>| {
            let over = (s.width - width).get();
            (-1e-3..=PRINTED_SLACK + 1e-3).contains(&over)
        };
        let distance = |s: &Strip<'_>| (s.width - width).get().abs();
        let exact = |s: &Strip<'_>| distance(s) < 1e-3;
        let shortest = |f: &dyn Fn(&Strip<'_>) -> bool| {
            strips
                .iter()
                .filter(|s| f(s))
                .min_by_key(|s| s.lines)
                .map(|s| s.width)
        };
        let chosen = shortest(&exact).or_else(|| shortest(&close)).or_else(|| {
            strips
                .iter()
                .min_by(|a, b| distance(a).total_cmp(&distance(b)))
                .map(|s| s.width)
        });
        let Some(target) = chosen else {
            continue;
        };
        let Some(strip) = strips
            .iter_mut()
            .filter(|s| (s.width - target).get().abs() < 1e-3)
            .min_by_key(|s| s.lines)
        else {
            continue;
        };
        let lines = rough_lines(article, strip.width);
        if !exact(strip) {
            off += lines;
        }
        strip.lines += lines;
        strip.articles.push(article);
    }
    (strips, off)
}

/// An estimate of the lines an article takes in one column `width` ems wide.
pub(super) fn rough_lines(article: &Article, width: Em) -> u32 {
    let chars = article.char_count() as f32 * 1.1;
    // A photo across the column, at a line pitch of about 1.3 ems, with a caption line or two.
    let photos: f32 = article
        .photos
        .iter()
        .map(|p| width.get() / p.aspect() / 1.3 + 3.0)
        .sum();
    (chars / width.get().max(1.0)).ceil() as u32 + photos.ceil() as u32 + 6
}

/// The width an article was printed at: one text column per printed column segment, as many as
/// the page holds, or one column of its measure when it has no column breaks.
pub(super) fn preferred_width(article: &Article, g: &PageGeometry) -> Em {
    let segments = article.column_break_count() as u32 + 1;
    let mut n = segments;
    loop {
        let measure = column_measure(article, g.type_width_em(), g);
        let width = g.columns_width(measure, n);
        if n <= 1 || width.get() <= g.type_width_em().get() + 1e-3 {
            return width;
        }
        n -= 1;
    }
}

/// The width an article's text columns ask for: the main measure it was printed at, or a base
/// column where it was not printed.
pub(super) fn main_measure(article: &Article, g: &PageGeometry) -> Em {
    article
        .printed
        .as_ref()
        .map_or_else(|| g.base_column_width(), |r| r.measure)
}

/// How wide an article's text columns are made across `width`: the widest its column segments
/// were printed at where that costs no column (printed columns vary a little; lines printed
/// narrower keep their rooms inside it), else its main measure (see [`main_measure`]).
pub(super) fn column_measure(article: &Article, width: Em, g: &PageGeometry) -> Em {
    let main = main_measure(article, g);
    let Some(widest) = article.printed.as_ref().map(PrintedRooms::widest) else {
        return main;
    };
    let gutter = g.gutter_em();
    if columns_within(widest, width, gutter) < columns_within(main, width, gutter) {
        main
    } else {
        widest
    }
}

/// How many text columns of `measure` fit in `width`: at least one, and no more than a frame
/// holds (a text of very short lines infers a measure of a few ems).
pub(super) fn columns_within(measure: Em, width: Em, gutter: Em) -> u32 {
    let fit = ((width + gutter).get() / (measure + gutter).get().max(1.0) + 1e-3).floor() as u32;
    fit.clamp(1, MAX_TEXT_COLUMNS)
}
