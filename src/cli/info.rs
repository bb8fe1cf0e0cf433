//! `banmian info`: a summary of a layout, as JSON for scripts or as a table for people.

use banmian::compose::{ComposedPage, compose_page, line_rooms};
use banmian::edit::arrange::free_space;
use banmian::fonts::Fonts;
use banmian::model::PT_PER_MM;
use banmian::model::{
    Article, BylinePlacement, Document, Em, Frame, FrameId, FrameKind, PageGeometry, PhotoStatus,
};
use serde::Serialize;
use std::path::Path;

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
    keep_printed_columns: bool,
    measure_em: f32,
    segment_measures_em: Vec<f32>,
    line_rooms_em: Vec<f32>,
    chars: usize,
    placed: bool,
    frames: Vec<u32>,
    lines_needed: u32,
    overset_chars: usize,
    overset_lines: u32,
    frame_capacity: Option<u32>,
    headline_shrunk: bool,
    photos: Vec<PhotoInfo<'a>>,
}

/// One photo's summary.
#[derive(Serialize)]
struct PhotoInfo<'a> {
    file: String,
    caption: Option<&'a str>,
    credit: Option<&'a str>,
    placed: bool,
    effective_dpi: Option<f32>,
    missing: bool,
    changed: bool,
}

/// One frame's summary.
#[derive(Serialize)]
struct FrameInfo {
    id: u32,
    page: usize,
    kind: &'static str,
    article: Option<u32>,
    x_mm: f32,
    y_mm: f32,
    width_mm: f32,
    height_mm: f32,
    text_columns: u32,
    column_width_em: f32,
    next: Option<u32>,
}

#[derive(Serialize)]
struct DocumentInfo<'a> {
    version: u32,
    encoding: &'a str,
    articles: Vec<ArticleInfo<'a>>,
    frames: Vec<FrameInfo>,
    overlapping_frames: Vec<[u32; 2]>,
    free_lines: u32,
    free_columns: u32,
    findings: Vec<super::check::FindingInfo<'a>>,
    pages: Vec<PageInfo<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    issue: Option<IssueInfo<'a>>,
}

/// The issue's fields for `info --json`.
#[derive(Serialize)]
struct IssueInfo<'a> {
    paper: &'a str,
    number: u32,
    total_number: Option<u32>,
    /// `YYYY-MM-DD`.
    date: Option<String>,
    sponsor: &'a str,
    registration: &'a str,
}

/// One page of the issue for `info --json`.
#[derive(Serialize)]
struct PageInfo<'a> {
    /// Its number, counting from 1.
    number: usize,
    /// Its name (版名).
    name: Option<&'a str>,
    /// What prints on it besides the articles' text and photos.
    furniture: Vec<FurnitureInfo>,
}

/// A piece of furniture for `info --json`.
#[derive(Serialize)]
struct FurnitureInfo {
    kind: &'static str,
    text: String,
    x_mm: f32,
    y_mm: f32,
    width_mm: f32,
    height_mm: f32,
}

/// Each page with its furniture, as composed.
fn pages_info<'a>(doc: &'a Document, page: &ComposedPage) -> Vec<PageInfo<'a>> {
    let mm = |pt: f32| (pt / PT_PER_MM * 100.0).round() / 100.0;
    doc.pages
        .iter()
        .enumerate()
        .map(|(index, p)| PageInfo {
            number: index + 1,
            name: p.name.as_deref(),
            furniture: page
                .furniture
                .iter()
                .filter(|f| f.page == index)
                .map(|f| FurnitureInfo {
                    kind: f.kind.name(),
                    text: f.text.clone(),
                    x_mm: mm(f.rect[0]),
                    y_mm: mm(f.rect[1]),
                    width_mm: mm(f.rect[2]),
                    height_mm: mm(f.rect[3]),
                })
                .collect(),
        })
        .collect()
}

fn article_info<'a>(
    doc: &Document,
    page: &ComposedPage,
    a: &'a Article,
    dir: &Path,
) -> ArticleInfo<'a> {
    let segments = a.column_break_count() + 1;
    let measure = measure_of(doc, a);
    let composed = page.article(a.id);
    let set = composed.map(|c| &c.set);
    let placed = doc.is_placed(a.id);
    let line_rooms_em = set.map_or_else(Vec::new, |set| {
        line_rooms(a, set).into_iter().map(Em::get).collect()
    });
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
        keep_printed_columns: a.keep_printed_columns,
        measure_em: measure.get(),
        segment_measures_em: (0..segments)
            .map(|i| a.printed.as_ref().map_or(measure, |r| r.segment(i)).get())
            .collect(),
        line_rooms_em,
        chars: a.char_count(),
        placed,
        frames: composed.map_or_else(Vec::new, |c| c.frames.iter().map(|f| f.0).collect()),
        lines_needed: page.lines_needed(a.id),
        overset_chars: set.filter(|_| placed).map_or(0, |s| s.overset_chars()),
        overset_lines: set.filter(|_| placed).map_or(0, |s| s.overset_lines()),
        frame_capacity: set.filter(|_| placed).map(|s| s.capacity),
        headline_shrunk: composed.is_some_and(|c| c.head_shrunk),
        photos: a
            .photos
            .iter()
            .map(|p| {
                let composed = page.photos.iter().find(|c| c.id == p.id);
                PhotoInfo {
                    file: banmian::store::relative_to(Path::new(&p.file), dir),
                    caption: p.caption.as_deref(),
                    credit: p.credit.as_deref(),
                    placed: composed.is_some_and(|c| c.frame.is_some()),
                    effective_dpi: composed.and_then(|c| c.effective_dpi).map(|d| d.round()),
                    missing: p.status == PhotoStatus::Missing,
                    changed: p.status == PhotoStatus::Changed,
                }
            })
            .collect(),
    }
}

fn frame_info(doc: &Document, page: &ComposedPage, index: usize, f: &Frame) -> FrameInfo {
    let g = page.geometry;
    let fg = g.frame(f);
    let mm = |pt: f32| (pt / PT_PER_MM * 100.0).round() / 100.0;
    FrameInfo {
        id: f.id.0,
        page: index,
        kind: match f.kind() {
            FrameKind::Text => "text",
            FrameKind::Box => "box",
            FrameKind::Headline => "headline",
            FrameKind::Photo => "photo",
            FrameKind::Masthead => "masthead",
            FrameKind::Header => "header",
        },
        article: doc
            .frame_article(f.id)
            .or_else(|| Some(doc.photo(f.picture()?.photo)?.0))
            .map(|a| a.0),
        x_mm: mm(fg.x),
        y_mm: mm(fg.y),
        width_mm: mm(fg.width),
        height_mm: mm(fg.height),
        text_columns: fg.text_columns,
        column_width_em: fg.column_width.get(),
        next: next_in_chain(doc, f.id).map(|n| n.0),
    }
}

/// The frame a text frame's article goes on in after it, if any.
fn next_in_chain(doc: &Document, frame: FrameId) -> Option<FrameId> {
    let chain = doc.chain(doc.frame_article(frame)?);
    let at = chain.iter().position(|&f| f == frame)?;
    chain.get(at + 1).copied()
}

/// The summary as pretty JSON; photos' files are named from `dir`, the layout's folder.
pub fn json(doc: &Document, fonts: &Fonts, dir: &Path) -> anyhow::Result<String> {
    let page = compose_page(doc, fonts);
    let (free_lines, free_columns) = free_space(doc, 0);
    let findings = banmian::check::check(doc, &page);
    let info = DocumentInfo {
        version: doc.version,
        encoding: &doc.source.encoding,
        articles: doc
            .articles
            .iter()
            .map(|a| article_info(doc, &page, a, dir))
            .collect(),
        frames: doc
            .frames()
            .map(|(i, f)| frame_info(doc, &page, i, f))
            .collect(),
        overlapping_frames: doc
            .overlapping_frames()
            .into_iter()
            .map(|(a, b)| [a.0, b.0])
            .collect(),
        free_lines,
        free_columns,
        findings: super::check::infos(doc, &findings),
        pages: pages_info(doc, &page),
        issue: doc.issue.as_ref().map(|i| IssueInfo {
            paper: &i.paper,
            number: i.number,
            total_number: i.total_number,
            date: i.date.map(|d| d.iso()),
            sponsor: &i.sponsor,
            registration: &i.registration,
        }),
    };
    Ok(serde_json::to_string_pretty(&info)? + "\n")
}

/// The measure an article was printed at; for one not printed, the width of its text columns
/// where it is placed, else of a base column, which a new frame gives it.
fn measure_of(doc: &Document, a: &Article) -> Em {
    let g = PageGeometry::new(&doc.setup);
    match (&a.printed, doc.first_frame(a.id)) {
        (Some(rooms), _) => rooms.measure,
        (None, Some(frame)) => g.frame(frame).column_width,
        (None, None) => g.base_column_width(),
    }
}

/// The summary as a table, one article a line.
pub fn table(doc: &Document) -> String {
    let mut out = String::from("#   measure  paras  breaks  chars  headline / byline\n");
    for (i, a) in doc.articles.iter().enumerate() {
        out.push_str(&format!(
            "{:<3} {:>7} {:>6} {:>7} {:>6}  {} / {}\n",
            i + 1,
            fmt_em(measure_of(doc, a)),
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
