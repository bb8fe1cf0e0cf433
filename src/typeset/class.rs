//! Character classes for Chinese line layout: what a character is, how wide it is by nature, and
//! where a line may not start or end.
//!
//! The sets follow the GB level of clreq's prohibition rules
//! (<https://www.w3.org/TR/clreq/#prohibition_rules_for_line_start_end>) and GB/T 15834-2011 §5.1.

/// What a character is, for width and line breaking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CharClass {
    /// Ideographs, kana, hangul, full-width forms, U+3000 and other 1-em symbols (■ ① …).
    Ideograph,
    /// ASCII letters, digits and symbols, and other narrow characters: set from the font.
    Latin,
    /// An ASCII or other narrow space: a break opportunity that vanishes at line end.
    Space,
    /// Opening brackets and quotes `“‘（《〈「『【〔〖［｛`: blank on the left.
    Opening,
    /// Closing brackets and quotes `”’）》〉」』】〕〗］｝`: blank on the right.
    Closing,
    /// Pauses `，、；：`: blank on the right.
    Pause,
    /// Stops `。！？．`: blank on the right; full width mid-line in the 开明 style.
    Stop,
    /// Interpuncts `·・`: half an em, never compressed (GB/T 15834 §5.1.7).
    MiddleDot,
    /// The dash `—` (two make the 2-em 破折号) and `⸺`.
    Dash,
    /// The ellipsis `…` (two make the 2-em 省略号) and `⋯`.
    Ellipsis,
    /// The wave dash `～` and the en dash `–`: connectors that may not start a line.
    Connector,
}

impl CharClass {
    /// The class of a character.
    pub fn of(c: char) -> CharClass {
        // The common cases first: Han ideographs and ASCII letters and digits.
        if ('\u{4E00}'..='\u{9FFF}').contains(&c) {
            return CharClass::Ideograph;
        }
        if c.is_ascii_alphanumeric() {
            return CharClass::Latin;
        }
        match c {
            '“' | '‘' | '（' | '《' | '〈' | '「' | '『' | '【' | '〔' | '〖' | '［' | '｛' => {
                CharClass::Opening
            }
            '”' | '’' | '）' | '》' | '〉' | '」' | '』' | '】' | '〕' | '〗' | '］' | '｝' => {
                CharClass::Closing
            }
            '，' | '、' | '；' | '：' => CharClass::Pause,
            '。' | '！' | '？' | '．' | '‼' | '⁇' | '⁈' | '⁉' => CharClass::Stop,
            '·' | '・' | '‧' => CharClass::MiddleDot,
            '—' | '⸺' | '―' => CharClass::Dash,
            '…' | '⋯' => CharClass::Ellipsis,
            '～' | '–' => CharClass::Connector,
            ' ' | '\t' | '\u{a0}' | '\u{2002}'..='\u{200a}' => CharClass::Space,
            _ if is_wide(c) => CharClass::Ideograph,
            _ => CharClass::Latin,
        }
    }

    /// Whether this is CJK punctuation that has a blank side to compress.
    pub fn is_compressible_punct(self) -> bool {
        matches!(
            self,
            CharClass::Opening | CharClass::Closing | CharClass::Pause | CharClass::Stop
        )
    }

    /// Whether this is any kind of CJK punctuation (no CJK–Latin space beside it).
    pub fn is_punct(self) -> bool {
        !matches!(
            self,
            CharClass::Ideograph | CharClass::Latin | CharClass::Space
        )
    }
}

/// Whether a character may not start a line (行首禁则).
pub fn is_no_start(c: char) -> bool {
    no_start(CharClass::of(c), c)
}

/// [`is_no_start`] for a character whose class is known.
pub(crate) fn no_start(class: CharClass, c: char) -> bool {
    matches!(
        class,
        CharClass::Closing
            | CharClass::Pause
            | CharClass::Stop
            | CharClass::MiddleDot
            | CharClass::Connector
            | CharClass::Ellipsis
    ) || matches!(
        c,
        '/' | '／'
            | ','
            | '.'
            | ':'
            | ';'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
            | '%'
            | '％'
            | '‰'
            | '℃'
            | '°'
    )
}

/// Whether a character may not end a line (行尾禁则).
pub fn is_no_end(c: char) -> bool {
    no_end(CharClass::of(c), c)
}

/// [`is_no_end`] for a character whose class is known.
pub(crate) fn no_end(class: CharClass, c: char) -> bool {
    class == CharClass::Opening || matches!(c, '(' | '[' | '{' | '$' | '¥' | '￥' | '£')
}

/// Whether a character is set on a full em in Chinese text: East Asian Wide or Fullwidth, plus the
/// ambiguous-width symbols that CJK fonts draw full width (■ ● ① ※ →).
pub fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F
        | 0x2190..=0x21FF
        | 0x2460..=0x24FF
        | 0x25A0..=0x27BF
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF01..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1F64F
        | 0x20000..=0x3FFFD)
        || c == '※'
        || c == '§'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_of_the_seed_punctuation() {
        assert_eq!(CharClass::of('，'), CharClass::Pause);
        assert_eq!(CharClass::of('。'), CharClass::Stop);
        assert_eq!(CharClass::of('“'), CharClass::Opening);
        assert_eq!(CharClass::of('”'), CharClass::Closing);
        assert_eq!(CharClass::of('《'), CharClass::Opening);
        assert_eq!(CharClass::of('公'), CharClass::Ideograph);
        assert_eq!(CharClass::of('■'), CharClass::Ideograph);
        assert_eq!(CharClass::of('2'), CharClass::Latin);
        assert_eq!(CharClass::of('%'), CharClass::Latin);
        assert_eq!(CharClass::of(' '), CharClass::Space);
    }

    #[test]
    fn prohibitions() {
        assert!(is_no_start('，'));
        assert!(is_no_start('”'));
        assert!(is_no_start('%'));
        assert!(!is_no_start('“'));
        assert!(is_no_end('“'));
        assert!(is_no_end('《'));
        assert!(!is_no_end('”'));
    }
}
