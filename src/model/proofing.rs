//! What a document keeps for proofing: the findings its editor accepted, and the standard
//! expressions (规范表述) added to the newsroom's list for it.

use serde::{Deserialize, Serialize};

/// A finding the editor accepted: it stays quiet in this document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ignored {
    /// The finding's kind (`doubled_character`).
    pub kind: String,
    /// The text around it, as the finding showed it.
    pub excerpt: String,
}

/// An entry of a list of standard expressions: write `right` instead of `wrong`, or use `wrong`
/// with care where there is no `right`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Expression {
    /// The expression to look for.
    pub wrong: String,
    /// What to write instead; `None`: use with care.
    #[serde(default)]
    pub right: Option<String>,
    /// Where the rule comes from.
    #[serde(default)]
    pub source: String,
}

/// Proofing settings kept with the document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Proofing {
    /// Findings accepted as they are.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ignored: Vec<Ignored>,
    /// Expressions added to the built-in list.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub expressions: Vec<Expression>,
}

impl Proofing {
    /// Whether nothing is kept (the RON then leaves it out).
    pub fn is_empty(&self) -> bool {
        self.ignored.is_empty() && self.expressions.is_empty()
    }
}
