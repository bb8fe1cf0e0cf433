//! The composed page: every frame's text as positioned glyph runs in points, with its fit. The
//! editor's canvas draws this and nothing else, so what it shows is what export will have.

use crate::model::{ArticleId, Document, Em};
use crate::typeset::{Style, typeset};

use super::fit::{
    BodyItem, Fit, HEADLINE_LINES, KICKER_LINES, SUBHEAD_LINES, SUBTITLE_LINES, body_items,
    fit_article, header_lines,
};
use super::geometry::{FrameGeometry, PageGeometry};

/// The typefaces a page uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FontKind {
    /// Body text, kickers, subtitles, bylines (宋体-style serif).
    Serif,
    /// Headlines and subheads (黑体-style bold sans).
    SansBold,
}

/// A run of glyphs on one baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct TextRun {
    /// The typeface.
    pub font: FontKind,
    /// Type size in points.
    pub size: f32,
    /// The top of the line box the run sits in.
    pub top: f32,
    /// Every glyph with the x of its left edge.
    pub glyphs: Vec<(char, f32)>,
}

/// One placed frame, composed.
#[derive(Clone, Debug, PartialEq)]
pub struct ComposedFrame {
    /// The article it sets.
    pub article: ArticleId,
    /// Where it is on the page.
    pub geometry: FrameGeometry,
    /// Its text.
    pub runs: Vec<TextRun>,
    /// Thin rules between text columns: (x, top, bottom).
    pub column_rules: Vec<(f32, f32, f32)>,
    /// How the body fits.
    pub fit: Fit,
    /// The grid line (from the frame's top) where the body starts.
    pub body_top_line: u32,
}

/// The whole page, composed.
#[derive(Clone, Debug, PartialEq)]
pub struct ComposedPage {
    /// The grid.
    pub geometry: PageGeometry,
    /// The placed frames, in the document's frame order.
    pub frames: Vec<ComposedFrame>,
    /// Grid lines each unplaced article's body needs in one column, so that lists need not
    /// typeset it again on every frame.
    pub unplaced_lines: Vec<(ArticleId, u32)>,
}

impl ComposedPage {
    /// The composed frame of an article, if it is placed.
    pub fn frame_of(&self, article: ArticleId) -> Option<&ComposedFrame> {
        self.frames.iter().find(|f| f.article == article)
    }

    /// Grid lines an article's body needs in one column, placed or not (0 for an unknown one).
    pub fn lines_needed(&self, article: ArticleId) -> u32 {
        match self.frame_of(article) {
            Some(frame) => frame.fit.lines_needed,
            None => self
                .unplaced_lines
                .iter()
                .find(|(id, _)| *id == article)
                .map_or(0, |(_, lines)| *lines),
        }
    }
}

/// Composes every placed frame of the document.
pub fn compose_page(doc: &Document) -> ComposedPage {
    let geometry = PageGeometry::new(&doc.page);
    let frames = doc
        .frames
        .iter()
        .filter_map(|frame| {
            let article = doc.article(frame.article)?;
            let fg = geometry.frame(frame);
            let items = body_items(article);
            let header = header_lines(article).min(frame.height);
            let fit = fit_article(&items, frame.height - header, fg.text_columns);
            let mut runs = header_runs(article, &fg, &geometry);
            for (c, column) in fit.columns.iter().enumerate() {
                let x = fg.x + c as f32 * (fg.column_measure.get() * geometry.em + geometry.gutter);
                let mut line = header;
                for &i in column {
                    if let Some(run) = item_runs(
                        &items[i],
                        x,
                        fg.y + line as f32 * geometry.pitch,
                        &fg,
                        &geometry,
                    ) {
                        runs.extend(run);
                    }
                    line += items[i].lines();
                }
            }
            let column_rules = if doc.page.column_rules {
                (1..fg.text_columns)
                    .map(|c| {
                        let x = fg.x
                            + c as f32 * (fg.column_measure.get() * geometry.em + geometry.gutter)
                            - geometry.gutter / 2.0;
                        (x, fg.y + header as f32 * geometry.pitch, fg.y + fg.height)
                    })
                    .collect()
            } else {
                Vec::new()
            };
            Some(ComposedFrame {
                article: frame.article,
                geometry: fg,
                runs,
                column_rules,
                fit,
                body_top_line: header,
            })
        })
        .collect();
    let unplaced_lines = doc
        .articles
        .iter()
        .filter(|a| doc.frame_of(a.id).is_none())
        .map(|a| (a.id, body_items(a).iter().map(BodyItem::lines).sum()))
        .collect();
    ComposedPage {
        geometry,
        frames,
        unplaced_lines,
    }
}

/// Glyph positions of `text` set solid on one line, in ems from its start.
fn solid(text: &str) -> (Vec<(char, f32)>, f32) {
    let style = Style::default()
        .with_measure(Em(text.chars().count() as f32 * 2.0 + 4.0))
        .with_indent(Em::ZERO);
    let lines = typeset(text, &style, false);
    let glyphs: Vec<(char, f32)> = lines
        .iter()
        .flat_map(|l| l.glyphs.iter().map(|g| (g.ch, g.x.get())))
        .collect();
    let width = lines.first().map_or(0.0, |l| l.natural_width.get());
    (glyphs, width)
}

/// A run of `text` centred in `width` points from `left`, at most `max_size` points, shrunk to fit.
fn centred(text: &str, font: FontKind, max_size: f32, left: f32, width: f32, top: f32) -> TextRun {
    let (glyphs, em_width) = solid(text);
    let size = if em_width > 0.0 {
        max_size.min(width / em_width)
    } else {
        max_size
    };
    let x0 = left + (width - em_width * size) / 2.0;
    TextRun {
        font,
        size,
        top,
        glyphs: glyphs
            .into_iter()
            .map(|(c, x)| (c, x0 + x * size))
            .collect(),
    }
}

/// Kicker, headline and subtitle, centred across the frame.
fn header_runs(
    article: &crate::model::Article,
    fg: &FrameGeometry,
    g: &PageGeometry,
) -> Vec<TextRun> {
    let mut runs = Vec::new();
    let mut line = 0;
    let parts = [
        (&article.kicker, FontKind::Serif, 1.3, KICKER_LINES),
        (&article.headline, FontKind::SansBold, 2.4, HEADLINE_LINES),
        (&article.subtitle, FontKind::Serif, 1.3, SUBTITLE_LINES),
    ];
    for (text, font, scale, lines) in parts {
        let Some(text) = text.as_deref().filter(|t| !t.trim().is_empty()) else {
            continue;
        };
        let size = g.em * scale;
        let box_height = lines as f32 * g.pitch;
        let top = fg.y + line as f32 * g.pitch + (box_height - size * 1.2) / 2.0;
        runs.push(centred(text, font, size, fg.x, fg.width, top));
        line += lines;
    }
    runs
}

/// The runs of one body item set in a column whose left edge is `x`, on the line at `top`.
fn item_runs(
    item: &BodyItem,
    x: f32,
    top: f32,
    fg: &FrameGeometry,
    g: &PageGeometry,
) -> Option<Vec<TextRun>> {
    let measure = fg.column_measure.get() * g.em;
    let run = |font, glyphs: Vec<(char, f32)>, top| TextRun {
        font,
        size: g.em,
        top,
        glyphs,
    };
    match item {
        BodyItem::Line { line, run_in, .. } => {
            let glyphs = line
                .glyphs
                .iter()
                .map(|gl| (gl.ch, x + gl.x.get() * g.em))
                .collect();
            let mut runs = vec![run(FontKind::Serif, glyphs, top)];
            if let Some(byline) = run_in {
                runs.push(right_aligned(byline, x, measure, top, g));
            }
            Some(runs)
        }
        BodyItem::Subhead { text, .. } => {
            let box_top = top + (SUBHEAD_LINES as f32 - 1.0) * g.pitch / 2.0;
            Some(vec![centred(
                text,
                FontKind::SansBold,
                g.em,
                x,
                measure,
                box_top,
            )])
        }
        BodyItem::Byline(text) => Some(vec![right_aligned(text, x, measure, top, g)]),
        BodyItem::ColumnBreak => None,
    }
}

fn right_aligned(text: &str, x: f32, width: f32, top: f32, g: &PageGeometry) -> TextRun {
    let (glyphs, em_width) = solid(text);
    let x0 = x + width - em_width * g.em;
    TextRun {
        font: FontKind::Serif,
        size: g.em,
        top,
        glyphs: glyphs
            .into_iter()
            .map(|(c, gx)| (c, x0 + gx * g.em))
            .collect(),
    }
}
