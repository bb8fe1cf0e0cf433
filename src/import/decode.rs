//! Bytes → text: detect the encoding (BOM, UTF-8, else a guess among the legacy Chinese
//! encodings), refuse what is not text, and remember how the file was written.

use encoding_rs::{Encoding, GB18030, GBK, UTF_8, UTF_16BE, UTF_16LE};

use crate::encode::encode;
use crate::model::LineEnding;

use super::ErrorKind;

/// A decoded text file.
#[derive(Debug)]
pub struct Decoded {
    /// The text with line endings normalised to `\n`.
    pub text: String,
    /// The encoding it was written in.
    pub encoding: &'static Encoding,
    /// Whether it began with a byte order mark.
    pub bom: bool,
    /// Its line ending (the most common one, if the file mixes them).
    pub line_ending: LineEnding,
    /// The lines (counted from 0) that end otherwise, and how.
    pub other_endings: Vec<(u32, LineEnding)>,
}

/// Decodes a text file's bytes.
///
/// A UTF-8 or UTF-16 BOM decides the encoding; otherwise valid UTF-8 is UTF-8, and anything
/// else is whatever `chardetng` guesses (GB18030 for the GBK family, which it is a superset of).
pub fn decode(bytes: &[u8]) -> Result<Decoded, ErrorKind> {
    decode_as(bytes, None)
}

/// [`decode`], in `encoding` when the user names one (`--encoding`); a BOM still wins.
pub fn decode_as(bytes: &[u8], encoding: Option<&'static Encoding>) -> Result<Decoded, ErrorKind> {
    if bytes.is_empty() {
        return Err(ErrorKind::Empty);
    }
    let bom = Encoding::for_bom(bytes);
    let utf16 = |e: &'static Encoding| e == UTF_16LE || e == UTF_16BE;
    let encoding = encoding.or_else(|| bom.is_none().then(|| utf16_without_bom(bytes)).flatten());
    let named = bom.map(|(e, _)| e).or(encoding);
    // Not text at all is said before anything is guessed about its encoding.
    if !named.is_some_and(utf16)
        && let Some(offset) = binary_offset(&bytes[bom.map_or(0, |(_, len)| len)..])
    {
        return Err(ErrorKind::Binary { offset });
    }
    let (encoding, bom_len) = match (bom, encoding) {
        (Some((enc, len)), _) => (enc, len),
        (None, Some(enc)) => (enc, 0),
        (None, None) => (guess(bytes)?, 0),
    };
    let body = &bytes[bom_len..];
    let (text, encoding) = decode_exact(encoding, body)?;
    if let Some(offset) = text
        .char_indices()
        .find(|(_, c)| *c == '\0')
        .map(|(i, _)| i)
    {
        return Err(ErrorKind::Binary { offset });
    }
    if text.trim().is_empty() {
        return Err(ErrorKind::Blank);
    }
    let (text, endings) = split_line_endings(&text);
    let count = |e: LineEnding| endings.iter().filter(|&&x| x == e).count();
    let line_ending = [LineEnding::Lf, LineEnding::CrLf, LineEnding::Cr]
        .into_iter()
        .max_by_key(|&e| (count(e), e == LineEnding::Lf))
        .unwrap_or_default();
    let other_endings = endings
        .iter()
        .enumerate()
        .filter(|(_, e)| **e != line_ending)
        .map(|(i, e)| (i as u32, *e))
        .collect();
    Ok(Decoded {
        text,
        encoding,
        bom: bom_len > 0,
        line_ending,
        other_endings,
    })
}

/// The text with every line ending (`\r\n`, `\n`, or a lone `\r` as old Mac files end lines)
/// made `\n`, and each line's ending in order, so that writing them back gives the same bytes.
fn split_line_endings(text: &str) -> (String, Vec<LineEnding>) {
    let mut out = String::with_capacity(text.len());
    let mut endings = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {
                chars.next();
                out.push('\n');
                endings.push(LineEnding::CrLf);
            }
            '\r' => {
                out.push('\n');
                endings.push(LineEnding::Cr);
            }
            '\n' => {
                out.push('\n');
                endings.push(LineEnding::Lf);
            }
            c => out.push(c),
        }
    }
    (out, endings)
}

/// The encoding of a file without a BOM. Valid UTF-8 is UTF-8. A file that is nearly valid UTF-8
/// or GB18030 (a few bad bytes among many good characters: a damaged or cut file) is read in that
/// encoding, so that the bad bytes are found and named, never taken for another encoding's text.
/// Otherwise `chardetng` guesses, and its guess is taken only where it is one of the encodings
/// Chinese text comes in; anything else is too unsure to be read without `--encoding`.
fn guess(bytes: &[u8]) -> Result<&'static Encoding, ErrorKind> {
    if std::str::from_utf8(bytes).is_ok() {
        return Ok(UTF_8);
    }
    for candidate in [UTF_8, GB18030] {
        let (good, bad) = character_counts(candidate, bytes);
        if bad > 0 && bad <= MAX_BAD_SEQUENCES && good >= MIN_GOOD_CHARACTERS * bad {
            return Ok(candidate);
        }
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guessed = detector.guess(None, chardetng::Utf8Detection::Deny);
    let guessed = if guessed == GBK { GB18030 } else { guessed };
    if CHINESE_ENCODINGS.contains(&guessed) {
        Ok(guessed)
    } else {
        Err(ErrorKind::UnsureEncoding {
            guess: guessed.name(),
        })
    }
}

/// UTF-16 written without a BOM (some Windows tools do): it has zero bytes (the high halves of
/// ASCII characters, line breaks and `　`), and read in one byte order it is nearly all Chinese
/// text — ideographs, CJK and general punctuation, ASCII — where the other order gives stray
/// characters from all over Unicode.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) || !bytes.contains(&0) {
        return None;
    }
    [UTF_16LE, UTF_16BE].into_iter().find(|&encoding| {
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        let total = text.chars().count();
        let chinese = text.chars().filter(|&c| is_chinese_text(c)).count();
        !had_errors && total > 0 && chinese * 100 >= total * MIN_CHINESE_PERCENT
    })
}

/// How much of a BOM-less UTF-16 reading must be Chinese text for the reading to be right.
const MIN_CHINESE_PERCENT: usize = 95;

/// Whether a character is one Chinese text is made of: ideographs, CJK and full-width
/// punctuation, general punctuation (`“”…—`), printable ASCII and white space.
fn is_chinese_text(c: char) -> bool {
    c.is_ascii_graphic()
        || matches!(c, ' ' | '\t' | '\n' | '\r')
        || ('\u{4E00}'..='\u{9FFF}').contains(&c)
        || ('\u{3000}'..='\u{303F}').contains(&c)
        || ('\u{FF00}'..='\u{FFEF}').contains(&c)
        || ('\u{2000}'..='\u{206F}').contains(&c)
}

/// Encodings a Chinese newsroom's files come in without a BOM; a guess of any other is unsure.
const CHINESE_ENCODINGS: [&Encoding; 3] = [GB18030, encoding_rs::BIG5, UTF_8];

/// At most this many bad byte sequences make a file "nearly valid" in an encoding.
const MAX_BAD_SEQUENCES: usize = 8;

/// A nearly valid file has at least this many good non-ASCII characters per bad sequence.
const MIN_GOOD_CHARACTERS: usize = 20;

/// Non-ASCII characters decoded well, and bad sequences, reading `bytes` in `encoding`.
fn character_counts(encoding: &'static Encoding, bytes: &[u8]) -> (usize, usize) {
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    let bad = text.matches('\u{FFFD}').count();
    let good = text
        .chars()
        .filter(|c| !c.is_ascii() && *c != '\u{FFFD}')
        .count();
    (good, bad)
}

/// Decodes strictly, and settles between GB18030 and GBK by which one gives the bytes back: they
/// decode alike but encode a few characters (such as `€`) differently.
fn decode_exact(
    encoding: &'static Encoding,
    body: &[u8],
) -> Result<(String, &'static Encoding), ErrorKind> {
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    if had_errors {
        let bad = text.find('\u{FFFD}').unwrap_or(0);
        let before = &text[..bad];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        return Err(ErrorKind::Malformed {
            encoding: encoding.name(),
            line: before.matches('\n').count() + 1,
            col: before[line_start..].chars().count() + 1,
            count: text.matches('\u{FFFD}').count(),
        });
    }
    let text = text.into_owned();
    if encoding == GB18030
        && encode(&text, GB18030).as_deref() != Some(body)
        && encode(&text, GBK).as_deref() == Some(body)
    {
        return Ok((text, GBK));
    }
    Ok((text, encoding))
}

/// Where the bytes stop looking like text: a NUL, or control characters making up more than one
/// byte in a hundred (text has tabs and line breaks, and now and then a stray form feed).
fn binary_offset(body: &[u8]) -> Option<usize> {
    if let Some(nul) = body.iter().position(|&b| b == 0) {
        return Some(nul);
    }
    let is_control = |b: &u8| *b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1a);
    let controls = body.iter().filter(|b| is_control(b)).count();
    (controls * 100 > body.len()).then(|| body.iter().position(is_control).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gb18030_crlf() {
        let (bytes, _, _) = GB18030.encode("全市公安机关\r\n锐意开拓进取\r\n");
        let d = decode(&bytes).expect("decodes");
        assert_eq!(d.text, "全市公安机关\n锐意开拓进取\n");
        assert_eq!(d.encoding, GB18030);
        assert_eq!(d.line_ending, LineEnding::CrLf);
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend("版面\n".encode_utf16().flat_map(u16::to_le_bytes));
        let d = decode(&bytes).expect("decodes");
        assert_eq!(d.text, "版面\n");
        assert!(d.bom);
        assert_eq!(encode(&d.text, d.encoding).expect("encodes"), bytes[2..]);
    }

    #[test]
    fn utf16_without_bom_is_read_and_written_back_alike() {
        let text = "民警寻回走失老人\r\n　　11月15日上午，一名老人走失。\r\n";
        for (bytes, encoding) in [
            (
                text.encode_utf16()
                    .flat_map(u16::to_le_bytes)
                    .collect::<Vec<u8>>(),
                UTF_16LE,
            ),
            (
                text.encode_utf16().flat_map(u16::to_be_bytes).collect(),
                UTF_16BE,
            ),
        ] {
            let d = decode(&bytes).expect("reads");
            assert_eq!(d.encoding, encoding);
            assert!(!d.bom);
            assert!(d.text.starts_with("民警寻回走失老人\n"));
            let written = encode(&d.text.replace('\n', "\r\n"), d.encoding);
            assert_eq!(written.as_deref(), Some(bytes.as_slice()));
        }
        // A binary file with zeros on both parities is still refused.
        assert!(matches!(
            decode(b"\x00\x01\x02\x00PK\x03\x04"),
            Err(ErrorKind::Binary { .. })
        ));
    }

    #[test]
    fn refuses_binary_and_blank() {
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0"),
            Err(ErrorKind::Binary { .. })
        ));
        assert!(matches!(decode(b" \n\n  \n"), Err(ErrorKind::Blank)));
        assert!(matches!(decode(b""), Err(ErrorKind::Empty)));
    }
}
