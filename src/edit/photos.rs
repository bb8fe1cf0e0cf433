//! Photo edits: a picture placed on the page with an article, its crop, its caption and credit.

use crate::compose::faces::PageFaces;
use crate::edit::arrange::PhotoLines;
use crate::edit::room::grow_to_hold_text;
use crate::fonts::Fonts;
use crate::import::give_photo_its_text;
use crate::model::PageGeometry;
use crate::model::{Article, ArticleId, Document, Em, Frame, Photo, PhotoId, Picture};

/// Adds `photo` (given a fresh id) to `article`, or to a new article of its own, and places a
/// frame for it: at `at` (left edge, grid line) where given and free, else under the article's
/// headline at the right of its first frame (cut to the frame's foot, keeping at least half the
/// picture), else in the first free spot of the page. The page is the article's, or `page` where
/// it is dropped at a point or its article stands on none. A photo with no room stays with its
/// article, unplaced.
pub fn place_photo(
    doc: &mut Document,
    fonts: &Fonts,
    article: Option<ArticleId>,
    mut photo: Photo,
    (page, at): (usize, Option<(Em, u32)>),
) -> bool {
    photo.id = doc.next_photo_id();
    let id = photo.id;
    let owner = match article.filter(|a| doc.article(*a).is_some()) {
        Some(a) => a,
        None => {
            let alone = doc.next_article_id();
            doc.articles.push(Article::new(alone));
            alone
        }
    };
    let Some(a) = doc.article_mut(owner) else {
        return false;
    };
    // A manuscript's `图为…` caption and photo credit, left in its body, go with its photo.
    give_photo_its_text(a, &mut photo);
    a.photos.push(photo.clone());
    if let Some((page, frame)) = frame_for(doc, fonts, owner, &photo, (page, at)) {
        doc.add_frame(page, frame);
        // The text the photo now stands in keeps all its lines where the page has room.
        grow_to_hold_text(doc, fonts, owner);
    }
    doc.photo(id).is_some()
}

/// Where a new photo frame goes, if anywhere, and on which page (see [`place_photo`]): dropped at
/// a point, on the page `shown`; else on the page of its article's first frame.
fn frame_for(
    doc: &Document,
    fonts: &Fonts,
    article: ArticleId,
    photo: &Photo,
    (shown, at): (usize, Option<(Em, u32)>),
) -> Option<(usize, Frame)> {
    let g = PageGeometry::new(&doc.setup);
    let faces = PageFaces::new(fonts, &doc.styles);
    let id = doc.next_frame_id();
    let page = match (at, doc.first_frame(article)) {
        (None, Some(first)) => doc.page_of(first.id),
        _ => shown.min(doc.pages.len().saturating_sub(1)),
    };
    let column = g.span_em(1);
    // A frame `width` wide from (`x`, `line`), its picture at its own shape or cut to `most`
    // grid lines, never below half the picture.
    let sized_within = |x: Em, line: u32, width: Em, most: Option<u32>| {
        let width = width.min(g.type_width_em());
        let x = x.min(g.type_width_em() - width).max(Em::ZERO);
        let lines = PhotoLines::of(photo, width, &faces, &g);
        let height = most.map_or(lines.natural(), |m| lines.natural().min(m));
        let frame = Frame::photo(id, Picture::new(photo.id), x, width, line, height);
        let shows = height >= lines.least();
        (shows && frame.bottom() <= g.lines && !doc.would_overlap(page, &frame))
            .then_some((page, frame))
    };
    let sized = |x: Em, line: u32, width: Em| sized_within(x, line, width, None);
    if let Some((x, line)) = at
        && let Some(frame) = sized(x, line, column)
    {
        return Some(frame);
    }
    // Inside the article's first frame, at the right under its headline, the text running
    // around it: half its columns, else one, cut to the frame's foot so that it stays within
    // its own article.
    if let Some((first, text)) = doc.first_frame(article).zip(doc.article(article)) {
        let top = first.line + crate::edit::arrange::head_lines(doc, fonts, text, first);
        let room = first.bottom().saturating_sub(top);
        let columns = first.text_columns();
        let column_width = g.frame(first).column_width;
        let span = |k: u32| {
            if columns == 1 {
                first.width
            } else {
                g.columns_width(column_width, k)
            }
        };
        let inside = [columns.div_ceil(2), 1]
            .into_iter()
            .find_map(|k| sized_within(first.right() - span(k), top, span(k), Some(room)));
        if let Some(frame) = inside {
            return Some(frame);
        }
    }
    // The first free spot, top to bottom, left to right, one base column wide.
    (0..g.lines).find_map(|line| (0..g.columns).find_map(|c| sized(g.column_em(c), line, column)))
}

/// Sets how a photo frame shows its picture (fit, zoom, focus).
pub fn set_picture(doc: &mut Document, frame: crate::model::FrameId, picture: Picture) -> bool {
    let Some(f) = doc.frame_mut(frame) else {
        return false;
    };
    let crate::model::FrameContent::Photo { picture: shown, .. } = &mut f.content else {
        return false;
    };
    let changed = shown.photo == picture.photo && *shown != picture;
    if changed {
        *shown = Picture {
            zoom: picture.zoom.clamp(1.0, crate::model::MAX_ZOOM),
            focus: (
                picture.focus.0.clamp(0.0, 1.0),
                picture.focus.1.clamp(0.0, 1.0),
            ),
            ..picture
        };
    }
    changed
}

/// Sets a photo's caption and credit (empty text removes them).
pub fn set_photo_text(doc: &mut Document, photo: PhotoId, caption: String, credit: String) -> bool {
    let Some(p) = doc.photo_mut(photo) else {
        return false;
    };
    let some = |t: String| Some(t).filter(|t| !t.trim().is_empty());
    let (caption, credit) = (some(caption), some(credit));
    let changed = p.caption != caption || p.credit != credit;
    p.caption = caption;
    p.credit = credit;
    changed
}

/// Removes a photo from its article and its frame from the page.
pub fn remove_photo(doc: &mut Document, photo: PhotoId) -> bool {
    if let Some(frame) = doc.photo_frame(photo).map(|f| f.id) {
        doc.remove_frame(frame);
    }
    let mut removed = false;
    for a in &mut doc.articles {
        let before = a.photos.len();
        a.photos.retain(|p| p.id != photo);
        removed |= a.photos.len() != before;
    }
    removed
}
