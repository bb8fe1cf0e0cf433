//! The faces banmian prints with, shared by the editor, the PDF and the PNG so that all three
//! draw the same glyphs: two bundled faces that cover every character of the 通用规范汉字表 and
//! the whole CJK Unified Ideographs block, and any installed font a style names or a character
//! needs.
//!
//! The bundled faces are subsets of Noto Serif CJK SC (宋体-style, body) and Noto Sans CJK SC
//! Bold (黑体-style, headlines), SIL OFL 1.1 (`assets/fonts/OFL.txt`), made by
//! `tools/subset-fonts.py`. Installed fonts are found through `fontique`, the system's own font
//! list (fontconfig, DirectWrite, Core Text), plus the folders named in `BANMIAN_FONT_DIRS`.
//!
//! A face is a [`FaceId`], a handle that carries its data and what has been looked up in it, so
//! measuring and drawing need nothing else. Finding a face by family name or by character asks
//! the installed fonts, a [`Fonts`] context that whoever runs banmian makes and passes in (the
//! editor's session, a command, a test), as typst passes its `World` and parley its
//! `FontContext`: nothing about fonts is kept for the whole process but the bundled faces.

mod chain;
mod coverage;
mod face;
mod metrics;
mod system;

pub use chain::{FaceChain, MISSING_GLYPH, Resolved};
pub use coverage::{TONGYONG, tongyong_coverage, tongyong_total};
pub use face::{FaceId, InkBounds, data, face, family_name, has_glyph, is_bundled};
pub use metrics::{advance, ascent, ink_bounds};
pub use system::{FONT_DIRS_VAR, FamilyInfo, Fonts};
