//! The blocks an article's body is made of.

use serde::{Deserialize, Serialize};

use super::Gap;

/// One block of an article's body, in reading order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Block {
    /// Running text.
    Paragraph(Paragraph),
    /// A small heading inside the body (小标题), set centred.
    Subhead(Subhead),
    /// The printed column (or text segment) ends here; the text goes on in the next one.
    ///
    /// When it falls inside a paragraph, the paragraph after it has `continues` set.
    ColumnBreak,
}

/// A paragraph of body text, or the part of one that follows a column break.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// The text, without line breaks or indent.
    #[serde(deserialize_with = "super::ranges::text")]
    pub text: String,
    /// Characters per printed line, kept while the text is as imported, so that export gives
    /// back the printed lines. `None` once the text is edited: the typesetter wraps it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub printed_lines: Option<Vec<u32>>,
    /// This is the rest of the paragraph before a column break: no first-line indent.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub continues: bool,
    /// Blank lines after it in the page flow.
    #[serde(default, skip_serializing_if = "Gap::is_default")]
    pub gap: Gap,
}

impl Paragraph {
    /// A new paragraph that the typesetter wraps.
    pub fn new(text: impl Into<String>) -> Self {
        Paragraph {
            text: text.into(),
            printed_lines: None,
            continues: false,
            gap: Gap::default(),
        }
    }

    /// A paragraph with the line breaks it was printed with.
    pub fn printed(lines: &[&str]) -> Self {
        Paragraph {
            text: lines.concat(),
            printed_lines: Some(lines.iter().map(|l| l.chars().count() as u32).collect()),
            continues: false,
            gap: Gap::default(),
        }
    }

    /// The printed lines, if they are still valid for the text.
    ///
    /// Line lengths that no longer add up to the text (someone edited the RON by hand) are
    /// ignored, and the paragraph is wrapped afresh.
    pub fn printed_line_texts(&self) -> Option<Vec<&str>> {
        let counts = self.printed_lines.as_ref()?;
        let mut lines = Vec::with_capacity(counts.len());
        let mut rest = self.text.as_str();
        for &count in counts {
            let end = rest
                .char_indices()
                .nth(count as usize)
                .map_or(rest.len(), |(i, _)| i);
            if end == 0 && count > 0 {
                return None;
            }
            lines.push(&rest[..end]);
            rest = &rest[end..];
        }
        rest.is_empty().then_some(lines)
    }

    /// Appends the rest of the paragraph that a column break had cut off. The printed lines of
    /// both parts stay valid, so an untouched paragraph keeps them.
    pub fn join(&mut self, rest: Paragraph) {
        self.printed_lines = match (
            self.printed_line_texts().is_some(),
            rest.printed_line_texts().is_some(),
        ) {
            (true, true) => {
                let mut lines = self.printed_lines.take().unwrap_or_default();
                lines.extend(rest.printed_lines.unwrap_or_default());
                Some(lines)
            }
            _ => None,
        };
        self.text.push_str(&rest.text);
        self.gap = rest.gap;
    }

    /// Replaces the text; the printed line breaks no longer apply.
    pub fn set_text(&mut self, text: impl Into<String>) {
        let text = text.into();
        if text != self.text {
            self.text = text;
            self.printed_lines = None;
        }
    }
}

/// A subhead (小标题) inside an article's body, e.g. `加强领导 组织有力`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Subhead {
    /// The subhead's text.
    #[serde(deserialize_with = "super::ranges::text")]
    pub text: String,
    /// Blank lines after it in the page flow.
    #[serde(default, skip_serializing_if = "Gap::is_default")]
    pub gap: Gap,
}

impl Subhead {
    /// A subhead with the usual blank line after it.
    pub fn new(text: impl Into<String>) -> Self {
        Subhead {
            text: text.into(),
            gap: Gap::default(),
        }
    }
}
