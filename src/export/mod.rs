//! Export: the page as plain text in the source's flow, as a PDF, or as a PNG picture. The PDF
//! and PNG draw the composed page, the same one the editor's canvas draws.

pub mod pdf;
pub mod png;
mod print;
mod text;

pub use print::{Overset, overset_articles, unprintable_chars};
pub use text::{Error, export_text, flow_lines, flow_lines_of};
