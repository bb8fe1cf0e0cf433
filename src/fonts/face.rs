//! A face banmian prints with, as a handle that carries everything about it: its font data, its
//! parsed tables and what has been looked up in it (coverage, advances, ink). Like typst's
//! `Font`, a handle needs no registry to be measured or drawn: the typesetter, the page and the
//! printers read it directly. Faces are found by [`Fonts`](super::Fonts) (installed fonts) or
//! are the two bundled ones. A face once loaded stays for the life of the process, so a handle
//! never dangles and a composed page can be drawn at any later time.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use crate::model::{BUNDLED_SANS, BUNDLED_SERIF};

static SERIF: &[u8] = include_bytes!("../../assets/fonts/NotoSerifCJKsc-Regular-subset.otf");
static SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSansCJKsc-Bold-subset.otf");

/// A face banmian can print with: a handle to one loaded face. Two handles are equal when they
/// are the same face of the same font, loaded once or twice (by two [`Fonts`](super::Fonts)).
#[derive(Clone, Copy)]
pub struct FaceId(&'static Loaded);

/// One loaded face.
pub(crate) struct Loaded {
    /// The family it belongs to, as the user names it.
    pub family: String,
    /// Its weight, 100 (thin) to 900 (black).
    pub weight: u16,
    /// The font file, and the face's index in it (a collection holds several).
    pub data: &'static [u8],
    pub index: u32,
    /// The parsed face; `None` only for a file that does not parse.
    pub face: Option<ttf_parser::Face<'static>>,
    /// Which characters of the Basic Multilingual Plane it has, one bit each: asked for nearly
    /// every glyph on the page, so read from the font's cmap once, the first time.
    bmp: OnceLock<Box<[u64; 1024]>>,
    /// The advances of its ASCII characters: Latin text measures every letter.
    pub ascii: OnceLock<[Option<f32>; 128]>,
    /// Ink bounds already looked up (outline bounds of CFF glyphs are computed by running the
    /// glyph's program).
    pub ink: Mutex<HashMap<char, Option<InkBounds>>>,
    /// What tells the face apart from any other: the font file's length and whole-file checksum
    /// (its `head` table's checksum adjustment), the face's index in it, and its weight.
    identity: (usize, u32, u32, u16),
}

impl FaceId {
    /// The bundled 宋体-style serif (Noto Serif CJK SC Regular): body text, kickers, bylines.
    pub fn serif() -> FaceId {
        static FACE: OnceLock<FaceId> = OnceLock::new();
        *FACE.get_or_init(|| FaceId::load(BUNDLED_SERIF, 400, SERIF, 0))
    }

    /// The bundled 黑体-style sans (Noto Sans CJK SC Bold): headlines and subheads.
    pub fn sans_bold() -> FaceId {
        static FACE: OnceLock<FaceId> = OnceLock::new();
        *FACE.get_or_init(|| FaceId::load(BUNDLED_SANS, 700, SANS_BOLD, 0))
    }

    /// Loads face `index` of font data `data`, for good.
    pub(crate) fn load(family: &str, weight: u16, data: &'static [u8], index: u32) -> FaceId {
        let face = ttf_parser::Face::parse(data, index).ok();
        let checksum = face
            .as_ref()
            .and_then(|f| f.raw_face().table(ttf_parser::Tag::from_bytes(b"head")))
            .and_then(|head| head.get(8..12))
            .map_or(0, |b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]));
        FaceId(Box::leak(Box::new(Loaded {
            family: family.to_owned(),
            weight,
            data,
            index,
            face,
            bmp: OnceLock::new(),
            ascii: OnceLock::new(),
            ink: Mutex::default(),
            identity: (data.len(), checksum, index, weight),
        })))
    }

    /// Everything loaded of the face.
    pub(crate) fn loaded(self) -> &'static Loaded {
        self.0
    }

    /// What identifies the face (see [`Loaded::identity`]).
    fn key(self) -> (usize, u32, u32, u16) {
        self.0.identity
    }
}

impl PartialEq for FaceId {
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}

impl Eq for FaceId {}

impl std::hash::Hash for FaceId {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

impl PartialOrd for FaceId {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Ordered by family, weight and index, so that what is grouped by face comes out in the same
/// order on every run.
impl Ord for FaceId {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let by_name = |f: &FaceId| (&f.0.family, f.0.weight, f.0.index);
        by_name(self)
            .cmp(&by_name(other))
            .then_with(|| self.key().cmp(&other.key()))
    }
}

impl std::fmt::Debug for FaceId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "FaceId({} {})", self.0.family, self.0.weight)
    }
}

impl Default for FaceId {
    fn default() -> Self {
        FaceId::serif()
    }
}

impl Loaded {
    /// Whether the face has a glyph for `ch`.
    fn has(&self, ch: char) -> bool {
        let Some(face) = &self.face else {
            return false;
        };
        let c = ch as u32;
        if c > 0xFFFF {
            return face.glyph_index(ch).is_some();
        }
        let bits = self.bmp.get_or_init(|| {
            let mut bits = Box::new([0u64; 1024]);
            for table in face.tables().cmap.iter().flat_map(|c| c.subtables) {
                if table.is_unicode() {
                    table.codepoints(|cp| {
                        if cp <= 0xFFFF && table.glyph_index(cp).is_some_and(|g| g.0 != 0) {
                            bits[cp as usize / 64] |= 1 << (cp % 64);
                        }
                    });
                }
            }
            bits
        });
        bits[c as usize / 64] & (1 << (c % 64)) != 0
    }
}

/// The parsed face.
pub fn face(id: FaceId) -> Option<&'static ttf_parser::Face<'static>> {
    id.0.face.as_ref()
}

/// Whether a face has a glyph for `ch`.
pub fn has_glyph(id: FaceId, ch: char) -> bool {
    id.0.has(ch)
}

/// The font file that holds a face, and the face's index in it: what a PDF embeds.
pub fn data(id: FaceId) -> (&'static [u8], u32) {
    (id.0.data, id.0.index)
}

/// The family name of a face, as the user names it ("Noto Serif CJK SC", "LXGW WenKai").
pub fn family_name(id: FaceId) -> &'static str {
    &id.0.family
}

/// Whether a face is one of those built into banmian.
pub fn is_bundled(id: FaceId) -> bool {
    id == FaceId::serif() || id == FaceId::sans_bold()
}

/// A glyph's ink box from its outline, in ems (see [`ink_bounds`](super::ink_bounds)).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InkBounds {
    /// Left edge from the drawing origin.
    pub left: f32,
    /// Right edge from the drawing origin.
    pub right: f32,
    /// Top, above the baseline.
    pub top: f32,
    /// Bottom, above the baseline (negative below it).
    pub bottom: f32,
}
