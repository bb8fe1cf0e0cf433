//! What composition hands to every drawing: positioned items, each tagged with where it came
//! from, and the glyph runs text becomes. A leaf of `compose`, read by the page, photo frames,
//! the ink checks and every exporter.

use crate::fonts::{FaceChain, FaceId, MISSING_GLYPH, Resolved, ascent};
use crate::model::{ArticleId, FrameId, PhotoId, PhotoStatus};
use crate::typeset::class::CharClass;
use crate::typeset::{Style, set_line};

use super::faces::PageFaces;

/// A run of glyphs on one baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct TextRun {
    /// The face that prints every glyph of the run.
    pub font: FaceId,
    /// Type size in points.
    pub size: f32,
    /// The top of the line box the run sits in.
    pub top: f32,
    /// Every glyph with the x of its drawing origin, placed so that its ink stays inside the
    /// room the typesetter gave it (a half-width `“` is drawn half an em to the left).
    pub glyphs: Vec<(char, f32)>,
}

/// Where an item on the composed page comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Origin {
    /// The page's index.
    pub page: usize,
    /// The frame it is drawn in.
    pub frame: Option<FrameId>,
    /// The article it belongs to.
    pub article: Option<ArticleId>,
    /// The body block it sets.
    pub block: Option<usize>,
    /// The grid line it stands on (body lines, subheads and bylines).
    pub line: Option<u32>,
}

/// What an item is.
#[derive(Clone, Debug, PartialEq)]
pub enum ItemKind {
    /// Text.
    Text(TextRun),
    /// A straight rule from one point to another, `width` points thick.
    Rule {
        /// Start point.
        from: (f32, f32),
        /// End point.
        to: (f32, f32),
        /// Thickness.
        width: f32,
    },
    /// A rectangle filled with grey: a box's 底纹 behind its text.
    Fill {
        /// Left, top, width, height.
        rect: [f32; 4],
        /// How dark, from 0 (white) to 1 (black).
        grey: f32,
    },
    /// An empty picture box: its outline.
    Box {
        /// Left, top, width, height.
        rect: [f32; 4],
    },
    /// A photo, drawn at `rect` and clipped to `clip` (its crop); a grey placeholder where its
    /// file is missing.
    Image {
        /// The photo; none for the masthead's title picture.
        photo: Option<PhotoId>,
        /// Its picture file.
        file: String,
        /// The part of it that shows (its crop, within the frame): left, top, width, height.
        clip: [f32; 4],
        /// Where the whole picture is drawn, upright, reaching past `clip` where it is cropped.
        rect: [f32; 4],
        /// Whether the file was found as it was placed.
        status: PhotoStatus,
    },
}

/// One thing on the composed page, in points from the page's top-left corner.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Where it comes from.
    pub origin: Origin,
    /// What it is.
    pub kind: ItemKind,
}

/// What a piece of a page's furniture is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FurnitureKind {
    /// The masthead (报头) on the first page.
    Masthead,
    /// A page header (报眉).
    Header,
    /// A rule between articles.
    Rule,
    /// A box round an article.
    Box,
    /// A 转版 jump line.
    Jump,
}

impl FurnitureKind {
    /// Its name in `info --json`.
    pub fn name(self) -> &'static str {
        match self {
            FurnitureKind::Masthead => "masthead",
            FurnitureKind::Header => "header",
            FurnitureKind::Rule => "rule",
            FurnitureKind::Box => "box",
            FurnitureKind::Jump => "jump",
        }
    }
}

/// A piece of a page's furniture: what prints on the page besides the articles' own text and
/// photos, as scripts see it.
#[derive(Clone, Debug, PartialEq)]
pub struct Furniture {
    /// The page's index.
    pub page: usize,
    /// What it is.
    pub kind: FurnitureKind,
    /// The text it prints (empty for a rule or a box).
    pub text: String,
    /// Where it stands, in points from the page's top-left corner: left, top, width, height.
    pub rect: [f32; 4],
}

/// Glyphs given as (character, left edge of its room, width of the room its ink must stay in),
/// split into runs by the face that prints each. The runs share one baseline: that of the
/// chain's first face in a line box whose top is `top`. A character no face has is printed as
/// [`MISSING_GLYPH`] and added to `missing`.
pub(super) fn face_runs(
    faces: &PageFaces,
    chain: &FaceChain,
    size: f32,
    top: f32,
    glyphs: impl Iterator<Item = (char, f32, Option<f32>)>,
    missing: &mut Vec<char>,
) -> Vec<TextRun> {
    let baseline = top + ascent(chain.primary()) * size;
    let mut runs: Vec<TextRun> = Vec::new();
    for (c, x, room) in glyphs {
        let (c, font) = match faces.resolve(chain, c) {
            Resolved::Face(font) => (c, font),
            Resolved::Missing => {
                if !missing.contains(&c) {
                    missing.push(c);
                }
                let font = match faces.resolve(chain, MISSING_GLYPH) {
                    Resolved::Face(font) => font,
                    Resolved::Missing => FaceId::serif(),
                };
                (MISSING_GLYPH, font)
            }
        };
        let x = room.map_or(x, |w| ink_origin(font, size, c, x, w));
        match runs.last_mut() {
            Some(run) if run.font == font => run.glyphs.push((c, x)),
            _ => runs.push(TextRun {
                font,
                size,
                top: baseline - ascent(font) * size,
                glyphs: vec![(c, x)],
            }),
        }
    }
    runs
}

/// Where to draw a glyph whose room is `w` points wide from `x` so that its ink stays inside:
/// a half-width opening mark, whose ink sits in the right half of the font's em box, moves left
/// by the half the typesetter took away.
fn ink_origin(font: FaceId, size: f32, c: char, x: f32, w: f32) -> f32 {
    // Most glyphs are ideographs in a whole em, whose ink the bundled faces keep inside it.
    let whole_em = w >= size - 1e-3 && CharClass::of(c) == CharClass::Ideograph;
    if whole_em && crate::fonts::is_bundled(font) {
        return x;
    }
    let Some(ink) = crate::fonts::ink_bounds(font, c) else {
        return x;
    };
    let (left, right) = (ink.left * size, ink.right * size);
    if right - left > w {
        // Wider than its room (a Latin letter set at half an em): centred on it.
        return x + (w - (right - left)) / 2.0 - left;
    }
    if x + right > x + w {
        x + w - right
    } else if left < 0.0 {
        x - left
    } else {
        x
    }
}

/// How a run sits in its room.
#[derive(Clone, Copy)]
pub(super) enum Align {
    /// Flush left.
    Left,
    /// Centred.
    Centre,
    /// Flush right.
    Right,
}

/// `text` set solid (no justification) at `size` points in a room `room` points wide from `x`,
/// centred or flush right, shrunk to fit when it is wider than the room.
#[allow(
    clippy::too_many_arguments,
    reason = "one run's whole placement, named at the call"
)]
pub(super) fn solid_run(
    text: &str,
    faces: &PageFaces,
    chain: &FaceChain,
    size: f32,
    x: f32,
    room: f32,
    top: f32,
    align: Align,
    missing: &mut Vec<char>,
) -> Vec<TextRun> {
    let style = Style {
        faces: *chain,
        ..Style::default()
    };
    let line = set_line(text, &style);
    let width = line.width.get();
    let set = if width * size > room && width > 0.0 {
        room / width
    } else {
        size
    };
    let x0 = match align {
        Align::Left => x,
        Align::Centre => x + (room - width * set) / 2.0,
        Align::Right => x + room - width * set,
    };
    let glyphs = line
        .glyphs
        .iter()
        .map(|p| (p.ch, x0 + p.x.get() * set, Some(p.width.get() * set)));
    face_runs(faces, chain, set, top + (size - set) * 0.8, glyphs, missing)
}
