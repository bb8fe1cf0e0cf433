//! Reading layout files of format version 1 (one page, one frame per article keyed by the
//! article, placed on whole base columns) into today's document.

use serde::Deserialize;

use crate::compose::PageGeometry;
use crate::model::ranges;
use crate::model::{
    Article, ArticleId, Document, FORMAT_VERSION, Frame, FrameId, Page, PageSetup, TextSource,
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
    /// The same layout as a current document: frames get ids in their order and keep their
    /// place; imported column breaks keep starting columns, as version 1 set them.
    pub(crate) fn upgrade(self) -> Document {
        let g = PageGeometry::new(&self.page);
        let frames = self
            .frames
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let mut frame = Frame::text(
                    FrameId(i as u32),
                    f.article,
                    g.column_em(f.column),
                    g.span_em(f.span.max(1)),
                    f.line,
                    f.height.max(1),
                );
                frame.text_columns = f.text_columns.max(1);
                frame
            })
            .collect();
        let articles = self
            .articles
            .into_iter()
            .map(|mut a| {
                a.keep_printed_columns = true;
                a
            })
            .collect();
        Document {
            version: FORMAT_VERSION,
            setup: self.page,
            articles,
            pages: vec![Page { frames }],
            source: self.source,
            styles: crate::model::Styles::default(),
            proofing: crate::model::Proofing::default(),
        }
    }
}
