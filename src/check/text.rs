//! Text checks: punctuation (GB/T 15834), number forms (GB/T 15835), doubled characters,
//! spaces, and the standard expressions, in every header line, paragraph, subhead and byline.

use std::ops::Range;

use crate::model::{Article, BYLINE_ROLES, Block, Document};
use crate::typeset::class::CharClass;

use super::{Field, Finding, Fix, Severity, excerpt, standard_expressions};

/// Every text finding of the document, in flow order.
pub(super) fn check_text(doc: &Document) -> Vec<Finding> {
    let mut findings = Vec::new();
    for article in &doc.articles {
        for (field, text, is_paragraph) in fields(article) {
            let mut found = Vec::new();
            if !continues(article, field) {
                let whole = paragraph_whole(article, field);
                unbalanced(text, whole.as_deref(), &mut found);
            }
            marks(text, &mut found);
            full_width(text, &mut found);
            if is_paragraph {
                sentence_end(article, field, text, &mut found);
                spaces(text, &mut found);
            }
            numbers(text, &mut found);
            expressions(doc, text, &mut found);
            findings.extend(
                found
                    .into_iter()
                    .map(|(kind, severity, range, message, fix)| Finding {
                        kind,
                        severity,
                        article: Some(article.id),
                        field: Some(field),
                        excerpt: excerpt(text, &range),
                        range: Some(range),
                        frame: None,
                        photo: None,
                        message,
                        fix: fix.map(|replacement| Fix { replacement }),
                    }),
            );
        }
    }
    findings
}

/// One text finding before it is placed: kind, severity, range, message, replacement.
type Found = (&'static str, Severity, Range<usize>, String, Option<String>);

/// The texts of an article: (field, text, whether it is a body paragraph).
fn fields(article: &Article) -> Vec<(Field, &str, bool)> {
    let mut out = Vec::new();
    for (field, text) in [
        (Field::Kicker, &article.kicker),
        (Field::Headline, &article.headline),
        (Field::Subtitle, &article.subtitle),
    ] {
        if let Some(t) = text {
            out.push((field, t.as_str(), false));
        }
    }
    for (i, block) in article.body.iter().enumerate() {
        match block {
            Block::Paragraph(p) => out.push((Field::Block(i), p.text.as_str(), true)),
            Block::Subhead(s) => out.push((Field::Block(i), s.text.as_str(), false)),
            Block::ColumnBreak => {}
        }
    }
    if let Some(b) = &article.byline {
        out.push((Field::Byline, b.text.as_str(), false));
    }
    out
}

/// Whether a text is a part of a paragraph that goes on from before a column break (its
/// paragraph is checked whole at its first part).
fn continues(article: &Article, field: Field) -> bool {
    let Field::Block(i) = field else {
        return false;
    };
    matches!(article.body.get(i), Some(Block::Paragraph(p)) if p.continues)
}

/// For a paragraph, its whole text with the parts a column break cut off after it: a quotation
/// may open before the break and close after it. `None` for other texts.
fn paragraph_whole(article: &Article, field: Field) -> Option<String> {
    let Field::Block(i) = field else {
        return None;
    };
    let Some(Block::Paragraph(first)) = article.body.get(i) else {
        return None;
    };
    let mut whole = first.text.clone();
    for block in &article.body[i + 1..] {
        match block {
            Block::ColumnBreak => {}
            Block::Paragraph(p) if p.continues => whole.push_str(&p.text),
            _ => break,
        }
    }
    Some(whole)
}

/// Pairs of marks that do not pair up within a paragraph (the whole of it, across column
/// breaks, where `whole` is given).
fn unbalanced(text: &str, whole: Option<&str>, found: &mut Vec<Found>) {
    for (open, close) in [
        ('“', '”'),
        ('‘', '’'),
        ('《', '》'),
        ('（', '）'),
        ('【', '】'),
    ] {
        let scope = whole.unwrap_or(text);
        let opens = scope.matches(open).count();
        let closes = scope.matches(close).count();
        if opens == closes {
            continue;
        }
        let odd = if opens > closes { open } else { close };
        // Shown at the last stray mark of this part, or its end.
        let at = text
            .rfind(odd)
            .unwrap_or_else(|| text.len().saturating_sub(odd.len_utf8()));
        let end = (at + odd.len_utf8()).min(text.len());
        let at = text.floor_char_boundary(at);
        found.push((
            "unbalanced_marks",
            Severity::Error,
            at..end,
            format!(
                "{open}{close} do not pair up in the paragraph: {opens} {open} and {closes} {close}"
            ),
            None,
        ));
    }
}

/// Whether a character is Chinese (an ideograph).
fn is_han(c: char) -> bool {
    CharClass::of(c) == CharClass::Ideograph
}

/// The characters of a text with their byte ranges.
fn chars(text: &str) -> Vec<(Range<usize>, char)> {
    text.char_indices()
        .map(|(i, c)| (i..i + c.len_utf8(), c))
        .collect()
}

/// Punctuation: half-width marks and ASCII dashes and ellipses among Chinese, doubled marks and
/// characters, full-width digits and letters.
fn marks(text: &str, found: &mut Vec<Found>) {
    let cs = chars(text);
    for k in 0..cs.len() {
        let (range, c) = cs[k].clone();
        let before = k.checked_sub(1).map(|j| cs[j].1);
        let after = cs.get(k + 1).map(|x| x.1);
        let between_han = before.is_some_and(is_han) && after.is_some_and(is_han);
        let full = match c {
            ',' => Some('，'),
            '.' => Some('。'),
            ';' => Some('；'),
            ':' => Some('：'),
            '?' => Some('？'),
            '!' => Some('！'),
            '(' => Some('（'),
            ')' => Some('）'),
            _ => None,
        };
        // Around a Chinese character on both sides, or after one and before the end.
        let after_han = before.is_some_and(is_han) && (after.is_none() || between_han);
        if let Some(full) = full
            && (between_han || (after_han && c != '('))
        {
            found.push((
                "half_width_punctuation",
                Severity::Error,
                range.clone(),
                format!("half-width {c} in Chinese text: write {full}"),
                Some(full.to_string()),
            ));
        }
        if c == '-' && between_han {
            found.push((
                "ascii_dash",
                Severity::Warning,
                range.clone(),
                "a hyphen between Chinese characters: a dash is written ——".to_owned(),
                Some("——".to_owned()),
            ));
        }
        if let Some(next) = after
            && next == c
            && k > 0
        {
            let doubled_mark = matches!(c, '。' | '，' | '、' | '；' | '：' | '？' | '！');
            let doubled_word = matches!(c, '的' | '了' | '是' | '在' | '和');
            let twice = range.start..range.end + next.len_utf8();
            if doubled_mark {
                found.push((
                    "doubled_punctuation",
                    Severity::Error,
                    twice,
                    format!("{c}{c}: the mark is doubled"),
                    Some(c.to_string()),
                ));
            } else if doubled_word && before != Some(c) {
                found.push((
                    "doubled_character",
                    Severity::Warning,
                    twice,
                    format!("{c}{c}: a doubled character, rarely right"),
                    None,
                ));
            }
        }
    }
    for (ascii, full, kind) in [("...", "……", "ascii_ellipsis"), ("--", "——", "ascii_dash")]
    {
        for (at, _) in text.match_indices(ascii) {
            let before = text[..at].chars().last();
            let after = text[at + ascii.len()..].chars().next();
            if before.is_some_and(is_han) || after.is_some_and(is_han) {
                found.push((
                    kind,
                    Severity::Warning,
                    at..at + ascii.len(),
                    format!("{ascii} in Chinese text: write {full}"),
                    Some(full.to_owned()),
                ));
            }
        }
    }
}

/// Runs of full-width digits and Latin letters (`３００`), each run one finding.
fn full_width(text: &str, found: &mut Vec<Found>) {
    let is_full = |c: char| {
        ('０'..='９').contains(&c) || ('Ａ'..='Ｚ').contains(&c) || ('ａ'..='ｚ').contains(&c)
    };
    let cs = chars(text);
    let mut k = 0;
    while k < cs.len() {
        if !is_full(cs[k].1) {
            k += 1;
            continue;
        }
        let start = k;
        while k < cs.len() && is_full(cs[k].1) {
            k += 1;
        }
        let run = &cs[start..k];
        let half: String = run
            .iter()
            .map(|(_, c)| char::from_u32(u32::from(*c) - 0xFEE0).unwrap_or(*c))
            .collect();
        let range = run[0].0.start..run[run.len() - 1].0.end;
        found.push((
            "full_width_alphanumeric",
            Severity::Warning,
            range.clone(),
            format!(
                "full-width {}: digits and Latin letters are written half-width ({half})",
                &text[range]
            ),
            Some(half),
        ));
    }
}

/// A body paragraph that does not end a sentence (a part cut by a column break goes on after).
fn sentence_end(article: &Article, field: Field, text: &str, found: &mut Vec<Found>) {
    let Field::Block(i) = field else {
        return;
    };
    let goes_on = article.body[i + 1..]
        .iter()
        .find(|b| !matches!(b, Block::ColumnBreak))
        .is_some_and(|b| matches!(b, Block::Paragraph(p) if p.continues));
    let trimmed = text.trim_end();
    let last = trimmed.trim_end_matches(['”', '’', '）', '》', '」', '』', ')', '"']);
    let ends = last.ends_with(['。', '！', '？', '…', '.', '!', '?', '：']);
    if !goes_on && !ends && !trimmed.is_empty() {
        let end = trimmed.len();
        let start = trimmed.char_indices().last().map_or(end, |(at, _)| at);
        found.push((
            "missing_sentence_end",
            Severity::Warning,
            start..end,
            "the paragraph ends without 。！？ or ……".to_owned(),
            None,
        ));
    }
}

/// Spaces between Chinese characters in body text, except inside a credit run into the text
/// (`本报讯（通讯员 陈静）`), where a space after the role and between names is the usual form.
fn spaces(text: &str, found: &mut Vec<Found>) {
    if !text.contains(is_space) {
        return;
    }
    let cs = chars(text);
    let credits = credit_spans(text);
    let mut k = 1;
    while k < cs.len() {
        if credits.iter().any(|r| r.contains(&cs[k].0.start)) {
            k += 1;
            continue;
        }
        if is_space(cs[k].1) {
            let mut end = k;
            while end < cs.len() && is_space(cs[end].1) {
                end += 1;
            }
            if is_han(cs[k - 1].1) && cs.get(end).is_some_and(|c| is_han(c.1)) {
                let range = cs[k].0.start..cs[end - 1].0.end;
                found.push((
                    "space_between_chinese",
                    Severity::Warning,
                    range,
                    "a space between Chinese characters".to_owned(),
                    Some(String::new()),
                ));
            }
            k = end;
        }
        k += 1;
    }
}

/// A space between words: ASCII or ideographic (`　`).
fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{3000}'
}

/// The most characters of names after a role in a credit (three names and their spaces).
const MAX_CREDIT_CHARS: usize = 12;

/// The byte ranges of credits in a text: from a byline role (`通讯员`, `记者`…) to the next
/// character that is neither Han nor a space.
fn credit_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    for role in BYLINE_ROLES {
        for (start, _) in text.match_indices(role) {
            let after = start + role.len();
            let end = text[after..]
                .char_indices()
                .take_while(|&(_, c)| is_han(c) || is_space(c))
                .take(MAX_CREDIT_CHARS)
                .last()
                .map_or(after, |(i, c)| after + i + c.len_utf8());
            spans.push(start..end);
        }
    }
    spans
}

/// Dates and numbers that mix Chinese and Arabic numerals (`二〇二三年3月`).
fn numbers(text: &str, found: &mut Vec<Found>) {
    const CHINESE: &str = "〇零一二三四五六七八九十";
    let cs = chars(text);
    for (k, (_, c)) in cs.iter().enumerate() {
        if *c != '年' && *c != '月' {
            continue;
        }
        let before = k.checked_sub(1).map(|j| cs[j].1);
        let after = cs.get(k + 1).map(|x| x.1);
        let mixed = match (before, after) {
            (Some(b), Some(a)) => {
                (CHINESE.contains(b) && a.is_ascii_digit())
                    || (b.is_ascii_digit() && CHINESE.contains(a) && a != '十')
            }
            _ => false,
        };
        if mixed {
            let start = k.saturating_sub(1);
            let end = (k + 2).min(cs.len());
            found.push((
                "mixed_numerals",
                Severity::Warning,
                cs[start].0.start..cs[end - 1].0.end,
                format!(
                    "a date mixes Chinese and Arabic numerals around {c}: write it in one (GB/T 15835)"
                ),
                None,
            ));
        }
    }
}

/// Words of the standard expressions list (the shipped one and the document's own).
fn expressions(doc: &Document, text: &str, found: &mut Vec<Found>) {
    for e in standard_expressions()
        .iter()
        .chain(&doc.proofing.expressions)
    {
        for (at, _) in text.match_indices(e.wrong.as_str()) {
            let range = at..at + e.wrong.len();
            let (severity, message, fix) = match &e.right {
                Some(right) => (
                    Severity::Warning,
                    format!("write {right}, not {} ({})", e.wrong, e.source),
                    Some(right.clone()),
                ),
                None => (
                    Severity::Info,
                    format!("use {} with care ({})", e.wrong, e.source),
                    None,
                ),
            };
            found.push(("standard_expression", severity, range, message, fix));
        }
    }
}
