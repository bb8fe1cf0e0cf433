//! Documents as RON: pretty, stable (the same document always gives the same bytes), versioned.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::model::{Document, FORMAT_VERSION, TEMPLATE_VERSION, Template};

use super::upgrade::{DocumentV1, DocumentV2, MeasuresV3};
use crate::disk::{WriteError, folder_of, write_atomic};

/// Why a layout file could not be read or written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Occurs when the file cannot be read or written.
    #[error("{}: {error}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The system's error.
        error: std::io::Error,
    },
    /// Occurs when the layout cannot be written there.
    #[error("{}: {error}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        error: WriteError,
    },
    /// Occurs when the file is not valid RON or not a layout; names the line and column.
    #[error("{}:{line}:{col}: {message}", path.display())]
    Syntax {
        /// The file.
        path: PathBuf,
        /// Line (1-based).
        line: usize,
        /// Column (1-based).
        col: usize,
        /// What the parser expected.
        message: String,
    },
    /// Occurs when the file was written by a newer banmian with a format this one cannot read.
    #[error(
        "{}: written in layout format version {found}, newer than this banmian reads (up to {FORMAT_VERSION}); update banmian to open it",
        path.display()
    )]
    TooNew {
        /// The file.
        path: PathBuf,
        /// The version the file declares.
        found: u32,
    },
    /// Occurs when a template was written by a newer banmian.
    #[error(
        "{}: a template of format version {found}, newer than this banmian reads (up to {TEMPLATE_VERSION}); update banmian to use it",
        path.display()
    )]
    TemplateTooNew {
        /// The file.
        path: PathBuf,
        /// The version the file declares.
        found: u32,
    },
    /// Occurs when the file declares a format version no banmian ever wrote (0).
    #[error(
        "{}: declares layout format version {found}, which no banmian wrote (versions run from 1 to {FORMAT_VERSION})",
        path.display()
    )]
    UnknownVersion {
        /// The file.
        path: PathBuf,
        /// The version the file declares.
        found: u32,
    },
    /// Occurs when the file parses but what it says cannot be: a version 1 file with pages, a
    /// chain through a frame that is not there, a number out of range after an upgrade.
    #[error("{}: {message}", path.display())]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// Occurs when a document would be written as a layout that does not open again; nothing is
    /// written.
    #[error("the layout would not open again ({0}), so it was not written")]
    Unreadable(String),
    /// Occurs when a document cannot be written as RON (not expected for valid documents).
    #[error("cannot write the layout as RON: {0}")]
    Serialize(#[from] ron::Error),
}

/// Just the version field, read before the rest so a newer file gets a clear message.
#[derive(Deserialize)]
struct VersionProbe {
    version: u32,
}

/// Whether a file has articles: a layout, not a template.
#[derive(Deserialize)]
struct ArticlesProbe {
    #[serde(default, deserialize_with = "present")]
    articles: bool,
}

/// True for any value: the field is there.
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    serde::de::IgnoredAny::deserialize(d).map(|_| true)
}

/// The RON text of a document, read back before it is handed out: a layout that would not
/// open again (a number out of range, a broken chain) is an error here, before any file is
/// written, never a file the user finds unreadable later.
pub fn to_ron(doc: &Document) -> Result<String, Error> {
    let text = ron_text(doc)?;
    match from_ron(&text, Path::new("")) {
        Ok(_) => Ok(text),
        Err(Error::Syntax { message, .. } | Error::Invalid { message, .. }) => {
            Err(Error::Unreadable(message))
        }
        Err(e) => Err(Error::Unreadable(e.to_string())),
    }
}

/// The RON text of a document (or a template), as it is.
fn ron_text<T: serde::Serialize>(value: &T) -> Result<String, Error> {
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ")
        .new_line("\n")
        .struct_names(false);
    let mut text = ron::ser::to_string_pretty(value, config)?;
    text.push('\n');
    Ok(text)
}

/// Parses a document from RON text; `path` names it in errors.
pub fn from_ron(text: &str, path: &Path) -> Result<Document, Error> {
    let syntax = |e: ron::error::SpannedError| Error::Syntax {
        path: path.to_owned(),
        line: e.span.start.line,
        col: e.span.start.col,
        message: match e.code {
            ron::Error::ExceededRecursionLimit => {
                "the file nests deeper than any layout does; it is not a layout".to_owned()
            }
            code => code.to_string(),
        },
    };
    let invalid = |message: String| Error::Invalid {
        path: path.to_owned(),
        message,
    };
    let measures = |text: &str| ron::from_str::<MeasuresV3>(text).map_err(syntax);
    // Read the version first: an older or newer file may not parse as this version's document.
    let version = ron::from_str::<VersionProbe>(text).map(|p| p.version);
    let doc = match version {
        Ok(found) if found > FORMAT_VERSION => {
            return Err(Error::TooNew {
                path: path.to_owned(),
                found,
            });
        }
        Ok(0) => {
            return Err(Error::UnknownVersion {
                path: path.to_owned(),
                found: 0,
            });
        }
        Ok(1) => {
            let old = ron::from_str::<DocumentV1>(text).map_err(syntax)?;
            if old.has_pages() {
                return Err(invalid(
                    "says it is layout format version 1, but has pages, which came with version 2; \
                     correct its version"
                        .to_owned(),
                ));
            }
            let mut doc = old.upgrade();
            measures(text)?.upgrade(&mut doc);
            reread(doc, 1).map_err(invalid)?
        }
        Ok(2) => {
            let old = ron::from_str::<DocumentV2>(text).map_err(syntax)?;
            let mut doc = old.upgrade();
            measures(text)?.upgrade(&mut doc);
            reread(doc, 2).map_err(invalid)?
        }
        Ok(3) => {
            let mut doc = ron::from_str::<Document>(text).map_err(syntax)?;
            doc.version = FORMAT_VERSION;
            measures(text)?.upgrade(&mut doc);
            reread(doc, 3).map_err(invalid)?
        }
        // Version 4 differs only in lacking what came with 5 (the issue, furniture frames).
        _ => {
            let mut doc = ron::from_str::<Document>(text).map_err(syntax)?;
            doc.version = FORMAT_VERSION;
            doc
        }
    };
    match doc.chain_error() {
        Some(message) => Err(invalid(message)),
        None => Ok(doc),
    }
}

/// An upgraded document, written and read again as the current version, so that every number
/// in it is checked by the rules a current file is read by.
fn reread(doc: Document, from: u32) -> Result<Document, String> {
    let text = ron_text(&doc).map_err(|e| e.to_string())?;
    ron::from_str::<Document>(&text)
        .map_err(|e| format!("upgraded from layout format version {from}: {}", e.code))
}

/// The RON text of a document to be written in folder `dir`: its photos' files named relative
/// to that folder, so that the layout and its pictures can move together.
pub fn to_ron_in(doc: &Document, dir: &Path) -> Result<String, Error> {
    let mut doc = doc.clone();
    for article in &mut doc.articles {
        for photo in &mut article.photos {
            photo.file = relative_to(Path::new(&photo.file), dir);
        }
    }
    if let Some(title) = doc.issue.as_mut().and_then(|i| i.title_picture.as_mut()) {
        title.file = relative_to(Path::new(&title.file), dir);
    }
    to_ron(&doc)
}

/// `file` named from folder `dir`, with `/` between names on every system; an absolute path
/// where there is no relative one (another drive).
pub fn relative_to(file: &Path, dir: &Path) -> String {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_owned());
    let (file, dir) = (absolute(file), absolute(dir));
    match pathdiff::diff_paths(&file, &dir) {
        Some(relative) => relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/"),
        None => file.to_string_lossy().into_owned(),
    }
}

/// Whether a file name says it is a layout (`.ron`), not text to import.
pub fn is_layout_path(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
}

/// Reads a layout file. Its photos' files are found relative to it and looked at: a missing or
/// changed picture is marked on its photo, never an error.
pub fn load(path: &Path) -> Result<Document, Error> {
    let mut doc = read(path)?;
    let dir = folder_of(path);
    let files = doc
        .articles
        .iter_mut()
        .flat_map(|a| a.photos.iter_mut().map(|p| &mut p.file))
        .chain(
            doc.issue
                .iter_mut()
                .flat_map(|i| i.title_picture.as_mut().map(|t| &mut t.file)),
        );
    for file in files {
        if Path::new(file.as_str()).is_relative() {
            *file = dir.join(&*file).to_string_lossy().into_owned();
        }
    }
    crate::picture::check_files(&mut doc);
    Ok(doc)
}

/// Reads a layout file as it is written.
fn read(path: &Path) -> Result<Document, Error> {
    let bytes = std::fs::read(path).map_err(|error| Error::Io {
        path: path.to_owned(),
        error,
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let col = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        Error::Syntax {
            path: path.to_owned(),
            line,
            col,
            message: "not UTF-8 text: a layout file is RON in UTF-8".to_owned(),
        }
    })?;
    from_ron(&text, path)
}

/// Reads an issue template (see [`Template`]); one of a newer format is refused. A layout
/// serves as the template of its own issue (last week's issue starts this week's).
pub fn load_template(path: &Path) -> Result<Template, Error> {
    let text = std::fs::read_to_string(path).map_err(|error| Error::Io {
        path: path.to_owned(),
        error,
    })?;
    if ron::from_str::<ArticlesProbe>(&text).is_ok_and(|p| p.articles) {
        return from_ron(&text, path).map(|doc| Template::of(&doc));
    }
    let syntax = |e: ron::error::SpannedError| Error::Syntax {
        path: path.to_owned(),
        line: e.span.start.line,
        col: e.span.start.col,
        message: e.code.to_string(),
    };
    let found = ron::from_str::<VersionProbe>(&text)
        .map_err(syntax)?
        .version;
    if found > TEMPLATE_VERSION {
        return Err(Error::TemplateTooNew {
            path: path.to_owned(),
            found,
        });
    }
    if found == 0 {
        return Err(Error::Invalid {
            path: path.to_owned(),
            message: "declares template format version 0, which no banmian wrote".to_owned(),
        });
    }
    ron::from_str::<Template>(&text).map_err(syntax)
}

/// Writes an issue template atomically.
pub fn save_template(template: &Template, path: &Path) -> Result<(), Error> {
    let text = ron_text(template)?;
    write_atomic(path, text.as_bytes()).map_err(|error| Error::Write {
        path: path.to_owned(),
        error,
    })
}

/// Writes a layout file atomically, its photos' files named relative to it.
pub fn save(doc: &Document, path: &Path) -> Result<(), Error> {
    let text = to_ron_in(doc, folder_of(path))?;
    write_atomic(path, text.as_bytes()).map_err(|error| Error::Write {
        path: path.to_owned(),
        error,
    })
}
