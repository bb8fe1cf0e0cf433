//! Export: the page as plain text in the source's flow, as a PDF, or as a PNG picture. The PDF
//! and PNG draw the composed page, the same one the editor's canvas draws.

pub mod html;
pub mod pdf;
pub mod png;
mod print;
mod text;

pub use print::{DEFAULT_BLEED_MM, MAX_BLEED_MM, PrintOptions};
pub use text::{
    Error, article_as_manuscript, export_text, export_text_or_utf8, flow_lines, flow_lines_of,
};

use crate::model::Document;

/// The title a printed page carries: its first headline, else the first article's first words.
pub fn page_title(doc: &Document) -> String {
    doc.articles
        .iter()
        .find_map(|a| a.headline.clone().filter(|h| !h.trim().is_empty()))
        .or_else(|| doc.articles.first().map(|a| a.title()))
        .unwrap_or_else(|| "版面".to_owned())
}
