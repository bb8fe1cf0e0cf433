//! The document: everything a layout file holds.

use serde::{Deserialize, Serialize};

use super::{
    Article, ArticleId, Frame, FrameId, FrameKind, Gap, Page, PageSetup, Photo, PhotoId, Proofing,
    Styles,
};

/// The format version this build writes; files with a larger one are refused, version 1 files
/// are upgraded when they are read.
pub const FORMAT_VERSION: u32 = 2;

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
            .find(|f| f.picture.is_some_and(|p| p.photo == id))
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

    /// The frames an article's text runs through, in chain order: the first is the one no other
    /// frame of the article leads to. Empty when the article is unplaced.
    pub fn chain(&self, article: ArticleId) -> Vec<FrameId> {
        let own: Vec<&Frame> = self
            .frames()
            .map(|(_, f)| f)
            .filter(|f| f.article == Some(article) && f.kind == FrameKind::Text)
            .collect();
        let Some(first) = own
            .iter()
            .find(|f| !own.iter().any(|g| g.next == Some(f.id)))
            .or(own.first())
        else {
            return Vec::new();
        };
        let mut chain = vec![first.id];
        let mut at = *first;
        while let Some(next) = at.next.and_then(|n| own.iter().find(|f| f.id == n)) {
            if chain.contains(&next.id) {
                break;
            }
            chain.push(next.id);
            at = next;
        }
        // Frames of the article that the chain does not reach still show its text: they follow.
        for f in &own {
            if !chain.contains(&f.id) {
                chain.push(f.id);
            }
        }
        chain
    }

    /// The first frame of an article's chain, the one that holds its headline block.
    pub fn first_frame(&self, article: ArticleId) -> Option<&Frame> {
        self.chain(article).first().and_then(|&id| self.frame(id))
    }

    /// The frame that holds an article's headline block apart from its text, if it has one.
    pub fn headline_frame(&self, article: ArticleId) -> Option<&Frame> {
        self.frames()
            .map(|(_, f)| f)
            .find(|f| f.article == Some(article) && f.kind == FrameKind::Headline)
    }

    /// Whether the article is on the page: its text has a frame, or, for an article that is
    /// only photos, a photo of it has.
    pub fn is_placed(&self, article: ArticleId) -> bool {
        self.frames().any(|(_, f)| f.article == Some(article))
            || self.article(article).is_some_and(|a| {
                !a.has_text() && a.photos.iter().any(|p| self.photo_frame(p.id).is_some())
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

    /// Removes a frame, mending the chain that ran through it. Returns it, if there was one.
    pub fn remove_frame(&mut self, id: FrameId) -> Option<Frame> {
        let mut removed = None;
        for page in &mut self.pages {
            if let Some(i) = page.frames.iter().position(|f| f.id == id) {
                removed = Some(page.frames.remove(i));
            }
        }
        let removed = removed?;
        for page in &mut self.pages {
            for f in &mut page.frames {
                if f.next == Some(id) {
                    f.next = removed.next;
                }
            }
        }
        Some(removed)
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

    /// Appends articles, giving them and their photos fresh ids so they cannot clash with those
    /// already here.
    pub fn append_articles(&mut self, articles: Vec<crate::model::Article>) {
        for mut article in articles {
            article.id = self.next_article_id();
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
