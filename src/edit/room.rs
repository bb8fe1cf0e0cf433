//! Room for an article's text where an edit took some of it: the last frame grows into the free
//! page under it, a photo standing in the text is cut down, or the text continues in a new frame
//! linked after it (整版无空 means overset stays only where the page has no room).

use crate::compose::headline::vertical_block_fits;
use crate::compose::regions::{Exclusion, wrap_exclusion};
use crate::compose::{ChainSetting, PageFaces, Placement, set_article};
use crate::edit::arrange::{FRAME_SPACING, PhotoLines};
use crate::fonts::Fonts;
use crate::model::{ArticleId, Document, Em, Frame, FrameId, HeadDirection, PageGeometry};

/// The fewest lines of text a continuation frame that makes room is given.
const MIN_CONTINUED_LINES: u32 = 6;

/// One past the lowest grid line the article's text takes in frame `frame` of its chain.
pub fn chain_foot(
    doc: &Document,
    fonts: &Fonts,
    article: ArticleId,
    frame: FrameId,
) -> Option<u32> {
    set_in_chain(doc, fonts, article)?.foot_in(frame)
}

/// Whether some of the article's text does not fit its chain of frames.
pub fn chain_overset(doc: &Document, fonts: &Fonts, article: ArticleId) -> bool {
    set_in_chain(doc, fonts, article).is_some_and(|s| s.set.overset_chars() > 0)
}

/// The article set in its chain of frames, around the blocks that wrap on their pages.
fn set_in_chain(doc: &Document, fonts: &Fonts, article: ArticleId) -> Option<ChainSetting> {
    set_in_chain_with(doc, &PageFaces::new(fonts, &doc.styles), article)
}

/// [`set_in_chain`] with the page's faces found already.
pub(super) fn set_in_chain_with(
    doc: &Document,
    faces: &PageFaces,
    article: ArticleId,
) -> Option<ChainSetting> {
    let a = doc.article(article)?;
    let chain = doc.chain_frames(a);
    let wraps: Vec<(usize, FrameId, Exclusion)> = doc
        .frames()
        .filter_map(|(p, f)| Some((p, f.id, wrap_exclusion(f)?)))
        .collect();
    let placement = Placement {
        chain: &chain,
        own_headline: doc.headline_frame(article).is_some(),
        wraps: &wraps,
    };
    let g = PageGeometry::new(&doc.setup);
    Some(set_article(a, &placement, faces, &g))
}

/// A new frame for the text that `from` cannot hold, linked after it at a grid position: as wide
/// as `from` (kept on the page), as high as the text it takes needs and the free page under its
/// top-left allows, at least three lines. False where there is no room for it.
pub fn continue_in(doc: &mut Document, fonts: &Fonts, from: FrameId, x: Em, line: u32) -> bool {
    let g = PageGeometry::new(&doc.setup);
    let Some(source) = doc.frame(from).cloned() else {
        return false;
    };
    let Some(article) = doc.frame_article(from).filter(|_| source.is_text()) else {
        return false;
    };
    let width = source.width.min(g.type_width_em());
    let x = x.min(g.type_width_em() - width).max(Em::ZERO);
    let mut frame = Frame::text(doc.next_frame_id(), x, width, line, 1);
    frame.set_text_columns(source.text_columns());
    // The new frame goes on the page of the one it continues.
    let page = doc.page_of(from);
    frame.height = tallest_free(doc, page, &frame, g.lines, 0);
    if frame.height < 3 || doc.would_overlap(page, &frame) {
        return false;
    }
    let id = frame.id;
    if !doc.link_after(from, page, frame) {
        return false;
    }
    // No taller than the text that flows into it needs: set once with all the room there is,
    // the text's foot in it is where the frame ends (its columns balanced to that foot hold
    // everything, so nothing is overset by the cut).
    let tallest = doc.frame(id).map_or(0, |f| f.height);
    if let Some(foot) = chain_foot(doc, fonts, article, id)
        && let Some(f) = doc.frame_mut(id)
    {
        f.height = foot.saturating_sub(f.line).max(3).min(tallest);
    }
    true
}

/// The tallest `frame` (on page `page`) may be from where it stands, at least as tall as it is:
/// down to the page foot, or to `spacing` grid lines above the next frame under it.
fn tallest_free(doc: &Document, page: usize, frame: &Frame, page_lines: u32, spacing: u32) -> u32 {
    let mut taller = frame.clone();
    while taller.bottom() < page_lines
        && !doc.would_overlap(
            page,
            &Frame {
                height: taller.height + 1 + spacing,
                ..taller.clone()
            },
        )
    {
        taller.height += 1;
    }
    taller.height
}

/// Where `article`'s headline block is set vertically (竖题) and its first frame is too short
/// for it at its sizes: the frame grows into the free page under it, to the first height at
/// which no line of the block is set smaller than its style, keeping the line of spacing to the
/// frame below. Where the page has no such room the frame stays, and the block keeps its size
/// order by breaking into two columns (Check reports a block set below body size). Returns
/// whether the frame grew.
pub fn grow_for_vertical_headline(doc: &mut Document, fonts: &Fonts, article: ArticleId) -> bool {
    let Some(a) = doc.article(article) else {
        return false;
    };
    let Some(first) = doc.first_frame(article).cloned() else {
        return false;
    };
    if a.headline_block.direction == HeadDirection::Horizontal
        || doc.headline_frame(article).is_some()
    {
        return false;
    }
    let faces = PageFaces::new(fonts, &doc.styles);
    let g = PageGeometry::new(&doc.setup);
    let fits = |lines: u32| vertical_block_fits(a, &faces, lines as f32 * g.pitch, g.em);
    if fits(first.height) {
        return false;
    }
    let tallest = tallest_free(doc, doc.page_of(first.id), &first, g.lines, FRAME_SPACING);
    let Some(height) = (first.height + 1..=tallest).find(|&h| fits(h)) else {
        return false;
    };
    if let Some(f) = doc.frame_mut(first.id) {
        f.height = height;
    }
    true
}

/// Where something now stands in `article`'s frames (a photo, a picture box) and its text no
/// longer fits: the last frame of its chain grows into the free page under it, as far as the
/// text needs. Returns whether it grew; the text stays overset only where the page has no room
/// under the frame.
pub fn grow_to_hold_text(doc: &mut Document, fonts: &Fonts, article: ArticleId) -> bool {
    if !chain_overset(doc, fonts, article) {
        return false;
    }
    let Some(frame) = doc
        .chain(article)
        .last()
        .and_then(|&id| doc.frame(id))
        .cloned()
    else {
        return false;
    };
    let g = PageGeometry::new(&doc.setup);
    // Articles keep their spacing: the frame stops a line above the next one.
    let page = doc.page_of(frame.id);
    let tallest = tallest_free(doc, page, &frame, g.lines, FRAME_SPACING);
    if tallest <= frame.height {
        return false;
    }
    if let Some(f) = doc.frame_mut(frame.id) {
        f.height = tallest;
    }
    // Set with all the room there is, the text's foot is where the frame ends.
    let foot = chain_foot(doc, fonts, article, frame.id);
    if let Some(f) = doc.frame_mut(frame.id) {
        let needed = foot.map_or(tallest, |foot| foot.saturating_sub(f.line));
        f.height = needed.clamp(frame.height, tallest);
    }
    true
}

/// Makes room for an article's overset text where its frame cannot grow (整版无空): its photos
/// standing in its frames are cut, a line at a time, down to the least they show (half the
/// picture and the caption), until the text fits; what still does not fit continues in a new
/// frame at the first free place on the page that holds a few of its lines. Returns whether
/// anything changed.
pub fn make_room(doc: &mut Document, fonts: &Fonts, article: ArticleId) -> bool {
    let mut changed = grow_to_hold_text(doc, fonts, article);
    let faces = PageFaces::new(fonts, &doc.styles);
    let g = PageGeometry::new(&doc.setup);
    let chain = doc.chain(article);
    let photos: Vec<(FrameId, u32)> = doc
        .article(article)
        .into_iter()
        .flat_map(|a| &a.photos)
        .filter_map(|p| {
            let frame = doc.photo_frame(p.id)?;
            let inside = chain
                .iter()
                .filter_map(|&id| doc.frame(id))
                .any(|t| t.overlaps(frame));
            let least = PhotoLines::of(p, frame.width, &faces, &g).least();
            inside.then_some((frame.id, least))
        })
        .collect();
    for (id, least) in photos {
        while chain_overset(doc, fonts, article) {
            let Some(f) = doc.frame_mut(id).filter(|f| f.height > least) else {
                break;
            };
            f.height -= 1;
            changed = true;
        }
    }
    if chain_overset(doc, fonts, article)
        && let Some(&last) = chain.last()
        && let Some(width) = doc.frame(last).map(|f| f.width)
        && let Some((x, line)) = doc.first_free_spot(doc.page_of(last), width, MIN_CONTINUED_LINES)
    {
        changed |= continue_in(doc, fonts, last, x, line);
    }
    changed
}
