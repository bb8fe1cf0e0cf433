//! A first arrangement of a page: every unplaced article gets a frame, in flow order, packed
//! from the top of the page without overlaps.

use crate::model::{Article, Document, Frame, PageSetup};

use super::fit::{body_items, fit_article, header_lines};
use super::geometry::PageGeometry;

/// Grid lines left between one frame and the next below it.
const FRAME_SPACING: u32 = 1;

/// The most text columns a frame gets when an article has no column breaks to go by.
const MAX_TEXT_COLUMNS: u32 = 4;

/// Gives every article without a frame one, where the page has room. The frame's text columns
/// follow the printed column segments when there are any (so an imported page looks as it was
/// printed), else as many columns of the article's measure as fill the frame best. Articles for
/// which no room is left stay unplaced.
pub fn arrange(doc: &mut Document) {
    let geometry = PageGeometry::new(&doc.page);
    let mut skyline = vec![0u32; geometry.columns as usize];
    for frame in &doc.frames {
        let bottom = frame.line + frame.height + FRAME_SPACING;
        for c in frame.column..(frame.column + frame.span).min(geometry.columns) {
            skyline[c as usize] = skyline[c as usize].max(bottom);
        }
    }
    let mut new_frames = Vec::new();
    for article in &doc.articles {
        if doc.frame_of(article.id).is_some() {
            continue;
        }
        // Of the shapes the article can take, the one that starts highest, then the narrowest,
        // which leaves room beside it for the next.
        let best = frame_shapes(article, &geometry)
            .into_iter()
            .filter_map(|(span, text_columns)| {
                let height = frame_height(article, text_columns);
                let (column, line) = lowest_place(&skyline, span, height, geometry.lines)?;
                Some((line + height, span, text_columns, column, line, height))
            })
            .min_by_key(|&(bottom, span, _, _, line, _)| (line, span, bottom));
        let Some((_, span, text_columns, column, line, height)) = best else {
            continue;
        };
        for c in column..column + span {
            skyline[c as usize] = line + height + FRAME_SPACING;
        }
        new_frames.push(Frame {
            article: article.id,
            column,
            span,
            line,
            height,
            text_columns,
        });
    }
    doc.frames.extend(new_frames);
}

/// A frame for `article` with its top-left at a grid position: the first shape it can take,
/// as high as its text needs.
pub fn default_frame(article: &Article, page: &PageSetup, column: u32, line: u32) -> Frame {
    let geometry = PageGeometry::new(page);
    let (span, text_columns) = frame_shapes(article, &geometry)
        .into_iter()
        .next()
        .unwrap_or((1, 1));
    Frame {
        article: article.id,
        column: column.min(geometry.columns.saturating_sub(span)),
        span,
        line,
        height: frame_height(article, text_columns),
        text_columns,
    }
}

/// The shapes an article's frame can take: (base columns spanned, text columns). An article
/// with column breaks gets one text column per printed segment; others one to
/// [`MAX_TEXT_COLUMNS`] columns of their measure, each in the narrowest span that holds them.
fn frame_shapes(article: &Article, geometry: &PageGeometry) -> Vec<(u32, u32)> {
    let segments = article.column_break_count() as u32 + 1;
    let counts: Vec<u32> = if segments > 1 {
        vec![segments.min(geometry.columns)]
    } else {
        (1..=MAX_TEXT_COLUMNS).collect()
    };
    let gutter = geometry.gutter_em();
    let shapes: Vec<(u32, u32)> = counts
        .into_iter()
        .filter_map(|n| {
            let width = article.measure * n as f32 + gutter * (n - 1) as f32;
            (1..=geometry.columns)
                .find(|&s| geometry.span_em(s).get() >= width.get() - 1e-3)
                .map(|s| (s, n))
        })
        .collect();
    if shapes.is_empty() {
        // An article wider than the page still gets a frame across it.
        vec![(geometry.columns, 1)]
    } else {
        shapes
    }
}

/// The smallest frame height (in grid lines, header included) that sets the whole body.
fn frame_height(article: &Article, text_columns: u32) -> u32 {
    let items = body_items(article);
    let needed: u32 = items.iter().map(|i| i.lines()).sum();
    let mut lines = needed.div_ceil(text_columns).max(1);
    while lines < needed && !fit_article(&items, lines, text_columns).overset.is_empty() {
        lines += 1;
    }
    lines + header_lines(article)
}

/// The highest place for a frame `span` columns wide and `height` lines high that stays on the
/// page: (first base column, first line).
fn lowest_place(skyline: &[u32], span: u32, height: u32, page_lines: u32) -> Option<(u32, u32)> {
    let span = span as usize;
    (0..=skyline.len().checked_sub(span)?)
        .map(|c| {
            (
                c as u32,
                skyline[c..c + span].iter().copied().max().unwrap_or(0),
            )
        })
        .filter(|&(_, line)| line + height <= page_lines)
        .min_by_key(|&(c, line)| (line, c))
}
