//! Recognising bylines: `通讯员 侯宪锋`, `记者 王林 通讯员 李强`, `■通讯员 熊继勇 高攀登 摄`,
//! `（通讯员 陈静）`, and the same run in at the end of a body line.

use crate::model::BYLINE_ROLES;
use crate::typeset::class::{CharClass, is_wide};

/// Words that end a credit: `摄` (photo), `文`, `图`, `报道`, `整理`, in either script.
const CREDIT_ENDS: &[&str] = &[
    "摄", "攝", "文", "图", "圖", "报道", "報道", "報導", "整理", "供稿",
];

/// The most characters a run-in byline takes, separator included: roles and a dozen names.
const MAX_BYLINE_CHARS: usize = 96;

/// Marks printed before a credit, as in `■通讯员 … 摄`.
const MARKS: &[char] = &['■', '□', '▲', '●', '◆', '★'];

/// The byline's text if the whole of `s` is one (brackets and surrounding spaces removed).
pub(crate) fn parse_byline(s: &str) -> Option<String> {
    let s = s.trim();
    let inner = strip_brackets(s).unwrap_or(s).trim();
    let body = inner.trim_start_matches(MARKS);
    let mut tokens: Vec<&str> = body
        .split(|c: char| c.is_whitespace() || c == '、')
        .filter(|t| !t.is_empty())
        .collect();
    if tokens.is_empty() {
        return None;
    }
    if tokens.len() > 1 && tokens.last().is_some_and(|t| CREDIT_ENDS.contains(t)) {
        tokens.pop();
    }
    let mut names_after_role = 0;
    let mut seen_role = false;
    for token in tokens {
        if let Some(role) = BYLINE_ROLES.iter().find(|r| token.starts_with(**r)) {
            if seen_role && names_after_role == 0 {
                return None;
            }
            seen_role = true;
            names_after_role = 0;
            let rest = &token[role.len()..];
            let rest = rest.trim_start_matches(['：', ':']);
            if !rest.is_empty() {
                if !is_name(rest) {
                    return None;
                }
                names_after_role += 1;
            }
        } else if seen_role && is_name(token) {
            names_after_role += 1;
        } else {
            return None;
        }
    }
    (seen_role && names_after_role > 0)
        .then(|| inner.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Splits a body line with a run-in byline into (text, separator, byline, the byline as it
/// stands in the line).
pub(crate) fn split_run_in(line: &str) -> Option<(&str, &str, String, &str)> {
    let trimmed = line.trim_end();
    // A byline is short: only the line's last characters can hold one, which keeps a long line
    // with many spaces linear to read.
    let from = trimmed
        .char_indices()
        .rev()
        .nth(MAX_BYLINE_CHARS)
        .map_or(0, |(i, _)| i);
    for (i, c) in trimmed[from..].char_indices().map(|(i, c)| (i + from, c)) {
        if !c.is_whitespace() {
            continue;
        }
        let next = i + c.len_utf8();
        if trimmed[next..].starts_with(char::is_whitespace) {
            continue;
        }
        let body_end = trimmed[..i].trim_end().len();
        if body_end == 0 {
            continue;
        }
        if let Some(byline) = parse_byline(&trimmed[next..]) {
            return Some((
                &line[..body_end],
                &line[body_end..next],
                byline,
                &line[next..],
            ));
        }
    }
    None
}

/// A byline in brackets, `（通讯员 陈静）` or `(通讯员 陈静)`: the part inside.
fn strip_brackets(s: &str) -> Option<&str> {
    s.strip_prefix('（')
        .and_then(|r| r.strip_suffix('）'))
        .or_else(|| s.strip_prefix('(').and_then(|r| r.strip_suffix(')')))
}

/// A personal or pen name: two to six Han characters, or a transliterated name with `·`.
fn is_name(s: &str) -> bool {
    let n = s.chars().count();
    (2..=8).contains(&n)
        && s.chars().all(|c| {
            matches!(c, '·' | '•') || (is_wide(c) && CharClass::of(c) == CharClass::Ideograph)
        })
        && s.chars().filter(|c| !matches!(c, '·' | '•')).count() <= 6
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_of_the_seed() {
        assert_eq!(
            parse_byline("通讯员 侯宪锋").as_deref(),
            Some("通讯员 侯宪锋")
        );
        assert_eq!(
            parse_byline("■通讯员 熊继勇 高攀登 孔璇 摄").as_deref(),
            Some("■通讯员 熊继勇 高攀登 孔璇 摄")
        );
        assert_eq!(
            parse_byline("（通讯员 陈静 李强）").as_deref(),
            Some("通讯员 陈静 李强")
        );
        assert_eq!(
            parse_byline("记者 王林 通讯员 李强").as_deref(),
            Some("记者 王林 通讯员 李强")
        );
        assert_eq!(
            parse_byline("本報記者 王喆 通訊員 李堃 攝").as_deref(),
            Some("本報記者 王喆 通訊員 李堃 攝")
        );
        assert_eq!(parse_byline("全市公安机关"), None);
        assert_eq!(parse_byline("通讯员"), None);
        assert_eq!(parse_byline("通讯员 很长很长的不是名字的句子，"), None);
    }

    #[test]
    fn run_in() {
        let (body, sep, byline, _) =
            split_run_in("消老人网络投资理财的念头。 通讯员 宋浴铭").expect("run in");
        assert_eq!(body, "消老人网络投资理财的念头。");
        assert_eq!(sep, " ");
        assert_eq!(byline, "通讯员 宋浴铭");
        assert!(split_run_in("3 月 2 日，全市公安机关").is_none());
    }
}
