//! A Word manuscript's paragraphs read as one article: the header from the document's own
//! marks (a Title or Heading style, else the first bold, larger or centred line), the byline in
//! any form of DESIGN.md §2, subheads as short bold or centred lines, and each picture with the
//! caption that follows it.

use crate::model::{Article, ArticleId, Block, Paragraph, SourceOrder, Subhead};

use super::super::byline::parse_byline;
use super::super::lines::ends_sentence;
use super::super::manuscript::{byline_of, join_line, lead_byline, starts_with_dash};
use super::super::picture::split_caption;
use super::body::Para;

/// The longest line read as a kicker, headline, subtitle or subhead, in characters.
const HEADING_MAX_CHARS: usize = 40;

/// The longest subhead, in characters.
const SUBHEAD_MAX_CHARS: usize = 20;

/// The first paragraphs looked at for the header.
const HEADER_SPAN: usize = 4;

/// A picture of the manuscript, by relationship id, with its caption and credit.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct PictureRef {
    /// The relationship id of the picture.
    pub id: String,
    /// What the paragraph after it says it shows.
    pub caption: Option<String>,
    /// Who took it.
    pub credit: Option<String>,
}

/// One paragraph or picture, in document order.
enum Entry {
    Text(Para),
    Picture(String),
}

/// The article the paragraphs make, and its pictures in order.
pub(super) fn read_article(paras: Vec<Para>, id: ArticleId) -> (Article, Vec<PictureRef>) {
    let mut entries = Vec::new();
    for mut p in paras {
        let pictures = std::mem::take(&mut p.pictures);
        p.text = clean(&p.text);
        if !p.text.is_empty() {
            entries.push(Entry::Text(p));
        }
        entries.extend(pictures.into_iter().map(Entry::Picture));
    }
    let body_size = body_size(&entries);
    let mut article = Article::new(id);
    let texts: Vec<(usize, &Para)> = entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| match e {
            Entry::Text(p) => Some((i, p)),
            Entry::Picture(_) => None,
        })
        .collect();
    let header: Vec<(usize, &Para)> = texts.iter().take(HEADER_SPAN).copied().collect();
    let headline = header
        .iter()
        .position(|(_, p)| is_title_style(p))
        .or_else(|| {
            // The most prominent of the short lines at the top: larger, then bold or centred.
            header
                .iter()
                .enumerate()
                .take_while(|(_, (_, p))| is_heading(p))
                .filter(|(_, (_, p))| prominence(p, body_size) > 0)
                .max_by_key(|(k, (_, p))| (prominence(p, body_size), usize::MAX - k))
                .map(|(k, _)| k)
        })
        .or_else(|| {
            // A manuscript with no formatting: a short first line over the text is its headline.
            (texts.len() > 1 && header.first().is_some_and(|(_, p)| is_heading(p))).then_some(0)
        });
    let mut used = vec![false; entries.len()];
    let mut next = 0;
    if let Some(h) = headline {
        let (hi, hp) = header[h];
        article.headline = Some(one_line(&hp.text));
        used[hi] = true;
        if h > 0 && is_heading(header[h - 1].1) {
            article.kicker = Some(one_line(&header[h - 1].1.text));
            used[header[h - 1].0] = true;
        }
        next = h + 1;
        if let Some(&(si, sp)) = header.get(next)
            && starts_with_dash(&sp.text)
            && is_heading(sp)
        {
            article.subtitle = Some(one_line(&sp.text));
            used[si] = true;
            next += 1;
        }
    }
    // A byline under the header.
    if let Some(&(bi, bp)) = texts.get(next)
        && let Some(byline) = byline_of(&bp.text)
    {
        article.byline = Some(byline);
        used[bi] = true;
    }
    article.order = SourceOrder::Manuscript {
        byline_first: article.byline.is_some(),
    };
    // A byline on the last line.
    if article.byline.is_none()
        && let Some(&(bi, bp)) = texts.last()
        && !used[bi]
        && let Some(byline) = byline_of(&bp.text)
    {
        article.byline = Some(byline);
        used[bi] = true;
    }
    let first_body = texts.iter().find(|(i, _)| !used[*i]).map(|(i, _)| *i);
    let last_body = texts.iter().rev().find(|(i, _)| !used[*i]).map(|(i, _)| *i);
    let mut pictures: Vec<PictureRef> = Vec::new();
    let mut after_picture = false;
    for (i, entry) in entries.iter().enumerate() {
        if used[i] {
            continue;
        }
        match entry {
            Entry::Picture(id) => {
                pictures.push(PictureRef {
                    id: id.clone(),
                    caption: None,
                    credit: None,
                });
                after_picture = true;
                continue;
            }
            Entry::Text(p) if after_picture && is_caption(&p.text) => {
                if let Some(picture) = pictures.last_mut() {
                    let (caption, credit) = split_caption(&p.text);
                    picture.caption = caption;
                    picture.credit = credit;
                }
            }
            Entry::Text(p) => {
                let inside = Some(i) != first_body && Some(i) != last_body;
                let subhead = inside
                    && !p.table_row
                    && (p.bold() || p.centred || is_title_style(p))
                    && p.text.chars().count() <= SUBHEAD_MAX_CHARS
                    && !ends_sentence(&p.text);
                article.body.push(if subhead {
                    Block::Subhead(Subhead::new(one_line(&p.text)))
                } else {
                    Block::Paragraph(Paragraph::new(one_line(&p.text)))
                });
            }
        }
        after_picture = false;
    }
    if article.byline.is_none() {
        article.byline = lead_byline(&article);
    }
    (article, pictures)
}

/// Whether a paragraph's style names it a title or heading.
fn is_title_style(p: &Para) -> bool {
    p.style.as_deref().is_some_and(|s| {
        let s = s.trim();
        s == "title" || s.starts_with("heading") || s.starts_with("标题")
    })
}

/// Whether a paragraph could be a header line: short, and not a sentence or a byline.
fn is_heading(p: &Para) -> bool {
    p.text.chars().count() <= HEADING_MAX_CHARS
        && !ends_sentence(&p.text)
        && !p.text.ends_with(['，', '；', '：'])
        && parse_byline(&p.text).is_none()
        && !p.table_row
}

/// How much a paragraph stands out from body text: its size over the body's counts most, then
/// bold and centring.
fn prominence(p: &Para, body_size: Option<u32>) -> u32 {
    let larger = match (p.size, body_size) {
        (Some(size), Some(body)) if size > body => 2 + size - body,
        _ => 0,
    };
    larger + u32::from(p.bold()) + u32::from(p.centred)
}

/// The type size most of the text is set in.
fn body_size(entries: &[Entry]) -> Option<u32> {
    let mut counts: Vec<(u32, usize)> = Vec::new();
    for e in entries {
        if let Entry::Text(p) = e
            && let Some(size) = p.size
        {
            match counts.iter_mut().find(|(s, _)| *s == size) {
                Some((_, n)) => *n += p.chars,
                None => counts.push((size, p.chars)),
            }
        }
    }
    counts.into_iter().max_by_key(|(_, n)| *n).map(|(s, _)| s)
}

/// Whether a paragraph after a picture reads as its caption: `图为…`, or ending in `摄`.
fn is_caption(text: &str) -> bool {
    let t = text.trim();
    t.starts_with("图为") || t.starts_with("图：") || t.starts_with("图:") || t.ends_with('摄')
}

/// A paragraph's text without its indent, tabs as spaces, and no white space at either end.
fn clean(text: &str) -> String {
    text.replace('\t', " ")
        .trim_matches(|c: char| c.is_whitespace())
        .to_owned()
}

/// Text with soft line breaks joined: nothing between Chinese, a space between Latin words.
fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split('\n') {
        join_line(&mut out, line.trim());
    }
    out
}
