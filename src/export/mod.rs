//! Export: the page as plain text in the source's flow.

mod text;

pub use text::{Error, export_text, flow_lines, paragraph_lines};
