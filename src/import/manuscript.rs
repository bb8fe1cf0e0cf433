//! Reading a correspondent's manuscript (稿件, DESIGN.md §2): one article, headline first.

use crate::model::{
    Article, ArticleId, Block, Byline, BylinePlacement, Paragraph, SourceOrder, Subhead,
};

use super::byline::parse_byline;
use super::lines::{ends_sentence, is_blank, is_heading_like};
use super::photo_text::is_photo_credit;

/// The longest line that reads as a subhead inside a manuscript's body, in characters.
const SUBHEAD_MAX_CHARS: usize = 20;

/// Reads one manuscript into an article.
pub fn read_manuscript(text: &str, id: ArticleId) -> Article {
    let mut article = Article::new(id);
    let lines: Vec<&str> = text.split('\n').map(str::trim_end).collect();
    let mut i = lines
        .iter()
        .position(|l| !is_blank(l))
        .unwrap_or(lines.len());

    let mut headings = Vec::new();
    while headings.len() < 3 {
        let Some(line) = lines.get(i).filter(|l| !is_blank(l) && !is_indented(l)) else {
            break;
        };
        let is_subtitle = starts_with_dash(line);
        if parse_byline(line).is_some()
            || source_line(line).is_some()
            || !is_heading_like(line)
            || (headings.len() == 2 && !is_subtitle)
        {
            break;
        }
        headings.push(line.trim());
        i += 1;
        skip_blank(&lines, &mut i);
    }
    set_headings(&mut article, &headings);

    let byline_first = lines.get(i).and_then(|l| byline_of(l));
    article.order = SourceOrder::Manuscript {
        byline_first: byline_first.is_some(),
    };
    if byline_first.is_some() {
        article.byline = byline_first;
        i += 1;
    }
    let mut end = lines.len();
    while end > i && is_blank(lines[end - 1]) {
        end -= 1;
    }
    if article.byline.is_none()
        && end > i
        && let Some(byline) = byline_of(lines[end - 1])
    {
        article.byline = Some(byline);
        end -= 1;
    }
    article.body = read_paragraphs(&lines[i..end]);
    if article.byline.is_none() {
        article.byline = lead_byline(&article);
    }
    article
}

/// The byline a line of its own holds, if it holds one: names with their roles, or where the
/// article comes from (`来源：济宁市公安局`, `据大众日报报道`). A photo credit (ending in 摄) is not
/// the article's byline: it stays in the body until the article gets its photo.
pub(super) fn byline_of(line: &str) -> Option<Byline> {
    if is_photo_credit(line) {
        return None;
    }
    let text = parse_byline(line).or_else(|| source_line(line))?;
    Some(written_byline(line, text))
}

/// The longest source line (`来源：…`, `据…报道`) taken as a byline, in characters.
const MAX_SOURCE_CHARS: usize = 30;

/// Where a reprinted article comes from, on a line of its own: `来源：济宁市公安局` or
/// `据《大众日报》报道`, in brackets or not. Not a sentence: no mark that ends or parts one.
fn source_line(line: &str) -> Option<String> {
    let line = line.trim();
    let inner = line
        .strip_prefix(['（', '('])
        .and_then(|l| l.strip_suffix(['）', ')']))
        .unwrap_or(line)
        .trim();
    let sentence = inner.contains(['。', '，', '；', '！', '？']);
    let short = (3..=MAX_SOURCE_CHARS).contains(&inner.chars().count());
    let labelled = ["来源：", "来源:", "來源：", "來源:"].iter().any(|p| {
        inner
            .strip_prefix(p)
            .is_some_and(|rest| !rest.trim().is_empty())
    });
    let reported = inner.starts_with(['据', '據'])
        && ["报道", "報道", "報導"].iter().any(|e| inner.ends_with(e));
    (short && !sentence && (labelled || reported)).then(|| inner.to_owned())
}

/// The byline `text` read from `line`, keeping the line as written (`（通讯员 褚良 李勇）`) for
/// the export where it differs.
pub(super) fn written_byline(line: &str, text: String) -> Byline {
    let line = line.trim();
    let mut byline = Byline::new(text);
    byline.printed = (line != byline.text).then(|| line.to_owned());
    byline
}

fn skip_blank(lines: &[&str], i: &mut usize) {
    while lines.get(*i).is_some_and(|l| is_blank(l)) {
        *i += 1;
    }
}

/// Whether a line starts with a dash, as a subtitle does (`——三个月查处…`).
pub(super) fn starts_with_dash(line: &str) -> bool {
    line.trim_start().starts_with(['—', '─', '-'])
}

fn set_headings(article: &mut Article, headings: &[&str]) {
    let own = |s: &&str| Some((*s).to_owned());
    match headings {
        [] => {}
        [h] => article.headline = own(h),
        [h, s] if starts_with_dash(s) => {
            article.headline = own(h);
            article.subtitle = own(s);
        }
        [k, h, rest @ ..] => {
            article.kicker = own(k);
            article.headline = own(h);
            article.subtitle = rest.first().and_then(own);
        }
    }
}

/// A line indented as a paragraph start: ideographic spaces, two or more spaces, or a tab.
pub(crate) fn is_indented(line: &str) -> bool {
    line.starts_with('\u{3000}') || line.starts_with("  ") || line.starts_with('\t')
}

/// Splits the body into paragraphs and subheads. Paragraphs are marked by indents, by blank lines,
/// or, where the file has neither, by line ends; lines inside one paragraph are joined.
fn read_paragraphs(lines: &[&str]) -> Vec<Block> {
    let indented = lines.iter().any(|l| is_indented(l));
    let has_blank = lines.iter().any(|l| is_blank(l));
    let one_per_line = !indented && !has_blank;
    let mut pieces: Vec<String> = Vec::new();
    let mut starts_new = true;
    for line in lines {
        if is_blank(line) {
            starts_new = true;
            continue;
        }
        let content = line.trim();
        let heading = is_heading_like(content) && content.chars().count() <= SUBHEAD_MAX_CHARS;
        let new = starts_new
            || one_per_line
            || (indented && is_indented(line))
            || heading
            || pieces
                .last()
                .is_some_and(|p| is_heading_like(p) && !ends_sentence(p));
        match pieces.last_mut() {
            Some(last) if !new => join_line(last, content),
            _ => pieces.push(content.to_owned()),
        }
        starts_new = false;
    }
    let count = pieces.len();
    pieces
        .into_iter()
        .enumerate()
        .map(|(k, text)| {
            let subhead = k > 0
                && k + 1 < count
                && is_heading_like(&text)
                && !ends_sentence(&text)
                && text.chars().count() <= SUBHEAD_MAX_CHARS;
            if subhead {
                Block::Subhead(Subhead::new(text))
            } else {
                Block::Paragraph(Paragraph::new(text))
            }
        })
        .collect()
}

/// Joins a hard-wrapped line to its paragraph; Latin words across the break keep their space.
pub(super) fn join_line(paragraph: &mut String, line: &str) {
    let ascii_end = paragraph
        .chars()
        .last()
        .is_some_and(|c| c.is_ascii_alphanumeric());
    let ascii_start = line
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric());
    if ascii_end && ascii_start {
        paragraph.push(' ');
    }
    paragraph.push_str(line);
}

/// The byline inside the lead, as in `本报讯（通讯员 陈静）9月1日，…`: the lead keeps its text.
pub(super) fn lead_byline(article: &Article) -> Option<Byline> {
    let lead = article.paragraphs().next()?;
    let open = lead.text.find(['（', '('])?;
    if lead.text[..open].chars().count() > 6 {
        return None;
    }
    let close = lead.text[open..].find(['）', ')'])? + open;
    let close_len = lead.text[close..].chars().next()?.len_utf8();
    let text = parse_byline(&lead.text[open..close + close_len])?;
    let mut byline = Byline::new(text);
    byline.placement = BylinePlacement::InLead;
    Some(byline)
}
