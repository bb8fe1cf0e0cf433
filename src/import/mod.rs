//! Import: text files → articles.
//!
//! Bytes are decoded ([`decode`]), then read either as a page in its flow ([`page_flow`], the
//! seed's format) or as correspondents' manuscripts ([`manuscript`]), detected or chosen.

mod byline;
pub mod decode;
mod error;
mod lines;
pub mod manuscript;
pub mod page_flow;

use std::path::{Path, PathBuf};

pub use error::{Error, ErrorKind};

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
}

/// Reads a text file. `format` overrides detection.
pub fn import_file(path: &Path, format: Option<Format>, first_id: u32) -> Result<Imported, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error {
        path: path.to_owned(),
        kind: ErrorKind::Read(e),
    })?;
    import_bytes(&bytes, path, format, first_id)
}

/// Reads a text file's bytes; `path` names it in errors.
pub fn import_bytes(
    bytes: &[u8],
    path: &Path,
    format: Option<Format>,
    first_id: u32,
) -> Result<Imported, Error> {
    let decoded = decode::decode(bytes).map_err(|kind| Error {
        path: path.to_owned(),
        kind,
    })?;
    let format = format.unwrap_or_else(|| detect_format(&decoded.text));
    let mut source = TextSource {
        encoding: decoded.encoding.name().to_owned(),
        bom: decoded.bom,
        line_ending: decoded.line_ending,
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
    Ok(Imported {
        articles,
        source,
        format,
    })
}

/// Imports several files into one new document, in the order given. The first file decides how
/// export writes the text (encoding, BOM, line ending).
pub fn import_files(paths: &[PathBuf], format: Option<Format>) -> Result<Document, Error> {
    let mut doc = Document::default();
    for (i, path) in paths.iter().enumerate() {
        let imported = import_file(path, format, doc.next_article_id().0)?;
        if i == 0 {
            doc.source = imported.source;
        }
        doc.articles.extend(imported.articles);
    }
    Ok(doc)
}

/// Tells a page flow from a manuscript. A manuscript opens with its headline (a short line of its
/// own) or indents its paragraphs; a page flow opens with body text and closes articles with
/// bylines.
pub fn detect_format(text: &str) -> Format {
    let (_, groups) = split_groups(text);
    let indented = text
        .split('\n')
        .any(|l| l.starts_with('\u{3000}') || l.starts_with("  ") || l.starts_with('\t'));
    let opens_with_heading = groups
        .first()
        .and_then(|g| g.single())
        .is_some_and(is_heading_like);
    if indented || opens_with_heading {
        Format::Manuscript
    } else {
        Format::Page
    }
}
