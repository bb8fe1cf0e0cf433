//! Distribution: an article's flow poured into a chain of regions, line by line, each line set in
//! the room its grid line has; what the last region cannot hold is overset. The columns of the
//! chain's last frame are balanced (平衡分栏).

use crate::model::{Article, Block, Em, FrameId};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::typeset::{Breaker, Checkpoint, Line, Style, byline_runs_in, within_printed_tolerance};

use super::flow::printed_width;

use super::flow::{ArticleFlow, FlowItem};
use super::regions::Column;

/// Grid lines a subhead takes: its line and the space around it (一行题占两行).
pub const SUBHEAD_LINES: u32 = 2;

/// Where on the page a set item went.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Slot {
    /// The frame.
    pub frame: FrameId,
    /// The text column within the frame.
    pub column: u32,
    /// The (first) grid line.
    pub line: u32,
    /// The left edge of the room, in ems from the type area's left edge.
    pub x: Em,
    /// The room's width.
    pub room: Em,
}

/// What a set item is.
#[derive(Clone, Debug, PartialEq)]
pub enum SetKind {
    /// A line of a paragraph.
    Line {
        /// The line with its glyphs placed from the room's left edge.
        line: Line,
        /// Its text.
        text: String,
        /// The room it was set in (the indent included).
        room: Em,
        /// Whether the byline runs in at its right.
        run_in: bool,
    },
    /// A subhead, set centred over two grid lines.
    Subhead {
        /// Its text.
        text: String,
    },
    /// The byline on a line of its own, set flush right.
    Byline,
}

/// One set line, subhead or byline, with where it went (`None`: overset).
#[derive(Clone, Debug, PartialEq)]
pub struct SetItem {
    /// The body block it comes from (`None` for the byline).
    pub block: Option<usize>,
    /// What it is.
    pub kind: SetKind,
    /// Where it is on the page; `None` when it did not fit (overset).
    pub slot: Option<Slot>,
}

impl SetItem {
    /// Grid lines it takes.
    pub fn lines(&self) -> u32 {
        match self.kind {
            SetKind::Subhead { .. } => SUBHEAD_LINES,
            SetKind::Line { .. } | SetKind::Byline => 1,
        }
    }

    /// Characters it holds, white space not counted.
    pub fn chars(&self) -> usize {
        let count = |s: &str| s.chars().filter(|c| !c.is_whitespace()).count();
        match &self.kind {
            SetKind::Line { text, .. } | SetKind::Subhead { text } => count(text),
            SetKind::Byline => 0,
        }
    }
}

/// An article set: every item in reading order, placed or overset.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SetArticle {
    /// Lines, subheads and the byline, in order.
    pub items: Vec<SetItem>,
    /// Whether the byline runs in after the last line.
    pub byline_run_in: bool,
    /// Grid lines the chain's regions offer.
    pub capacity: u32,
}

impl SetArticle {
    /// Grid lines the body needs, placed or not.
    pub fn lines_needed(&self) -> u32 {
        self.items.iter().map(SetItem::lines).sum()
    }

    /// Grid lines that did not fit.
    pub fn overset_lines(&self) -> u32 {
        self.overset().map(SetItem::lines).sum()
    }

    /// Characters that did not fit.
    pub fn overset_chars(&self) -> usize {
        self.overset().map(SetItem::chars).sum()
    }

    fn overset(&self) -> impl Iterator<Item = &SetItem> {
        self.items.iter().filter(|i| i.slot.is_none())
    }

    /// One past the lowest grid line the article takes in frame `frame`.
    pub fn foot_in(&self, frame: FrameId) -> Option<u32> {
        self.items
            .iter()
            .filter_map(|i| {
                i.slot
                    .filter(|s| s.frame == frame)
                    .map(|s| s.line + i.lines())
            })
            .max()
    }

    /// The lines of body block `block`, in order.
    pub fn block_lines(&self, block: usize) -> impl Iterator<Item = &SetItem> {
        self.items.iter().filter(move |i| i.block == Some(block))
    }
}

/// The paragraph being set: one body paragraph, or several parts that column breaks had cut
/// and that flow on as one when the printed columns are not kept.
#[derive(Clone)]
struct Paragraph {
    breaker: Breaker,
    text: Rc<str>,
    /// The index of the flow item it starts at.
    first_item: usize,
    /// Each part's body block, where its text starts in `text`, and its column segment.
    parts: Vec<(usize, usize, usize)>,
    /// The index of the last flow item it takes.
    last_item: usize,
}

impl Paragraph {
    /// The paragraph starting at flow item `item`, joined with its continuations.
    fn start(flow: &ArticleFlow<'_>, item: usize, style: &Style) -> Option<Paragraph> {
        let FlowItem::Paragraph {
            block,
            text,
            opens,
            printed,
            segment,
        } = flow.items.get(item)?
        else {
            return None;
        };
        let mut joined = (*text).to_owned();
        let mut parts = vec![(*block, 0, *segment)];
        let mut last_item = item;
        let mut printed = printed.clone();
        while !flow.keep_printed_columns
            && let (
                Some(FlowItem::ColumnBreak),
                Some(FlowItem::Paragraph {
                    block,
                    text,
                    opens: false,
                    printed: more,
                    segment,
                }),
            ) = (flow.items.get(last_item + 1), flow.items.get(last_item + 2))
        {
            // A column ends on a full line: the printed breaks of both parts hold together.
            if let (Some(p), Some(more)) = (&mut printed, more) {
                p.counts.extend(&more.counts);
            }
            parts.push((*block, joined.len(), *segment));
            joined.push_str(text);
            last_item += 2;
        }
        let mut breaker = Breaker::new(&joined, style, *opens);
        if let Some(p) = &printed {
            breaker = breaker.with_printed(p);
        }
        Some(Paragraph {
            breaker,
            text: joined.into(),
            first_item: item,
            parts,
            last_item,
        })
    }

    /// The part (body block and column segment) that byte `start` of the joined text is in.
    fn part_at(&self, start: usize) -> (usize, usize) {
        self.parts
            .iter()
            .rev()
            .find(|(_, s, _)| *s <= start)
            .map_or((0, 0), |&(b, _, seg)| (b, seg))
    }
}

/// Whether the byline has been set, and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BylineState {
    /// There is none, or it has been set.
    Done,
    /// Still to set on a line of its own.
    OwnLine,
    /// Still to decide, at the last paragraph's last line.
    Undecided,
}

/// Lines already set, shared by the trials of balancing: a paragraph's next line depends only on
/// where its breaker is and the room, so a trial that meets the same place and room again takes
/// the line from here instead of setting it again.
#[derive(Default)]
struct Memo {
    /// Each paragraph, prepared, by the flow item it starts at.
    starts: HashMap<usize, Option<Paragraph>>,
    /// (first flow item, breaker position, room, width) → (the line, the breaker position after it).
    lines: HashMap<(usize, Checkpoint, u32, u32), (Line, Checkpoint)>,
}

/// The state of pouring one article: where in the flow it is.
#[derive(Clone)]
struct Pour<'f, 'a> {
    flow: &'f ArticleFlow<'a>,
    memo: Rc<RefCell<Memo>>,
    style: Style,
    item: usize,
    paragraph: Option<Paragraph>,
    /// The column segment of the last line set, and how many lines of it are set.
    segment_lines: (usize, usize),
    byline: BylineState,
    out: SetArticle,
}

impl<'f, 'a> Pour<'f, 'a> {
    fn new(flow: &'f ArticleFlow<'a>, style: Style) -> Self {
        Pour {
            flow,
            memo: Rc::default(),
            style,
            item: 0,
            paragraph: None,
            segment_lines: (0, 0),
            byline: match (flow.byline, flow.last_paragraph) {
                (None, _) => BylineState::Done,
                (Some(_), None) => BylineState::OwnLine,
                (Some(_), Some(_)) => BylineState::Undecided,
            },
            out: SetArticle::default(),
        }
    }

    fn done(&self) -> bool {
        self.item >= self.flow.items.len() && self.byline == BylineState::Done
    }

    /// Pours into one column down to grid line `bottom`. Stops when the column is full, at a
    /// kept column break, or when all is set.
    fn fill_column(&mut self, col: &Column, bottom: u32, last_column: bool) {
        let bottom = bottom.min(col.bottom);
        let mut l = col.top;
        let mut used = false;
        let next_room = |l: &mut u32| -> Option<(Em, Em)> {
            while *l < bottom {
                if let Some(r) = col.room(*l) {
                    return Some(r);
                }
                *l += 1;
            }
            None
        };
        let slot = |l: u32, (x, room): (Em, Em)| Slot {
            frame: col.frame,
            column: col.index,
            line: l,
            x,
            room,
        };
        while let Some(item) = self.flow.items.get(self.item) {
            match item {
                FlowItem::ColumnBreak => {
                    self.item += 1;
                    if self.flow.keep_printed_columns && used && !last_column {
                        return;
                    }
                }
                FlowItem::Subhead { block, text } => {
                    // A subhead keeps at least one line of text under it in its column.
                    let Some(room) = next_room(&mut l) else {
                        return;
                    };
                    // Its lines all as wide as the first (not half beside a picture), and one
                    // line of text after them.
                    let fits_at = |at: u32| {
                        let first = col.room(at);
                        first.is_some()
                            && (at..at + SUBHEAD_LINES).all(|k| k < bottom && col.room(k) == first)
                            && at + SUBHEAD_LINES < bottom
                            && col.room(at + SUBHEAD_LINES).is_some()
                    };
                    if !fits_at(l) {
                        if !(l + 1..bottom).any(fits_at) {
                            return;
                        }
                        l += 1;
                        continue;
                    }
                    self.out.items.push(SetItem {
                        block: Some(*block),
                        kind: SetKind::Subhead {
                            text: (*text).to_owned(),
                        },
                        slot: Some(slot(l, room)),
                    });
                    l += SUBHEAD_LINES;
                    used = true;
                    self.item += 1;
                }
                FlowItem::Paragraph { .. } => {
                    while !self.paragraph_done() {
                        let Some(room) = next_room(&mut l) else {
                            return;
                        };
                        self.set_line(Some(slot(l, room)), room.1, Some(col.width));
                        l += 1;
                        used = true;
                    }
                    self.finish_paragraph();
                }
            }
        }
        if self.byline == BylineState::OwnLine
            && let Some(room) = next_room(&mut l)
        {
            self.set_byline(Some(slot(l, room)));
        }
    }

    /// Whether the current paragraph is all set (starting it on the way in).
    fn paragraph_done(&mut self) -> bool {
        if self.paragraph.is_none() {
            let (flow, item, style) = (self.flow, self.item, &self.style);
            self.paragraph = self
                .memo
                .borrow_mut()
                .starts
                .entry(item)
                .or_insert_with(|| Paragraph::start(flow, item, style))
                .clone();
        }
        self.paragraph.as_ref().is_none_or(|p| p.breaker.is_done())
    }

    /// Moves past the paragraph just set and the parts joined to it.
    fn finish_paragraph(&mut self) {
        self.item = self.paragraph.take().map_or(self.item, |p| p.last_item) + 1;
    }

    /// Sets the current paragraph's next line in `room`; `column` is the width of the column it
    /// is in (`None` where there is no frame). In a column as wide as the article was printed
    /// (within [`PRINTED_TOLERANCE`](crate::typeset::PRINTED_TOLERANCE)), a line breaks in the
    /// room it was printed in, its segment's or its cut-in's, and fills `room` where the two are
    /// within the tolerance: the room *is* the printed room then, and a line half an em short
    /// would leave the column's edge ragged. A cut-in narrower than that keeps its white beside
    /// the line.
    fn set_line(&mut self, slot: Option<Slot>, room: Em, column: Option<Em>) {
        let Some(paragraph) = self.paragraph.as_mut() else {
            return;
        };
        let (_, segment) = paragraph.part_at(paragraph.breaker.next_byte());
        let index = match self.segment_lines {
            (s, n) if s == segment => n,
            _ => 0,
        };
        self.segment_lines = (segment, index + 1);
        let printed = self.flow.rooms.map(|r| r.room(segment, index));
        // (the room the line breaks in, the width it is placed in)
        let at_printed_width = |c: Em| self.flow.rooms.is_some_and(|rooms| printed_width(rooms, c));
        let (room, width) = match (column, printed) {
            (None, Some(printed)) => (printed, printed),
            (Some(c), Some(printed))
                if at_printed_width(c) && within_printed_tolerance(printed, room) =>
            {
                (printed, room)
            }
            // A cut-in narrower than the room: its white stays beside the line.
            (Some(c), Some(printed)) if at_printed_width(c) && printed.get() < room.get() => {
                (printed, printed)
            }
            _ => (room, room),
        };
        let key = (
            paragraph.first_item,
            paragraph.breaker.checkpoint(),
            room.get().to_bits(),
            width.get().to_bits(),
        );
        let known = self.memo.borrow().lines.get(&key).cloned();
        let line = match known {
            Some((line, after)) => {
                paragraph.breaker.restore(after);
                line
            }
            None => {
                let Some(line) = paragraph.breaker.next_line_in(room, width) else {
                    return;
                };
                let after = paragraph.breaker.checkpoint();
                self.memo
                    .borrow_mut()
                    .lines
                    .insert(key, (line.clone(), after));
                line
            }
        };
        let line_text = line.text(&paragraph.text).to_owned();
        let (block, _) = paragraph.part_at(line.range.start);
        let mut run_in = false;
        if paragraph.breaker.is_done()
            && Some(paragraph.last_item) == self.flow.last_paragraph
            && self.byline == BylineState::Undecided
            && let Some(byline) = self.flow.byline
        {
            run_in = byline_runs_in(
                byline.placement,
                paragraph.breaker.follows_printed(),
                &line_text,
                line.indent,
                &byline.text,
                &self.style,
                width,
            );
            self.byline = if run_in {
                BylineState::Done
            } else {
                BylineState::OwnLine
            };
            self.out.byline_run_in = run_in;
        }
        self.out.items.push(SetItem {
            block: Some(block),
            kind: SetKind::Line {
                line,
                text: line_text,
                room,
                run_in,
            },
            slot,
        });
    }

    fn set_byline(&mut self, slot: Option<Slot>) {
        self.out.items.push(SetItem {
            block: None,
            kind: SetKind::Byline,
            slot,
        });
        self.byline = BylineState::Done;
    }

    /// Sets everything left without a place (overset) in `room`; `column` is the width of the
    /// last column it flowed out of, `None` where there was no region at all (then lines keep
    /// the rooms they were printed in, where they were).
    fn overflow(&mut self, room: Em, column: Option<Em>) {
        while let Some(item) = self.flow.items.get(self.item) {
            match item {
                FlowItem::ColumnBreak => {}
                FlowItem::Subhead { block, text } => self.out.items.push(SetItem {
                    block: Some(*block),
                    kind: SetKind::Subhead {
                        text: (*text).to_owned(),
                    },
                    slot: None,
                }),
                FlowItem::Paragraph { .. } => {
                    while !self.paragraph_done() {
                        self.set_line(None, room, column);
                    }
                    self.finish_paragraph();
                    continue;
                }
            }
            self.item += 1;
        }
        if self.byline == BylineState::OwnLine {
            self.set_byline(None);
        }
    }

    fn fill_frame(&mut self, columns: &[Column], bottom: Option<u32>) {
        for (i, col) in columns.iter().enumerate() {
            if self.done() {
                return;
            }
            self.fill_column(col, bottom.unwrap_or(col.bottom), i + 1 == columns.len());
        }
    }

    /// Grid lines used in a frame so far.
    fn lines_in(&self, frame: FrameId) -> u32 {
        self.out
            .items
            .iter()
            .filter(|i| i.slot.is_some_and(|s| s.frame == frame))
            .map(SetItem::lines)
            .sum()
    }
}

/// Sets an article's flow in a chain of regions, given as each frame's columns in chain order,
/// in `style`, each line in the room its column gives: one run answers where every line goes,
/// how high the text reaches and what is overset. The last frame's columns are balanced; what
/// they do not hold is set on, overset, at the last column's width. With no frames, all is
/// overset, in the rooms the article was printed in, else `unplaced_room` wide.
pub fn set_chain(
    flow: &ArticleFlow<'_>,
    chain: &[Vec<Column>],
    style: Style,
    unplaced_room: Em,
) -> SetArticle {
    let mut pour = Pour::new(flow, style);
    for (k, columns) in chain.iter().enumerate() {
        let Some(first) = columns.first() else {
            continue;
        };
        if k + 1 < chain.len() || flow.keep_printed_columns {
            pour.fill_frame(columns, None);
            continue;
        }
        let start = pour.clone();
        pour.fill_frame(columns, None);
        if !pour.done() {
            continue;
        }
        // Balance: the lowest common foot at which the columns still hold everything. Whether
        // they do only grows with the foot, so it is found by halving.
        let used = pour.lines_in(first.frame);
        let mut fits = pour.out.foot_in(first.frame).unwrap_or(first.bottom);
        let mut below = first.top + used.div_ceil(columns.len() as u32);
        below = below.saturating_sub(1).min(fits);
        let mut best = None;
        while fits - below > 1 {
            let foot = below + (fits - below) / 2;
            let mut trial = start.clone();
            trial.fill_frame(columns, Some(foot));
            if trial.done() {
                fits = foot;
                best = Some(trial);
            } else {
                below = foot;
            }
        }
        if let Some(trial) = best {
            pour = trial;
        }
    }
    let capacity = chain.iter().flatten().map(|c| c.capacity(c.bottom)).sum();
    let last = chain.last().and_then(|cols| cols.last()).map(|c| c.width);
    pour.overflow(last.unwrap_or(unplaced_room), last);
    pour.out.capacity = capacity;
    pour.out
}

/// The room each printed body line is set in, in order: the room of the composed line of its
/// paragraph in the same place (they are the same lines while the printed breaks are followed;
/// where a paragraph is set afresh, the nearest one).
pub fn line_rooms(article: &Article, set: &SetArticle) -> Vec<Em> {
    let mut rooms = Vec::new();
    let mut last = article.printed.as_ref().map_or(Em::ZERO, |r| r.measure);
    for (block, b) in article.body.iter().enumerate() {
        let Block::Paragraph(p) = b else {
            continue;
        };
        let Some(printed) = p
            .printed_lines
            .as_ref()
            .filter(|_| p.printed_line_texts().is_some())
        else {
            continue;
        };
        let composed: Vec<Em> = set
            .block_lines(block)
            .filter_map(|i| match i.kind {
                SetKind::Line { room, .. } => Some(room),
                _ => None,
            })
            .collect();
        for k in 0..printed.len() {
            last = composed.get(k).or(composed.last()).copied().unwrap_or(last);
            rooms.push(last);
        }
    }
    rooms
}
