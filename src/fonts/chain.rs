//! Which face prints a character: the faces a style chose, in order, then the bundled faces,
//! then any installed font that has it. Nothing is left out: a character no face has is printed
//! as [`MISSING_GLYPH`] and reported.

use super::registry::{FaceId, has_glyph};

/// What is printed in place of a character that no face has: a visible white square, so that a
/// proofreader sees the gap instead of a silently shortened name.
pub const MISSING_GLYPH: char = '□';

/// The faces a kind of text prints with, in order of preference.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FaceChain {
    faces: Vec<FaceId>,
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
        let mut faces: Vec<FaceId> = chosen.into_iter().collect();
        for id in [bundled, FaceId::SERIF, FaceId::SANS_BOLD] {
            if !faces.contains(&id) {
                faces.push(id);
            }
        }
        FaceChain { faces }
    }

    /// Every face, in order of preference.
    pub fn faces(&self) -> impl Iterator<Item = FaceId> + '_ {
        self.faces.iter().copied()
    }

    /// The face most of the text is set in: the first chosen.
    pub fn primary(&self) -> FaceId {
        self.faces.first().copied().unwrap_or(FaceId::SERIF)
    }

    /// The face that prints `ch`.
    pub fn resolve(&self, ch: char) -> Resolved {
        if ch.is_whitespace() || ch.is_control() {
            return Resolved::Face(self.primary());
        }
        if let Some(&id) = self.faces.iter().find(|&&id| has_glyph(id, ch)) {
            return Resolved::Face(id);
        }
        super::system::face_with(ch).map_or(Resolved::Missing, Resolved::Face)
    }
}

impl Default for FaceChain {
    fn default() -> Self {
        FaceChain::new([], FaceId::SERIF)
    }
}
