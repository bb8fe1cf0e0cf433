//! Which face prints a character: the faces a style chose, in order, then the bundled faces,
//! then any installed font that has it (asked of [`Fonts`](super::Fonts)). Nothing is left
//! out: a character no face has is printed as [`MISSING_GLYPH`] and reported.

use super::face::{FaceId, has_glyph};
use super::metrics::advance;

/// What is printed in place of a character that no face has: a visible white square, so that a
/// proofreader sees the gap instead of a silently shortened name.
pub const MISSING_GLYPH: char = '□';

/// The most faces a chain holds: the bundled three and five chosen. Styles name one or two
/// families; more than five are never asked for, so the rest of a longer list is dropped.
const MAX_FACES: usize = 8;

/// The faces a kind of text prints with, in order of preference. `Copy`, so that the
/// typesetter's style can carry it through the hot path by value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FaceChain {
    faces: [FaceId; MAX_FACES],
    len: u8,
}

/// The face that prints a character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolved {
    /// This face has it.
    Face(FaceId),
    /// No face has it: print [`MISSING_GLYPH`] in the chain's first face, and say so.
    Missing,
}

impl FaceChain {
    /// The chosen faces (an empty choice means the bundled one), followed by the bundled faces,
    /// `bundled` first: the serif for text, the sans for headlines.
    pub fn new(chosen: impl IntoIterator<Item = FaceId>, bundled: FaceId) -> Self {
        let mut chain = FaceChain {
            faces: [FaceId::serif(); MAX_FACES],
            len: 0,
        };
        // The bundled faces always find a place: the chosen take what is left.
        let room = MAX_FACES - 3;
        for id in chosen.into_iter().take(room) {
            chain.push(id);
        }
        for id in [bundled, FaceId::serif(), FaceId::sans_bold()] {
            chain.push(id);
        }
        chain
    }

    fn push(&mut self, id: FaceId) {
        if !self.faces().any(|f| f == id) && usize::from(self.len) < MAX_FACES {
            self.faces[usize::from(self.len)] = id;
            self.len += 1;
        }
    }

    /// Every face, in order of preference.
    pub fn faces(&self) -> impl Iterator<Item = FaceId> + '_ {
        self.faces[..usize::from(self.len)].iter().copied()
    }

    /// The face most of the text is set in: the first chosen.
    pub fn primary(&self) -> FaceId {
        self.faces().next().unwrap_or_default()
    }

    /// The advance of `ch` in ems in the face of the chain that prints it; one em where none
    /// has it (a character only an installed fallback has is as wide as an ideograph).
    pub fn advance(&self, ch: char) -> f32 {
        // The first face has nearly every character: asked first, without resolving the chain.
        if let Some(width) = advance(self.primary(), ch) {
            return width;
        }
        match self.resolve(ch) {
            Resolved::Face(face) => advance(face, ch).unwrap_or(1.0),
            Resolved::Missing => 1.0,
        }
    }

    /// The face of the chain that prints `ch` (white space in the first); where none has it,
    /// [`Fonts::resolve`](super::Fonts::resolve) looks among the installed fonts.
    pub fn resolve(&self, ch: char) -> Resolved {
        if ch.is_whitespace() || ch.is_control() {
            return Resolved::Face(self.primary());
        }
        self.faces()
            .find(|&id| has_glyph(id, ch))
            .map_or(Resolved::Missing, Resolved::Face)
    }
}

impl Default for FaceChain {
    fn default() -> Self {
        FaceChain::new([], FaceId::serif())
    }
}
