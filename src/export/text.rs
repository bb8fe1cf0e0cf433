//! The page as plain text, in the flow the seed uses (DESIGN.md §1): per article the body, the
//! byline, then kicker, headline and subtitle, each block followed by its blank lines.
//!
//! Paragraphs nobody edited keep their printed lines, so an imported page comes back byte for
//! byte; the others are written as the composed page sets them (an unplaced article at its own
//! measure). Both read the article's one flow ([`article_flow`]).

use encoding_rs::Encoding;

use crate::compose::{ComposedPage, FlowItem, SetArticle, SetKind, article_flow, compose_page};
use crate::encode::{bom, encode};
use crate::fonts::Fonts;
use crate::model::{Article, Block, BylinePlacement, Document, Gap, SourceOrder};

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

/// The page as bytes in the document's encoding, BOM and line ending; text set afresh is set in
/// the faces `fonts` finds for its styles.
pub fn export_text(doc: &Document, fonts: &Fonts) -> Result<Vec<u8>, Error> {
    let source = &doc.source;
    let encoding = Encoding::for_label(source.encoding.as_bytes())
        .ok_or_else(|| Error::UnknownEncoding(source.encoding.clone()))?;
    let text = join_lines(&flow_lines(doc, fonts), source);
    let body = encode(&text, encoding).ok_or_else(|| unencodable(&text, encoding))?;
    let mut out = Vec::with_capacity(body.len() + 3);
    if source.bom {
        out.extend_from_slice(bom(encoding));
    }
    out.extend_from_slice(&body);
    Ok(out)
}

/// [`export_text`], but where some character cannot be written in the document's encoding (a
/// Big5-HKSCS name in Big5, an edit in GBK), the page is written as UTF-8 with a BOM instead of
/// not at all; the reason comes back with the bytes, for a warning.
pub fn export_text_or_utf8(
    doc: &Document,
    fonts: &Fonts,
) -> Result<(Vec<u8>, Option<Error>), Error> {
    match export_text(doc, fonts) {
        Err(e @ Error::Unencodable { .. }) => {
            let text = join_lines(&flow_lines(doc, fonts), &doc.source);
            let mut out = bom(encoding_rs::UTF_8).to_vec();
            out.extend_from_slice(text.as_bytes());
            Ok((out, Some(e)))
        }
        other => other.map(|bytes| (bytes, None)),
    }
}

/// The lines joined with the source's line endings: its main one, and the others where the
/// source had them.
fn join_lines(lines: &[String], source: &crate::model::TextSource) -> String {
    let mut out = String::with_capacity(lines.iter().map(|l| l.len() + 2).sum());
    let mut others = source.other_endings.iter().peekable();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            let k = (i - 1) as u32;
            while others.peek().is_some_and(|(at, _)| *at < k) {
                others.next();
            }
            let ending = match others.peek() {
                Some((at, e)) if *at == k => *e,
                _ => source.line_ending,
            };
            out.push_str(ending.as_str());
        }
        out.push_str(line);
    }
    out
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
pub fn flow_lines(doc: &Document, fonts: &Fonts) -> Vec<String> {
    flow_lines_of(doc, &compose_page(doc, fonts))
}

/// The page's text lines, read from the articles' flows and the composed page: printed lines
/// while a paragraph's text is as imported (the source's own flow), else as composed.
pub fn flow_lines_of(doc: &Document, page: &ComposedPage) -> Vec<String> {
    let mut out: Vec<String> = doc.source.leading.0.clone();
    for article in &doc.articles {
        if let Some(composed) = page.article(article.id) {
            article_lines(article, &composed.set, &mut out);
        }
    }
    out
}

fn push_gap(out: &mut Vec<String>, gap: &Gap) {
    out.extend(gap.0.iter().cloned());
}

/// An article's lines as its source had them: a page's flow (body as printed or set, byline,
/// then kicker, headline and subtitle), or a manuscript's (headings, then each paragraph on a
/// line of its own, indented, the byline where it stood).
fn article_lines(article: &Article, set: &SetArticle, out: &mut Vec<String>) {
    match article.order {
        SourceOrder::PageFlow => {
            body_lines(article, set, out);
            header_lines(article, out);
        }
        SourceOrder::Manuscript { byline_first } => manuscript_lines(article, byline_first, out),
    }
}

/// An article as a manuscript: headings, then each paragraph on a line of its own, indented,
/// and the byline under the headings (`byline_first`) or after the body.
fn manuscript_lines(article: &Article, byline_first: bool, out: &mut Vec<String>) {
    header_lines(article, out);
    let byline = article_flow(article).byline;
    let write_byline = |out: &mut Vec<String>| {
        if let Some(byline) = byline {
            out.push(byline.as_written().to_owned());
            push_gap(out, &byline.gap);
        }
    };
    if byline_first {
        write_byline(out);
    }
    manuscript_body_lines(article, out);
    photo_lines(article, out);
    if !byline_first {
        write_byline(out);
    }
}

/// An article written as a manuscript (headings, byline, then each paragraph on a line of its
/// own): what the editor puts on the clipboard when an article is copied, for other programs.
pub fn article_as_manuscript(article: &Article) -> String {
    let mut out = Vec::new();
    manuscript_lines(article, true, &mut out);
    out.join("\n")
}

/// A manuscript's body as manuscripts are written: each paragraph on one line, indented two
/// ideographic spaces (the part after a column break goes on on its line), subheads on lines of
/// their own.
fn manuscript_body_lines(article: &Article, out: &mut Vec<String>) {
    for block in &article.body {
        match block {
            Block::Paragraph(p) if p.continues && !out.is_empty() => {
                if let Some(last) = out.last_mut() {
                    last.push_str(&p.text);
                }
                push_gap(out, &p.gap);
            }
            Block::Paragraph(p) => {
                out.push(format!("{MANUSCRIPT_INDENT}{}", p.text));
                push_gap(out, &p.gap);
            }
            Block::Subhead(s) => {
                out.push(s.text.clone());
                push_gap(out, &s.gap);
            }
            Block::ColumnBreak => {}
        }
    }
}

/// A page's body lines, printed lines while a paragraph is as imported, else as set, and the
/// byline after them: run in at the end of the last line where it was printed so (or, set
/// afresh, is set so), else on a line of its own.
fn body_lines(article: &Article, set: &SetArticle, out: &mut Vec<String>) {
    let flow = article_flow(article);
    let printed_runs_in = flow
        .byline
        .is_some_and(|b| b.placement == BylinePlacement::RunIn);
    let mut byline_printed = false;
    for (k, item) in flow.items.iter().enumerate() {
        match item {
            FlowItem::Paragraph {
                block,
                text,
                printed,
                ..
            } => {
                let as_printed = printed.as_ref();
                let mut lines: Vec<String> = match as_printed {
                    Some(p) => split_counts(text, &p.counts),
                    None => composed_lines(set, *block),
                };
                let runs_in = if as_printed.is_some() {
                    printed_runs_in
                } else {
                    set.byline_run_in
                };
                if Some(k) == flow.last_paragraph
                    && runs_in
                    && let Some(byline) = flow.byline
                    && let Some(last) = lines.last_mut()
                {
                    last.push_str(&byline.separator);
                    last.push_str(byline.as_written());
                    byline_printed = true;
                }
                out.extend(lines);
                if let Some(Block::Paragraph(p)) = article.body.get(*block) {
                    push_gap(out, &p.gap);
                }
            }
            FlowItem::Subhead { block, text } => {
                out.push((*text).to_owned());
                if let Some(Block::Subhead(s)) = article.body.get(*block) {
                    push_gap(out, &s.gap);
                }
            }
            FlowItem::ColumnBreak => {}
        }
    }
    if let Some(byline) = flow.byline
        && !byline_printed
    {
        out.push(byline.as_written().to_owned());
        push_gap(out, &byline.gap);
    }
}

/// The captions and credits of a manuscript's photos where manuscripts have them, after the
/// body: each caption a paragraph, its credit on the line after it. Read back with its picture,
/// they go to the photo again. (A printed page's flow holds no photo captions: a caption there
/// came from elsewhere, and the page's text stays as it was.)
fn photo_lines(article: &Article, out: &mut Vec<String>) {
    for photo in &article.photos {
        if let Some(caption) = photo.caption.as_deref().filter(|c| !c.trim().is_empty()) {
            out.push(format!("{MANUSCRIPT_INDENT}{}", caption.trim()));
        }
        if let Some(credit) = photo.credit.as_deref().filter(|c| !c.trim().is_empty()) {
            out.push(credit.trim().to_owned());
        }
    }
}

/// How a manuscript's paragraphs start: two ideographic spaces, as Chinese manuscripts are
/// written and as the manuscript reader tells paragraphs apart.
const MANUSCRIPT_INDENT: &str = "\u{3000}\u{3000}";

/// The kicker, headline and subtitle, each with the blank lines after it.
fn header_lines(article: &Article, out: &mut Vec<String>) {
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

/// The lines body block `block` was set in. A paragraph that column breaks had cut flows on as
/// one; each line is written under the block it starts in, so the break falls between lines.
fn composed_lines(set: &SetArticle, block: usize) -> Vec<String> {
    set.block_lines(block)
        .filter_map(|i| match &i.kind {
            SetKind::Line { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

/// The text cut into lines of `counts` characters.
fn split_counts(text: &str, counts: &[u32]) -> Vec<String> {
    let mut chars = text.chars();
    counts
        .iter()
        .map(|&n| chars.by_ref().take(n as usize).collect())
        .collect()
}
