//! Reading a page in its flow (the seed's format, DESIGN.md §1): articles one after another, each
//! its body with printed line breaks, then its byline, then kicker and headline.

use crate::model::{
    Article, ArticleId, Block, Byline, BylinePlacement, Em, Gap, HeaderGaps, PageSetup, Paragraph,
    Subhead,
};
use crate::typeset::measure::estimate_measure;

use super::measures::infer_measures;
use crate::typeset::{FirstLines, Style, min_line_width};

use super::byline::{parse_byline, split_run_in};
use super::lines::{Group, ends_sentence, is_heading_like, split_groups};

/// A page read from its flow: the articles and the blank lines before the first.
#[derive(Debug)]
pub struct PageFlow {
    /// Blank lines before the first article.
    pub leading: Gap,
    /// The articles in flow order.
    pub articles: Vec<Article>,
}

/// Reads a page flow; ids start at `first_id`.
pub fn read_page_flow(text: &str, first_id: u32) -> PageFlow {
    let (leading, groups) = split_groups(text);
    let style = Style::default();
    let articles = split_articles(&groups)
        .into_iter()
        .enumerate()
        .map(|(i, chunk)| build_article(chunk, ArticleId(first_id + i as u32), &style))
        .collect();
    PageFlow {
        leading: Gap(leading.into_iter().map(str::to_owned).collect()),
        articles,
    }
}

/// One article's share of the page flow, before its body is analysed.
struct Chunk<'a> {
    body: Vec<Group<'a>>,
    byline: Option<Byline>,
    headers: Vec<Group<'a>>,
}

/// Cuts the flow into articles. An article ends with its byline (on its own line or run in) and
/// the header lines after it; a body without a byline ends where two heading-like lines meet
/// (kicker and headline) or at the end of the flow.
fn split_articles<'a>(groups: &[Group<'a>]) -> Vec<Chunk<'a>> {
    let mut chunks = Vec::new();
    let mut body: Vec<Group<'a>> = Vec::new();
    let mut i = 0;
    while i < groups.len() {
        let group = &groups[i];
        i += 1;
        let mut byline = None;
        if let Some((line, text)) = group
            .single()
            .and_then(|line| Some((line, parse_byline(line)?)))
        {
            let mut b = Byline::new(text);
            b.printed = (line != b.text).then(|| line.to_owned());
            b.placement = BylinePlacement::OwnLine;
            b.gap = group.gap();
            byline = Some(b);
        } else if let Some((text, sep, credit, as_printed)) =
            group.lines.last().and_then(|l| split_run_in(l))
        {
            let mut g = group.clone();
            if let Some(last) = g.lines.last_mut() {
                *last = text;
            }
            body.push(g);
            let mut b = Byline::new(credit);
            b.printed = (as_printed != b.text).then(|| as_printed.to_owned());
            b.placement = BylinePlacement::RunIn;
            b.separator = sep.to_owned();
            byline = Some(b);
        } else if !body.is_empty() && starts_header_block(groups, i - 1) {
            i -= 1;
        } else {
            body.push(group.clone());
            continue;
        }
        let headers = take_headers(groups, &mut i);
        chunks.push(Chunk {
            body: std::mem::take(&mut body),
            byline,
            headers,
        });
    }
    if !body.is_empty() {
        let split = trailing_headers(&body);
        let headers = body.split_off(split);
        chunks.push(Chunk {
            body,
            byline: None,
            headers,
        });
    }
    chunks
}

fn is_header_group(g: &Group<'_>) -> bool {
    g.single()
        .is_some_and(|l| is_heading_like(l) && parse_byline(l).is_none())
}

/// Two heading-like one-line groups in a row, followed by text or the end: a kicker and headline
/// closing an article that has no byline. (A subhead is never followed by another.)
fn starts_header_block(groups: &[Group<'_>], i: usize) -> bool {
    groups.get(i).is_some_and(is_header_group) && groups.get(i + 1).is_some_and(is_header_group)
}

/// Takes up to three header lines (kicker, headline, subtitle) from `groups[*i..]`.
fn take_headers<'a>(groups: &[Group<'a>], i: &mut usize) -> Vec<Group<'a>> {
    let mut headers = Vec::new();
    while headers.len() < 3 && groups.get(*i).is_some_and(is_header_group) {
        headers.push(groups[*i].clone());
        *i += 1;
    }
    headers
}

/// Where the header lines at the end of a byline-less last article begin.
fn trailing_headers(body: &[Group<'_>]) -> usize {
    let mut split = body.len();
    while split > 1 && body.len() - split < 3 && is_header_group(&body[split - 1]) {
        split -= 1;
    }
    split
}

fn build_article(chunk: Chunk<'_>, id: ArticleId, style: &Style) -> Article {
    let mut article = Article::new(id);
    let estimate = estimate_measure(full_line_widths(&chunk.body, style))
        .unwrap_or(PageSetup::default().base_column_em);
    article.body = read_body(&chunk.body, style, estimate);
    article.byline = chunk.byline;
    set_headers(&mut article, &chunk.headers);
    infer_measures(&mut article, estimate, style);
    article
}

/// The widths of the lines that are not the last of their group: the lines a paragraph fills.
/// Each group is prepared once, its lines measured from that.
fn full_line_widths(groups: &[Group<'_>], style: &Style) -> Vec<Em> {
    let mut widths = Vec::new();
    for group in groups.iter().filter(|g| g.lines.len() > 1) {
        let lines = FirstLines::new(group.lines.concat(), style);
        let mut start = 0;
        for line in &group.lines[..group.lines.len() - 1] {
            widths.push(lines.line_width(start, start + line.len()));
            start += line.len();
        }
    }
    widths
}

/// Names the header lines: one is a headline; two are kicker and headline, or headline and
/// subtitle when the second starts with a dash; three are kicker, headline and subtitle.
fn set_headers(article: &mut Article, headers: &[Group<'_>]) {
    let text = |g: &Group<'_>| g.lines.concat();
    let is_subtitle = |g: &Group<'_>| g.lines.concat().trim_start().starts_with(['—', '-', '─']);
    let mut gaps = HeaderGaps::default();
    match headers {
        [] => {}
        [h] => {
            article.headline = Some(text(h));
            gaps.headline = h.gap();
        }
        [h, s] if is_subtitle(s) => {
            article.headline = Some(text(h));
            article.subtitle = Some(text(s));
            gaps.headline = h.gap();
            gaps.subtitle = s.gap();
        }
        [k, h, rest @ ..] => {
            article.kicker = Some(text(k));
            article.headline = Some(text(h));
            gaps.kicker = k.gap();
            gaps.headline = h.gap();
            if let Some(s) = rest.first() {
                article.subtitle = Some(text(s));
                gaps.subtitle = s.gap();
            }
        }
    }
    article.header_gaps = gaps;
}

/// Reads body groups into blocks, deciding at each blank line whether a paragraph ended or the
/// printed column did (a column break), and which one-line groups are subheads, in lines printed
/// `measure` wide.
fn read_body(groups: &[Group<'_>], style: &Style, measure: Em) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut open = false; // the last paragraph goes on after this point
    for (gi, group) in groups.iter().enumerate() {
        let next_first = groups.get(gi + 1).map(|g| g.lines[0]);
        if !open && is_subhead(group, next_first, style, measure) {
            blocks.push(Block::Subhead(Subhead {
                text: group.lines[0].to_owned(),
                gap: group.gap(),
            }));
            continue;
        }
        if open {
            blocks.push(Block::ColumnBreak);
        }
        let mut opens = !open;
        let mut start = 0;
        for k in 0..group.lines.len() {
            let line = group.lines[k];
            let ends_here = match group.lines.get(k + 1) {
                Some(next) => {
                    ends_sentence(line)
                        && (!is_full(line, next, opens && k == start, style, measure)
                            || opens_full(next, group.lines.get(k + 2).copied(), style, measure))
                }
                None => true,
            };
            if ends_here {
                let mut p = Paragraph::printed(&group.lines[start..=k]);
                p.continues = !opens;
                p.gap = if k + 1 == group.lines.len() {
                    group.gap()
                } else {
                    Gap::none()
                };
                blocks.push(Block::Paragraph(p));
                start = k + 1;
                opens = true;
            }
        }
        let last = group.lines[group.lines.len() - 1];
        open = match next_first {
            None => false,
            Some(next) => !ends_sentence(last) || is_continuation(next, style, measure),
        };
    }
    blocks
}

/// Whether `line` was full in a column `measure` wide: the first character of `next` would not
/// have fitted after it.
fn is_full(line: &str, next: &str, opens: bool, style: &Style, measure: Em) -> bool {
    let indent = if opens { style.indent } else { Em::ZERO };
    let first: String = next.chars().take(1).collect();
    (min_line_width(&format!("{line}{first}"), style) + indent).get() > measure.get() + 1e-3
}

/// Whether `line`, followed by `next` in the same group, is a full line that opens a paragraph:
/// it fills the measure less the indent, so it cannot be the full-width rest of a paragraph.
fn opens_full(line: &str, next: Option<&str>, style: &Style, measure: Em) -> bool {
    let Some(next) = next else {
        return false;
    };
    let room = measure - style.indent;
    min_line_width(line, style).get() <= room.get() + 1e-3
        && is_full(line, next, true, style, measure)
}

/// Whether a line is too wide to open a paragraph (which is indented two ems), so it must go on
/// from the line before: a printed line after a column break.
fn is_continuation(line: &str, style: &Style, measure: Em) -> bool {
    min_line_width(line, style).get() > (measure - style.indent).get() + 0.5
}

/// A subhead: a short heading-like line of its own, between paragraphs, followed by a paragraph
/// that opens (not the rest of one).
fn is_subhead(group: &Group<'_>, next_first: Option<&str>, style: &Style, measure: Em) -> bool {
    let Some(line) = group.single() else {
        return false;
    };
    let Some(next) = next_first else {
        return false;
    };
    is_heading_like(line)
        && !ends_sentence(line)
        && min_line_width(line, style).get() <= (measure - style.indent).get() + 1e-3
        && !is_continuation(next, style, measure)
}
