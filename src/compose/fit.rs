//! Copy-fitting: how many lines an article needs, which go into which text column of its frame,
//! and what is left over (overset) or left empty.

use crate::model::{Article, Block};
use crate::typeset::{Line, Style, byline_runs_in, set_printed, typeset};

/// Grid lines a subhead takes: its line and the space around it (一行题占两行).
pub const SUBHEAD_LINES: u32 = 2;
/// Grid lines the kicker takes at the top of a frame.
pub const KICKER_LINES: u32 = 2;
/// Grid lines the headline takes.
pub const HEADLINE_LINES: u32 = 3;
/// Grid lines the subtitle takes.
pub const SUBTITLE_LINES: u32 = 2;

/// One thing in an article's body flow, in order.
#[derive(Clone, Debug, PartialEq)]
pub enum BodyItem {
    /// A typeset line of a paragraph.
    Line {
        /// The paragraph's index in the article's body.
        block: usize,
        /// The line, with every character placed.
        line: Line,
        /// The line's text.
        text: String,
        /// A byline run in at the right of this (last) line.
        run_in: Option<String>,
    },
    /// A subhead, set centred.
    Subhead {
        /// Its index in the article's body.
        block: usize,
        /// Its text.
        text: String,
    },
    /// A byline on a line of its own.
    Byline(String),
    /// The text goes on in the next column.
    ColumnBreak,
}

impl BodyItem {
    /// How many grid lines the item takes.
    pub fn lines(&self) -> u32 {
        match self {
            BodyItem::Line { .. } | BodyItem::Byline(_) => 1,
            BodyItem::Subhead { .. } => SUBHEAD_LINES,
            BodyItem::ColumnBreak => 0,
        }
    }

    /// How many characters it holds (white space not counted).
    pub fn chars(&self) -> usize {
        let count = |s: &str| s.chars().filter(|c| !c.is_whitespace()).count();
        match self {
            BodyItem::Line { text, .. } | BodyItem::Subhead { text, .. } => count(text),
            BodyItem::Byline(_) | BodyItem::ColumnBreak => 0,
        }
    }
}

/// The article's body as typeset lines, subheads, byline and column breaks: printed lines where
/// the text is untouched, the engine's lines elsewhere, each at its segment's measure.
pub fn body_items(article: &Article) -> Vec<BodyItem> {
    let mut items = Vec::new();
    let last_paragraph = article
        .body
        .iter()
        .rposition(|b| matches!(b, Block::Paragraph(_)));
    let mut segment = 0;
    let mut byline_done = false;
    for (i, block) in article.body.iter().enumerate() {
        match block {
            Block::Paragraph(p) => {
                let style = Style::default().with_measure(article.paragraph_measure(segment, p));
                let printed = p.printed_line_texts();
                let lines = match &printed {
                    Some(lines) => set_printed(lines, &style, !p.continues),
                    None => typeset(&p.text, &style, !p.continues),
                };
                let count = lines.len();
                for (k, line) in lines.into_iter().enumerate() {
                    let text = line.text(&p.text).to_owned();
                    let mut run_in = None;
                    if k + 1 == count
                        && Some(i) == last_paragraph
                        && let Some(b) = &article.byline
                        && byline_runs_in(
                            b.placement,
                            printed.is_some(),
                            &text,
                            line.indent,
                            &b.text,
                            &style,
                        )
                    {
                        run_in = Some(b.text.clone());
                        byline_done = true;
                    }
                    items.push(BodyItem::Line {
                        block: i,
                        line,
                        text,
                        run_in,
                    });
                }
            }
            Block::Subhead(s) => items.push(BodyItem::Subhead {
                block: i,
                text: s.text.clone(),
            }),
            Block::ColumnBreak => {
                segment += 1;
                items.push(BodyItem::ColumnBreak);
            }
        }
    }
    if let Some(b) = &article.byline
        && !byline_done
        && b.placement != crate::model::BylinePlacement::InLead
    {
        items.push(BodyItem::Byline(b.text.clone()));
    }
    items
}

/// Grid lines the article's header (kicker, headline, subtitle) takes at the top of its frame.
pub fn header_lines(article: &Article) -> u32 {
    let has = |s: &Option<String>| s.as_deref().is_some_and(|t| !t.trim().is_empty());
    u32::from(has(&article.kicker)) * KICKER_LINES
        + u32::from(has(&article.headline)) * HEADLINE_LINES
        + u32::from(has(&article.subtitle)) * SUBTITLE_LINES
}

/// How an article's body fits a frame.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fit {
    /// For each text column, the indices of the items set in it, in order.
    pub columns: Vec<Vec<usize>>,
    /// Grid lines the body needs set in one column (forced column breaks not counted).
    pub lines_needed: u32,
    /// Grid lines the frame offers the body, all text columns together.
    pub capacity: u32,
    /// The items that did not fit, in order.
    pub overset: Vec<usize>,
    /// Grid lines of body that did not fit.
    pub overset_lines: u32,
    /// Characters that did not fit.
    pub overset_chars: usize,
    /// Grid lines left empty at the foot of the columns.
    pub empty_lines: u32,
}

/// Pours body items into `text_columns` columns of `column_lines` grid lines each. A column break
/// starts the next column (unless the current one is still empty, or is the last); what does not
/// fit is overset.
pub fn fit_article(items: &[BodyItem], column_lines: u32, text_columns: u32) -> Fit {
    let text_columns = text_columns.max(1);
    let mut fit = Fit {
        columns: vec![Vec::new(); text_columns as usize],
        lines_needed: items.iter().map(BodyItem::lines).sum(),
        capacity: column_lines * text_columns,
        ..Fit::default()
    };
    let mut column = 0usize;
    let mut used = 0u32;
    let mut used_total = 0u32;
    for (i, item) in items.iter().enumerate() {
        if column >= fit.columns.len() {
            fit.overset.push(i);
            continue;
        }
        if matches!(item, BodyItem::ColumnBreak) {
            // A break in the last column has nowhere to send the text: the text goes on here.
            if used > 0 && column + 1 < fit.columns.len() {
                column += 1;
                used = 0;
            }
            continue;
        }
        let h = item.lines();
        while column < fit.columns.len() && used + h > column_lines {
            column += 1;
            used = 0;
        }
        match fit.columns.get_mut(column) {
            Some(col) => {
                col.push(i);
                used += h;
                used_total += h;
            }
            None => fit.overset.push(i),
        }
    }
    fit.overset_lines = fit.overset.iter().map(|&i| items[i].lines()).sum();
    fit.overset_chars = fit.overset.iter().map(|&i| items[i].chars()).sum();
    fit.empty_lines = fit.capacity.saturating_sub(used_total);
    fit
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str) -> BodyItem {
        let line = typeset(text, &Style::default(), false).remove(0);
        BodyItem::Line {
            block: 0,
            line,
            text: text.to_owned(),
            run_in: None,
        }
    }

    #[test]
    fn column_breaks_are_forced_and_the_rest_is_overset() {
        let items = vec![
            line("一二"),
            BodyItem::ColumnBreak,
            line("三四"),
            line("五六"),
            line("七八"),
        ];
        let fit = fit_article(&items, 2, 2);
        assert_eq!(fit.columns, [vec![0], vec![2, 3]]);
        assert_eq!(fit.overset, [4]);
        assert_eq!(fit.overset_chars, 2);
        assert_eq!(fit.overset_lines, 1);
        assert_eq!(fit.lines_needed, 4);
        assert_eq!(fit.empty_lines, 1);
    }

    #[test]
    fn a_break_in_the_last_column_is_ignored() {
        let items = vec![
            line("一"),
            BodyItem::ColumnBreak,
            line("二"),
            BodyItem::ColumnBreak,
            line("三"),
        ];
        let fit = fit_article(&items, 5, 2);
        assert_eq!(fit.columns, [vec![0], vec![2, 4]]);
        assert!(fit.overset.is_empty());
    }

    #[test]
    fn a_subhead_that_does_not_fit_moves_on() {
        let items = vec![
            line("一"),
            BodyItem::Subhead {
                block: 1,
                text: "小标题".into(),
            },
            line("二"),
        ];
        let fit = fit_article(&items, 2, 2);
        assert_eq!(fit.columns, [vec![0], vec![1]]);
        assert_eq!(fit.overset, [2]);
    }
}
