//! The first arrangement of an issue of several pages (`import --pages N`): the articles in flow
//! order, page after page, each page arranged as one page is (see [`arrange`](super::arrange))
//! and filled from the top. Where the articles fill the pages, a story that does not fit the
//! room left on its page starts in the free block at the page's foot and continues (转版) at the
//! top of the next page in a linked frame, instead of being left overset or pushed whole to the
//! next page. Where they would leave pages empty, each page takes its share of them, so that
//! no page of the issue stands empty.

use crate::fonts::Fonts;
use crate::model::{Article, ArticleId, Document, Em, Frame, MAX_PAGES, PageGeometry};

use super::arrange::{FRAME_SPACING, arrange_on, free_block, unplaced};
use super::room::{chain_foot, chain_overset, make_room};
use super::strips::{MAX_SIDE_GAP, column_measure, columns_within, half_ems, rough_lines};

/// The fewest grid lines of free page a story is started in to continue on the next page: in
/// less, the room is left to the next story's photo or a notice.
const MIN_START_LINES: u32 = 8;

/// Arranges every unplaced article over the first `pages` pages of the issue (adding pages up
/// to that many, at most [`MAX_PAGES`]), in flow order; on the last page they are arranged so
/// the page left free is one block at its foot where `fill`. Articles for which no page has
/// room stay unplaced.
pub fn arrange_pages(doc: &mut Document, fonts: &Fonts, pages: usize, fill: bool) {
    let pages = pages.clamp(1, MAX_PAGES);
    while doc.pages.len() < pages {
        doc.add_page(doc.pages.len());
    }
    // The masthead and page headers first: the articles go under them.
    doc.furnish();
    let g = PageGeometry::new(&doc.setup);
    let capacity = (g.lines * g.columns) as f32;
    let mut queue = unplaced(doc);
    for page in 0..pages {
        if page > 0 {
            continue_overset(doc, fonts, page);
        }
        if page + 1 == pages {
            arrange_on(doc, fonts, page, &queue, fill);
            // The last page keeps no overset where it has room: photos cut down, text continued
            // in a free place of the page.
            let overset: Vec<ArticleId> = queue
                .iter()
                .copied()
                .filter(|&a| chain_overset(doc, fonts, a))
                .collect();
            for article in overset {
                make_room(doc, fonts, article);
            }
            break;
        }
        let areas: Vec<f32> = queue
            .iter()
            .filter_map(|&a| doc.article(a))
            .map(|a| rough_area(a, &g))
            .collect();
        let share = areas.iter().sum::<f32>() / (pages - page) as f32;
        let page_full = capacity * FULL_PAGE_SHARE;
        let shared = if share < page_full {
            // Fewer articles than pages to fill: this page takes its share, its free page one
            // block at its foot.
            let count = count_for_share(&areas, share);
            most_that_fit(doc, fonts, page, &queue[..count], true)
        } else {
            0
        };
        let fitting = match shared {
            0 => most_that_fit(doc, fonts, page, &queue, false),
            n => n,
        };
        // A full page starts the next story in the room left at its foot; so does a shared one
        // where that story would not fit a page of its own, so that it continues on the next
        // page instead of running over the last.
        let longer_than_a_page = areas.get(fitting).is_some_and(|&a| a > page_full);
        queue.drain(..fitting);
        if (shared == 0 || longer_than_a_page)
            && let Some(&next) = queue.first()
            && start_in_free_block(doc, page, next)
        {
            queue.remove(0);
        }
    }
}

/// Where the articles left would fill less of the pages left than this share of each, the pages
/// share them out.
const FULL_PAGE_SHARE: f32 = 0.9;

/// The page area an article takes, roughly, in base columns × grid lines.
fn rough_area(article: &Article, g: &PageGeometry) -> f32 {
    rough_lines(article, g.span_em(1)) as f32
}

/// How many of the first articles, of page areas `areas`, come nearest to `share`: at least one.
fn count_for_share(areas: &[f32], share: f32) -> usize {
    let mut total = 0.0;
    for (k, area) in areas.iter().enumerate() {
        if total + area >= share {
            // The article that passes the share goes here where that is the nearer miss.
            let over = total + area - share;
            let under = share - total;
            return if over <= under || k == 0 { k + 1 } else { k };
        }
        total += area;
    }
    areas.len()
}

/// Arranges on page `page` as many of `queue`'s first articles as all fit there whole (with
/// the page left free as one block at its foot where `fill`), and returns how many that is.
fn most_that_fit(
    doc: &mut Document,
    fonts: &Fonts,
    page: usize,
    queue: &[ArticleId],
    fill: bool,
) -> usize {
    let mut best = None;
    for count in 1..=queue.len() {
        let mut trial = doc.clone();
        arrange_on(&mut trial, fonts, page, &queue[..count], fill);
        let all_in = queue[..count]
            .iter()
            .all(|&a| trial.is_placed(a) && !chain_overset(&trial, fonts, a));
        if !all_in {
            break;
        }
        best = Some((count, trial));
    }
    match best {
        Some((count, arranged)) => {
            *doc = arranged;
            count
        }
        None => 0,
    }
}

/// Starts `article` in the largest free block at page `page`'s foot, where it is at least
/// [`MIN_START_LINES`] deep; the text it cannot hold goes on on the next page. Returns whether
/// it was placed.
fn start_in_free_block(doc: &mut Document, page: usize, article: ArticleId) -> bool {
    let g = PageGeometry::new(&doc.setup);
    let block = free_block(doc, page);
    // The block's top line keeps its spacing from the frames above it.
    let lines = block.lines.saturating_sub(FRAME_SPACING);
    if lines < MIN_START_LINES || block.columns == 0 {
        return false;
    }
    let Some(a) = doc.article(article) else {
        return false;
    };
    let width = g.span_em(block.columns);
    let columns = columns_within(column_measure(a, width, &g), width, g.gutter_em());
    let mut frame = Frame::text(
        doc.next_frame_id(),
        g.column_em(block.column),
        width,
        g.lines - lines,
        lines,
    );
    frame.set_text_columns(columns);
    if doc.would_overlap(page, &frame) {
        return false;
    }
    doc.add_text_frame(page, article, frame);
    true
}

/// Continues at the top of page `page` every article whose text its frames on the page before
/// cannot hold, in a frame across the page linked after its last one, as high as the rest of its
/// text needs.
fn continue_overset(doc: &mut Document, fonts: &Fonts, page: usize) {
    let g = PageGeometry::new(&doc.setup);
    let jumping: Vec<ArticleId> = doc
        .articles
        .iter()
        .filter(|a| a.frames.last().is_some_and(|&f| doc.page_of(f) + 1 == page))
        .map(|a| a.id)
        .filter(|&a| chain_overset(doc, fonts, a))
        .collect();
    for article in jumping {
        let (Some(a), Some(&last)) = (
            doc.article(article),
            doc.article(article).and_then(|a| a.frames.last()),
        ) else {
            continue;
        };
        let top = doc.pages[page]
            .frames
            .iter()
            .map(|f| f.bottom() + FRAME_SPACING)
            .max()
            .unwrap_or(0);
        let room = g.lines.saturating_sub(top);
        if room < MIN_START_LINES {
            return;
        }
        let type_width = g.type_width_em();
        let measure = column_measure(a, type_width, &g);
        let n = columns_within(measure, type_width, g.gutter_em());
        let mut width = g.columns_width(measure, n).min(type_width);
        if (type_width - width).get() > MAX_SIDE_GAP.get() {
            width = type_width;
        }
        let x = half_ems((type_width - width) / 2.0).max(Em::ZERO);
        let mut frame = Frame::text(doc.next_frame_id(), x, width, top, room);
        frame.set_text_columns(n);
        let id = frame.id;
        if !doc.link_after(last, page, frame) {
            continue;
        }
        // No taller than the rest of the text needs (its columns balanced to that foot).
        if let Some(foot) = chain_foot(doc, fonts, article, id)
            && let Some(f) = doc.frame_mut(id)
        {
            f.height = foot.saturating_sub(f.line).clamp(1, room);
        }
    }
}
