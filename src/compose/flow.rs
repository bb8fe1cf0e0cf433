//! An article's flow: the one walk of its body that composition and the text export both read,
//! so that they cannot disagree on which lines are printed, where a column breaks or whether the
//! byline runs in.

use crate::model::{Article, Block, Byline, BylinePlacement, Em, PrintedRooms};
use crate::typeset::{PrintedBreaks, within_printed_tolerance};

/// One thing in an article's flow, in reading order.
#[derive(Clone, Debug)]
pub enum FlowItem<'a> {
    /// A paragraph, or the part of one after a column break.
    Paragraph {
        /// Its index in the article's body.
        block: usize,
        /// Its text.
        text: &'a str,
        /// Whether it opens the paragraph (and so its first line is indented).
        opens: bool,
        /// The breaks it was printed with, while its text is as imported.
        printed: Option<PrintedBreaks>,
        /// The column segment it is in (0 = before the first column break).
        segment: usize,
    },
    /// A subhead.
    Subhead {
        /// Its index in the article's body.
        block: usize,
        /// Its text.
        text: &'a str,
    },
    /// The printed column ended here.
    ColumnBreak,
}

/// An article's body as a flow to set, with its byline.
#[derive(Clone, Debug)]
pub struct ArticleFlow<'a> {
    /// The body, in order.
    pub items: Vec<FlowItem<'a>>,
    /// The index in `items` of the last paragraph, which a byline may run in after.
    pub last_paragraph: Option<usize>,
    /// The byline, unless the lead already prints it.
    pub byline: Option<&'a Byline>,
    /// Whether column breaks start a new text column (按原版转栏).
    pub keep_printed_columns: bool,
    /// The rooms its lines were printed in, where the article was imported from a page.
    pub rooms: Option<&'a PrintedRooms>,
}

/// Whether a column `width` wide is one an article was printed in (by its `rooms`): within
/// [`PRINTED_TOLERANCE`](crate::typeset::PRINTED_TOLERANCE) of its main measure, or of a
/// segment's within an em of it.
pub fn printed_width(rooms: &PrintedRooms, width: Em) -> bool {
    let near = |m: Em| within_printed_tolerance(m, width);
    near(rooms.measure)
        || rooms
            .segments
            .iter()
            .any(|&m| near(m) && (m - rooms.measure).get() <= 1.0 + 1e-3)
}

/// The flow of an article's body.
pub fn article_flow(article: &Article) -> ArticleFlow<'_> {
    let mut segment = 0;
    let mut items = Vec::with_capacity(article.body.len());
    for (block, b) in article.body.iter().enumerate() {
        match b {
            Block::Paragraph(p) => {
                items.push(FlowItem::Paragraph {
                    block,
                    text: &p.text,
                    opens: !p.continues,
                    printed: p.printed_line_texts().zip(article.printed.as_ref()).map(
                        |(lines, rooms)| PrintedBreaks {
                            counts: lines.iter().map(|l| l.chars().count() as u32).collect(),
                            measure: rooms.segment(segment),
                        },
                    ),
                    segment,
                });
            }
            Block::Subhead(s) => items.push(FlowItem::Subhead {
                block,
                text: &s.text,
            }),
            Block::ColumnBreak => {
                segment += 1;
                items.push(FlowItem::ColumnBreak);
            }
        }
    }
    if !article.keep_printed_columns {
        forget_printed_in_edited_runs(&mut items);
    }
    let last_paragraph = items
        .iter()
        .rposition(|i| matches!(i, FlowItem::Paragraph { .. }));
    ArticleFlow {
        items,
        last_paragraph,
        byline: article
            .byline
            .as_ref()
            .filter(|b| b.placement != BylinePlacement::InLead),
        keep_printed_columns: article.keep_printed_columns,
        rooms: article.printed.as_ref(),
    }
}

/// A paragraph that column breaks cut into parts flows on as one when the printed columns are
/// not kept. Its printed lines hold only while every part is as imported: once one part is
/// edited, all parts are set afresh together, so no text is written twice.
fn forget_printed_in_edited_runs(items: &mut [FlowItem<'_>]) {
    let mut k = 0;
    while k < items.len() {
        let mut end = k;
        while matches!(items.get(end + 1), Some(FlowItem::ColumnBreak))
            && matches!(
                items.get(end + 2),
                Some(FlowItem::Paragraph { opens: false, .. })
            )
        {
            end += 2;
        }
        let edited = items[k..=end]
            .iter()
            .any(|i| matches!(i, FlowItem::Paragraph { printed: None, .. }));
        if end > k && edited {
            for item in &mut items[k..=end] {
                if let FlowItem::Paragraph { printed, .. } = item {
                    *printed = None;
                }
            }
        }
        k = end + 1;
    }
}
