//! A first arrangement of a page with no holes, every text column as wide as its article was
//! printed: articles wider than half the page go across it in bands at the top; the others are
//! stacked in vertical strips under them, each strip as wide as the articles in it were printed,
//! the strips side by side across the page. Every frame touches the frame or the page top above
//! it, and the free space is at the foot of the page.

use crate::model::{Article, ArticleId, Document, Em, Frame, FrameId, Photo, Picture};

use crate::compose::regions::{Exclusion, wrap_exclusion};
use crate::compose::{ChainSetting, PageFaces, Placement, caption_grid_lines, set_article};
use crate::fonts::Fonts;
use crate::model::PageGeometry;

use super::strips::{
    MAX_SIDE_GAP, Strip, column_measure, columns_within, half_ems, plan_strips, plan_tiers,
    preferred_width, reorder,
};

/// Grid lines left between one frame and the next below it.
pub(crate) const FRAME_SPACING: u32 = 1;

/// Gives every article without a frame one, under the frames already on the first page. Articles
/// for which no room is left stay unplaced.
pub fn arrange(doc: &mut Document, fonts: &Fonts) {
    let unplaced = unplaced(doc);
    arrange_best(doc, fonts, (0, &unplaced), false);
}

/// [`arrange`] for the articles `articles` (those of them unplaced) on page `page`, so that the
/// page it leaves free is one block at its foot where `fill` (see [`arrange_to_fill`]).
pub fn arrange_on(
    doc: &mut Document,
    fonts: &Fonts,
    page: usize,
    articles: &[ArticleId],
    fill: bool,
) {
    arrange_best(doc, fonts, (page, articles), fill);
}

/// The articles with no frame, in flow order.
pub(crate) fn unplaced(doc: &Document) -> Vec<ArticleId> {
    doc.articles
        .iter()
        .filter(|a| !doc.is_placed(a.id))
        .map(|a| a.id)
        .collect()
}

/// [`arrange`] so that the page it leaves free is one block at its foot, ready for a photo or
/// another story (Layout ▸ Fill the page, `import --fill`): arranged once to learn how far down
/// each strip of stories reaches, then again with the strips of the lowest tier side by side
/// from the deepest at the left to the shallowest at the right, so that the white under them is
/// one block at the right of the page's foot, not gaps between stacks.
pub fn arrange_to_fill(doc: &mut Document, fonts: &Fonts) {
    let unplaced = unplaced(doc);
    arrange_best(doc, fonts, (0, &unplaced), true);
}

/// The page to arrange and the articles to put on it.
type Target<'a> = (usize, &'a [ArticleId]);

/// Arranges the short stories in one tier of strips, and in tiers where the plan makes them
/// (see [`plan_tiers`]), and keeps the page that leaves less stray white: white between frames
/// and at ragged feet, outside the one free block at the page's foot.
fn arrange_best(doc: &mut Document, fonts: &Fonts, target: Target<'_>, fill: bool) {
    let before = doc.clone();
    let mut best: Option<(f32, Document)> = None;
    for tiered in [false, true] {
        *doc = before.clone();
        let tiers = arrange_tiers(doc, fonts, target, tiered, fill);
        if tiered && tiers < 2 {
            break;
        }
        let white = stray_white(doc, target.0);
        if best.as_ref().is_none_or(|(w, _)| white < *w) {
            best = Some((white, doc.clone()));
        }
    }
    if let Some((_, arranged)) = best {
        *doc = arranged;
    }
}

/// The arrangement in one tier of strips or in tiers; for a filled page, arranged again with
/// the lowest tier's strips from the deepest to the shallowest. Returns how many tiers it has.
fn arrange_tiers(
    doc: &mut Document,
    fonts: &Fonts,
    target: Target<'_>,
    tiered: bool,
    fill: bool,
) -> usize {
    let before = fill.then(|| doc.clone());
    let (tiers, feet) = arrange_strips(doc, fonts, target, tiered, None);
    let Some(before) = before else {
        return tiers;
    };
    let mut order: Vec<usize> = (0..feet.len()).collect();
    order.sort_by_key(|&k| std::cmp::Reverse(feet[k]));
    if order.iter().enumerate().any(|(k, &j)| k != j) {
        *doc = before;
        arrange_strips(doc, fonts, target, tiered, Some(&order));
    }
    tiers
}

/// Arranges the unplaced articles: wide ones in bands across the page, the others in strips
/// side by side under them, in one tier or in tiers (see [`plan_tiers`]), the lowest tier's
/// strips in the planned order or in `order` (their indices, left to right). Returns the number
/// of tiers and how far down each planned strip of the lowest tier reaches.
fn arrange_strips(
    doc: &mut Document,
    fonts: &Fonts,
    (page, articles): Target<'_>,
    tiered: bool,
    order: Option<&[usize]>,
) -> (usize, Vec<u32>) {
    let g = PageGeometry::new(&doc.setup);
    let faces = PageFaces::new(fonts, &doc.styles);
    let type_width = g.type_width_em();
    let gutter = g.gutter_em();
    let mut top = page_frames(doc, page)
        .map(|f| f.bottom() + FRAME_SPACING)
        .max()
        .unwrap_or(0);
    let unplaced: Vec<Article> = doc
        .articles
        .iter()
        .filter(|a| articles.contains(&a.id) && !doc.is_placed(a.id))
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
            page,
            x,
            width,
            columns: n,
            top,
        };
        if let Some(foot) = place(doc, &faces, article, area, g.lines) {
            top = foot;
        }
    }
    let tiers = if tiered {
        plan_tiers(&narrow, &g)
    } else {
        vec![plan_strips(&narrow, &g)]
    };
    let count = tiers.len();
    let mut feet = Vec::new();
    for (t, mut strips) in tiers.into_iter().enumerate() {
        let lowest = t + 1 == count;
        let order = order.filter(|o| lowest && o.len() == strips.len());
        if let Some(order) = order {
            reorder(&mut strips, order, gutter);
        }
        // A tier under another starts each strip under what stands above it.
        let tops: Vec<u32> = strips
            .iter()
            .map(|s| {
                let above = page_frames(doc, page)
                    .filter(|f| t > 0 && f.x < s.x + s.width && s.x < f.right())
                    .map(|f| f.bottom() + FRAME_SPACING)
                    .max();
                above.unwrap_or(top).max(top)
            })
            .collect();
        feet = place_strips(doc, &faces, page, &strips, tops);
        // Back in the planned order.
        if let Some(order) = order {
            let mut planned = vec![0; feet.len()];
            for (k, &j) in order.iter().enumerate() {
                planned[j] = feet[k];
            }
            feet = planned;
        }
    }
    (count, feet)
}

/// Places each strip's stories under one another from its top in `feet`; returns how far down
/// each strip reaches.
fn place_strips(
    doc: &mut Document,
    faces: &PageFaces,
    page: usize,
    strips: &[Strip<'_>],
    mut feet: Vec<u32>,
) -> Vec<u32> {
    let g = PageGeometry::new(&doc.setup);
    for (k, own) in strips.iter().enumerate() {
        for article in &own.articles {
            // Its own strip first; where that has no room left for all of it, the strip with
            // most room left takes it, at its width; where none holds all of it, the first
            // that holds some.
            let mut others: Vec<usize> = (0..strips.len()).filter(|&j| j != k).collect();
            others.sort_by_key(|&j| feet[j]);
            let order: Vec<usize> = std::iter::once(k).chain(others).collect();
            let whole = order.iter().copied().find(|&j| {
                let trial_from = doc.next_frame_id();
                let area = strip_area(article, &strips[j], page, feet[j], &g);
                let fits = place(doc, faces, article, area, g.lines).is_some()
                    && super::room::set_in_chain_with(doc, faces, article.id)
                        .is_some_and(|s| s.set.overset_chars() == 0);
                // The trial placement goes again; the chosen strip places it for good below.
                let added: Vec<FrameId> = doc
                    .frames()
                    .map(|(_, f)| f.id)
                    .filter(|id| id.0 >= trial_from.0)
                    .collect();
                for id in added {
                    doc.remove_frame(id);
                }
                fits
            });
            let order = match whole {
                Some(j) => vec![j],
                None => order,
            };
            for j in order {
                let area = strip_area(article, &strips[j], page, feet[j], &g);
                if let Some(foot) = place(doc, faces, article, area, g.lines) {
                    feet[j] = foot;
                    break;
                }
            }
        }
    }
    feet
}

/// Where `article` goes in `strip` of page `page`: from grid line `top` down, at the strip's
/// width, in as many text columns of its measure as that holds.
fn strip_area(
    article: &Article,
    strip: &Strip<'_>,
    page: usize,
    top: u32,
    g: &PageGeometry,
) -> Area {
    let measure = column_measure(article, strip.width, g);
    Area {
        page,
        x: strip.x,
        width: strip.width,
        columns: columns_within(measure, strip.width, g.gutter_em()),
        top,
    }
}

/// How much more white between stories weighs than white at a ragged foot: a reader sees a gap
/// among stories as a hole in the page, a ragged foot as space not yet filled.
const HOLE_WEIGHT: u32 = 3;

/// The white page `page`'s frames leave that is no use to the next story, in em × grid
/// lines: across the type area an em at a time, the lines between one frame and the next under
/// it (beyond their spacing, weighed by [`HOLE_WEIGHT`]) and the lines under the lowest, less
/// the largest block of whole ems at the foot that is white from side to side.
fn stray_white(doc: &Document, page: usize) -> f32 {
    let g = PageGeometry::new(&doc.setup);
    let ems = g.type_width_em().get().floor() as usize;
    let mut feet = Vec::with_capacity(ems);
    let mut between = 0u32;
    for k in 0..ems {
        let x = Em(k as f32 + 0.5);
        let mut spans: Vec<(u32, u32)> = page_frames(doc, page)
            .filter(|f| f.x <= x && x < f.right())
            .map(|f| (f.line, f.bottom()))
            .collect();
        spans.sort_unstable();
        let mut reached = spans.first().map_or(0, |s| s.0);
        for (line, bottom) in spans {
            between += line.saturating_sub(reached + FRAME_SPACING);
            reached = reached.max(bottom);
        }
        feet.push(g.lines.saturating_sub(reached));
    }
    let block = largest_block(&feet);
    (between * HOLE_WEIGHT + feet.iter().sum::<u32>() - block.lines * block.columns) as f32
}

/// Where an article goes: a strip of page `page` from grid line `top` down, with its text
/// columns.
#[derive(Clone, Copy)]
struct Area {
    page: usize,
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
            doc.add_frame(area.page, frame);
        }
        if let Some(frame) = text {
            doc.add_text_frame(area.page, article.id, frame);
        }
        return Some(foot);
    }
    let id = doc.next_frame_id();
    let (_, frame, placed) = photos_beside(doc, faces, article, area, id, &photos, page_lines)?;
    let under_photos = placed.last().map_or(0, Frame::bottom);
    let foot = frame.bottom().max(under_photos) + FRAME_SPACING;
    doc.add_text_frame(area.page, article.id, frame);
    for photo in placed {
        doc.add_frame(area.page, photo);
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

fn page_frames(doc: &Document, page: usize) -> impl Iterator<Item = &Frame> {
    doc.pages
        .get(page)
        .into_iter()
        .flat_map(|p| p.frames.iter())
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

/// The largest free area at the foot of page `page`, as (grid lines, base columns): the space
/// still to fill (剩余 N 行 × M 栏).
pub fn free_space(doc: &Document, page: usize) -> (u32, u32) {
    let block = free_block(doc, page);
    (block.lines, block.columns)
}

/// A block of whole base columns at a page's foot that no frame stands in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FreeBlock {
    /// Its first base column.
    pub column: u32,
    /// How many base columns across.
    pub columns: u32,
    /// How many grid lines deep, up from the page foot.
    pub lines: u32,
}

/// The largest free block at the foot of page `page` (see [`free_space`]).
pub fn free_block(doc: &Document, page: usize) -> FreeBlock {
    let g = PageGeometry::new(&doc.setup);
    let white: Vec<u32> = (0..g.columns)
        .map(|c| {
            let (left, right) = (g.column_em(c), g.column_em(c) + g.span_em(1));
            page_frames(doc, page)
                .filter(|f| f.x.get() < right.get() - 1e-3 && f.right().get() > left.get() + 1e-3)
                .map(Frame::bottom)
                .max()
                .unwrap_or(0)
        })
        .map(|foot| g.lines.saturating_sub(foot))
        .collect();
    largest_block(&white)
}

/// The largest block of white that whole neighbouring stretches hold, each white `white[k]`
/// lines deep from the page foot up.
fn largest_block(white: &[u32]) -> FreeBlock {
    let mut best = FreeBlock {
        column: 0,
        columns: 0,
        lines: 0,
    };
    for start in 0..white.len() {
        let mut depth = u32::MAX;
        for (k, &w) in white.iter().enumerate().skip(start) {
            depth = depth.min(w);
            let across = (k - start + 1) as u32;
            if depth * across > best.lines * best.columns {
                best = FreeBlock {
                    column: start as u32,
                    columns: across,
                    lines: depth,
                };
            }
        }
    }
    best
}
