//! The document: everything a layout file holds.

use serde::{Deserialize, Serialize};

use super::{Article, ArticleId, Frame, Gap, PageSetup};

/// The format version this build writes; files with a larger one are refused.
pub const FORMAT_VERSION: u32 = 1;

/// A laid-out page: page setup, articles in flow order, and frames placing them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The file format version (see [`FORMAT_VERSION`]).
    pub version: u32,
    /// Page size and grid.
    #[serde(default)]
    pub page: PageSetup,
    /// The articles in flow order: the order export writes them in.
    #[serde(default)]
    pub articles: Vec<Article>,
    /// Frames placing articles on the page; an article without one is unplaced.
    #[serde(default)]
    pub frames: Vec<Frame>,
    /// How the imported text file was written, so export can write it the same way.
    #[serde(default)]
    pub source: TextSource,
}

impl Default for Document {
    fn default() -> Self {
        Document {
            version: FORMAT_VERSION,
            page: PageSetup::default(),
            articles: Vec::new(),
            frames: Vec::new(),
            source: TextSource::default(),
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

    /// The frame that places this article, if it is placed.
    pub fn frame_of(&self, id: ArticleId) -> Option<&Frame> {
        self.frames.iter().find(|f| f.article == id)
    }

    /// Appends articles, giving them fresh ids so they cannot clash with those already here.
    pub fn append_articles(&mut self, articles: Vec<crate::model::Article>) {
        for mut article in articles {
            article.id = self.next_article_id();
            self.articles.push(article);
        }
    }
}

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
}

impl LineEnding {
    /// The bytes of the line ending.
    pub fn as_str(self) -> &'static str {
        match self {
            LineEnding::Lf => "\n",
            LineEnding::CrLf => "\r\n",
        }
    }
}
