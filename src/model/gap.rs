//! The blank lines that follow a block in the page flow.

use serde::{Deserialize, Serialize};

/// The blank lines after a block of text, exactly as they stood in the source.
///
/// Almost always one empty line, which is the default and is not written to RON. A paragraph
/// that runs straight into the next has no blank line (`[]`); a page that ends in a line holding
/// one space has `[" "]`. Keeping the exact lines is what makes export byte-identical.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Gap(pub Vec<String>);

impl Default for Gap {
    fn default() -> Self {
        Gap(vec![String::new()])
    }
}

impl Gap {
    /// No blank line at all.
    pub fn none() -> Self {
        Gap(Vec::new())
    }

    /// Whether this is the usual single empty line (used to keep it out of RON files).
    pub fn is_default(&self) -> bool {
        self.0.len() == 1 && self.0[0].is_empty()
    }

    /// The number of blank lines.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there is no blank line.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
