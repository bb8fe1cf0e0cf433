//! banmian (版面, "the page"): lay out a Chinese newspaper page.
//!
//! The data flows one way:
//!
//! ```text
//! text, pictures ──import──▶ Document ──flow──▶ regions ──distribute──▶ ComposedPage ──▶ canvas / PDF / PNG
//!                  ▲    │    (pages, frames    (frame → columns →   (one list of items,
//!             RON load  RON save  with ids,     each line's room)     each tagged with
//!                                 articles,                           its origin)
//!                                 photos)
//!                       └──────────── flow ───────────▶ text export (the source's flow)
//!                       Session { doc, history, cache } ◀── edits (editor, CLI, tests)
//! ```
//!
//! [`model`] is the document, with no I/O; [`import`] reads text files into it; [`picture`] reads
//! picture files (size, orientation, pixels); [`typeset`] breaks a paragraph line by line in the
//! room each line has; [`compose`] walks each article's flow into
//! the regions of its frames and makes the composed page; [`export`] writes it as text, PDF or
//! PNG; [`store`] keeps documents as RON files; [`edit`] changes them with undo. The editor (`ui`)
//! sits on top and none of these know it.

pub mod check;
pub mod compose;
pub mod edit;
pub mod export;
pub mod fonts;
pub mod import;
pub mod model;
pub mod picture;
pub mod store;
pub mod typeset;
pub mod ui;
