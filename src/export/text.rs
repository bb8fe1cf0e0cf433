//! The page as plain text, in the flow the seed uses (DESIGN.md §1): per article the body, the
//! byline, then kicker, headline and subtitle, each block followed by its blank lines.
//!
//! Paragraphs nobody edited keep their printed lines, so an imported page comes back byte for
//! byte; the others are wrapped by the typesetter at their column segment's measure.

use encoding_rs::Encoding;

use crate::import::decode::{bom, encode};
use crate::model::{Article, Block, BylinePlacement, Document, Em, Gap, Paragraph};
use crate::typeset::{Style, byline_runs_in, typeset};

/// Why the page could not be written as text.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Occurs when the document names an encoding this build does not know.
    #[error("unknown text encoding {0:?}")]
    UnknownEncoding(String),
    /// Occurs when a character cannot be written in the document's encoding (GBK lacks some).
    #[error("line {line}: {ch:?} cannot be written in {encoding}")]
    Unencodable {
        /// The encoding.
        encoding: &'static str,
        /// The first character it cannot hold.
        ch: char,
        /// Its line (1-based).
        line: usize,
    },
}

/// The page as bytes in the document's encoding, BOM and line ending.
pub fn export_text(doc: &Document) -> Result<Vec<u8>, Error> {
    let source = &doc.source;
    let encoding = Encoding::for_label(source.encoding.as_bytes())
        .ok_or_else(|| Error::UnknownEncoding(source.encoding.clone()))?;
    let text = flow_lines(doc).join(source.line_ending.as_str());
    let body = encode(&text, encoding).ok_or_else(|| unencodable(&text, encoding))?;
    let mut out = Vec::with_capacity(body.len() + 3);
    if source.bom {
        out.extend_from_slice(bom(encoding));
    }
    out.extend_from_slice(&body);
    Ok(out)
}

fn unencodable(text: &str, encoding: &'static Encoding) -> Error {
    let mut line = 1;
    for c in text.chars() {
        if c == '\n' {
            line += 1;
        } else if encode(c.encode_utf8(&mut [0; 4]), encoding).is_none() {
            return Error::Unencodable {
                encoding: encoding.name(),
                ch: c,
                line,
            };
        }
    }
    Error::Unencodable {
        encoding: encoding.name(),
        ch: '\u{FFFD}',
        line,
    }
}

/// Every line of the page flow, blank lines included, without line endings.
pub fn flow_lines(doc: &Document) -> Vec<String> {
    let mut out: Vec<String> = doc.source.leading.0.clone();
    for article in &doc.articles {
        article_lines(article, &mut out);
    }
    out
}

fn push_gap(out: &mut Vec<String>, gap: &Gap) {
    out.extend(gap.0.iter().cloned());
}

fn article_lines(article: &Article, out: &mut Vec<String>) {
    let last_paragraph = article
        .body
        .iter()
        .rposition(|b| matches!(b, Block::Paragraph(_)));
    let mut segment = 0;
    let mut byline_printed = false;
    for (i, block) in article.body.iter().enumerate() {
        match block {
            Block::Paragraph(p) => {
                let style = Style::default().with_measure(article.paragraph_measure(segment, p));
                let mut lines = paragraph_lines(p, &style);
                let last_indent = if lines.len() == 1 && !p.continues {
                    style.indent
                } else {
                    Em::ZERO
                };
                if Some(i) == last_paragraph
                    && let Some(byline) = &article.byline
                    && let Some(last) = lines.last_mut()
                    && byline_runs_in(
                        byline.placement,
                        p.printed_line_texts().is_some(),
                        last,
                        last_indent,
                        &byline.text,
                        &style,
                    )
                {
                    last.push_str(&byline.separator);
                    last.push_str(&byline.text);
                    byline_printed = true;
                }
                out.extend(lines);
                push_gap(out, &p.gap);
            }
            Block::Subhead(s) => {
                out.push(s.text.clone());
                push_gap(out, &s.gap);
            }
            Block::ColumnBreak => segment += 1,
        }
    }
    if let Some(byline) = &article.byline
        && !byline_printed
        && byline.placement != BylinePlacement::InLead
    {
        out.push(byline.text.clone());
        push_gap(out, &byline.gap);
    }
    let gaps = &article.header_gaps;
    for (text, gap) in [
        (&article.kicker, &gaps.kicker),
        (&article.headline, &gaps.headline),
        (&article.subtitle, &gaps.subtitle),
    ] {
        if let Some(text) = text {
            out.push(text.clone());
            push_gap(out, gap);
        }
    }
}

/// A paragraph's lines: as printed if nobody edited it, else as the typesetter breaks it.
pub fn paragraph_lines(p: &Paragraph, style: &Style) -> Vec<String> {
    if let Some(lines) = p.printed_line_texts() {
        return lines.into_iter().map(str::to_owned).collect();
    }
    typeset(&p.text, style, !p.continues)
        .iter()
        .map(|l| l.text(&p.text).to_owned())
        .collect()
}
