//! An article set in its chain of frames: each frame's columns, the headline block over the
//! first, and the lines poured into them, before anything is drawn. The page draws it; the
//! arrangement and the fitting of frames ask it how high a text runs and whether it fits, with
//! no page composed around it.

use crate::model::{
    Article, BOX_INSET_LINES, Em, FrameId, HeadDirection, PageGeometry, Role, inside_box,
};
use crate::typeset::Style;

use super::distribute::{SetArticle, set_chain};
use super::faces::PageFaces;
use super::flow::article_flow;
use super::headline::{HeadBlock, set_head_block_within, set_vertical_block};
use super::jump::{jump_exclusion, jumps_of};
use super::regions::{Column, Exclusion, frame_columns};
use crate::model::Frame;

/// Where an article is set: its text frames and the blocks its text runs around.
#[derive(Clone, Copy, Debug)]
pub struct Placement<'a> {
    /// The text frames of its chain in order, each with the index of its page.
    pub chain: &'a [(usize, Frame)],
    /// Whether its headline stands in a frame of its own, not over the first text frame.
    pub own_headline: bool,
    /// The blocks that wrap text, each with its page and frame (a frame of the chain itself is
    /// left out).
    pub wraps: &'a [(usize, FrameId, Exclusion)],
}

/// An article set in its chain of frames.
#[derive(Clone, Debug, PartialEq)]
pub struct ChainSetting {
    /// Every line, subhead and byline, placed or overset.
    pub set: SetArticle,
    /// Each frame's text columns, in chain order.
    pub columns: Vec<Vec<Column>>,
    /// The headline block over the first frame, with its left edge.
    pub head: Option<(HeadBlock, Em)>,
    /// Grid lines kept free under the text inside each frame: a box's inset.
    pub inset_lines: u32,
}

impl ChainSetting {
    /// Grid lines the headline block takes at the top of the first frame.
    pub fn head_lines(&self) -> u32 {
        self.head.as_ref().map_or(0, |(h, _)| h.grid_lines)
    }

    /// One past the lowest grid line the article's text takes in frame `frame` of its chain,
    /// with a box's inset under it: where the frame must end to hold it.
    pub fn foot_in(&self, frame: FrameId) -> Option<u32> {
        self.set.foot_in(frame).map(|foot| foot + self.inset_lines)
    }

    /// One past the lowest grid line the article takes in its chain: its text's foot, or the
    /// headline block's where it has no text, with a box's inset under it. `None` where nothing
    /// of it is placed.
    pub fn foot(&self) -> Option<u32> {
        let text = self
            .set
            .items
            .iter()
            .filter_map(|i| Some(i.slot?.line + i.lines()))
            .max();
        let head = self
            .columns
            .first()
            .and_then(|c| c.first())
            .filter(|_| self.head.is_some())
            .map(|c| c.top + self.head_lines());
        text.max(head).map(|foot| foot + self.inset_lines)
    }
}

/// Sets `article` in its chain of frames on a page of geometry `g`: the headline block over the
/// first frame (unless it stands apart), then the body poured into the frames' columns around
/// the blocks that wrap. A frame's foot is where its text must end; to learn how high a text
/// runs, give its last frame all the room there is and read the [`ChainSetting::foot`].
pub fn set_article(
    article: &Article,
    placement: &Placement<'_>,
    faces: &PageFaces,
    g: &PageGeometry,
) -> ChainSetting {
    let mut columns: Vec<Vec<Column>> = Vec::with_capacity(placement.chain.len());
    let mut head = None;
    for (k, (on_page, frame)) in placement.chain.iter().enumerate() {
        // A boxed article is set inside its border, at the box's inset.
        let frame = &match article.boxed {
            Some(_) => inside_box(frame),
            None => frame.clone(),
        };
        let mut exclusions: Vec<Exclusion> = placement
            .wraps
            .iter()
            .filter(|(p, id, _)| p == on_page && placement.chain.iter().all(|(_, f)| f.id != *id))
            .map(|&(_, _, e)| e)
            .collect();
        let plain = frame_columns(frame, g, &[]);
        if k == 0 && !placement.own_headline {
            let (block, exclusion) = head_block(article, faces, &plain, g, &exclusions);
            head = block;
            exclusions.extend(exclusion);
        }
        // The lines its 转版 jump lines stand on hold no text.
        let (from, to) = jumps_of(placement.chain, k);
        exclusions.extend(
            from.into_iter()
                .chain(to)
                .filter_map(|j| jump_exclusion(&plain, j)),
        );
        columns.push(frame_columns(frame, g, &exclusions));
    }
    let body = Style {
        faces: *faces.chain(Role::Body),
        ..Style::default()
    };
    ChainSetting {
        set: set_chain(
            &article_flow(article),
            &columns,
            body,
            g.base_column_width(),
        ),
        columns,
        head,
        inset_lines: article.boxed.map_or(0, |_| BOX_INSET_LINES),
    }
}

/// The headline block over the first frame's columns, and the area body text keeps out of.
fn head_block(
    article: &Article,
    faces: &PageFaces,
    columns: &[Column],
    g: &PageGeometry,
    wraps: &[Exclusion],
) -> (Option<(HeadBlock, Em)>, Option<Exclusion>) {
    let (Some(first), Some(last)) = (columns.first(), columns.last()) else {
        return (None, None);
    };
    let n = columns.len();
    let side = match article.headline_block.direction {
        HeadDirection::Horizontal => None,
        HeadDirection::VerticalLeft => Some(first.x),
        HeadDirection::VerticalRight => Some(last.x + last.width),
    };
    if let Some(edge) = side {
        let height = (first.bottom - first.top) as f32 * g.pitch;
        let Some(head) = set_vertical_block(article, faces, height, g.em, g.pitch) else {
            return (None, None);
        };
        // The block and a gutter beside it are kept clear; text runs beside and under it.
        let width = Em(head.width / g.em);
        let (left, ex_left, ex_right) = if edge == first.x {
            (edge, edge, edge + width + g.gutter_em())
        } else {
            (edge - width, edge - width - g.gutter_em(), edge)
        };
        let exclusion = Exclusion {
            left: ex_left,
            right: ex_right,
            top: first.top,
            bottom: first.top + head.grid_lines,
        };
        return (Some((head, left)), Some(exclusion));
    }
    let span = article.headline_block.columns.map_or_else(
        || auto_span(article, faces, columns, g),
        |k| (k as usize).clamp(1, n),
    );
    let start = match article.headline_block.align {
        crate::model::HeadAlign::Left => 0,
        crate::model::HeadAlign::Centre => (n - span) / 2,
        crate::model::HeadAlign::Right => n - span,
    };
    let mut left = columns[start].x;
    let mut right = columns[start + span - 1].x + columns[start + span - 1].width;
    let room = first.bottom - first.top;
    let Some(mut head) = set_head_block_within(
        article,
        faces,
        (right - left).get() * g.em,
        g.em,
        g.pitch,
        room,
    ) else {
        return (None, None);
    };
    // A picture laid over the block's place: the block keeps to the wider side of it, like a line;
    // set narrower it may take more lines, so the place is looked at again until it holds.
    loop {
        let strip = Column {
            frame: first.frame,
            index: 0,
            x: left,
            width: right - left,
            top: first.top,
            bottom: first.top + head.grid_lines,
            exclusions: wraps.to_vec(),
        };
        // The free line under the block is spacing that a picture's standoff may share.
        let type_bottom = (strip.bottom - 1).max(strip.top + 1);
        let narrowest = (strip.top..type_bottom)
            .map(|l| strip.room(l).unwrap_or((left, Em::ZERO)))
            .min_by(|a, b| a.1.get().total_cmp(&b.1.get()));
        let Some((x, width)) = narrowest.filter(|(_, w)| (*w - strip.width).get() < -1e-3) else {
            break;
        };
        if width.get() < super::regions::MIN_ROOM.get() {
            return (None, None);
        }
        (left, right) = (x, x + width);
        match set_head_block_within(article, faces, width.get() * g.em, g.em, g.pitch, room) {
            Some(narrow) => head = narrow,
            None => return (None, None),
        }
    }
    // A block over some columns keeps text a gutter away at its sides; over all, it spans the
    // frame.
    let (ex_left, ex_right) = if span == n {
        (first.x, last.x + last.width)
    } else {
        (left - g.gutter_em(), right + g.gutter_em())
    };
    let exclusion = Exclusion {
        left: ex_left,
        right: ex_right,
        top: first.top,
        bottom: first.top + head.grid_lines,
    };
    (Some((head, left)), Some(exclusion))
}

/// How many text columns a headline block spans when the article does not say: all of a frame
/// of one or two columns; over more, the fewest that hold the headline on one line at its
/// default size, so that text runs beside it instead of white space (压栏).
fn auto_span(article: &Article, faces: &PageFaces, columns: &[Column], g: &PageGeometry) -> usize {
    let n = columns.len();
    if n < 3 {
        return n;
    }
    let Some(first) = columns.first() else {
        return n;
    };
    let widths: Vec<f32> = columns
        .iter()
        .map(|last| (last.x + last.width - first.x).get() * g.em)
        .collect();
    super::headline::first_width_on_one_line(article, faces, &widths, g.em).map_or(n, |k| k + 1)
}
