//! Changes to the document: every change the editor, the command line or a test makes is one of
//! these, applied in one place, so that undo, the unsaved mark and autosave see all of them.

use crate::edit::arrange::{arrange_to_fill, default_frame};
use crate::edit::room::{continue_in, grow_for_vertical_headline, grow_to_hold_text, make_room};
use crate::fonts::Fonts;
use crate::model::PageGeometry;
use crate::model::{
    Article, ArticleBox, ArticleId, Block, Byline, Document, Em, Expression, Frame, FrameContent,
    FrameId, HeadlineBlock, Ignored, Issue, PageSetup, Paragraph, Photo, PhotoId, Picture, Styles,
    Subhead, TextSource,
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

/// What a page's header says of who made it, and whether it has rules between its articles.
#[derive(Clone, Debug, PartialEq)]
pub struct PageInfo {
    /// The page's editor (责任编辑).
    pub editor: Option<String>,
    /// The page's proofreader (校对).
    pub proofreader: Option<String>,
    /// Whether thin rules stand in the gutters between its articles.
    pub rules: bool,
}

/// One change to the document.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Put an unplaced article on a page with its top-left at a grid position. Refused where
    /// its frame would cover another.
    Place {
        /// The page's index.
        page: usize,
        /// The article.
        article: ArticleId,
        /// Left edge, in ems from the type area's left edge.
        x: Em,
        /// First grid line.
        line: u32,
    },
    /// Move a frame. Refused where it would cover another frame.
    MoveFrame {
        /// The frame.
        frame: FrameId,
        /// New left edge, in ems from the type area's left edge.
        x: Em,
        /// New first grid line.
        line: u32,
    },
    /// Resize a frame. Refused where it would cover another frame.
    ResizeFrame {
        /// The frame.
        frame: FrameId,
        /// New width in ems.
        width: Em,
        /// New height in grid lines.
        height: u32,
    },
    /// Set the number of text columns in a frame.
    SetTextColumns {
        /// The frame.
        frame: FrameId,
        /// Number of text columns.
        columns: u32,
    },
    /// Switch whether an article's imported column breaks start new columns (按原版转栏).
    SetKeepPrintedColumns {
        /// The article.
        article: ArticleId,
        /// Whether they do.
        keep: bool,
    },
    /// Change how an article's headline block is set.
    SetHeadlineBlock {
        /// The article.
        article: ArticleId,
        /// The new settings.
        block: HeadlineBlock,
    },
    /// Set the width of an article's text columns (栏宽): every frame of its chain is resized
    /// to hold its text columns at that width, and the text is set afresh in them.
    SetMeasure {
        /// The article.
        article: ArticleId,
        /// The measure.
        measure: Em,
    },
    /// Take an article off the page (it goes back to the list): all its frames go.
    Unplace(ArticleId),
    /// Take an article out of the document (cut): its frames, its photos' and the article.
    RemoveArticle(ArticleId),
    /// Arrange every article again, so that the page left free is one block at its foot (Layout
    /// ▸ Fill the page): the articles' frames go, picture boxes stay.
    FillPage,
    /// Make room for an article's overset text: its frame grows where the page is free, its
    /// photos are cut down to the least they show, the rest continues in a new frame.
    MakeRoom(ArticleId),
    /// Remove one frame; the chain it was in closes over it.
    RemoveFrame(FrameId),
    /// Continue the text of a frame's article in a new frame with its top-left at a grid
    /// position (续排): as wide as the frame, as high as the free page there allows.
    ContinueIn {
        /// The frame whose text goes on.
        from: FrameId,
        /// Left edge, in ems from the type area's left edge.
        x: Em,
        /// First grid line.
        line: u32,
    },
    /// Set an article's headline block in a frame of its own, over the top of its first frame
    /// (the text frame gives up those lines), so it can be moved apart from the text.
    DetachHeadline(ArticleId),
    /// Set the headline block back at the top of the article's first frame.
    AttachHeadline(ArticleId),
    /// Put an empty picture box on a page; text wraps around it.
    AddBox {
        /// The page's index.
        page: usize,
        /// Left edge, in ems from the type area's left edge.
        x: Em,
        /// First grid line.
        line: u32,
        /// Width in ems.
        width: Em,
        /// Height in grid lines.
        height: u32,
    },
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
    /// Change the text styles (faces and sizes by role).
    SetStyles(Styles),
    /// Set every paragraph afresh from its text in the current frames (重排全部).
    ResetLines,
    /// Add a photo to an article (or to a new article of its own) and place its frame: at a
    /// grid position where given and free, else with the article, else where the page is free.
    PlacePhoto {
        /// The article it joins; a new one when `None`.
        article: Option<ArticleId>,
        /// The photo (a fresh id is given).
        photo: Box<Photo>,
        /// Where its frame's top-left goes: left edge in ems, grid line.
        at: Option<(Em, u32)>,
        /// The page it goes on when dropped at a point or its article stands on no page.
        page: usize,
    },
    /// Set how a photo frame shows its picture: fit, zoom, crop.
    SetPicture {
        /// The photo frame.
        frame: FrameId,
        /// The new settings (for the photo it shows).
        picture: Picture,
    },
    /// Change a photo's caption and credit (empty text removes them).
    SetPhotoText {
        /// The photo.
        photo: PhotoId,
        /// What it shows.
        caption: String,
        /// Who took it.
        credit: String,
    },
    /// Remove a photo from its article, and its frame from the page.
    RemovePhoto(PhotoId),
    /// Accept a proofing finding: it stays quiet in this document.
    Ignore(Ignored),
    /// Add an entry to the document's list of standard expressions (规范表述).
    AddExpression(Expression),
    /// Insert an empty page before the page with this index (after the last past it).
    AddPage(usize),
    /// Remove a page: its frames go, and articles standing on it alone go back to the list.
    RemovePage(usize),
    /// Move a page to another place in the issue.
    MovePage {
        /// Its index now.
        from: usize,
        /// Its index after.
        to: usize,
    },
    /// Move a frame to another page, at the same size: with its top-left at `at` (left edge in
    /// ems, grid line) where given, else to the first place there it covers nothing. Refused
    /// where that covers a frame or the page has no such place.
    MoveFrameToPage {
        /// The frame.
        frame: FrameId,
        /// The page's index.
        page: usize,
        /// Where its top-left goes, if dropped at a point.
        at: Option<(Em, u32)>,
    },
    /// Move an article to another page: its frames, headline block and photos together as they
    /// stand, the block they make with its top-left at `at` where given, else at the first place
    /// there they cover nothing; an unplaced article is placed there. Refused where its frames
    /// stand on more than one page, or they would cover a frame there.
    MoveArticleToPage {
        /// The article.
        article: ArticleId,
        /// The page's index.
        page: usize,
        /// Where the block's top-left goes, if dropped at a point.
        at: Option<(Em, u32)>,
    },
    /// Make the document an issue with these fields (its pages get their masthead and
    /// headers), or a page alone.
    SetIssue(Option<Issue>),
    /// Set who edits and proofreads a page and whether rules stand between its articles.
    SetPageInfo {
        /// The page's index.
        page: usize,
        /// The page's editor, proofreader and rules.
        info: PageInfo,
    },
    /// Put a box round an article (边框, 底纹), or take it away; its frames grow where the page
    /// has room, to hold the text at the box's inset.
    SetBox {
        /// The article.
        article: ArticleId,
        /// The box, or none.
        boxed: Option<ArticleBox>,
    },
    /// Name a page (版名); empty text takes the name away.
    SetPageName {
        /// The page's index.
        page: usize,
        /// The name.
        name: String,
    },
    /// Add imported articles, and place them where the page has room. The text source (encoding,
    /// line endings) becomes the document's when it had no articles yet.
    AddArticles(Vec<Article>, TextSource),
}

/// Applies an edit, setting text in faces found in `fonts`. Returns false when it changed
/// nothing (an unknown article, or a frame that would cover another).
pub fn apply(doc: &mut Document, fonts: &Fonts, edit: Edit) -> bool {
    match edit {
        Edit::Place {
            page,
            article,
            x,
            line,
        } => {
            if doc.is_placed(article) {
                return false;
            }
            let Some(a) = doc.article(article) else {
                return false;
            };
            let frame = default_frame(doc, fonts, a, doc.next_frame_id(), x, line);
            if page >= doc.pages.len() || doc.would_overlap(page, &frame) {
                return false;
            }
            doc.add_text_frame(page, article, frame);
            true
        }
        Edit::MoveFrame { frame, x, line } => with_frame(doc, frame, |f, g| {
            f.x = x.min(g.type_width_em() - f.width).max(Em::ZERO);
            f.line = line.min(g.lines.saturating_sub(f.height));
        }),
        Edit::ResizeFrame {
            frame,
            width,
            height,
        } => with_frame(doc, frame, |f, g| {
            f.width = width.min(g.type_width_em() - f.x).max(Em(4.0));
            f.height = height.clamp(1, g.lines.saturating_sub(f.line).max(1));
        }),
        Edit::SetTextColumns { frame, columns } => {
            with_frame(doc, frame, |f, _| f.set_text_columns(columns.clamp(1, 12)))
        }
        Edit::SetKeepPrintedColumns { article, keep } => {
            with_article(doc, article, |a| a.keep_printed_columns = keep)
        }
        Edit::SetHeadlineBlock { article, block } => {
            let changed = with_article(doc, article, |a| a.headline_block = block);
            grow_for_vertical_headline(doc, fonts, article);
            changed
        }
        Edit::SetMeasure { article, measure } => set_measure(doc, article, measure),
        Edit::RemoveFrame(id) => doc.remove_frame(id).is_some(),
        Edit::ContinueIn { from, x, line } => continue_in(doc, fonts, from, x, line),
        Edit::DetachHeadline(article) => detach_headline(doc, fonts, article),
        Edit::AttachHeadline(article) => {
            let Some(head) = doc.headline_frame(article).cloned() else {
                return false;
            };
            doc.remove_frame(head.id);
            // The text frame moves back up to where the block stood.
            if let Some(first) = doc.first_frame(article).cloned()
                && first.line == head.bottom()
                && let Some(f) = doc.frame_mut(first.id)
            {
                f.line = head.line;
            }
            true
        }
        Edit::AddBox {
            page,
            x,
            line,
            width,
            height,
        } => {
            let g = PageGeometry::new(&doc.setup);
            let width = width.min(g.type_width_em()).max(Em(2.0));
            let x = x.min(g.type_width_em() - width).max(Em::ZERO);
            let line = line.min(g.lines.saturating_sub(1));
            let height = height.clamp(1, g.lines - line);
            let frame = Frame::picture_box(doc.next_frame_id(), x, width, line, height);
            if page >= doc.pages.len() || doc.would_overlap(page, &frame) {
                return false;
            }
            // The articles whose text it stands in keep all their lines where the page has room.
            let under: Vec<ArticleId> = doc
                .pages
                .get(page)
                .into_iter()
                .flat_map(|p| &p.frames)
                .filter(|f| f.is_text() && f.overlaps(&frame))
                .filter_map(|f| doc.frame_article(f.id))
                .collect();
            doc.add_frame(page, frame);
            for article in under {
                grow_to_hold_text(doc, fonts, article);
            }
            true
        }
        Edit::MakeRoom(article) => make_room(doc, fonts, article),
        Edit::FillPage => {
            let before = doc.clone();
            let ids: Vec<ArticleId> = doc.articles.iter().map(|a| a.id).collect();
            for id in ids {
                apply(doc, fonts, Edit::Unplace(id));
            }
            arrange_to_fill(doc, fonts);
            *doc != before
        }
        Edit::RemoveArticle(article) => {
            let Some(at) = doc.articles.iter().position(|a| a.id == article) else {
                return false;
            };
            apply(doc, fonts, Edit::Unplace(article));
            doc.articles.remove(at);
            true
        }
        Edit::Unplace(article) => {
            let mut frames = doc.chain(article);
            frames.extend(doc.headline_frame(article).map(|f| f.id));
            let photos = doc.article(article).map_or(&[][..], |a| &a.photos);
            frames.extend(
                photos
                    .iter()
                    .filter_map(|p| doc.photo_frame(p.id))
                    .map(|f| f.id),
            );
            for id in &frames {
                doc.remove_frame(*id);
            }
            !frames.is_empty()
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
                b.set_text(text);
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
        Edit::ResetLines => {
            let before = doc.articles.clone();
            doc.reset_lines();
            doc.articles != before
        }
        Edit::SetPage(setup) => {
            doc.setup = setup;
            true
        }
        Edit::SetStyles(styles) => {
            let changed = doc.styles != styles;
            doc.styles = styles;
            changed
        }
        Edit::PlacePhoto {
            article,
            photo,
            at,
            page,
        } => super::photos::place_photo(doc, fonts, article, *photo, (page, at)),
        Edit::SetPicture { frame, picture } => super::photos::set_picture(doc, frame, picture),
        Edit::SetPhotoText {
            photo,
            caption,
            credit,
        } => super::photos::set_photo_text(doc, photo, caption, credit),
        Edit::RemovePhoto(photo) => super::photos::remove_photo(doc, photo),
        Edit::AddExpression(entry) => {
            let new = !entry.wrong.trim().is_empty()
                && !doc
                    .proofing
                    .expressions
                    .iter()
                    .any(|e| e.wrong == entry.wrong);
            if new {
                doc.proofing.expressions.push(entry);
            }
            new
        }
        Edit::Ignore(ignored) => {
            let new = !doc.proofing.ignored.contains(&ignored);
            if new {
                doc.proofing.ignored.push(ignored);
            }
            new
        }
        Edit::AddPage(at) => furnished(doc, |doc| doc.add_page(at)),
        Edit::RemovePage(at) => furnished(doc, |doc| doc.remove_page(at).is_some()),
        Edit::MovePage { from, to } => furnished(doc, |doc| doc.move_page(from, to)),
        Edit::SetIssue(issue) => {
            let changed = doc.issue != issue;
            doc.issue = issue;
            doc.furnish();
            changed
        }
        Edit::SetBox { article, boxed } => {
            let changed = with_article(doc, article, |a| a.boxed = boxed);
            grow_to_hold_text(doc, fonts, article);
            changed
        }
        Edit::SetPageInfo { page, info } => match doc.pages.get_mut(page) {
            Some(p) => {
                let changed = p.editor != info.editor
                    || p.proofreader != info.proofreader
                    || p.rules != info.rules;
                p.editor = info.editor;
                p.proofreader = info.proofreader;
                p.rules = info.rules;
                changed
            }
            None => false,
        },
        Edit::MoveFrameToPage { frame, page, at } => doc.move_frames_to_page(&[frame], page, at),
        Edit::MoveArticleToPage { article, page, at } => {
            move_article_to_page(doc, fonts, article, (page, at))
        }
        Edit::SetPageName { page, name } => match doc.pages.get_mut(page) {
            Some(p) => {
                let name = Some(name.trim().to_owned()).filter(|n| !n.is_empty());
                let changed = p.name != name;
                p.name = name;
                changed
            }
            None => false,
        },
        Edit::AddArticles(articles, source) => {
            if doc.articles.is_empty() {
                doc.source = source;
            }
            doc.append_articles(articles);
            // Over every page of an issue, in flow order, continuing where a page is full.
            super::arrange_pages(doc, fonts, doc.pages.len(), false);
            true
        }
    }
}

/// A change to the issue's pages, after which each page has its furniture again.
fn furnished(doc: &mut Document, change: impl FnOnce(&mut Document) -> bool) -> bool {
    let changed = change(doc);
    doc.furnish();
    changed
}

/// See [`Edit::MoveArticleToPage`].
fn move_article_to_page(
    doc: &mut Document,
    fonts: &Fonts,
    article: ArticleId,
    (page, at): (usize, Option<(Em, u32)>),
) -> bool {
    let Some(a) = doc.article(article) else {
        return false;
    };
    let mut ids = doc.chain(article);
    ids.extend(doc.headline_frame(article).map(|f| f.id));
    ids.extend(
        a.photos
            .iter()
            .filter_map(|p| doc.photo_frame(p.id))
            .map(|f| f.id),
    );
    if !ids.is_empty() {
        return doc.move_frames_to_page(&ids, page, at);
    }
    let frame = default_frame(doc, fonts, a, doc.next_frame_id(), Em::ZERO, 0);
    let Some((x, line)) = at.or_else(|| doc.first_free_spot(page, frame.width, frame.height))
    else {
        return false;
    };
    apply(
        doc,
        fonts,
        Edit::Place {
            page,
            article,
            x,
            line,
        },
    )
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

/// Sets the width of an article's text columns: each frame of its chain becomes as wide as its
/// text columns at `measure` with the gutters between them (kept inside the type area), and the
/// article is set afresh. Changes nothing when a frame would then cover another, or when its
/// frames are already that wide (an unplaced article has no columns to change).
fn set_measure(doc: &mut Document, article: ArticleId, measure: Em) -> bool {
    let g = PageGeometry::new(&doc.setup);
    let Some(a) = doc.article(article) else {
        return false;
    };
    let mut resized = Vec::with_capacity(a.frames.len());
    for &id in &a.frames {
        let Some(frame) = doc.frame(id) else {
            continue;
        };
        let columns = frame.text_columns();
        let width = g.columns_width(measure, columns);
        let width = width.min(g.type_width_em()).max(Em(1.0));
        let x = frame.x.min(g.type_width_em() - width).max(Em::ZERO);
        resized.push(Frame {
            x,
            width,
            ..frame.clone()
        });
    }
    if resized
        .iter()
        .any(|f| doc.would_overlap(doc.page_of(f.id), f))
    {
        return false;
    }
    let mut changed = false;
    for frame in resized {
        if let Some(f) = doc.frame_mut(frame.id)
            && *f != frame
        {
            *f = frame;
            changed = true;
        }
    }
    // Text columns of another width set the text afresh: its printed breaks no longer hold.
    if changed && let Some(a) = doc.article_mut(article) {
        a.set_afresh();
    }
    changed
}

/// Changes a frame, keeping it inside the type area; the change is undone when the frame would
/// then cover another.
fn with_frame(doc: &mut Document, id: FrameId, f: impl FnOnce(&mut Frame, &PageGeometry)) -> bool {
    let g = PageGeometry::new(&doc.setup);
    let Some(frame) = doc.frame_mut(id) else {
        return false;
    };
    let before = frame.clone();
    f(frame, &g);
    let after = frame.clone();
    if after == before {
        return false;
    }
    if doc.would_overlap(doc.page_of(id), &after) {
        if let Some(frame) = doc.frame_mut(id) {
            *frame = before;
        }
        return false;
    }
    true
}

/// Moves an article's headline block into a frame of its own at the top of its first frame,
/// as high as the block is there; the text frame starts under it.
fn detach_headline(doc: &mut Document, fonts: &Fonts, article: ArticleId) -> bool {
    if doc.headline_frame(article).is_some() {
        return false;
    }
    let Some(first) = doc.first_frame(article).cloned() else {
        return false;
    };
    let page = crate::compose::compose_page(doc, fonts);
    let head = page.frame(first.id).map_or(0, |f| f.head_lines);
    if head == 0 || head >= first.height {
        return false;
    }
    let content = FrameContent::Headline { article };
    let id = doc.next_frame_id();
    let block = Frame::new(id, first.x, first.width, first.line, head, content);
    // The text frame moves down under the block, keeping its height where the page below is
    // free, else giving up the block's lines.
    let moved = Frame {
        line: first.line + head,
        ..first.clone()
    };
    let text = if doc.would_overlap(doc.page_of(first.id), &moved) {
        Frame {
            height: first.height - head,
            ..moved
        }
    } else {
        moved
    };
    if let Some(f) = doc.frame_mut(first.id) {
        *f = text;
    }
    doc.add_frame(0, block);
    true
}
