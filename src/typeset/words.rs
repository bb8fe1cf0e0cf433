//! Where words begin and end in Chinese text, for breaking headlines: a body line may end
//! between any two characters, but a headline broken inside a word (`市公安局召开全` /
//! `市公安工作会议`) reads wrong. Words are found by jieba's segmenter with a trimmed copy of
//! its dictionary (`assets/words`, MIT), loaded on first use. The dictionary is simplified
//! Chinese; traditional text is cut where its simplified form would be (Unihan's
//! kSimplifiedVariant, `assets/words/simplified.txt`).

use std::collections::HashMap;
use std::sync::LazyLock;

use jieba_rs::Jieba;

use super::class::{CharClass, no_end, no_start};

/// The word list: Han words with their frequencies (see `tools/trim-words.py`).
const DICTIONARY: &str = include_str!("../../assets/words/dict.txt");

/// The segmenter, built once; `None` if the bundled list could not be read, in which case
/// every legal break is a word boundary.
static SEGMENTER: LazyLock<Option<Jieba>> = LazyLock::new(|| {
    let mut reader = std::io::BufReader::new(DICTIONARY.as_bytes());
    Jieba::with_dict(&mut reader).ok()
});

/// Traditional characters and their simplified forms, one pair to a line.
const SIMPLIFIED: &str = include_str!("../../assets/words/simplified.txt");

/// [`SIMPLIFIED`] as a map, built once.
static TO_SIMPLIFIED: LazyLock<HashMap<char, char>> = LazyLock::new(|| {
    SIMPLIFIED
        .lines()
        .filter_map(|line| {
            let mut chars = line.chars();
            Some((chars.next()?, chars.next()?))
        })
        .collect()
});

/// The byte offsets in `text` where a line may break without splitting a word or breaking a
/// line-start or line-end rule (行首行尾禁则), in order; `0` and `text.len()` are not included.
pub fn word_breaks(text: &str) -> Vec<usize> {
    // Where each character ends, so that word ends counted in characters become byte offsets.
    let char_ends: Vec<usize> = text.char_indices().map(|(i, c)| i + c.len_utf8()).collect();
    let ends: Vec<usize> = match SEGMENTER.as_ref() {
        Some(jieba) => {
            // One character for one: the simplified text has the same characters in the same
            // places.
            let simplified: String = text
                .chars()
                .map(|c| TO_SIMPLIFIED.get(&c).copied().unwrap_or(c))
                .collect();
            jieba
                .cut(&simplified, true)
                .iter()
                .filter_map(|token| token.end.checked_sub(1))
                .filter_map(|last| char_ends.get(last).copied())
                .collect()
        }
        None => char_ends,
    };
    ends.into_iter()
        .filter(|&at| at > 0 && at < text.len() && legal_break(text, at))
        .collect()
}

/// Whether a line may end at byte `at` of `text`: the character after it may start a line and
/// the one before may end one.
fn legal_break(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at..].chars().next();
    match (before, after) {
        (Some(b), Some(a)) => !no_end(CharClass::of(b), b) && !no_start(CharClass::of(a), a),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` cut at every word break.
    fn lines_at(text: &str) -> Vec<&str> {
        let mut at = 0;
        let mut out = Vec::new();
        for b in word_breaks(text).into_iter().chain([text.len()]) {
            out.push(&text[at..b]);
            at = b;
        }
        out
    }

    #[test]
    fn breaks_fall_between_words() {
        let breaks = word_breaks("市公安局召开全市公安工作会议");
        let inside_quanshi = "市公安局召开全".len();
        assert!(!breaks.contains(&inside_quanshi), "{breaks:?}");
        assert!(breaks.contains(&"市公安局召开".len()), "{breaks:?}");
    }

    #[test]
    fn traditional_text_breaks_between_its_words() {
        let breaks = word_breaks("警民聯手破獲電信網絡詐騙案件");
        assert!(
            !breaks.contains(&"警民聯手破獲電信網絡詐".len()),
            "{breaks:?}"
        );
        assert!(
            breaks.contains(&"警民聯手破獲電信網絡詐騙".len()),
            "{breaks:?}"
        );
    }

    proptest::proptest! {
        /// Any text, Chinese, traditional, Latin or symbols, gives breaks on character
        /// boundaries strictly inside it, in order.
        #[test]
        fn breaks_are_inside_the_text_on_character_boundaries(
            text in "[\\p{Han}，。“”、a-z0-9 ]{0,30}|\\PC{0,20}"
        ) {
            let breaks = word_breaks(&text);
            proptest::prop_assert!(breaks.windows(2).all(|w| w[0] < w[1]), "{:?}", breaks);
            proptest::prop_assert!(breaks
                .iter()
                .all(|&b| b > 0 && b < text.len() && text.is_char_boundary(b)));
        }
    }

    #[test]
    fn quotes_stay_with_the_words_they_enclose() {
        for part in lines_at("公交车“一键报警”新模式运行") {
            assert!(!part.starts_with('”') && !part.ends_with('“'), "{part}");
        }
    }
}
