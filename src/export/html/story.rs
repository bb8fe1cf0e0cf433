//! An article as the e-paper tells it: its headlines and byline, its body as paragraphs (joined
//! across column breaks and jump lines, not the printed lines) with its subheads, its photos,
//! and the file it is written to.

use crate::model::{Article, Block, Document};

/// A part of an article's body.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    /// A paragraph, whole.
    Paragraph(String),
    /// A subhead (小标题).
    Subhead(String),
}

/// A photo of an article, copied into the site.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// Its file in the site, relative to the site's folder.
    pub src: String,
    /// The caption (图片说明).
    pub caption: Option<String>,
    /// The credit (摄).
    pub credit: Option<String>,
}

/// An article of the e-paper.
#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    /// Its file, `article-03.html`: a name safe whatever the headline.
    pub file: String,
    /// Its WeChat file beside it, `article-03.wechat.html`.
    pub wechat_file: String,
    /// The page it starts on (index).
    pub page: usize,
    /// What lists and titles call it.
    pub title: String,
    /// 引题.
    pub kicker: Option<String>,
    /// 主题.
    pub headline: Option<String>,
    /// 副题.
    pub subtitle: Option<String>,
    /// The byline as printed.
    pub byline: Option<String>,
    /// Its body.
    pub body: Vec<Part>,
    /// Its photos.
    pub figures: Vec<Figure>,
}

impl Story {
    /// The story of `article` (the `number`th on the site, from 1) starting on page `page`; its
    /// photos are named by `src` (the site file a photo was copied to, if it was).
    pub fn of(
        article: &Article,
        number: usize,
        page: usize,
        mut src: impl FnMut(&crate::model::Photo) -> Option<String>,
    ) -> Story {
        let nonempty = |s: &Option<String>| s.clone().filter(|s| !s.trim().is_empty());
        let mut body: Vec<Part> = Vec::new();
        for block in &article.body {
            match block {
                Block::Paragraph(p) if p.continues => match body.last_mut() {
                    Some(Part::Paragraph(text)) => text.push_str(&p.text),
                    _ => body.push(Part::Paragraph(p.text.clone())),
                },
                Block::Paragraph(p) if !p.text.trim().is_empty() => {
                    body.push(Part::Paragraph(p.text.clone()));
                }
                Block::Subhead(s) if !s.text.trim().is_empty() => {
                    body.push(Part::Subhead(s.text.clone()));
                }
                _ => {}
            }
        }
        let figures = article
            .photos
            .iter()
            .filter_map(|p| {
                Some(Figure {
                    src: src(p)?,
                    caption: nonempty(&p.caption),
                    credit: nonempty(&p.credit),
                })
            })
            .collect();
        Story {
            file: format!("article-{number:02}.html"),
            wechat_file: format!("article-{number:02}.wechat.html"),
            page,
            title: article.title(),
            kicker: nonempty(&article.kicker),
            headline: nonempty(&article.headline),
            subtitle: nonempty(&article.subtitle),
            byline: article
                .byline
                .as_ref()
                .map(|b| b.text.clone())
                .filter(|b| !b.trim().is_empty()),
            body,
            figures,
        }
    }

    /// The first words of its body, for a description.
    pub fn lead(&self) -> String {
        self.body
            .iter()
            .find_map(|p| match p {
                Part::Paragraph(text) => Some(super::markup::first_chars(text, 80)),
                Part::Subhead(_) => None,
            })
            .unwrap_or_else(|| self.title.clone())
    }
}

/// The page an article starts on: that of the first of its frames, its photos' included.
pub fn first_page(doc: &Document, article: &Article) -> Option<usize> {
    let text = doc.first_frame(article.id).map(|f| doc.page_of(f.id));
    let head = doc.headline_frame(article.id).map(|f| doc.page_of(f.id));
    let photos = article
        .photos
        .iter()
        .filter_map(|p| doc.photo_frame(p.id))
        .map(|f| doc.page_of(f.id));
    head.into_iter().chain(text).chain(photos).min()
}
