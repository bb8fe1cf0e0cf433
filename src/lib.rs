//! banmian (版面, "the page"): lay out a Chinese newspaper page.
//!
//! The data flows one way:
//!
//! ```text
//! text files ──import──▶ Document ──typeset──▶ lines ──compose──▶ page (frames, columns)
//!                        ▲    │                                     │
//!                   RON load  RON save                              ▼
//!                                                           export (text)
//! ```
//!
//! [`model`] is the document, with no I/O; [`import`] reads text files into it; [`typeset`] breaks
//! paragraphs into lines; [`compose`] pours lines into frames; [`export`] writes the page back as
//! text; [`store`] keeps documents as RON files. The editor (`ui`) sits on top and none of these
//! know it.

pub mod compose;
pub mod edit;
pub mod export;
pub mod fonts;
pub mod import;
pub mod model;
pub mod store;
pub mod typeset;
pub mod ui;
