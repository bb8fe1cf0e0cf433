//! A first arrangement of a page with no holes, every text column as wide as its article was
//! printed: articles wider than half the page go across it in bands at the top; the others are
//! stacked in vertical strips under them, each strip as wide as the articles in it were printed,
//! the strips side by side across the page. Every frame touches the frame or the page top above
//! it, and the free space is at the foot of the page.

use crate::model::ranges::MAX_TEXT_COLUMNS;
use crate::model::{Article, Document, Em, Frame, FrameId, Photo, Picture, PrintedRooms};

use crate::compose::regions::{Exclusion, wrap_exclusion};
use crate::compose::{ChainSetting, PageFaces, Placement, caption_grid_lines, set_article};
use crate::fonts::Fonts;
use crate::model::PageGeometry;

/// Grid lines left between one frame and the next below it.
pub(crate) const FRAME_SPACING: u32 = 1;

/// The widest strip of page a band may leave empty beside a wide article, in ems: three ems
/// (10 mm at 小五) read as a wide gutter, not as a hole.
const MAX_SIDE_GAP: Em = Em(3.0);

/// How much wider than its printed width a strip may be for an article's printed lines to stay:
/// the typesetter follows printed breaks in a room up to an em wider.
const PRINTED_SLACK: f32 = 1.0;

/// How many strip counts around the typical one are tried: one more and one fewer.
const STRIP_COUNT_SPREAD: usize = 1;

/// Gives every article without a frame one, under the frames already on the first page. Articles
/// for which no room is left stay unplaced.
pub fn arrange(doc: &mut Document, fonts: &Fonts) {
    arrange_strips(doc, fonts, None);
}

/// [`arrange`] so that the page it leaves free is one block at its foot, ready for a photo or
/// another story (Layout ▸ Fill the page, `import --fill`): arranged once to learn how far down
/// each strip of stories reaches, then again with the strips side by side from the deepest at
/// the left to the shallowest at the right, so that the white under them is one block at the
/// right of the page's foot, not gaps between stacks.
pub fn arrange_to_fill(doc: &mut Document, fonts: &Fonts) {
    let before = doc.clone();
    let feet = arrange_strips(doc, fonts, None);
    let mut order: Vec<usize> = (0..feet.len()).collect();
    order.sort_by_key(|&k| std::cmp::Reverse(feet[k]));
    if order.iter().enumerate().all(|(k, &j)| k == j) {
        return;
    }
    *doc = before;
    arrange_strips(doc, fonts, Some(&order));
}

/// Arranges the unplaced articles: wide ones in bands across the page, the others in strips
/// side by side under them, in the planned order or in `order` (the planned strips' indices,
/// left to right). Returns how far down each planned strip reaches.
fn arrange_strips(doc: &mut Document, fonts: &Fonts, order: Option<&[usize]>) -> Vec<u32> {
    let g = PageGeometry::new(&doc.setup);
    let faces = PageFaces::new(fonts, &doc.styles);
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
        // As many columns of its measure as the page holds, centred; where that leaves a strip
        // of page wide enough to read as a hole, the columns widen to fill the page.
        let measure = column_measure(article, type_width, &g);
        let n = columns_within(measure, type_width, gutter);
        let mut width = g.columns_width(measure, n);
        if (type_width - width).get() > MAX_SIDE_GAP.get() {
            width = type_width;
        }
        let x = half_ems((type_width - width) / 2.0);
        let area = Area {
            x,
            width,
            columns: n,
            top,
        };
        if let Some(foot) = place(doc, &faces, article, area, g.lines) {
            top = foot;
        }
    }
    let mut strips = plan_strips(&narrow, &g);
    if let Some(order) = order.filter(|o| o.len() == strips.len()) {
        reorder(&mut strips, order, g.gutter_em());
    }
    let mut feet: Vec<u32> = vec![top; strips.len()];
    for (k, own) in strips.iter().enumerate() {
        for article in &own.articles {
            // Its own strip first; where that has no room left, the strip with most room left
            // takes it, at its width.
            let mut others: Vec<usize> = (0..strips.len()).filter(|&j| j != k).collect();
            others.sort_by_key(|&j| feet[j]);
            for j in std::iter::once(k).chain(others) {
                let strip = &strips[j];
                let measure = column_measure(article, strip.width, &g);
                let area = Area {
                    x: strip.x,
                    width: strip.width,
                    columns: columns_within(measure, strip.width, gutter),
                    top: feet[j],
                };
                if let Some(foot) = place(doc, &faces, article, area, g.lines) {
                    feet[j] = foot;
                    break;
                }
            }
        }
    }
    // Back in the planned order.
    match order.filter(|o| o.len() == feet.len()) {
        Some(order) => {
            let mut planned = vec![0; feet.len()];
            for (k, &j) in order.iter().enumerate() {
                planned[j] = feet[k];
            }
            planned
        }
        None => feet,
    }
}

/// Lays `strips` side by side in `order` (indices into them, left to right), each as wide as
/// it was, with the space between them they had.
fn reorder(strips: &mut Vec<Strip<'_>>, order: &[usize], gutter: Em) {
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

/// Where an article goes: a strip of page from grid line `top` down, with its text columns.
#[derive(Clone, Copy)]
struct Area {
    x: Em,
    width: Em,
    columns: u32,
    top: u32,
}

impl Area {
    /// The width of one of its text columns, with `gutter` between them.
    fn column_width(&self, gutter: Em) -> Em {
        (self.width - gutter * (self.columns - 1) as f32) / self.columns as f32
    }
}

/// Places an article and its photos in `area`, and returns the grid line under them (spacing
/// included), or `None` when nothing fitted above the page foot. In one text column the photos
/// stand above the text, across the column; in more, they stand at the right (see
/// [`photos_beside`]) and the text runs around them.
fn place(
    doc: &mut Document,
    faces: &PageFaces,
    article: &Article,
    area: Area,
    page_lines: u32,
) -> Option<u32> {
    let g = PageGeometry::new(&doc.setup);
    let photos: Vec<Photo> = article
        .photos
        .iter()
        .filter(|p| doc.photo_frame(p.id).is_none())
        .cloned()
        .collect();
    let has_text = article.has_text();
    if area.columns < 2 || !has_text || photos.is_empty() {
        let first = doc.next_frame_id().0;
        // Photos with no text of their own take two base columns at most, not a page.
        let width = if has_text {
            area.width
        } else {
            area.width.min(g.span_em(STANDALONE_PHOTO_COLUMNS))
        };
        let stack = PhotoStack {
            first_id: first,
            x: area.x,
            width,
            top: area.top,
            page_lines,
        };
        let stacked = stack.place(&photos, None, faces, &g);
        let line = stacked
            .last()
            .map_or(area.top, |f| f.bottom() + FRAME_SPACING);
        let text = if has_text {
            let id = FrameId(first + stacked.len() as u32);
            let under_photos = Area { top: line, ..area };
            Some(fitted(
                doc,
                faces,
                article,
                id,
                under_photos,
                page_lines,
                &[],
            )?)
        } else if stacked.is_empty() {
            return None;
        } else {
            None
        };
        let foot = text.as_ref().map_or(line, |f| f.bottom() + FRAME_SPACING);
        for frame in stacked {
            doc.add_frame(0, frame);
        }
        if let Some(frame) = text {
            doc.add_text_frame(0, article.id, frame);
        }
        return Some(foot);
    }
    let id = doc.next_frame_id();
    let (_, frame, placed) = photos_beside(doc, faces, article, area, id, &photos, page_lines)?;
    let under_photos = placed.last().map_or(0, Frame::bottom);
    let foot = frame.bottom().max(under_photos) + FRAME_SPACING;
    doc.add_text_frame(0, article.id, frame);
    for photo in placed {
        doc.add_frame(0, photo);
    }
    Some(foot)
}

/// The text frame `id` of `article` across `area` with its photos at the right, under the
/// headline or at the top of their column where the headline spans only the columns at the
/// left, over a third of the columns at most: fewer where that leaves less white under the text
/// or shows more of the pictures. Returns the share of their height the photos keep (see
/// [`kept_share`]) with the frames.
fn photos_beside(
    doc: &Document,
    faces: &PageFaces,
    article: &Article,
    area: Area,
    id: FrameId,
    photos: &[Photo],
    page_lines: u32,
) -> Option<(f32, Frame, Vec<Frame>)> {
    let g = PageGeometry::new(&doc.setup);
    let room = page_lines.checked_sub(area.top).filter(|&r| r >= 3)?;
    let mut frame = Frame::text(id, area.x, area.width, area.top, room);
    frame.set_text_columns(area.columns);
    let alone = set_alone(doc, faces, article, &frame, &[]);
    let under_head = area.top + alone.head_lines();
    let gutter = g.gutter_em();
    let column = area.column_width(gutter);
    let span = |k: u32| g.columns_width(column, k);
    let mut best: Option<(u32, f32, Frame, Vec<Frame>)> = None;
    for k in (1..=area.columns.div_ceil(3)).rev() {
        let width = span(k);
        // Where the text of the photo's first column begins: under the headline, or at the
        // top where the headline spans only the columns at the left (压栏).
        let first_column = area.columns - k;
        let top = alone
            .set
            .items
            .iter()
            .filter_map(|i| i.slot)
            .filter(|s| s.column == first_column)
            .map(|s| s.line)
            .min()
            .unwrap_or(under_head)
            .min(under_head);
        let stack = PhotoStack {
            first_id: id.0 + 1,
            x: area.x + area.width - width,
            width,
            top,
            page_lines,
        };
        let Some((frame, placed)) =
            photos_beside_text(doc, faces, article, area, id, &stack, photos)
        else {
            continue;
        };
        let shown = kept_share(&placed, photos, width, faces, &g);
        // Lines the photos reach below the text: white under the text beside them.
        let over = placed
            .last()
            .map_or(0, Frame::bottom)
            .saturating_sub(frame.bottom());
        let better = best.as_ref().is_none_or(|(b_over, b_shown, ..)| {
            over < *b_over || (over == *b_over && shown > *b_shown + 1e-3)
        });
        if better {
            best = Some((over, shown, frame, placed));
        }
        if over == 0 && shown >= WELL_SHOWN {
            break;
        }
    }
    best.map(|(_, shown, frame, placed)| (shown, frame, placed))
}

/// The share of their height photos keep once cropped that is enough to take the widest
/// columns that give it.
const WELL_SHOWN: f32 = 0.8;

/// The text frame `id` of `article` across `area` and its photos stacked beside it by `stack`, the
/// photos no taller than the text beside them: placed at their own shape, then cropped to the
/// text's foot, the text set again around them, until they fit (as they shrink the text needs
/// no more lines, so a few rounds settle it).
fn photos_beside_text(
    doc: &Document,
    faces: &PageFaces,
    article: &Article,
    area: Area,
    id: FrameId,
    stack: &PhotoStack,
    photos: &[Photo],
) -> Option<(Frame, Vec<Frame>)> {
    let g = PageGeometry::new(&doc.setup);
    let mut budget = None;
    let mut tries = 0;
    loop {
        let placed = stack.place(photos, budget, faces, &g);
        let frame = fitted(doc, faces, article, id, area, stack.page_lines, &placed)?;
        let under = placed.last().map_or(0, Frame::bottom);
        tries += 1;
        if under <= frame.bottom() || tries == MAX_FIT_ROUNDS {
            return Some((frame, placed));
        }
        let next = frame.bottom().saturating_sub(stack.top + FRAME_SPACING);
        if budget == Some(next) {
            return Some((frame, placed));
        }
        budget = Some(next);
    }
}

/// Rounds of cropping photos to the text beside them (see [`photos_beside_text`]).
const MAX_FIT_ROUNDS: u32 = 4;

/// The share of their own height that `placed` photo frames show, the least of them: 1 where
/// none is cropped, 0 where a photo found no room.
fn kept_share(
    placed: &[Frame],
    photos: &[Photo],
    width: Em,
    faces: &PageFaces,
    g: &PageGeometry,
) -> f32 {
    placed
        .iter()
        .zip(photos)
        .map(|(f, p)| {
            let lines = PhotoLines::of(p, width, faces, g);
            f.height.saturating_sub(lines.caption) as f32 / lines.picture.max(1) as f32
        })
        .fold(1.0, f32::min)
        .min(if placed.len() < photos.len() {
            0.0
        } else {
            1.0
        })
}

/// Photo frames stacked down one column of the page, one under another.
struct PhotoStack {
    /// The id of the first frame; the others follow.
    first_id: u32,
    x: Em,
    width: Em,
    top: u32,
    page_lines: u32,
}

impl PhotoStack {
    /// A frame for each photo that fits above the page foot, each at its picture's own shape;
    /// with a `budget` of grid lines, cropped so that together they take no more, though each
    /// keeps half its picture, [`MIN_PHOTO_LINES`] and its caption.
    fn place(
        &self,
        photos: &[Photo],
        mut budget: Option<u32>,
        faces: &PageFaces,
        g: &PageGeometry,
    ) -> Vec<Frame> {
        let mut line = self.top;
        let mut frames = Vec::new();
        for photo in photos {
            let lines = PhotoLines::of(photo, self.width, faces, g);
            let height = budget.map_or(lines.natural(), |b| {
                lines
                    .natural()
                    .min(b)
                    .max(lines.caption + MIN_PHOTO_LINES)
                    .max(lines.least())
            });
            if line + height > self.page_lines {
                break;
            }
            let id = FrameId(self.first_id + frames.len() as u32);
            let picture = Picture::new(photo.id);
            frames.push(Frame::photo(id, picture, self.x, self.width, line, height));
            line += height + FRAME_SPACING;
            budget = budget.map(|b| b.saturating_sub(height + FRAME_SPACING));
        }
        frames
    }
}

/// The base columns a photo without text of its own spans at most.
const STANDALONE_PHOTO_COLUMNS: u32 = 2;

/// The fewest grid lines a photo is shown in, its caption apart.
const MIN_PHOTO_LINES: u32 = 3;

/// The grid lines a photo frame `width` ems wide takes: its picture and its caption. Worked out
/// once, since the caption is set to count its lines.
#[derive(Clone, Copy, Debug)]
pub struct PhotoLines {
    /// The picture at its own aspect ratio, at least [`MIN_PHOTO_LINES`].
    pub picture: u32,
    /// The caption and credit under it.
    pub caption: u32,
}

impl PhotoLines {
    /// The lines of `photo` in a frame `width` ems wide.
    pub fn of(photo: &Photo, width: Em, faces: &PageFaces, g: &PageGeometry) -> Self {
        let picture = (width.get() * g.em / photo.aspect() / g.pitch)
            .round()
            .max(MIN_PHOTO_LINES as f32) as u32;
        PhotoLines {
            picture,
            caption: caption_grid_lines(photo, width, faces, g),
        }
    }

    /// The frame at the picture's own shape.
    pub fn natural(self) -> u32 {
        self.picture + self.caption
    }

    /// The fewest lines the frame is cut to: half its picture, and its caption. Below that a
    /// picture no longer shows what it shows.
    pub fn least(self) -> u32 {
        self.caption + self.picture.div_ceil(2)
    }
}

fn first_page_frames(doc: &Document) -> impl Iterator<Item = &Frame> {
    doc.pages.first().into_iter().flat_map(|p| p.frames.iter())
}

/// A length rounded down to half ems, never below zero.
fn half_ems(length: Em) -> Em {
    Em((length.get() * 2.0).floor() / 2.0).max(Em::ZERO)
}

/// A vertical strip of the page and the articles stacked in it.
#[derive(Clone)]
struct Strip<'a> {
    x: Em,
    width: Em,
    articles: Vec<&'a Article>,
    /// Grid lines its articles need, to send the next one to the shortest strip.
    lines: u32,
}

/// Chooses strips as wide as the articles were printed, so that their text keeps its printed
/// measure: of every choice of widths that fits across the page, the one that best keeps lines
/// at their printed width, leaves least width unused and stacks most evenly.
/// What width is left over widens the gutters between strips.
fn plan_strips<'a>(articles: &[&'a Article], g: &PageGeometry) -> Vec<Strip<'a>> {
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
fn rough_lines(article: &Article, width: Em) -> u32 {
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
pub fn preferred_width(article: &Article, g: &PageGeometry) -> Em {
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
fn main_measure(article: &Article, g: &PageGeometry) -> Em {
    article
        .printed
        .as_ref()
        .map_or_else(|| g.base_column_width(), |r| r.measure)
}

/// How wide an article's text columns are made across `width`: the widest its column segments
/// were printed at where that costs no column (printed columns vary a little; lines printed
/// narrower keep their rooms inside it), else its main measure (see [`main_measure`]).
fn column_measure(article: &Article, width: Em, g: &PageGeometry) -> Em {
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
fn columns_within(measure: Em, width: Em, gutter: Em) -> u32 {
    let fit = ((width + gutter).get() / (measure + gutter).get().max(1.0) + 1e-3).floor() as u32;
    fit.clamp(1, MAX_TEXT_COLUMNS)
}

/// A frame for `article` across `area` from its top, as high as its text needs once balanced
/// around the blocks `wraps`, or `None` when even a few lines do not fit above the page foot.
fn fitted(
    doc: &Document,
    faces: &PageFaces,
    article: &Article,
    id: FrameId,
    area: Area,
    page_lines: u32,
    wraps: &[Frame],
) -> Option<Frame> {
    let room = page_lines.checked_sub(area.top).filter(|&r| r >= 3)?;
    let mut frame = Frame::text(id, area.x, area.width, area.top, room);
    frame.set_text_columns(area.columns);
    frame.height = height_needed(doc, faces, article, &frame, wraps).min(room);
    Some(frame)
}

/// Grid lines a frame needs for all of `article`, its columns balanced: the article set alone in
/// the frame as given, cut to the foot of its lowest line.
pub fn natural_height(doc: &Document, fonts: &Fonts, article: &Article, frame: &Frame) -> u32 {
    height_needed(
        doc,
        &PageFaces::new(fonts, &doc.styles),
        article,
        frame,
        &[],
    )
}

/// [`natural_height`] with the text running around the blocks `wraps`.
fn height_needed(
    doc: &Document,
    faces: &PageFaces,
    article: &Article,
    frame: &Frame,
    wraps: &[Frame],
) -> u32 {
    let foot = set_alone(doc, faces, article, frame, wraps)
        .foot()
        .unwrap_or(frame.line);
    foot.saturating_sub(frame.line).max(1)
}

/// Grid lines the headline block of `article` takes at the top of `frame`, the frame set alone.
pub fn head_lines(doc: &Document, fonts: &Fonts, article: &Article, frame: &Frame) -> u32 {
    let faces = PageFaces::new(fonts, &doc.styles);
    set_alone(doc, &faces, article, frame, &[]).head_lines()
}

/// `article` set alone in `frame`, running around the blocks `wraps`: to learn how high its text
/// runs, give the frame all the room below it.
fn set_alone(
    doc: &Document,
    faces: &PageFaces,
    article: &Article,
    frame: &Frame,
    wraps: &[Frame],
) -> ChainSetting {
    let chain = [(0, frame.clone())];
    let wraps: Vec<(usize, FrameId, Exclusion)> = wraps
        .iter()
        .filter_map(|f| Some((0, f.id, wrap_exclusion(f)?)))
        .collect();
    let placement = Placement {
        chain: &chain,
        own_headline: doc.headline_frame(article.id).is_some(),
        wraps: &wraps,
    };
    let g = PageGeometry::new(&doc.setup);
    set_article(article, &placement, faces, &g)
}

/// A frame for `article` with its top-left at a grid position: the article's printed width, as
/// high as its text needs, kept on the page.
pub fn default_frame(
    doc: &Document,
    fonts: &Fonts,
    article: &Article,
    id: FrameId,
    x: Em,
    line: u32,
) -> Frame {
    let g = PageGeometry::new(&doc.setup);
    let type_width = g.type_width_em();
    let width = preferred_width(article, &g).min(type_width);
    let x = x.min(type_width - width).max(Em::ZERO);
    let columns = columns_within(column_measure(article, width, &g), width, g.gutter_em());
    let line = line.min(g.lines.saturating_sub(1));
    let mut frame = Frame::text(id, x, width, line, g.lines - line);
    frame.set_text_columns(columns);
    frame.height = natural_height(doc, fonts, article, &frame).min(g.lines - line);
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
