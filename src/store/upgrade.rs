//! Reading layout files of older format versions into today's document.
//!
//! - Version 1: one page, one frame per article keyed by the article, placed on whole base
//!   columns.
//! - Version 2: pages of frames that each carried every kind's fields (`article`,
//!   `text_columns`, `next`, `wrap`, `picture`), the chain recorded by the frames' `next` links.
//! - Versions 1 to 3: an article's printed measures on the article itself (`measure`,
//!   `segment_measures`, `cut_ins`, a paragraph's `measure`), a measure even where nothing was
//!   printed; version 4 keeps them as the one record [`PrintedRooms`].
//!
//! An upgraded document is written out and read again as the current version by the caller, so
//! that every number of it is checked by the same rules as a current file's.

use serde::Deserialize;

use crate::model::PageGeometry;
use crate::model::ranges;
use crate::model::{
    Article, ArticleId, CutIn, Document, Em, FORMAT_VERSION, Frame, FrameContent, FrameId, Page,
    PageSetup, Picture, PrintedRooms, Proofing, Standoff, Styles, TextSource,
};

/// A version 1 layout file.
#[derive(Deserialize)]
pub(crate) struct DocumentV1 {
    #[serde(default)]
    page: PageSetup,
    #[serde(default)]
    articles: Vec<Article>,
    #[serde(default)]
    frames: Vec<FrameV1>,
    #[serde(default)]
    source: TextSource,
    /// Version 1 had no pages: a file that says it is version 1 and has them is a later
    /// layout with a wrong version, whose frames version 1's reading would drop.
    #[serde(default, deserialize_with = "present")]
    pages: Option<serde::de::IgnoredAny>,
}

/// Reads a field whatever it holds, to know that it is there.
fn present<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<serde::de::IgnoredAny>, D::Error> {
    serde::de::IgnoredAny::deserialize(d).map(Some)
}

/// A version 1 frame: one article on whole base columns.
#[derive(Deserialize)]
struct FrameV1 {
    article: ArticleId,
    #[serde(deserialize_with = "ranges::column_index")]
    column: u32,
    #[serde(deserialize_with = "ranges::text_columns")]
    span: u32,
    #[serde(deserialize_with = "ranges::grid_line")]
    line: u32,
    #[serde(deserialize_with = "ranges::grid_lines")]
    height: u32,
    #[serde(default = "one", deserialize_with = "ranges::text_columns")]
    text_columns: u32,
}

fn one() -> u32 {
    1
}

impl DocumentV1 {
    /// Whether the file has pages, which no version 1 file has.
    pub(crate) fn has_pages(&self) -> bool {
        self.pages.is_some()
    }

    /// The same layout as a current document: frames get ids in their order and keep their
    /// place; imported column breaks keep starting columns, as version 1 set them.
    pub(crate) fn upgrade(self) -> Document {
        let g = PageGeometry::new(&self.page);
        let mut articles: Vec<Article> = self
            .articles
            .into_iter()
            .map(|mut a| {
                a.keep_printed_columns = true;
                a.frames.clear();
                a
            })
            .collect();
        let mut frames = Vec::with_capacity(self.frames.len());
        for (i, f) in self.frames.iter().enumerate() {
            let Some(article) = articles.iter_mut().find(|a| a.id == f.article) else {
                continue;
            };
            let id = FrameId(i as u32);
            article.frames.push(id);
            let content = FrameContent::Text {
                columns: f.text_columns.max(1),
            };
            let (x, width) = (g.column_em(f.column), g.span_em(f.span.max(1)));
            frames.push(Frame::new(id, x, width, f.line, f.height.max(1), content));
        }
        Document {
            version: FORMAT_VERSION,
            setup: self.page,
            articles,
            pages: vec![Page {
                frames,
                ..Page::default()
            }],
            source: self.source,
            styles: Styles::default(),
            proofing: Proofing::default(),
            issue: None,
        }
    }
}

/// A version 2 layout file.
#[derive(Deserialize)]
pub(crate) struct DocumentV2 {
    #[serde(default)]
    setup: PageSetup,
    #[serde(default)]
    articles: Vec<Article>,
    #[serde(default)]
    pages: Vec<PageV2>,
    #[serde(default)]
    source: TextSource,
    #[serde(default)]
    styles: Styles,
    #[serde(default)]
    proofing: Proofing,
}

#[derive(Deserialize)]
struct PageV2 {
    #[serde(default)]
    frames: Vec<FrameV2>,
}

/// What version 2 called a frame's kind.
#[derive(Clone, Copy, Default, PartialEq, Deserialize)]
enum KindV2 {
    #[default]
    Text,
    Box,
    Headline,
    Photo,
}

/// A version 2 frame: every kind's fields on every frame.
#[derive(Deserialize)]
struct FrameV2 {
    id: FrameId,
    #[serde(default)]
    kind: KindV2,
    #[serde(default)]
    article: Option<ArticleId>,
    #[serde(deserialize_with = "ranges::frame_x_em")]
    x: crate::model::Em,
    #[serde(deserialize_with = "ranges::frame_width_em")]
    width: crate::model::Em,
    #[serde(deserialize_with = "ranges::grid_line")]
    line: u32,
    #[serde(deserialize_with = "ranges::grid_lines")]
    height: u32,
    #[serde(default = "one", deserialize_with = "ranges::text_columns")]
    text_columns: u32,
    #[serde(default)]
    next: Option<FrameId>,
    #[serde(default)]
    wrap: Option<Standoff>,
    #[serde(default)]
    picture: Option<Picture>,
}

impl FrameV2 {
    /// The frame as it is now; None for a frame of a kind whose contents are missing (a
    /// headline frame of no article, a photo frame of no picture), which showed nothing.
    fn upgrade(&self) -> Option<Frame> {
        let content = match self.kind {
            KindV2::Text => FrameContent::Text {
                columns: self.text_columns.max(1),
            },
            KindV2::Headline => FrameContent::Headline {
                article: self.article?,
            },
            KindV2::Box => FrameContent::Box { wrap: self.wrap },
            KindV2::Photo => FrameContent::Photo {
                picture: self.picture?,
                wrap: self.wrap,
            },
        };
        let (x, width) = (self.x, self.width);
        Some(Frame::new(
            self.id,
            x,
            width,
            self.line,
            self.height,
            content,
        ))
    }
}

impl DocumentV2 {
    /// The same layout as a current document. Each article's chain is read from its text
    /// frames' `next` links as version 2 read it: the first is the one no other frame of the
    /// article leads to, and frames the links do not reach follow in page order.
    pub(crate) fn upgrade(self) -> Document {
        let all: Vec<&FrameV2> = self.pages.iter().flat_map(|p| &p.frames).collect();
        let mut articles = self.articles;
        for article in &mut articles {
            let own: Vec<&FrameV2> = all
                .iter()
                .copied()
                .filter(|f| f.kind == KindV2::Text && f.article == Some(article.id))
                .collect();
            article.frames = chain_of(&own);
        }
        let pages = self
            .pages
            .iter()
            .map(|p| Page {
                frames: p.frames.iter().filter_map(FrameV2::upgrade).collect(),
                ..Page::default()
            })
            .collect();
        Document {
            version: FORMAT_VERSION,
            setup: self.setup,
            articles,
            pages,
            source: self.source,
            styles: self.styles,
            proofing: self.proofing,
            issue: None,
        }
    }
}

/// One article's text frames in the order their `next` links give.
fn chain_of(own: &[&FrameV2]) -> Vec<FrameId> {
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
    for f in own {
        if !chain.contains(&f.id) {
            chain.push(f.id);
        }
    }
    chain
}

/// The printed measures that versions 1 to 3 kept on each article, read from the same file as
/// the rest of the document (every other field is skipped here).
#[derive(Deserialize)]
pub(crate) struct MeasuresV3 {
    #[serde(default)]
    articles: Vec<ArticleMeasuresV3>,
}

/// One article's measures in versions 1 to 3.
#[derive(Deserialize)]
struct ArticleMeasuresV3 {
    #[serde(default = "base_column")]
    measure: f32,
    #[serde(default, deserialize_with = "ranges::column_ems")]
    segment_measures: Vec<Em>,
    #[serde(default)]
    cut_ins: Vec<CutIn>,
}

/// The measure an article of versions 1 to 3 had when its file gave none.
fn base_column() -> f32 {
    PageSetup::default().base_column_em.get()
}

impl MeasuresV3 {
    /// Gives each article of `doc` (read from the same file, so in the same order) the rooms it
    /// was printed in, where it was printed: where it has printed lines, or columns or cut-ins
    /// measured apart. A manuscript's `measure` only asked for a base column, which is what an
    /// article without printed rooms is now given.
    pub(crate) fn upgrade(self, doc: &mut Document) {
        for (article, old) in doc.articles.iter_mut().zip(self.articles) {
            let printed_lines = article.paragraphs().any(|p| p.printed_lines.is_some());
            let measured = !old.segment_measures.is_empty() || !old.cut_ins.is_empty();
            if !(printed_lines || measured) {
                continue;
            }
            // Checked as a current file's rooms are when the upgraded file is read again.
            article.printed = Some(PrintedRooms {
                measure: Em(old.measure),
                segments: old.segment_measures,
                cut_ins: old.cut_ins,
            });
        }
    }
}
