//! Word manuscripts (.docx), as correspondents send them: the document's paragraphs with the
//! marks that tell a header (styles, bold, size, centring), its tables flattened, its pictures
//! taken out with their captions, read as one article. Legacy `.doc`, WPS and password-protected
//! files are refused with what to do instead.

mod article;
mod body;
mod package;

use crate::model::{Article, ArticleId};

/// The first bytes of an OLE compound file: Word 97–2003 `.doc`, WPS `.wps`, and a
/// password-protected `.docx` (Office wraps an encrypted package in one).
const OLE_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// The first bytes of a ZIP archive, which a `.docx` is.
const ZIP_MAGIC: [u8; 4] = *b"PK\x03\x04";

/// Whether bytes are an OLE compound file (an old Word or WPS document, or an encrypted one).
pub fn is_ole(bytes: &[u8]) -> bool {
    bytes.starts_with(&OLE_MAGIC)
}

/// Whether bytes are a ZIP archive, as a `.docx` is.
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(&ZIP_MAGIC)
}

/// A picture embedded in the manuscript.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbeddedPicture {
    /// Its file name in the package (`image1.jpeg`).
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// What the paragraph after it says it shows.
    pub caption: Option<String>,
    /// Who took it.
    pub credit: Option<String>,
}

/// A Word manuscript, read.
#[derive(Clone, Debug, PartialEq)]
pub struct Manuscript {
    /// The article, without its photos.
    pub article: Article,
    /// Its pictures in order, with their captions.
    pub pictures: Vec<EmbeddedPicture>,
    /// What was changed on the way in (tables flattened, pictures missing).
    pub warnings: Vec<String>,
}

/// Reads a `.docx`. The error says why it cannot be read, for a message that names the file.
pub fn read_docx(bytes: Vec<u8>, id: ArticleId) -> Result<Manuscript, String> {
    let mut package = package::Package::open(bytes)?;
    let styles = match package.text_part("word/styles.xml")? {
        Some(xml) => body::read_styles(&xml)?,
        None => body::Styles::default(),
    };
    let xml = package
        .text_part("word/document.xml")?
        .ok_or("it has no word/document.xml")?;
    let paras = body::read_body(&xml, &styles)?;
    let mut warnings = Vec::new();
    let rows = paras.iter().filter(|p| p.table_row).count();
    if rows > 0 {
        warnings.push(format!(
            "a table was flattened to text, one row per paragraph ({rows} rows)"
        ));
    }
    let (article, refs) = article::read_article(paras, id);
    let targets = package.relationships()?;
    let mut pictures = Vec::new();
    for r in refs {
        let target = targets.get(&r.id);
        let bytes = match target {
            Some(target) => package.part(target)?,
            None => None,
        };
        match (target, bytes) {
            (Some(target), Some(bytes)) => pictures.push(EmbeddedPicture {
                name: target.rsplit('/').next().unwrap_or(target).to_owned(),
                bytes,
                caption: r.caption,
                credit: r.credit,
            }),
            _ => warnings.push(format!(
                "a picture ({}) is missing from the file and is left out",
                r.id
            )),
        }
    }
    Ok(Manuscript {
        article,
        pictures,
        warnings,
    })
}
