//! Compose: an article's flow poured into the regions of its frames, and the page as one open list
//! of positioned items.
//!
//! The stages, one file each: [`flow`] (the one walk of an article's body) → [`regions`] (a
//! frame's columns and each line's room after wrap) → [`distribute`](mod@distribute) (lines into
//! the chain of regions, balanced, overset counted, by [`set_chain`]) → [`chain`] (an article
//! in its frames, with its headline block: what the arrangement asks) → [`page`] (the
//! [`ComposedPage`] every drawing reads), whose items are [`output`]'s.
//! [`headline`] sets headline blocks with the fonts' real advances, [`ink`] checks the composed
//! page for ink that collides. The first arrangement of a page is an edit (`edit::arrange`).

pub mod chain;
pub mod distribute;
pub mod faces;
pub mod flow;
pub mod furniture;
pub mod headline;
pub mod ink;
pub mod jump;
pub mod output;
pub mod page;
pub mod photo;
pub mod regions;

pub use chain::{ChainSetting, Placement, set_article};
pub use distribute::{SUBHEAD_LINES, SetArticle, SetItem, SetKind, Slot, line_rooms, set_chain};
pub use faces::PageFaces;
pub use flow::{ArticleFlow, FlowItem, article_flow};
pub use output::{Furniture, FurnitureKind, Item, ItemKind, Origin, TextRun};
pub use page::{ComposeCache, ComposedArticle, ComposedFrame, ComposedPage, compose_page};
pub use photo::{ComposedPhoto, MIN_PHOTO_DPI, caption_grid_lines};

/// Line width of column rules and box outlines, in points (a hairline at print).
pub const RULE_WIDTH: f32 = 0.5;
