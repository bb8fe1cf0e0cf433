//! A first arrangement of a page with no holes: articles wider than half the page go across it
//! in bands at the top; the others are stacked in vertical strips under them, strips side by side
//! across the whole width. Every frame touches the frame or the page top above it, and the free
//! space is at the foot of the page.

use crate::model::{Article, ArticleId, Document, Em, Frame, FrameId, Page, PageSetup};

use super::distribute::SetArticle;
use super::geometry::PageGeometry;
use super::page::{ComposedPage, compose_page};

/// How much wider than its measure a text column of an article set across the page may become.
const MAX_WIDENING: f32 = 1.4;

/// Grid lines left between one frame and the next below it.
const FRAME_SPACING: u32 = 1;

/// Gives every article without a frame one, under the frames already on the first page. Articles
/// for which no room is left stay unplaced.
pub fn arrange(doc: &mut Document) {
    let g = PageGeometry::new(&doc.setup);
    let type_width = g.type_width_em();
    let gutter = g.gutter_em();
    let mut top = first_page_frames(doc)
        .map(|f| f.bottom() + FRAME_SPACING)
        .max()
        .unwrap_or(0);
    let unplaced: Vec<Article> = doc
        .articles
        .iter()
        .filter(|a| !doc.is_placed(a.id))
        .cloned()
        .collect();
    let (wide, narrow): (Vec<&Article>, Vec<&Article>) = unplaced
        .iter()
        .partition(|a| preferred_width(a, &g).get() > type_width.get() / 2.0);
    for article in wide {
        let id = doc.next_frame_id();
        let most = columns_across(article.measure, type_width, gutter);
        let fewest = columns_across(article.measure * MAX_WIDENING, type_width, gutter);
        // Of the counts that keep lines near the article's measure, the one whose last column
        // comes out nearest the others (subheads can leave it far shorter).
        let frame = (fewest.min(most)..=most)
            .rev()
            .filter_map(|n| fitted(doc, article, id, Em::ZERO, type_width, n, top, g.lines))
            .min_by_key(|f| shortfall(&doc.setup, article, f));
        if let Some(frame) = frame {
            top = frame.bottom() + FRAME_SPACING;
            doc.add_frame(0, frame);
        }
    }
    let strips = plan_strips(&narrow, &g);
    let mut feet: Vec<u32> = vec![top; strips.len()];
    for (k, strip) in strips.iter().enumerate() {
        for article in &strip.articles {
            let id = doc.next_frame_id();
            let columns = columns_across(article.measure, strip.width, gutter);
            if let Some(frame) = fitted(
                doc,
                article,
                id,
                strip.x,
                strip.width,
                columns,
                feet[k],
                g.lines,
            ) {
                feet[k] = frame.bottom() + FRAME_SPACING;
                doc.add_frame(0, frame);
            }
        }
    }
}

fn first_page_frames(doc: &Document) -> impl Iterator<Item = &Frame> {
    doc.pages.first().into_iter().flat_map(|p| p.frames.iter())
}

/// A vertical strip of the page and the articles stacked in it.
struct Strip<'a> {
    x: Em,
    width: Em,
    articles: Vec<&'a Article>,
    /// Grid lines its articles need, to send the next one to the shortest strip.
    lines: u32,
}

/// Splits the type area into as many equal strips as the articles' typical printed width gives,
/// and sends each article, in flow order, to the strip whose stack is shortest.
fn plan_strips<'a>(articles: &[&'a Article], g: &PageGeometry) -> Vec<Strip<'a>> {
    let type_width = g.type_width_em();
    let gutter = g.gutter_em();
    let mut widths: Vec<f32> = articles
        .iter()
        .map(|a| preferred_width(a, g).get())
        .collect();
    widths.sort_by(f32::total_cmp);
    let Some(&typical) = widths.get(widths.len() / 2) else {
        return Vec::new();
    };
    let count = (((type_width + gutter).get() / (typical + gutter.get())).round() as usize)
        .clamp(1, articles.len().max(1));
    // Equal strips in half ems; the last takes what rounding leaves.
    let share = (type_width - gutter * (count - 1) as f32).get() / count as f32;
    let share = Em((share * 2.0).floor() / 2.0);
    let mut strips: Vec<Strip<'a>> = (0..count)
        .map(|k| Strip {
            x: (share + gutter) * k as f32,
            width: share,
            articles: Vec::new(),
            lines: 0,
        })
        .collect();
    if let Some(last) = strips.last_mut() {
        last.width = type_width - last.x;
    }
    for &article in articles {
        if let Some(strip) = strips.iter_mut().min_by_key(|s| s.lines) {
            strip.lines += rough_lines(article, strip.width);
            strip.articles.push(article);
        }
    }
    strips
}

/// An estimate of the lines an article takes in one column `width` ems wide.
fn rough_lines(article: &Article, width: Em) -> u32 {
    let chars = article.char_count() as f32 * 1.1;
    (chars / width.get().max(1.0)).ceil() as u32 + 6
}

/// The width an article was printed at: one text column per printed column segment, as many as
/// the page holds, or one column of its measure when it has no column breaks.
pub fn preferred_width(article: &Article, g: &PageGeometry) -> Em {
    let gutter = g.gutter_em();
    let segments = article.column_break_count() as u32 + 1;
    let mut n = segments;
    loop {
        let width = article.measure * n as f32 + gutter * n.saturating_sub(1) as f32;
        if n <= 1 || width.get() <= g.type_width_em().get() + 1e-3 {
            return width;
        }
        n -= 1;
    }
}

/// How many text columns of about `measure` fill `width`.
fn columns_across(measure: Em, width: Em, gutter: Em) -> u32 {
    (((width + gutter).get() / (measure + gutter).get().max(1.0)).round() as u32).max(1)
}

/// A frame for `article` at (`x`, `top`), `width` wide with `columns` text columns, as high as
/// its text needs once balanced, or `None` when even a few lines do not fit above the page foot.
#[allow(clippy::too_many_arguments)]
fn fitted(
    doc: &Document,
    article: &Article,
    id: FrameId,
    x: Em,
    width: Em,
    columns: u32,
    top: u32,
    page_lines: u32,
) -> Option<Frame> {
    let room = page_lines.checked_sub(top).filter(|&r| r >= 3)?;
    let mut frame = Frame::text(id, article.id, x, width, top, room);
    frame.text_columns = columns;
    frame.height = natural_height(&doc.setup, article, &frame).min(room);
    Some(frame)
}

/// Grid lines a frame needs for all of `article`, its columns balanced: the frame as given is
/// composed alone and cut to the foot of its lowest line.
pub fn natural_height(setup: &PageSetup, article: &Article, frame: &Frame) -> u32 {
    let page = compose_alone(setup, article, frame);
    let head = page.frame(frame.id).map_or(0, |f| f.head_lines);
    let foot = page
        .article(article.id)
        .map_or(0, |a| set_foot(&a.set))
        .max(frame.line + head);
    (foot - frame.line).max(1)
}

/// One past the lowest grid line the article's text takes in frame `frame` of its chain, with
/// only that article composed.
pub fn chain_foot(doc: &Document, article: ArticleId, frame: FrameId) -> Option<u32> {
    let a = doc.article(article)?;
    let frames: Vec<Frame> = doc
        .chain(article)
        .iter()
        .filter_map(|&id| doc.frame(id).cloned())
        .collect();
    let page = compose_page(&Document {
        setup: doc.setup.clone(),
        articles: vec![a.clone()],
        pages: vec![Page { frames }],
        ..Document::default()
    });
    page.article(article)?
        .set
        .items
        .iter()
        .filter_map(|i| {
            i.slot
                .filter(|s| s.frame == frame)
                .map(|s| s.line + i.lines())
        })
        .max()
}

/// The page with only `article`, in only `frame`.
fn compose_alone(setup: &PageSetup, article: &Article, frame: &Frame) -> ComposedPage {
    compose_page(&Document {
        setup: setup.clone(),
        articles: vec![article.clone()],
        pages: vec![Page {
            frames: vec![frame.clone()],
        }],
        ..Document::default()
    })
}

/// How many grid lines shorter than the longest the last text column of a frame comes out.
fn shortfall(setup: &PageSetup, article: &Article, frame: &Frame) -> u32 {
    let page = compose_alone(setup, article, frame);
    let Some(set) = page.article(article.id).map(|a| &a.set) else {
        return 0;
    };
    let foot_of = |column: u32| {
        set.items
            .iter()
            .filter_map(|i| {
                i.slot
                    .filter(|s| s.column == column)
                    .map(|s| s.line + i.lines())
            })
            .max()
            .unwrap_or(frame.line)
    };
    let last = frame.text_columns.saturating_sub(1);
    let longest = (0..frame.text_columns).map(foot_of).max().unwrap_or(0);
    longest.saturating_sub(foot_of(last))
}

/// One past the last grid line any placed item of an article takes.
fn set_foot(set: &SetArticle) -> u32 {
    set.items
        .iter()
        .filter_map(|i| Some(i.slot?.line + i.lines()))
        .max()
        .unwrap_or(0)
}

/// A frame for `article` with its top-left at a grid position: the article's printed width, as
/// high as its text needs, kept on the page.
pub fn default_frame(doc: &Document, article: &Article, id: FrameId, x: Em, line: u32) -> Frame {
    let g = PageGeometry::new(&doc.setup);
    let type_width = g.type_width_em();
    let width = preferred_width(article, &g).min(type_width);
    let x = x.min(type_width - width).max(Em::ZERO);
    let columns = columns_across(article.measure, width, g.gutter_em());
    let line = line.min(g.lines.saturating_sub(1));
    let mut frame = Frame::text(id, article.id, x, width, line, g.lines - line);
    frame.text_columns = columns;
    frame.height = natural_height(&doc.setup, article, &frame).min(g.lines - line);
    frame
}

/// The largest free area at the foot of the first page, as (grid lines, base columns): the
/// space still to fill (剩余 N 行 × M 栏).
pub fn free_space(doc: &Document) -> (u32, u32) {
    let g = PageGeometry::new(&doc.setup);
    let feet: Vec<u32> = (0..g.columns)
        .map(|c| {
            let (left, right) = (g.column_em(c), g.column_em(c) + g.span_em(1));
            first_page_frames(doc)
                .filter(|f| f.x.get() < right.get() - 1e-3 && f.right().get() > left.get() + 1e-3)
                .map(Frame::bottom)
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut best = (0, 0);
    for start in 0..feet.len() {
        let mut lowest = 0;
        for (k, &foot) in feet.iter().enumerate().skip(start) {
            lowest = lowest.max(foot);
            let lines = g.lines.saturating_sub(lowest);
            let columns = (k - start + 1) as u32;
            if lines * columns > best.0 * best.1 {
                best = (lines, columns);
            }
        }
    }
    best
}
