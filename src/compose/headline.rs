//! The headline block: kicker (引题), headline (主题) and subtitle (副题) set with the font's real
//! advances, centred over the block's width. A line too wide shrinks down to a minimum size, then
//! breaks into two lines (双行题) at the space between its halves or at a legal break; it is
//! never clipped.

use crate::fonts::{FaceChain, Resolved};
use crate::model::{Article, Em, Face, HeadStyle, Role};
use crate::typeset::class::CharClass;
use crate::typeset::{Breaker, Line, Style, line_width, set_line, words};

use super::faces::PageFaces;

/// The smallest share of its size a headline line shrinks to before it breaks into lines.
const MIN_SHRINK: f32 = 0.75;
/// Leading between the lines of the block, as a share of the larger size.
const LINE_GAP: f32 = 0.25;

/// One set line of the headline block.
#[derive(Clone, Debug, PartialEq)]
pub struct HeadLine {
    /// The faces it prints in.
    pub font: FaceChain,
    /// Its size in points.
    pub size: f32,
    /// Its top, in points below the block's top.
    pub top: f32,
    /// Every glyph with its x in points from the block's left edge.
    pub glyphs: Vec<(char, f32)>,
    /// Whether it was set smaller than its style asks, to fit.
    pub shrunk: bool,
}

/// The headline block, set.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HeadBlock {
    /// Its lines, top to bottom.
    pub lines: Vec<HeadLine>,
    /// Grid lines it takes, the space under it included.
    pub grid_lines: u32,
    /// Its width in points (a vertical block's; a horizontal one spans its columns).
    pub width: f32,
    /// Whether its main headline could not be set larger than its kicker and subtitle at a
    /// readable size (a vertical block too short for it): an error to show, not a line to shrink.
    pub out_of_order: bool,
}

/// The default style of each headline line for a block `width` ems of body type wide: a lead
/// story across the page gets a larger headline than a one-column item.
pub fn default_styles(width: Em, body_pt: f32) -> [HeadStyle; 3] {
    let w = width.get();
    let headline = match w {
        w if w >= 80.0 => 36.0,
        w if w >= 50.0 => 26.0,
        w if w >= 30.0 => 22.0,
        w if w >= 20.0 => 18.0,
        _ => 16.0,
    };
    let side = if w >= 50.0 { 16.0 } else { 12.0 };
    let scale = body_pt / 9.0;
    [
        HeadStyle {
            size_pt: side * scale,
            face: Face::Serif,
            family: None,
        },
        HeadStyle {
            size_pt: headline * scale,
            face: Face::Sans,
            family: None,
        },
        HeadStyle {
            size_pt: side * scale,
            face: Face::Serif,
            family: None,
        },
    ]
}

/// Which of the block's lines (kicker, headline, subtitle) is the main headline.
const MAIN_LINE: usize = 1;

/// The largest a kicker or subtitle beside a vertical main headline is set, as a share of the
/// main headline's size, where its own size would make it as large (and the least share of the
/// body size it is still readable at).
const SIDE_UNDER_MAIN: f32 = 0.8;

/// The roles of the headline block's lines, top to bottom.
const ROLES: [Role; 3] = [Role::Kicker, Role::Headline, Role::Subtitle];

/// The article's kicker, headline and subtitle, each with its size and faces: the article's own
/// choice, else its role's style, else the default for a block `width` ems of body type wide.
fn parts<'a>(
    article: &'a Article,
    faces: &PageFaces,
    width: Em,
    em: f32,
) -> [(&'a Option<String>, f32, FaceChain); 3] {
    let defaults = default_styles(width, em);
    let b = &article.headline_block;
    let chosen = [&b.kicker, &b.headline, &b.subtitle];
    let texts = [&article.kicker, &article.headline, &article.subtitle];
    std::array::from_fn(|i| {
        let role = ROLES[i];
        let style = chosen[i].clone().unwrap_or(HeadStyle {
            size_pt: faces.size(role).unwrap_or(defaults[i].size_pt),
            ..defaults[i].clone()
        });
        let chain = faces.head(role, style.face, style.family.as_deref());
        (texts[i], style.size_pt, chain)
    })
}

/// Sets an article's headline block `width` points wide on a grid of `pitch` points, with body
/// type of `em` points. `None` when the article has no kicker, headline or subtitle.
pub fn set_head_block(
    article: &Article,
    faces: &PageFaces,
    width: f32,
    em: f32,
    pitch: f32,
) -> Option<HeadBlock> {
    set_scaled(
        &measured_parts(article, faces, width, em),
        width,
        em,
        pitch,
        1.0,
    )
}

/// [`set_head_block`], no more than `max_lines` grid lines high: where the block at its sizes
/// is higher than its frame, every line is set smaller, down to body size, until it fits; it
/// never reaches past its frame into the text under it. `None` where even that does not fit.
pub fn set_head_block_within(
    article: &Article,
    faces: &PageFaces,
    width: f32,
    em: f32,
    pitch: f32,
    max_lines: u32,
) -> Option<HeadBlock> {
    // The parts' widths at one em do not change with the scale: measured once.
    let parts = measured_parts(article, faces, width, em);
    let mut scale = 1.0f32;
    loop {
        let block = set_scaled(&parts, width, em, pitch, scale)?;
        if block.grid_lines <= max_lines {
            return Some(block);
        }
        let largest = block.lines.iter().map(|l| l.size).fold(0.0, f32::max);
        if largest <= em {
            return None;
        }
        scale *= 0.9;
    }
}

/// A line of the headline block to set: its text (trimmed, not empty), size in points, faces,
/// and its width in ems set as one line.
struct MeasuredPart<'a> {
    text: &'a str,
    size_pt: f32,
    font: FaceChain,
    one_line: f32,
}

/// The article's headline block lines for a block `width` points wide (see [`parts`]), each
/// measured as one line.
fn measured_parts<'a>(
    article: &'a Article,
    faces: &PageFaces,
    width: f32,
    em: f32,
) -> Vec<MeasuredPart<'a>> {
    parts(article, faces, Em(width / em), em)
        .into_iter()
        .filter_map(|(text, size_pt, font)| {
            let text = text.as_deref().map(str::trim).filter(|t| !t.is_empty())?;
            Some(MeasuredPart {
                text,
                size_pt,
                font,
                one_line: text_width(text, &Style::display(font)),
            })
        })
        .collect()
}

/// The block with every size scaled by `scale` (a line set below its style is marked shrunk).
fn set_scaled(
    parts: &[MeasuredPart<'_>],
    width: f32,
    em: f32,
    pitch: f32,
    scale: f32,
) -> Option<HeadBlock> {
    let mut lines = Vec::new();
    let mut y = 0.0f32;
    for part in parts {
        let font = part.font;
        let wanted = (part.size_pt * scale).max(em);
        let style = Style::display(font);
        for (set, size) in fit_lines(part, &style, wanted.max(1.0), width) {
            let x0 = ((width - set.width.get() * size) / 2.0).max(0.0);
            let glyphs = set
                .glyphs
                .iter()
                // A half-width opening mark keeps its ink (the right half of its em) in its half.
                .map(|g| (g.ch, x0 + (g.x.get() - opening_shift(g.ch)) * size))
                .collect();
            lines.push(HeadLine {
                font,
                size,
                top: y,
                glyphs,
                shrunk: size < wanted - 0.01 || scale < 1.0,
            });
            y += size * (1.0 + LINE_GAP);
        }
    }
    if lines.is_empty() {
        return None;
    }
    // Centre the block in whole grid lines, and keep one line free under it.
    let content = y - lines.last().map_or(0.0, |l| l.size * LINE_GAP);
    let rows = (content / pitch).ceil().max(1.0) as u32;
    let offset = (rows as f32 * pitch - content) / 2.0;
    for l in &mut lines {
        l.top += offset;
    }
    Some(HeadBlock {
        lines,
        grid_lines: rows + 1,
        width,
        out_of_order: false,
    })
}

/// The first of `widths` (in points) at which every line of the article's headline block fits
/// on one line at its size, unshrunk.
pub fn first_width_on_one_line(
    article: &Article,
    faces: &PageFaces,
    widths: &[f32],
    em: f32,
) -> Option<usize> {
    // A line's width in ems depends on its text and faces only, not on the block's width (which
    // picks its size): each is measured once.
    let mut measured: Vec<(usize, FaceChain, f32)> = Vec::new();
    widths.iter().position(|&width| {
        parts(article, faces, Em(width / em), em)
            .into_iter()
            .enumerate()
            .all(|(k, (text, size, font))| {
                let Some(text) = text.as_deref() else {
                    return true;
                };
                let known = measured.iter().find(|(i, f, _)| *i == k && *f == font);
                let ems = match known {
                    Some(&(.., ems)) => ems,
                    None => {
                        let ems = text_width(text.trim(), &Style::display(font));
                        measured.push((k, font, ems));
                        ems
                    }
                };
                ems * size <= width
            })
    })
}

/// Sets an article's headline block top to bottom (竖题), at most `height` points tall: one
/// column per line, right to left. The main headline keeps its size over the kicker and the
/// subtitle: where it is too tall for the height at its size it breaks into two columns (at its
/// space, else between words) before it is set smaller, and a kicker or subtitle that would be
/// as large is set smaller than it. `None` when the article has no header text.
pub fn set_vertical_block(
    article: &Article,
    faces: &PageFaces,
    height: f32,
    em: f32,
    pitch: f32,
) -> Option<HeadBlock> {
    let parts = vertical_parts(article, faces, height, em);
    if parts.is_empty() {
        return None;
    }
    // The main headline: in one column, or two where that sets it larger.
    let main = parts
        .iter()
        .find(|(k, ..)| *k == MAIN_LINE)
        .map(|(_, text, _, wanted)| {
            let one = wanted.min(height / tall(text));
            let two =
                halves(text).map(|(a, b)| (wanted.min(height / tall(&a).max(tall(&b))), a, b));
            match two {
                Some((size, a, b)) if size > one + 0.01 => (size, vec![a, b]),
                _ => (one, vec![text.clone()]),
            }
        });
    let mut columns: Vec<(String, FaceChain, f32, bool)> = Vec::new();
    let mut out_of_order = false;
    for (k, text, font, wanted) in &parts {
        if *k == MAIN_LINE {
            let Some((size, texts)) = &main else {
                continue;
            };
            out_of_order |= *size < em;
            for t in texts {
                columns.push((t.clone(), *font, *size, *size < wanted - 0.01));
            }
            continue;
        }
        let mut size = wanted.min(height / tall(text));
        if let Some((main_size, _)) = &main
            && size >= *main_size
        {
            size = main_size * SIDE_UNDER_MAIN;
        }
        out_of_order |= size < em * SIDE_UNDER_MAIN;
        columns.push((text.clone(), *font, size.max(1.0), size < wanted - 0.01));
    }
    // Right to left: the kicker's column outermost on the right.
    let width: f32 = columns
        .iter()
        .map(|(_, _, s, _)| s * (1.0 + LINE_GAP))
        .sum::<f32>();
    let mut right = width;
    let mut lines = Vec::new();
    let mut bottom = 0.0f32;
    for (text, font, size, shrunk) in &columns {
        right -= size * (1.0 + LINE_GAP);
        let mut y = 0.0;
        for c in text.chars() {
            if c.is_whitespace() {
                y += size * 0.5;
                continue;
            }
            // Each character centred on the column's axis.
            let advance = text_width(&c.to_string(), &Style::display(*font));
            let x = right + (size - advance * size) / 2.0;
            lines.push(HeadLine {
                font: *font,
                size: *size,
                top: y,
                glyphs: vec![(c, x)],
                shrunk: *shrunk,
            });
            y += size;
        }
        bottom = bottom.max(y);
    }
    Some(HeadBlock {
        lines,
        grid_lines: (bottom / pitch).ceil().max(1.0) as u32,
        width,
        out_of_order,
    })
}

/// Whether `article`'s vertical headline block stands in a column `height` points tall with
/// every part in one column at its own size: nothing broken into two columns, nothing set smaller.
pub fn vertical_block_fits(article: &Article, faces: &PageFaces, height: f32, em: f32) -> bool {
    vertical_parts(article, faces, height, em)
        .iter()
        .all(|(_, text, _, size)| size * tall(text) <= height + 0.01)
}

/// The parts of a vertical headline block with text: which part, its text in vertical forms, its
/// face and its size. The default sizes follow the column's height as a horizontal block's follow
/// its width.
fn vertical_parts(
    article: &Article,
    faces: &PageFaces,
    height: f32,
    em: f32,
) -> Vec<(usize, String, FaceChain, f32)> {
    parts(article, faces, Em(height / em), em)
        .into_iter()
        .enumerate()
        .filter_map(|(k, (text, size_pt, font))| {
            let text: String = text
                .as_deref()?
                .trim()
                .chars()
                .map(|c| vertical_form(c, &font))
                .collect();
            (!text.is_empty()).then_some((k, text, font, size_pt))
        })
        .collect()
}

/// A vertical line's length in ems of its size: a space takes half an em.
fn tall(text: &str) -> f32 {
    text.chars()
        .map(|c| if c.is_whitespace() { 0.5 } else { 1.0 })
        .sum::<f32>()
        .max(1.0)
}

/// `text` in two halves for two columns of a vertical headline: at the space nearest its middle,
/// else at the word break nearest it.
fn halves(text: &str) -> Option<(String, String)> {
    split_in_two(text).or_else(|| {
        let middle = text.len() / 2;
        let at = words::word_breaks(text)
            .into_iter()
            .min_by_key(|&b| b.abs_diff(middle))?;
        let (a, b) = text.split_at(at);
        (!a.is_empty() && !b.is_empty()).then(|| (a.to_owned(), b.to_owned()))
    })
}

/// The form a quote takes in vertical text (GB/T 15834 §4.1.3): the vertical presentation forms
/// ﹃﹄﹁﹂ where the face has them, else the corner brackets 「」『』; other characters stay.
fn vertical_form(c: char, font: &FaceChain) -> char {
    let (vertical, corner) = match c {
        '“' => ('﹃', '「'),
        '”' => ('﹄', '」'),
        '‘' => ('﹁', '『'),
        '’' => ('﹂', '』'),
        _ => return c,
    };
    if matches!(font.resolve(vertical), Resolved::Face(_)) {
        vertical
    } else {
        corner
    }
}

/// How far left of its place a mark is drawn: an opening mark set half width has its ink in
/// the right half of its em.
fn opening_shift(c: char) -> f32 {
    if CharClass::of(c) == CharClass::Opening {
        0.5
    } else {
        0.0
    }
}

/// The width in ems of `text` set as one line.
fn text_width(text: &str, style: &Style) -> f32 {
    line_width(text, style).get()
}

/// Breaks `text` into lines that fit `width` points: one line at `size` or shrunk to the
/// minimum, else two lines split at the space nearest the middle or at a legal break, else as
/// many lines as it takes at the minimum size. Returns each line, set, with its size.
fn fit_lines(part: &MeasuredPart<'_>, style: &Style, size: f32, width: f32) -> Vec<(Line, f32)> {
    let (text, one) = (part.text, part.one_line);
    let min = size * MIN_SHRINK;
    if one * min <= width || one <= 0.0 {
        let size = size.min(width / one.max(f32::EPSILON));
        return vec![(set_line(text, style), size)];
    }
    let halves = match split_in_two(text) {
        Some((a, b)) => {
            let widest = text_width(&a, style).max(text_width(&b, style));
            if widest * min <= width {
                let s = size.min(width / widest);
                return vec![(set_line(&a, style), s), (set_line(&b, style), s)];
            }
            vec![a, b]
        }
        None => vec![text.to_owned()],
    };
    // Wrapped at the minimum size with the Chinese line breaker, each half on lines of its own
    // (the space parts two phrases), its lines balanced. The breaker measures as the line is
    // set; a line wider than the frame all the same (one word wider than it) shrinks to fit, so
    // that none is ever clipped.
    let mut out = Vec::new();
    for half in &halves {
        for t in balanced_lines(half, Em(width / min), style) {
            let line = set_line(&t, style);
            let w = line.width.get();
            out.push((line, min.min(width / w.max(f32::EPSILON))));
        }
    }
    out
}

/// The most lines a headline's half is balanced over.
const MAX_BALANCED_LINES: usize = 4;

/// `text` broken into as few lines as fit `measure`, made as even as they can be, so that a
/// headline never ends in one lonely character: between words where that needs at most one
/// line more (see [`word_lines`]), else at the narrowest measure that still needs no more lines.
fn balanced_lines(text: &str, measure: Em, style: &Style) -> Vec<String> {
    let wrap = |m: Em| -> Vec<String> {
        let mut breaker = Breaker::new(text, style, false);
        std::iter::from_fn(|| breaker.next_line(m))
            .map(|line| line.text(text).trim().to_owned())
            .collect()
    };
    let widest = wrap(measure);
    // A text of many lines is no headline to balance (a pasted article in the kicker): it is
    // set as it wraps, without trying every measure on it.
    if widest.len() > MAX_BALANCED_LINES {
        return widest;
    }
    // A line more is better than a word cut in two (`市公安局召开全` / `市公安工作会议`).
    let between_words = (widest.len()..=MAX_BALANCED_LINES.min(widest.len() + 1))
        .find_map(|count| word_lines(text, measure, count, style));
    if let Some(lines) = between_words {
        return lines;
    }
    let (mut low, mut high) = (Em(1.0), measure);
    // Half-em steps: line widths are sums of halves.
    while (high - low).get() > 0.5 {
        let mid = Em(((low + high).get() * 0.5 * 2.0).round() / 2.0);
        if mid.get() >= high.get() || mid.get() <= low.get() {
            break;
        }
        if wrap(mid).len() <= widest.len() {
            high = mid;
        } else {
            low = mid;
        }
    }
    let even = wrap(high);
    if even.len() <= widest.len() {
        even
    } else {
        widest
    }
}

/// `text` in `count` lines broken between words (see [`words::word_breaks`]), each no wider than
/// `measure` as set in `style`, the widest as narrow as it can be; `None` where no such breaks
/// exist (a word wider than the measure).
fn word_lines(text: &str, measure: Em, count: usize, style: &Style) -> Option<Vec<String>> {
    let ends: Vec<usize> = std::iter::once(0)
        .chain(words::word_breaks(text))
        .chain(std::iter::once(text.len()))
        .collect();
    // Where the text set as one line reaches at each break, so that a line's width is one
    // subtraction.
    let set = set_line(text, style);
    let mut at = text.char_indices().map(|(byte, _)| byte).zip(&set.glyphs);
    let upto: Vec<f32> = ends
        .iter()
        .map(|&end| {
            at.find(|&(byte, _)| byte >= end)
                .map_or(set.width.get(), |(_, g)| g.x.get())
        })
        .collect();
    // best[k][i]: the narrowest widest line setting text up to ends[i] in k lines, and where
    // the last of them starts.
    let n = ends.len();
    let mut best = vec![vec![None::<(f32, usize)>; n]; count + 1];
    best[0][0] = Some((0.0, 0));
    for k in 1..=count {
        for i in 1..n {
            // Lines starting further back are wider: stop at the first that does not fit.
            for j in (0..i).rev() {
                let w = upto[i] - upto[j];
                if w > measure.get() + 1e-3 {
                    break;
                }
                let Some((before, _)) = best[k - 1][j] else {
                    continue;
                };
                if text[ends[j]..ends[i]].trim().is_empty() {
                    continue;
                }
                let widest = before.max(w);
                if best[k][i].is_none_or(|(b, _)| widest < b - 1e-3) {
                    best[k][i] = Some((widest, j));
                }
            }
        }
    }
    let mut lines = Vec::with_capacity(count);
    let mut i = n - 1;
    for k in (1..=count).rev() {
        let (_, j) = best[k][i]?;
        lines.push(text[ends[j]..ends[i]].trim().to_owned());
        i = j;
    }
    lines.reverse();
    Some(lines)
}

/// Splits a headline at the space nearest its middle (`锐意开拓进取 锻造公安铁军`).
fn split_in_two(text: &str) -> Option<(String, String)> {
    let chars: Vec<char> = text.chars().collect();
    let middle = chars.len() as f32 / 2.0;
    let at = chars
        .iter()
        .enumerate()
        .filter(|(_, c)| c.is_whitespace())
        .min_by(|(i, _), (j, _)| {
            (*i as f32 - middle)
                .abs()
                .total_cmp(&(*j as f32 - middle).abs())
        })?
        .0;
    let a: String = chars[..at].iter().collect();
    let b: String = chars[at + 1..].iter().collect();
    (!a.trim().is_empty() && !b.trim().is_empty())
        .then(|| (a.trim().to_owned(), b.trim().to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ArticleId;

    /// The faces of a document of default styles.
    pub(super) fn page_faces() -> PageFaces {
        PageFaces::new(
            &crate::fonts::Fonts::new(),
            &crate::model::Styles::default(),
        )
    }

    fn article(headline: &str) -> Article {
        let mut a = Article::new(ArticleId(0));
        a.headline = Some(headline.to_owned());
        a
    }

    /// The lines a headline is set in, in a frame `ems` body ems wide.
    fn set_lines(headline: &str, ems: f32) -> Vec<String> {
        let block = set_head_block(&article(headline), &page_faces(), 9.0 * ems, 9.0, 11.7)
            .expect("a block");
        block
            .lines
            .iter()
            .map(|l| l.glyphs.iter().map(|g| g.0).collect())
            .collect()
    }

    #[test]
    fn a_headline_too_wide_breaks_at_its_space_and_is_never_clipped() {
        let a = article("锐意开拓进取 锻造公安铁军");
        let width = 9.0 * 12.0;
        let block = set_head_block(&a, &page_faces(), width, 9.0, 11.7).expect("a block");
        assert_eq!(block.lines.len(), 2);
        for line in &block.lines {
            let (c, x) = *line.glyphs.last().expect("glyphs");
            assert!(x + line.font.advance(c) * line.size <= width + 0.01);
        }
    }

    #[test]
    fn a_headline_wrapped_in_a_narrow_column_keeps_its_halves_apart_and_even() {
        let lines = set_lines(
            "多部门联动开展道路交通安全集中整治 全力守护群众平安出行",
            18.0,
        );
        assert_eq!(
            lines.last().map(String::as_str),
            Some("全力守护群众平安出行"),
            "{lines:?}"
        );
        let counts: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
        assert!(
            counts.iter().all(|&n| n >= 6),
            "no lonely characters: {lines:?}"
        );
    }

    #[test]
    fn a_headline_without_a_space_breaks_between_words() {
        let lines = set_lines("市公安局召开全市公安工作会议", 10.0);
        assert_eq!(lines.concat(), "市公安局召开全市公安工作会议");
        assert!(
            matches!(
                lines.first().map(String::as_str),
                Some("市公安局召开" | "市公安局召开全市")
            ),
            "{lines:?}"
        );
    }

    #[test]
    fn a_long_headline_without_spaces_wraps_at_legal_breaks() {
        let a = article("公交车“一键报警”新模式运行公交车“一键报警”新模式运行");
        let width = 9.0 * 10.0;
        let block = set_head_block(&a, &page_faces(), width, 9.0, 11.7).expect("a block");
        assert!(block.lines.len() >= 2);
        let text: String = block
            .lines
            .iter()
            .flat_map(|l| l.glyphs.iter().map(|g| g.0))
            .collect();
        assert_eq!(text, "公交车“一键报警”新模式运行公交车“一键报警”新模式运行");
        for line in &block.lines {
            let (c, x) = *line.glyphs.last().expect("glyphs");
            assert!(x + line.font.advance(c) * line.size <= width + 0.01);
        }
    }

    #[test]
    fn a_word_wider_than_the_frame_is_cut_as_the_headline_face_measures_it() {
        // The breaker measures the headline as it is set (bold sans, full-width spaces), so
        // the pieces of the long word are cut where they fill the frame and the Han words after
        // it keep their own line. Measured in the body's serif it left `n 专项行动`.
        let text = "打击 治理 电信 网络 诈骗 Antifraudcampaign 专项行动";
        let ems = 8.0;
        let lines = set_lines(text, ems);
        assert_eq!(
            lines.last().map(String::as_str),
            Some("专项行动"),
            "{lines:?}"
        );
        let pieces: Vec<&String> = lines
            .iter()
            .filter(|l| l.chars().any(|c| c.is_ascii_alphabetic()))
            .collect();
        assert!(pieces.len() >= 2, "{lines:?}");
        assert!(
            pieces
                .iter()
                .all(|l| l.chars().all(|c| c.is_ascii_alphabetic())),
            "{lines:?}"
        );
        let block =
            set_head_block(&article(text), &page_faces(), 9.0 * ems, 9.0, 11.7).expect("a block");
        for line in &block.lines {
            let (c, x) = *line.glyphs.last().expect("glyphs");
            assert!(x + line.font.advance(c) * line.size <= 9.0 * ems + 0.01);
        }
        let size = block.lines[0].size;
        assert!(block.lines.iter().all(|l| (l.size - size).abs() < 0.01));
    }
}

#[cfg(test)]
mod vertical_tests {
    use super::tests::page_faces;
    use super::*;
    use crate::model::ArticleId;

    #[test]
    fn a_vertical_headline_stacks_its_characters_and_fits_the_height() {
        let mut a = Article::new(ArticleId(0));
        a.headline = Some("公交车“一键报警”新模式运行".to_owned());
        let height = 9.0 * 1.3 * 20.0;
        let block = set_vertical_block(&a, &page_faces(), height, 9.0, 11.7).expect("a block");
        let text: String = block
            .lines
            .iter()
            .flat_map(|l| l.glyphs.iter().map(|g| g.0))
            .collect();
        // The bundled faces have the vertical presentation forms of the quotes.
        assert_eq!(text, "公交车﹃一键报警﹄新模式运行");
        // Top to bottom in a column; the next column starts again at the top, to its left.
        for pair in block.lines.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let next_column = b.top < a.top && b.glyphs[0].1 < a.glyphs[0].1;
            assert!(b.top > a.top || next_column, "top to bottom, right to left");
        }
        assert!(block.lines.iter().all(|l| l.top + l.size <= height + 0.01));
        assert!(block.grid_lines <= 20);
    }

    /// Issue 22, point 3: in a block too short for it, the main headline breaks into two
    /// columns and stays larger than its kicker, never shrinking below it; where even that
    /// cannot be read, the block says so.
    #[test]
    fn a_vertical_headline_stays_larger_than_its_kicker() {
        let mut a = Article::new(ArticleId(0));
        a.kicker = Some("城区派出所".to_owned());
        a.headline = Some("公交车一键报警新模式运行".to_owned());
        let height = 11.7 * 10.0;
        let block = set_vertical_block(&a, &page_faces(), height, 9.0, 11.7).expect("a block");
        let size_of = |c: char| {
            block
                .lines
                .iter()
                .find(|l| l.glyphs[0].0 == c)
                .map(|l| l.size)
                .expect("set")
        };
        let (kicker, main) = (size_of('城'), size_of('公'));
        assert!(main > kicker, "main {main} pt over kicker {kicker} pt");
        let columns: std::collections::BTreeSet<u32> = block
            .lines
            .iter()
            .filter(|l| l.size == main)
            .map(|l| l.glyphs[0].1.round() as u32)
            .collect();
        assert_eq!(columns.len(), 2, "the main headline in two columns");
        assert!(block.lines.iter().all(|l| l.top + l.size <= height + 0.01));
        assert!(!block.out_of_order);
        // Four lines high, the main headline cannot be read larger than its kicker.
        let short = set_vertical_block(&a, &page_faces(), 11.7 * 4.0, 9.0, 11.7).expect("a block");
        assert!(short.out_of_order);
    }
}
