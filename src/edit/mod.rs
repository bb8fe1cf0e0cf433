//! Editing: the changes a document can undergo, their undo history, and the session that holds a
//! document with its history and its composed page. The editor, the command line and the tests
//! all change documents through here. [`arrange`] gives unplaced articles frames (the first
//! arrangement of a page); `room` finds an article's text room where an edit took some (a frame
//! grown, a photo cut down, a continuation).

pub mod arrange;
mod edits;
mod fixes;
mod history;
mod pages;
mod photos;
mod room;
mod session;
mod strips;

pub use edits::{BlockKind, Edit, HeaderField, PageInfo, apply};
pub use fixes::{fix_edit, ignore_edit};
pub use history::{Group, History};
pub use pages::arrange_pages;
pub use session::Session;
