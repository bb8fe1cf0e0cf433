//! `banmian info`: a summary of a layout, as JSON for scripts or as a table for people.

use banmian::compose::{ComposedPage, compose_page};
use banmian::model::{Article, BylinePlacement, Document, Em};
use serde::Serialize;

/// One article's summary; the keys are the contract of DESIGN.md §5.
#[derive(Serialize)]
struct ArticleInfo<'a> {
    id: u32,
    kicker: Option<&'a str>,
    headline: Option<&'a str>,
    subtitle: Option<&'a str>,
    byline: Option<&'a str>,
    byline_run_in: bool,
    paragraphs: usize,
    subheads: Vec<&'a str>,
    column_breaks: usize,
    measure_em: f32,
    segment_measures_em: Vec<f32>,
    chars: usize,
    placed: bool,
    lines_needed: u32,
    overset_chars: usize,
    overset_lines: u32,
    frame_capacity: Option<u32>,
}

#[derive(Serialize)]
struct DocumentInfo<'a> {
    version: u32,
    encoding: &'a str,
    articles: Vec<ArticleInfo<'a>>,
}

fn article_info<'a>(doc: &Document, page: &ComposedPage, a: &'a Article) -> ArticleInfo<'a> {
    let segments = a.column_break_count() + 1;
    let fit = page.frame_of(a.id).map(|f| &f.fit);
    ArticleInfo {
        id: a.id.0,
        kicker: a.kicker.as_deref(),
        headline: a.headline.as_deref(),
        subtitle: a.subtitle.as_deref(),
        byline: a.byline.as_ref().map(|b| b.text.as_str()),
        byline_run_in: a
            .byline
            .as_ref()
            .is_some_and(|b| b.placement == BylinePlacement::RunIn),
        paragraphs: a.paragraph_count(),
        subheads: a.subheads(),
        column_breaks: a.column_break_count(),
        measure_em: a.measure.get(),
        segment_measures_em: (0..segments).map(|i| a.segment_measure(i).get()).collect(),
        chars: a.char_count(),
        placed: doc.frame_of(a.id).is_some(),
        lines_needed: page.lines_needed(a.id),
        overset_chars: fit.map_or(0, |f| f.overset_chars),
        overset_lines: fit.map_or(0, |f| f.overset_lines),
        frame_capacity: fit.map(|f| f.capacity),
    }
}

/// The summary as pretty JSON.
pub fn json(doc: &Document) -> anyhow::Result<String> {
    let page = compose_page(doc);
    let info = DocumentInfo {
        version: doc.version,
        encoding: &doc.source.encoding,
        articles: doc
            .articles
            .iter()
            .map(|a| article_info(doc, &page, a))
            .collect(),
    };
    Ok(serde_json::to_string_pretty(&info)? + "\n")
}

/// The summary as a table, one article a line.
pub fn table(doc: &Document) -> String {
    let mut out = String::from("#   measure  paras  breaks  chars  headline / byline\n");
    for (i, a) in doc.articles.iter().enumerate() {
        out.push_str(&format!(
            "{:<3} {:>7} {:>6} {:>7} {:>6}  {} / {}\n",
            i + 1,
            fmt_em(a.measure),
            a.paragraph_count(),
            a.column_break_count(),
            a.char_count(),
            a.title(),
            a.byline.as_ref().map_or("–", |b| b.text.as_str()),
        ));
    }
    out
}

fn fmt_em(em: Em) -> String {
    format!("{} em", em.get())
}
