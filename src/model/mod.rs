//! The document: a page, its articles and the frames that place them.
//!
//! Plain serde types. Nothing here reads files or knows about the GUI: `import` builds a
//! [`Document`], `store` saves it as RON, `typeset`/`compose`/`export` read it.

mod article;
mod block;
mod byline;
mod document;
mod gap;
mod page;
mod units;

pub use article::{Article, ArticleId, HeaderGaps};
pub use block::{Block, Paragraph, Subhead};
pub use byline::{Byline, BylinePlacement};
pub use document::{Document, FORMAT_VERSION, LineEnding, TextSource};
pub use gap::Gap;
pub use page::{Frame, PageSetup};
pub use units::Em;
