//! banmian (版面, "the page"): lay out a Chinese newspaper page.
//!
//! The data flows one way:
//!
//! ```text
//! text, pictures ──import──▶ Document ──flow──▶ regions ──set_chain──▶ ComposedPage ──▶ canvas / PDF / PNG
//!                  ▲    │    (pages, frames    (frame → columns →  (one list of items,
//!             RON load  RON save  with ids,     each line's room)    each tagged with
//!                                 articles,                          its origin)
//!                                 photos)
//!                       └──────────── flow ───────────▶ text export (the source's flow)
//!                       Session { doc, history, cache } ◀── edits (editor, CLI, tests)
//! ```
//!
//! The modules, from the bottom up; each uses only those above it in this list:
//!
//! - [`model`]: the document (pages of frames, articles, photos, styles) and its page grid; no I/O.
//! - [`disk`] and [`encode`]: atomic file writes; text written back in the encoding it came in.
//! - [`fonts`]: the bundled and installed faces, their metrics and coverage.
//! - [`picture`]: picture files (size, orientation, pixels).
//! - [`typeset`]: breaks a paragraph line by line in the room each line has.
//! - [`compose`]: walks each article's flow into the regions of its frames and makes the
//!   composed page, the one list of items every drawing reads.
//! - [`check`]: proofing and preflight findings from the document and its composed page.
//! - [`store`]: documents as RON files, older format versions upgraded.
//! - [`import`]: text, Word and picture files into articles.
//! - [`edit`]: every change to a document, with undo, and the first arrangement of a page.
//! - [`export`]: the page as text in its source's flow, as PDF and as PNG.
//!
//! The editor (`ui`) sits on top and none of these know it.

pub mod check;
pub mod compose;
pub mod disk;
pub mod edit;
pub mod encode;
pub mod export;
pub mod fonts;
pub mod import;
pub mod model;
pub mod picture;
pub mod store;
pub mod typeset;
pub mod ui;
