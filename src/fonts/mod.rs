//! The faces banmian prints with, shared by the editor, the PDF and the PNG so that all three
//! draw the same glyphs: two bundled faces that cover every character of the 通用规范汉字表 and
//! the whole CJK Unified Ideographs block, and any installed font a style names or a character
//! needs.
//!
//! The bundled faces are subsets of Noto Serif CJK SC (宋体-style, body) and Noto Sans CJK SC
//! Bold (黑体-style, headlines), SIL OFL 1.1 (`assets/fonts/OFL.txt`), made by
//! `tools/subset-fonts.py`. Installed fonts are found through `fontique`, the system's own font
//! list (fontconfig, DirectWrite, Core Text), plus the folders named in `BANMIAN_FONT_DIRS`.

mod chain;
mod coverage;
mod metrics;
mod registry;
mod system;

pub use chain::{FaceChain, MISSING_GLYPH, Resolved};
pub use coverage::{TONGYONG, tongyong_coverage, tongyong_total};
pub use metrics::{InkBounds, advance, ascent, ink_bounds};
pub use registry::{FaceId, data, face, family_name, has_glyph, is_bundled};
pub use system::{FamilyInfo, families, find_family};
