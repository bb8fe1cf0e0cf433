//! The document: pages of frames, and the articles set in them.
//!
//! Plain serde types. Nothing here reads files or knows about the GUI: `import` builds a
//! [`Document`], `store` saves it as RON, `typeset`/`compose`/`export` read it.

mod article;
mod block;
mod boxing;
mod byline;
mod document;
mod frame;
mod gap;
mod geometry;
mod headline;
mod issue;
mod page;
mod photo;
mod proofing;
pub mod ranges;
mod styles;
mod template;
mod units;

pub use article::{Article, ArticleId, CutIn, HeaderGaps, PrintedRooms, SourceOrder};
pub use block::{Block, Paragraph, Subhead};
pub use boxing::{ArticleBox, BOX_INSET_EM, BOX_INSET_LINES, Border, MAX_SHADING, inside_box};
pub use byline::{BYLINE_ROLES, Byline, BylinePlacement};
pub use document::{Document, FORMAT_VERSION, LineEnding, MAX_OVERLAPS, TextSource};
pub use frame::{Frame, FrameContent, FrameId, FrameKind, Standoff};
pub use gap::Gap;
pub use geometry::{FrameGeometry, PT_PER_MM, PageGeometry};
pub use headline::{Face, HAO, HeadAlign, HeadDirection, HeadStyle, HeadlineBlock, hao_name};
pub use issue::{BadDate, Issue, IssueDate, TitlePicture};
pub use page::{HEADER_LINES, MAX_PAGES, Page, PageSetup, masthead_lines};
pub use photo::{Fit, MAX_ZOOM, Photo, PhotoId, PhotoStatus, Picture};
pub use proofing::{Expression, Ignored, Proofing};
pub use styles::{BUNDLED_SANS, BUNDLED_SERIF, Role, Styles, TextStyle};
pub use template::{PageTemplate, TEMPLATE_VERSION, Template};
pub use units::Em;
