//! Lines and groups: a text split into runs of non-blank lines and the blank lines after each.

use crate::model::Gap;

/// A run of non-blank lines and the blank lines that follow it.
#[derive(Clone, Debug)]
pub(crate) struct Group<'a> {
    /// The text lines.
    pub lines: Vec<&'a str>,
    /// The blank lines after them, exactly as written.
    pub gap: Vec<&'a str>,
}

impl<'a> Group<'a> {
    /// The gap as the model keeps it.
    pub fn gap(&self) -> Gap {
        Gap(self.gap.iter().map(|s| (*s).to_owned()).collect())
    }

    /// The only line of a one-line group.
    pub fn single(&self) -> Option<&'a str> {
        match self.lines.as_slice() {
            [line] => Some(line),
            _ => None,
        }
    }
}

/// Whether a line is blank: empty or only white space (U+3000 included).
pub(crate) fn is_blank(line: &str) -> bool {
    line.chars().all(char::is_whitespace)
}

/// Splits normalised text (`\n` only) into the blank lines before the first text line and the
/// groups after. Joining everything back with `\n` gives the text again.
pub(crate) fn split_groups(text: &str) -> (Vec<&str>, Vec<Group<'_>>) {
    let mut leading = Vec::new();
    let mut groups: Vec<Group<'_>> = Vec::new();
    for line in text.split('\n') {
        if is_blank(line) {
            match groups.last_mut() {
                Some(g) => g.gap.push(line),
                None => leading.push(line),
            }
        } else {
            match groups.last_mut() {
                Some(g) if g.gap.is_empty() => g.lines.push(line),
                _ => groups.push(Group {
                    lines: vec![line],
                    gap: Vec::new(),
                }),
            }
        }
    }
    (leading, groups)
}

/// Whether a line ends a sentence: its last mark, past any closing quotes or brackets, is
/// `。！？…` (or their ASCII forms).
pub(crate) fn ends_sentence(line: &str) -> bool {
    let trimmed = line
        .trim_end()
        .trim_end_matches(['”', '’', '）', '》', '」', '』', '】', ')', '"']);
    trimmed.ends_with(['。', '！', '？', '…', '.', '!', '?'])
}

/// Whether a line could be a heading (kicker, headline, subtitle, subhead): short, one line,
/// and not ending as a sentence or clause does.
pub(crate) fn is_heading_like(line: &str) -> bool {
    let t = line.trim();
    let n = t.chars().count();
    (1..=40).contains(&n)
        && !t.ends_with(['。', '，', '、', '；', '：', ',', ';', ':'])
        && !t
            .trim_end_matches(['”', '’', '）', '》'])
            .ends_with(['。', '，', '；'])
        && t.matches('。').count() == 0
}
