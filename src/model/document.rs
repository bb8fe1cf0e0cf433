//! The document: everything a layout file holds.

use serde::{Deserialize, Serialize};

use super::{
    Article, ArticleId, Em, Frame, FrameContent, FrameId, Gap, Issue, Page, PageGeometry,
    PageSetup, Photo, PhotoId, Proofing, Styles,
};

/// The format version this build writes; files with a larger one are refused, versions 1 to 4
/// are upgraded when they are read (4 lacks only what came with 5: the issue and its furniture).
pub const FORMAT_VERSION: u32 = 5;

/// A laid-out page: page setup, articles in flow order, and pages of frames placing them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The file format version (see [`FORMAT_VERSION`]).
    pub version: u32,
    /// Page size and grid, shared by every page.
    #[serde(default)]
    pub setup: PageSetup,
    /// The articles in flow order: the order export writes them in.
    #[serde(default)]
    pub articles: Vec<Article>,
    /// The pages and their frames; an article in no frame is unplaced.
    #[serde(default = "one_page")]
    pub pages: Vec<Page>,
    /// How the imported text file was written, so export can write it the same way.
    #[serde(default)]
    pub source: TextSource,
    /// The text styles: faces and sizes by role.
    #[serde(default, skip_serializing_if = "Styles::is_default")]
    pub styles: Styles,
    /// Findings accepted and expressions added for proofing.
    #[serde(default, skip_serializing_if = "Proofing::is_empty")]
    pub proofing: Proofing,
    /// The issue the pages make, with what its masthead and page headers print; none for a
    /// page laid out alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue: Option<Issue>,
}

fn one_page() -> Vec<Page> {
    vec![Page::default()]
}

impl Default for Document {
    fn default() -> Self {
        Document {
            version: FORMAT_VERSION,
            setup: PageSetup::default(),
            articles: Vec::new(),
            pages: one_page(),
            source: TextSource::default(),
            styles: Styles::default(),
            proofing: Proofing::default(),
            issue: None,
        }
    }
}

impl Document {
    /// The article with this id.
    pub fn article(&self, id: ArticleId) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// The article with this id, for changing it.
    pub fn article_mut(&mut self, id: ArticleId) -> Option<&mut Article> {
        self.articles.iter_mut().find(|a| a.id == id)
    }

    /// An id no article of this document has yet.
    pub fn next_article_id(&self) -> ArticleId {
        ArticleId(self.articles.iter().map(|a| a.id.0 + 1).max().unwrap_or(0))
    }

    /// An id no photo of this document has yet.
    pub fn next_photo_id(&self) -> PhotoId {
        PhotoId(self.photos().map(|(_, p)| p.id.0 + 1).max().unwrap_or(0))
    }

    /// Every photo of every article, with the article it belongs to.
    pub fn photos(&self) -> impl Iterator<Item = (ArticleId, &Photo)> {
        self.articles
            .iter()
            .flat_map(|a| a.photos.iter().map(move |p| (a.id, p)))
    }

    /// The photo with this id, and its article.
    pub fn photo(&self, id: PhotoId) -> Option<(ArticleId, &Photo)> {
        self.photos().find(|(_, p)| p.id == id)
    }

    /// The photo with this id, for changing it.
    pub fn photo_mut(&mut self, id: PhotoId) -> Option<&mut Photo> {
        self.articles
            .iter_mut()
            .flat_map(|a| a.photos.iter_mut())
            .find(|p| p.id == id)
    }

    /// The frame that shows a photo, if it is placed.
    pub fn photo_frame(&self, id: PhotoId) -> Option<&Frame> {
        self.frames()
            .map(|(_, f)| f)
            .find(|f| f.picture().is_some_and(|p| p.photo == id))
    }

    /// Every frame of every page, with its page index.
    pub fn frames(&self) -> impl Iterator<Item = (usize, &Frame)> {
        self.pages
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.frames.iter().map(move |f| (i, f)))
    }

    /// The frame with this id.
    pub fn frame(&self, id: FrameId) -> Option<&Frame> {
        self.frames().map(|(_, f)| f).find(|f| f.id == id)
    }

    /// The frame with this id and the index of its page.
    pub fn frame_on_page(&self, id: FrameId) -> Option<(usize, &Frame)> {
        self.frames().find(|(_, f)| f.id == id)
    }

    /// The frame with this id, for changing it.
    pub fn frame_mut(&mut self, id: FrameId) -> Option<&mut Frame> {
        self.pages
            .iter_mut()
            .flat_map(|p| p.frames.iter_mut())
            .find(|f| f.id == id)
    }

    /// An id no frame of this document has yet.
    pub fn next_frame_id(&self) -> FrameId {
        FrameId(self.frames().map(|(_, f)| f.id.0 + 1).max().unwrap_or(0))
    }

    /// The frames an article's text runs through, in chain order. Empty when the article is
    /// unplaced.
    pub fn chain(&self, article: ArticleId) -> Vec<FrameId> {
        self.article(article)
            .map(|a| a.frames.clone())
            .unwrap_or_default()
    }

    /// The text frames of `article`'s chain that are on a page, in chain order, each with the
    /// index of its page: where its text is set.
    pub fn chain_frames(&self, article: &Article) -> Vec<(usize, Frame)> {
        article
            .frames
            .iter()
            .filter_map(|&id| self.frame_on_page(id))
            .map(|(p, f)| (p, f.clone()))
            .collect()
    }

    /// The article whose text or headline block a frame holds: the article whose chain lists a
    /// text frame, the article of a headline frame. None for pictures and boxes.
    pub fn frame_article(&self, id: FrameId) -> Option<ArticleId> {
        match self.frame(id)?.content {
            FrameContent::Headline { article } => Some(article),
            FrameContent::Text { .. } => self
                .articles
                .iter()
                .find(|a| a.frames.contains(&id))
                .map(|a| a.id),
            FrameContent::Box { .. }
            | FrameContent::Photo { .. }
            | FrameContent::Masthead
            | FrameContent::Header => None,
        }
    }

    /// The first frame of an article's chain, the one that holds its headline block.
    pub fn first_frame(&self, article: ArticleId) -> Option<&Frame> {
        let first = *self.article(article)?.frames.first()?;
        self.frame(first)
    }

    /// The frame that holds an article's headline block apart from its text, if it has one.
    pub fn headline_frame(&self, article: ArticleId) -> Option<&Frame> {
        self.frames()
            .map(|(_, f)| f)
            .find(|f| f.content == FrameContent::Headline { article })
    }

    /// Whether the article is on the page: its text has a frame, or, for an article that is
    /// only photos, a photo of it has.
    pub fn is_placed(&self, article: ArticleId) -> bool {
        self.article(article).is_some_and(|a| {
            !a.frames.is_empty()
                || self.headline_frame(article).is_some()
                || (!a.has_text() && a.photos.iter().any(|p| self.photo_frame(p.id).is_some()))
        })
    }

    /// Adds a frame to the page with index `page` (the last page when there is no such page).
    pub fn add_frame(&mut self, page: usize, frame: Frame) {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        self.pages[page.min(last)].frames.push(frame);
    }

    /// Adds a text frame to page `page` and to the end of an article's chain, so that the
    /// article's text goes on in it.
    pub fn add_text_frame(&mut self, page: usize, article: ArticleId, frame: Frame) {
        let id = frame.id;
        self.add_frame(page, frame);
        if let Some(a) = self.article_mut(article) {
            a.frames.push(id);
        }
    }

    /// Adds a text frame to page `page`, linked after `from` in the chain `from` is in, so that
    /// the text `from` cannot hold goes on in it (续排). Returns false, adding nothing, when
    /// `from` is in no chain.
    pub fn link_after(&mut self, from: FrameId, page: usize, frame: Frame) -> bool {
        let id = frame.id;
        let Some(article) = self.articles.iter_mut().find(|a| a.frames.contains(&from)) else {
            return false;
        };
        let at = article.frames.iter().position(|&f| f == from).unwrap_or(0);
        article.frames.insert(at + 1, id);
        self.add_frame(page, frame);
        true
    }

    /// Removes a frame, and takes it out of the chain that ran through it. Returns it, if there
    /// was one.
    pub fn remove_frame(&mut self, id: FrameId) -> Option<Frame> {
        let mut removed = None;
        for page in &mut self.pages {
            if let Some(i) = page.frames.iter().position(|f| f.id == id) {
                removed = Some(page.frames.remove(i));
            }
        }
        for article in &mut self.articles {
            article.frames.retain(|&f| f != id);
        }
        removed
    }

    /// Where the chains of articles disagree with the frames: a chain lists a frame that is no
    /// text frame of the document, or a text frame is in two chains. A layout file that says so
    /// is damaged, since banmian never writes one.
    pub fn chain_error(&self) -> Option<String> {
        let mut seen: Vec<FrameId> = Vec::new();
        for article in &self.articles {
            for &id in &article.frames {
                if !self.frame(id).is_some_and(Frame::is_text) {
                    return Some(format!(
                        "article {} runs into frame {}, which is no text frame of the layout",
                        article.id.0, id.0
                    ));
                }
                if seen.contains(&id) {
                    return Some(format!("frame {} is listed in more than one chain", id.0));
                }
                seen.push(id);
            }
        }
        None
    }

    /// Drops every paragraph's printed line breaks, so that all text is set afresh in the room
    /// its frames give (重排全部, `export --reset`).
    pub fn reset_lines(&mut self) {
        for article in &mut self.articles {
            for block in &mut article.body {
                if let super::Block::Paragraph(p) = block {
                    p.printed_lines = None;
                }
            }
        }
    }

    /// Whether `frame`, on page `page`, would cover another frame of that page where it may
    /// not (see [`Frame::conflicts_with`]); the frame itself, by its id, is not counted. Frames
    /// of other pages never meet it.
    pub fn would_overlap(&self, page: usize, frame: &Frame) -> bool {
        self.pages.get(page).is_some_and(|p| {
            p.frames
                .iter()
                .any(|other| other.id != frame.id && other.conflicts_with(frame))
        })
    }

    /// The first place on page `page`, top to bottom and left to right on the base columns,
    /// where a frame `width` ems wide and `height` grid lines high stays in the type area and
    /// covers no frame: where a pasted box or a text continued to make room goes.
    pub fn first_free_spot(&self, page: usize, width: Em, height: u32) -> Option<(Em, u32)> {
        let g = PageGeometry::new(&self.setup);
        let frames = self.pages.get(page).map_or(&[][..], |p| &p.frames[..]);
        (0..g.lines)
            .flat_map(|line| (0..g.columns).map(move |c| (g.column_em(c), line)))
            .find(|&(x, line)| {
                let there = Frame::text(FrameId(u32::MAX), x, width, line, height);
                there.right().get() <= g.type_width_em().get() + 1e-3
                    && there.bottom() <= g.lines
                    && !frames.iter().any(|f| f.overlaps(&there))
            })
    }

    /// The page a frame of the document is on (the first page for a frame not yet added).
    pub fn page_of(&self, id: FrameId) -> usize {
        self.frame_on_page(id).map_or(0, |(page, _)| page)
    }

    /// The frames that reach past the type area (after a page setup change, say): they would
    /// print off the page.
    pub fn frames_off_page(&self) -> Vec<FrameId> {
        let g = PageGeometry::new(&self.setup);
        self.frames()
            .map(|(_, f)| f)
            .filter(|f| f.right().get() > g.type_width_em().get() + 1e-3 || f.bottom() > g.lines)
            .map(|f| f.id)
            .collect()
    }

    /// Pairs of frames on the same page that cover some of the same area and may not (a
    /// picture box over a text frame may: the text wraps around it). At most
    /// [`MAX_OVERLAPS`] pairs: a damaged file of stacked frames would otherwise list billions.
    pub fn overlapping_frames(&self) -> Vec<(FrameId, FrameId)> {
        let mut pairs = Vec::new();
        for page in &self.pages {
            for (i, a) in page.frames.iter().enumerate() {
                for b in &page.frames[i + 1..] {
                    if a.conflicts_with(b) {
                        pairs.push((a.id, b.id));
                        if pairs.len() == MAX_OVERLAPS {
                            return pairs;
                        }
                    }
                }
            }
        }
        pairs
    }

    /// Appends articles, unplaced, giving them and their photos fresh ids so they cannot clash
    /// with those already here.
    pub fn append_articles(&mut self, articles: Vec<crate::model::Article>) {
        for mut article in articles {
            article.id = self.next_article_id();
            article.frames.clear();
            let first = self.next_photo_id().0;
            for (k, photo) in article.photos.iter_mut().enumerate() {
                photo.id = PhotoId(first + k as u32);
            }
            self.articles.push(article);
        }
    }
}

/// The most overlapping pairs [`Document::overlapping_frames`] lists.
pub const MAX_OVERLAPS: usize = 1000;

/// How the source text file was encoded and laid out, so export can write it back as it was.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TextSource {
    /// The encoding's WHATWG name: `UTF-8`, `gb18030`, `GBK`, `UTF-16LE`, `UTF-16BE`.
    pub encoding: String,
    /// Whether the file started with a byte order mark.
    pub bom: bool,
    /// The line ending.
    pub line_ending: LineEnding,
    /// The lines (counted from 0) that end otherwise, in a file that mixes line endings.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other_endings: Vec<(u32, LineEnding)>,
    /// Blank lines before the first article.
    #[serde(skip_serializing_if = "Gap::is_empty")]
    pub leading: Gap,
}

impl Default for TextSource {
    fn default() -> Self {
        TextSource {
            encoding: "UTF-8".to_owned(),
            bom: false,
            line_ending: LineEnding::Lf,
            other_endings: Vec::new(),
            leading: Gap::none(),
        }
    }
}

/// A text file's line ending.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum LineEnding {
    /// `\n`, as on Linux and macOS.
    #[default]
    Lf,
    /// `\r\n`, as on Windows.
    CrLf,
    /// `\r` alone, as on old Macs.
    Cr,
}

impl LineEnding {
    /// The bytes of the line ending.
    pub fn as_str(self) -> &'static str {
        match self {
            LineEnding::Lf => "\n",
            LineEnding::CrLf => "\r\n",
            LineEnding::Cr => "\r",
        }
    }
}
