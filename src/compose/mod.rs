//! Compose: pour typeset lines into frames on the page.
//!
//! [`fit`] copy-fits one article into a frame (which line goes into which text column, the
//! overset), [`geometry`] maps the page grid to points, [`arrange`] makes a first arrangement of
//! a page, and [`page`] turns it all into one [`ComposedPage`] of positioned text — the single
//! source that the editor's canvas draws.

pub mod arrange;
pub mod fit;
pub mod geometry;
pub mod page;

pub use fit::{BodyItem, Fit, body_items, fit_article};
pub use geometry::{FrameGeometry, PageGeometry};
pub use page::{ComposedFrame, ComposedPage, FontKind, TextRun, compose_page};
