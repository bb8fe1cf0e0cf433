//! Import: text files and Word manuscripts → articles; pictures → their photos.
//!
//! Bytes are decoded ([`decode`]), then read either as a page in its flow ([`page_flow`], the
//! seed's format) or as correspondents' manuscripts ([`manuscript`]), detected or chosen.

mod byline;
pub mod decode;
pub mod docx;
mod error;
mod lines;
pub mod manuscript;
mod measures;
pub mod page_flow;
pub mod paste;
mod photo_text;
pub mod picture;

use std::path::{Path, PathBuf};

pub use error::{Error, ErrorKind};
pub use photo_text::give_photo_its_text;

use crate::model::ranges::MAX_TEXT_CHARS;
use crate::model::{Article, Document, Gap, TextSource};

use lines::{is_heading_like, split_groups};

/// The two kinds of text file banmian reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A whole page in its flow, with printed line breaks (DESIGN.md §1).
    Page,
    /// One correspondent's article, headline first (DESIGN.md §2).
    Manuscript,
}

/// One imported text file.
#[derive(Debug)]
pub struct Imported {
    /// The articles it held, in order.
    pub articles: Vec<Article>,
    /// How the file was written.
    pub source: TextSource,
    /// What it was read as.
    pub format: Format,
    /// What was changed on the way in (a Word table flattened, say).
    pub warnings: Vec<String>,
}

/// What one file of an import gave: for the import report.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// The file.
    pub file: PathBuf,
    /// How many articles it held.
    pub articles: usize,
    /// The first article's headline (or first words).
    pub headline: String,
    /// The first article's byline.
    pub byline: Option<String>,
    /// Body characters in all.
    pub chars: usize,
    /// Photos in all (embedded, or the picture file itself).
    pub photos: usize,
    /// What was changed on the way in.
    pub warnings: Vec<String>,
}

/// Reads a text file. `format` and `encoding` override detection.
pub fn import_file(
    path: &Path,
    format: Option<Format>,
    encoding: Option<&'static encoding_rs::Encoding>,
    first_id: u32,
) -> Result<Imported, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error {
        path: path.to_owned(),
        kind: ErrorKind::Read(e),
    })?;
    let error = |kind| Error {
        path: path.to_owned(),
        kind,
    };
    if docx::is_ole(&bytes) {
        return Err(error(ErrorKind::OldWord));
    }
    let named_docx = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("docx"));
    if named_docx || docx::is_zip(&bytes) {
        let manuscript = docx::read_docx(bytes, crate::model::ArticleId(first_id))
            .map_err(|why| error(ErrorKind::Docx(why)))?;
        refuse_long_texts(std::slice::from_ref(&manuscript.article)).map_err(error)?;
        return picture::word_article(path, manuscript).map_err(error);
    }
    import_bytes_in(&bytes, path, format, encoding, first_id)
}

/// The encoding `--encoding` names (a WHATWG label such as `gb18030`, `gbk`, `utf-8`, `big5`).
pub fn encoding_named(label: &str) -> Result<&'static encoding_rs::Encoding, ErrorKind> {
    encoding_rs::Encoding::for_label(label.trim().as_bytes())
        .ok_or_else(|| ErrorKind::UnknownEncoding(label.to_owned()))
}

/// Reads a text file's bytes; `path` names it in errors.
pub fn import_bytes(
    bytes: &[u8],
    path: &Path,
    format: Option<Format>,
    first_id: u32,
) -> Result<Imported, Error> {
    import_bytes_in(bytes, path, format, None, first_id)
}

/// [`import_bytes`] in the encoding the user names (`--encoding`), else the one detected.
pub fn import_bytes_in(
    bytes: &[u8],
    path: &Path,
    format: Option<Format>,
    encoding: Option<&'static encoding_rs::Encoding>,
    first_id: u32,
) -> Result<Imported, Error> {
    let decoded = decode::decode_as(bytes, encoding).map_err(|kind| Error {
        path: path.to_owned(),
        kind,
    })?;
    // A line too long for any paragraph is refused before it is read into one: reading it
    // would take long, and setting it memory by the hundred megabytes.
    if let Some((line, chars)) = longest_line(&decoded.text).filter(|&(_, c)| c > MAX_TEXT_CHARS) {
        return Err(Error {
            path: path.to_owned(),
            kind: ErrorKind::TextTooLong {
                line: Some(line),
                chars,
            },
        });
    }
    let format = format.unwrap_or_else(|| detect_format(&decoded.text));
    let mut source = TextSource {
        encoding: decoded.encoding.name().to_owned(),
        bom: decoded.bom,
        line_ending: decoded.line_ending,
        other_endings: decoded.other_endings,
        leading: Gap::none(),
    };
    let articles = match format {
        Format::Page => {
            let flow = page_flow::read_page_flow(&decoded.text, first_id);
            source.leading = flow.leading;
            flow.articles
        }
        Format::Manuscript => vec![manuscript::read_manuscript(
            &decoded.text,
            crate::model::ArticleId(first_id),
        )],
    };
    refuse_long_texts(&articles).map_err(|kind| Error {
        path: path.to_owned(),
        kind,
    })?;
    Ok(Imported {
        articles,
        source,
        format,
        warnings: Vec::new(),
    })
}

/// The line with the most characters (1-based) and how many it holds.
fn longest_line(text: &str) -> Option<(usize, usize)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.chars().count()))
        .max_by_key(|&(_, chars)| chars)
}

/// Refuses articles with a text longer than a layout holds: lines joined into one paragraph,
/// or a Word paragraph.
pub(crate) fn refuse_long_texts(articles: &[Article]) -> Result<(), ErrorKind> {
    match articles.iter().map(Article::longest_text).max() {
        Some(chars) if chars > MAX_TEXT_CHARS => Err(ErrorKind::TextTooLong { line: None, chars }),
        _ => Ok(()),
    }
}

/// Imports several files into one new document, in the order given. The first file decides how
/// export writes the text (encoding, BOM, line ending).
pub fn import_files(paths: &[PathBuf], format: Option<Format>) -> Result<Document, Error> {
    import_files_in(paths, format, None).map(|(doc, _)| doc)
}

/// [`import_files`] in the encoding the user names (`--encoding`), else the one detected, with a
/// report of what each file gave.
pub fn import_files_in(
    paths: &[PathBuf],
    format: Option<Format>,
    encoding: Option<&'static encoding_rs::Encoding>,
) -> Result<(Document, Vec<Report>), Error> {
    let mut doc = Document::default();
    let mut reports = Vec::new();
    let mut texts = 0;
    for path in paths {
        if crate::picture::is_picture_path(path) {
            let mut photo = picture::read_photo(path, doc.next_photo_id(), paths)?;
            // A picture joins the article read just before it, or stands alone.
            match doc.articles.last_mut() {
                Some(article) => {
                    give_photo_its_text(article, &mut photo);
                    article.photos.push(photo);
                }
                None => {
                    let mut article = Article::new(doc.next_article_id());
                    article.photos.push(photo);
                    doc.articles.push(article);
                }
            }
            reports.push(report(
                path,
                &doc.articles[doc.articles.len() - 1..],
                Vec::new(),
            ));
            continue;
        }
        let imported = import_file(path, format, encoding, doc.next_article_id().0)?;
        if texts == 0 {
            doc.source = imported.source;
        }
        texts += 1;
        reports.push(report(path, &imported.articles, imported.warnings));
        doc.append_articles(imported.articles);
    }
    Ok((doc, reports))
}

/// The report line of one file that gave `articles`.
fn report(path: &Path, articles: &[Article], warnings: Vec<String>) -> Report {
    let first = articles.first();
    Report {
        file: path.to_owned(),
        articles: articles.len(),
        headline: first.map(Article::title).unwrap_or_default(),
        byline: first
            .and_then(|a| a.byline.as_ref())
            .map(|b| b.text.clone()),
        chars: articles.iter().map(Article::char_count).sum(),
        photos: articles.iter().map(|a| a.photos.len()).sum(),
        warnings,
    }
}

/// Tells a page flow from a manuscript. A manuscript indents its paragraphs, or runs each one on
/// a single line far longer than any printed column, or opens with its headline (a short line
/// standing alone or followed by the byline or subtitle); a page flow opens with body text set
/// at a measure.
pub fn detect_format(text: &str) -> Format {
    let (_, groups) = split_groups(text);
    let style = crate::typeset::Style::default();
    // Decided block by block: a manuscript indents its paragraphs, so its blocks are mostly
    // indented lines; a printed page's blocks are set at a measure. One stray indented line (or
    // a "blank" line holding an ideographic space) leaves its block a printed one, and a few
    // indented blocks do not outvote a page.
    let (mut indented_blocks, mut printed_blocks) = (0, 0);
    for g in &groups {
        let indented = g
            .lines
            .iter()
            .filter(|l| manuscript::is_indented(l))
            .count();
        if indented > 0 && indented * 2 >= g.lines.len() {
            indented_blocks += 1;
        } else if g.lines.len() >= 3 && set_at_a_measure(&g.lines, &style) {
            printed_blocks += 1;
        }
    }
    let indented = indented_blocks > printed_blocks;
    // No character takes more than an em and a CJK–Latin gap, so only long lines need measuring.
    let long_lines = text.split('\n').any(|l| {
        l.chars().count() as f32 * 1.25 > MAX_PRINTED_MEASURE
            && crate::typeset::min_line_width(l, &style).get() > MAX_PRINTED_MEASURE
    });
    let opens_with_heading = groups.first().is_some_and(|g| {
        let second = g.lines.get(1);
        is_heading_like(g.lines[0])
            && byline::parse_byline(g.lines[0]).is_none()
            && (second.is_none_or(|l| {
                byline::parse_byline(l).is_some() || l.trim_start().starts_with(['—', '─'])
            }) || !set_at_a_measure(&g.lines, &style))
    });
    if indented || long_lines || opens_with_heading {
        Format::Manuscript
    } else {
        Format::Page
    }
}

/// Whether the lines (but the last) of a group are set at one measure, as printed text is: nearly
/// all within three ems of the widest (a paragraph's first line is two ems short).
fn set_at_a_measure(lines: &[&str], style: &crate::typeset::Style) -> bool {
    let Some((_, full)) = lines.split_last() else {
        return false;
    };
    let widths: Vec<f32> = full
        .iter()
        .map(|l| crate::typeset::min_line_width(l, style).get())
        .collect();
    let widest = widths.iter().copied().fold(0.0, f32::max);
    let near = widths.iter().filter(|&&w| w > widest - 3.0).count();
    !widths.is_empty() && near * 5 >= widths.len() * 4
}

/// No printed column is wider than this (in ems); a longer line is a whole manuscript paragraph.
const MAX_PRINTED_MEASURE: f32 = 40.0;
