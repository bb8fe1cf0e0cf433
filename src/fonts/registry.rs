//! Every face loaded in this process, by id: the bundled faces first, then installed fonts as
//! styles and characters call for them. A face once loaded stays for the life of the process,
//! so an id never dangles and a composed page can be drawn at any later time.

use std::sync::{OnceLock, RwLock};

use crate::model::{BUNDLED_SANS, BUNDLED_SERIF};

static SERIF: &[u8] = include_bytes!("../../assets/fonts/NotoSerifCJKsc-Regular-subset.otf");
static SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSansCJKsc-Bold-subset.otf");

/// A face banmian can print with: a handle into this process's list of loaded faces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FaceId(u32);

impl FaceId {
    /// The bundled 宋体-style serif (Noto Serif CJK SC Regular): body text, kickers, bylines.
    pub const SERIF: FaceId = FaceId(0);
    /// The bundled 黑体-style sans (Noto Sans CJK SC Bold): headlines and subheads.
    pub const SANS_BOLD: FaceId = FaceId(1);
}

impl From<FaceId> for u32 {
    fn from(id: FaceId) -> u32 {
        id.0
    }
}

impl Default for FaceId {
    fn default() -> Self {
        FaceId::SERIF
    }
}

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

fn registry() -> &'static RwLock<Vec<&'static Loaded>> {
    static FACES: OnceLock<RwLock<Vec<&'static Loaded>>> = OnceLock::new();
    FACES.get_or_init(|| RwLock::new(bundled().to_vec()))
}

/// The bundled faces, ids 0 and 1: looked up for nearly every glyph, so without a lock.
fn bundled() -> &'static [&'static Loaded; 2] {
    static BUNDLED: OnceLock<[&'static Loaded; 2]> = OnceLock::new();
    BUNDLED.get_or_init(|| {
        [
            leak(BUNDLED_SERIF, 400, SERIF, 0),
            leak(BUNDLED_SANS, 700, SANS_BOLD, 0),
        ]
    })
}

fn leak(family: &str, weight: u16, data: &'static [u8], index: u32) -> &'static Loaded {
    Box::leak(Box::new(Loaded {
        family: family.to_owned(),
        weight,
        data,
        index,
        face: ttf_parser::Face::parse(data, index).ok(),
        bmp: OnceLock::new(),
    }))
}

/// The loaded face with this id.
pub(crate) fn loaded(id: FaceId) -> Option<&'static Loaded> {
    if let Some(face) = bundled().get(id.0 as usize) {
        return Some(face);
    }
    let faces = registry().read().ok()?;
    faces.get(id.0 as usize).copied()
}

/// Adds an installed font's face (the same file and index once only) and gives its id.
pub(crate) fn register(family: &str, weight: u16, data: &'static [u8], index: u32) -> FaceId {
    let Ok(mut faces) = registry().write() else {
        return FaceId::SERIF;
    };
    let same = |f: &&Loaded| std::ptr::eq(f.data, data) && f.index == index;
    if let Some(i) = faces.iter().position(same) {
        return FaceId(i as u32);
    }
    faces.push(leak(family, weight, data, index));
    FaceId(faces.len() as u32 - 1)
}

/// The parsed face with this id.
pub fn face(id: FaceId) -> Option<&'static ttf_parser::Face<'static>> {
    loaded(id)?.face.as_ref()
}

/// Whether a face has a glyph for `ch`.
pub fn has_glyph(id: FaceId, ch: char) -> bool {
    loaded(id).is_some_and(|f| f.has(ch))
}

/// The font file that holds a face, and the face's index in it: what a PDF embeds.
pub fn data(id: FaceId) -> Option<(&'static [u8], u32)> {
    loaded(id).map(|f| (f.data, f.index))
}

/// The family name of a face, as the user names it ("Noto Serif CJK SC", "LXGW WenKai").
pub fn family_name(id: FaceId) -> String {
    loaded(id).map_or_else(String::new, |f| f.family.clone())
}

/// Whether a face is one of those built into banmian.
pub fn is_bundled(id: FaceId) -> bool {
    id == FaceId::SERIF || id == FaceId::SANS_BOLD
}
