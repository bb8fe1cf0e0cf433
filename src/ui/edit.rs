//! Changes to the document: every change the editor makes is one of these, applied in one place,
//! so that undo, the unsaved mark and autosave see all of them.

use crate::compose::arrange::{arrange, default_frame};
use crate::model::{
    Article, ArticleId, Block, Byline, Document, Em, Frame, PageSetup, Paragraph, Subhead,
};

/// Which header line of an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderField {
    /// 引题.
    Kicker,
    /// 主题.
    Headline,
    /// 副题.
    Subtitle,
}

/// The kinds of body block the inspector can insert.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// A paragraph.
    Paragraph,
    /// A subhead.
    Subhead,
    /// A column break.
    ColumnBreak,
}

/// One change to the document.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Put an unplaced article on the page with its top-left at a grid position.
    Place {
        /// The article.
        article: ArticleId,
        /// First base column.
        column: u32,
        /// First grid line.
        line: u32,
    },
    /// Move a frame to a grid position.
    MoveFrame {
        /// The article whose frame moves.
        article: ArticleId,
        /// New first base column.
        column: u32,
        /// New first grid line.
        line: u32,
    },
    /// Resize a frame.
    ResizeFrame {
        /// The article whose frame changes.
        article: ArticleId,
        /// Base columns spanned.
        span: u32,
        /// Height in grid lines.
        height: u32,
    },
    /// Set the number of text columns in a frame; the article's measure follows the columns.
    SetTextColumns {
        /// The article whose frame changes.
        article: ArticleId,
        /// Number of text columns.
        columns: u32,
    },
    /// Set an article's measure (re-typesets it).
    SetMeasure {
        /// The article.
        article: ArticleId,
        /// The measure.
        measure: Em,
    },
    /// Take an article off the page (it goes back to the list).
    RemoveFrame(ArticleId),
    /// Change kicker, headline or subtitle (empty text removes it).
    SetHeader {
        /// The article.
        article: ArticleId,
        /// Which line.
        field: HeaderField,
        /// The new text.
        text: String,
    },
    /// Change the byline (empty text removes it).
    SetByline {
        /// The article.
        article: ArticleId,
        /// The new text.
        text: String,
    },
    /// Change the text of a paragraph or subhead.
    SetBlockText {
        /// The article.
        article: ArticleId,
        /// The block's index in the body.
        block: usize,
        /// The new text.
        text: String,
    },
    /// Insert an empty paragraph, an empty subhead or a column break at a body index.
    InsertBlock {
        /// The article.
        article: ArticleId,
        /// Where.
        at: usize,
        /// What.
        kind: BlockKind,
    },
    /// Remove a body block (a column break joins the paragraph it cut).
    RemoveBlock {
        /// The article.
        article: ArticleId,
        /// The block's index.
        block: usize,
    },
    /// Remove all of an article's column breaks.
    RemoveColumnBreaks(ArticleId),
    /// Move an article to another place in the flow (export) order.
    MoveInFlow {
        /// Its index now.
        from: usize,
        /// Its index after.
        to: usize,
    },
    /// Change the page setup.
    SetPage(PageSetup),
    /// Add imported articles, and place them where the page has room.
    AddArticles(Vec<Article>),
}

/// Applies an edit. Returns false when it changed nothing (an unknown article, say).
pub fn apply(doc: &mut Document, edit: Edit) -> bool {
    match edit {
        Edit::Place {
            article,
            column,
            line,
        } => {
            if doc.frame_of(article).is_some() {
                return false;
            }
            let Some(a) = doc.article(article) else {
                return false;
            };
            let frame = default_frame(a, &doc.page, column, line);
            doc.frames.push(frame);
            true
        }
        Edit::MoveFrame {
            article,
            column,
            line,
        } => with_frame(doc, article, |f, cols| {
            f.column = column.min(cols.saturating_sub(f.span));
            f.line = line;
        }),
        Edit::ResizeFrame {
            article,
            span,
            height,
        } => with_frame(doc, article, |f, cols| {
            f.span = span.clamp(1, cols.saturating_sub(f.column).max(1));
            f.height = height.max(1);
        }),
        Edit::SetTextColumns { article, columns } => {
            let page = doc.page.clone();
            let changed = with_frame(doc, article, |f, _| f.text_columns = columns.clamp(1, 12));
            if let Some(frame) = doc.frame_of(article).cloned() {
                let measure = crate::compose::PageGeometry::new(&page)
                    .frame(&frame)
                    .column_measure;
                if let Some(a) = doc.article_mut(article) {
                    a.set_measure(measure);
                }
            }
            changed
        }
        Edit::SetMeasure { article, measure } => {
            with_article(doc, article, |a| a.set_measure(measure))
        }
        Edit::RemoveFrame(article) => {
            let before = doc.frames.len();
            doc.frames.retain(|f| f.article != article);
            before != doc.frames.len()
        }
        Edit::SetHeader {
            article,
            field,
            text,
        } => with_article(doc, article, |a| {
            let slot = match field {
                HeaderField::Kicker => &mut a.kicker,
                HeaderField::Headline => &mut a.headline,
                HeaderField::Subtitle => &mut a.subtitle,
            };
            *slot = (!text.is_empty()).then_some(text);
        }),
        Edit::SetByline { article, text } => with_article(doc, article, |a| {
            if text.trim().is_empty() {
                a.byline = None;
            } else if let Some(b) = &mut a.byline {
                b.text = text;
            } else {
                a.byline = Some(Byline::new(text));
            }
        }),
        Edit::SetBlockText {
            article,
            block,
            text,
        } => with_article(doc, article, |a| match a.body.get_mut(block) {
            Some(Block::Paragraph(p)) => p.set_text(text),
            Some(Block::Subhead(s)) => s.text = text,
            _ => {}
        }),
        Edit::InsertBlock { article, at, kind } => with_article(doc, article, |a| {
            let block = match kind {
                BlockKind::Paragraph => Block::Paragraph(Paragraph::new(String::new())),
                BlockKind::Subhead => Block::Subhead(Subhead::new(String::new())),
                BlockKind::ColumnBreak => Block::ColumnBreak,
            };
            a.body.insert(at.min(a.body.len()), block);
        }),
        Edit::RemoveBlock { article, block } => with_article(doc, article, |a| {
            if matches!(a.body.get(block), Some(Block::ColumnBreak)) {
                a.remove_column_break(block);
            } else if block < a.body.len() {
                a.body.remove(block);
            }
        }),
        Edit::RemoveColumnBreaks(article) => {
            with_article(doc, article, Article::remove_column_breaks)
        }
        Edit::MoveInFlow { from, to } => {
            if from >= doc.articles.len() || from == to {
                return false;
            }
            let a = doc.articles.remove(from);
            doc.articles.insert(to.min(doc.articles.len()), a);
            true
        }
        Edit::SetPage(page) => {
            doc.page = page;
            true
        }
        Edit::AddArticles(articles) => {
            doc.append_articles(articles);
            arrange(doc);
            true
        }
    }
}

fn with_article(doc: &mut Document, id: ArticleId, f: impl FnOnce(&mut Article)) -> bool {
    match doc.article_mut(id) {
        Some(a) => {
            f(a);
            true
        }
        None => false,
    }
}

fn with_frame(doc: &mut Document, id: ArticleId, f: impl FnOnce(&mut Frame, u32)) -> bool {
    let columns = doc.page.base_columns.max(1);
    match doc.frames.iter_mut().find(|f| f.article == id) {
        Some(frame) => {
            f(frame, columns);
            true
        }
        None => false,
    }
}
