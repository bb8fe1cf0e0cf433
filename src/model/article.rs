//! Articles: header, body and byline.

use serde::{Deserialize, Serialize};

use super::{Block, Byline, Em, FrameId, Gap, HeadlineBlock, Paragraph, Photo};

/// A run of printed lines of one column segment set narrower than the segment, beside something
/// cut into the column (a photo, a headline) that the text does not show.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CutIn {
    /// The column segment (0 = before the first column break).
    pub segment: u32,
    /// The first line of the run, counted from the segment's first printed line.
    pub first_line: u32,
    /// How many lines.
    pub lines: u32,
    /// The measure the lines were set at.
    #[serde(deserialize_with = "super::ranges::column_em")]
    pub measure: Em,
}

/// The rooms an imported article's lines were printed in: the one record of the printed page's
/// measures, which lets its lines keep their printed breaks. Lines are counted from their
/// segment's first line, so the rooms hold for text set afresh too, in a frame at the printed
/// measure. Where a line is set, its room comes from its column; these rooms only say which
/// breaks the printed page made in a column of that width.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrintedRooms {
    /// The main measure (most lines' column width): a frame whose columns are this wide is at
    /// the printed geometry.
    #[serde(deserialize_with = "super::ranges::column_em")]
    pub measure: Em,
    /// Each column segment's measure (the body between column breaks), where the printed
    /// columns were not all `measure` wide. Empty means `measure` everywhere.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[serde(deserialize_with = "super::ranges::column_ems")]
    pub segments: Vec<Em>,
    /// Runs of lines set narrower than their segment, beside something cut into the column (a
    /// photo, a headline) that the text does not show.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cut_ins: Vec<CutIn>,
}

impl PrintedRooms {
    /// Every line printed `measure` wide.
    pub fn at(measure: Em) -> Self {
        PrintedRooms {
            measure,
            segments: Vec::new(),
            cut_ins: Vec::new(),
        }
    }

    /// The measure of column segment `index` (0 = before the first column break).
    pub fn segment(&self, index: usize) -> Em {
        self.segments.get(index).copied().unwrap_or(self.measure)
    }

    /// The room of line `line` of segment `segment`: its cut-in's, else its segment's.
    pub fn room(&self, segment: usize, line: usize) -> Em {
        self.cut_ins
            .iter()
            .find(|c| {
                c.segment as usize == segment
                    && (c.first_line as usize..(c.first_line + c.lines) as usize).contains(&line)
            })
            .map_or_else(|| self.segment(segment), |c| c.measure)
    }

    /// The widest column its segments were printed at, of those within an em of the main
    /// measure (printed columns of one article vary a little; wider ones are other frames).
    pub fn widest(&self) -> Em {
        self.segments
            .iter()
            .copied()
            .filter(|m| (*m - self.measure).get() <= 1.0 + 1e-3)
            .fold(self.measure, Em::max)
    }

    /// Column break `segment` (the one that opens that segment) is gone: its segment joins the
    /// one before, whose rooms its lines no longer know.
    fn join_segment(&mut self, segment: usize) {
        if segment < self.segments.len() {
            self.segments.remove(segment);
        }
        let joining = segment as u32;
        self.cut_ins.retain(|c| c.segment != joining);
        for c in &mut self.cut_ins {
            if c.segment > joining {
                c.segment -= 1;
            }
        }
    }
}

/// The order an article's parts had in the file it came from, which the text export keeps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SourceOrder {
    /// A printed page's flow (DESIGN.md §1): the body, then the byline, then the kicker,
    /// headline and subtitle.
    #[default]
    PageFlow,
    /// A manuscript (稿件): kicker, headline and subtitle first, then the body; the byline under
    /// the headings where it stood there, else after the body.
    Manuscript {
        /// Whether the byline stood under the headings.
        byline_first: bool,
    },
}

impl SourceOrder {
    /// Whether this is the page flow, the default.
    pub fn is_default(&self) -> bool {
        *self == SourceOrder::PageFlow
    }
}

/// A stable identifier of an article within a document; frames refer to articles by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ArticleId(pub u32);

/// One article (稿件): kicker, headline, subtitle, body and byline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Identifies the article; unique in its document.
    pub id: ArticleId,
    /// The kicker (引题) printed above the headline, often the unit: `全市公安机关`.
    #[serde(default, deserialize_with = "super::ranges::optional_text")]
    pub kicker: Option<String>,
    /// The headline (主题).
    #[serde(default, deserialize_with = "super::ranges::optional_text")]
    pub headline: Option<String>,
    /// The subtitle (副题) under the headline, usually starting with `——`.
    #[serde(default, deserialize_with = "super::ranges::optional_text")]
    pub subtitle: Option<String>,
    /// The body, in reading order.
    #[serde(default)]
    pub body: Vec<Block>,
    /// Who wrote it.
    #[serde(default)]
    pub byline: Option<Byline>,
    /// The rooms its lines were printed in, where it was imported from a page: a new frame
    /// gets text columns as wide as it was printed. `None` for a manuscript, or once its text is
    /// set afresh at another width.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub printed: Option<PrintedRooms>,
    /// Whether imported column breaks (转栏) start a new text column (按原版转栏). Off, the
    /// text flows freely and the frame's columns are balanced; the breaks stay in the body.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub keep_printed_columns: bool,
    /// The order its parts had in its file: a manuscript is written back headline first.
    #[serde(default, skip_serializing_if = "SourceOrder::is_default")]
    pub order: SourceOrder,
    /// How the headline block is set.
    #[serde(default, skip_serializing_if = "HeadlineBlock::is_default")]
    pub headline_block: HeadlineBlock,
    /// Blank lines after the header lines in the page flow.
    #[serde(default, skip_serializing_if = "HeaderGaps::is_default")]
    pub header_gaps: HeaderGaps,
    /// Its photos, in the order they were read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photos: Vec<Photo>,
    /// The text frames its body runs through, in order (its chain, 续排): the text goes on in
    /// the next when one is full. Empty while the article is not placed. This is the one record
    /// of which frames show an article's text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub frames: Vec<FrameId>,
    /// The box round its frames (边框, 底纹), if it is boxed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boxed: Option<super::ArticleBox>,
}

/// The blank lines after each header line in the page flow, where they are not the usual one.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HeaderGaps {
    /// After the kicker.
    #[serde(default, skip_serializing_if = "Gap::is_default")]
    pub kicker: Gap,
    /// After the headline.
    #[serde(default, skip_serializing_if = "Gap::is_default")]
    pub headline: Gap,
    /// After the subtitle.
    #[serde(default, skip_serializing_if = "Gap::is_default")]
    pub subtitle: Gap,
}

impl HeaderGaps {
    /// Whether every gap is the usual single blank line.
    pub fn is_default(&self) -> bool {
        self.kicker.is_default() && self.headline.is_default() && self.subtitle.is_default()
    }
}

impl Article {
    /// An empty article with the default measure.
    pub fn new(id: ArticleId) -> Self {
        Article {
            id,
            kicker: None,
            headline: None,
            subtitle: None,
            body: Vec::new(),
            byline: None,
            printed: None,
            keep_printed_columns: false,
            order: SourceOrder::PageFlow,
            headline_block: HeadlineBlock::default(),
            header_gaps: HeaderGaps::default(),
            photos: Vec::new(),
            frames: Vec::new(),
            boxed: None,
        }
    }

    /// The paragraphs (and paragraph parts after column breaks) of the body.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.body.iter().filter_map(|b| match b {
            Block::Paragraph(p) => Some(p),
            _ => None,
        })
    }

    /// The number of paragraphs; a paragraph split by a column break counts once.
    pub fn paragraph_count(&self) -> usize {
        self.paragraphs().filter(|p| !p.continues).count()
    }

    /// The subheads' texts, in order.
    pub fn subheads(&self) -> Vec<&str> {
        self.body
            .iter()
            .filter_map(|b| match b {
                Block::Subhead(s) => Some(s.text.as_str()),
                _ => None,
            })
            .collect()
    }

    /// The number of column breaks in the body.
    pub fn column_break_count(&self) -> usize {
        self.body
            .iter()
            .filter(|b| matches!(b, Block::ColumnBreak))
            .count()
    }

    /// Whether it has any text to set (header or body), not only photos.
    pub fn has_text(&self) -> bool {
        !self.body.is_empty()
            || [&self.kicker, &self.headline, &self.subtitle]
                .iter()
                .any(|t| t.as_deref().is_some_and(|t| !t.trim().is_empty()))
    }

    /// Body characters (字数): paragraphs and subheads, not counting white space.
    pub fn char_count(&self) -> usize {
        self.body
            .iter()
            .map(|b| match b {
                Block::Paragraph(p) => p.text.chars().filter(|c| !c.is_whitespace()).count(),
                Block::Subhead(s) => s.text.chars().filter(|c| !c.is_whitespace()).count(),
                Block::ColumnBreak => 0,
            })
            .sum()
    }

    /// Forgets the printed page: its rooms and every paragraph's printed line breaks, which hold
    /// only at the measure they were printed at, so that the typesetter wraps all of it afresh
    /// (its columns were given another width). Returns whether there was anything to forget.
    pub fn set_afresh(&mut self) -> bool {
        let mut forgot = self.printed.take().is_some();
        for block in &mut self.body {
            if let Block::Paragraph(p) = block {
                forgot |= p.printed_lines.take().is_some();
            }
        }
        forgot
    }

    /// Removes the column break at body index `index`, joining the paragraph it cut in two.
    /// Returns false if there is no column break there.
    pub fn remove_column_break(&mut self, index: usize) -> bool {
        if !matches!(self.body.get(index), Some(Block::ColumnBreak)) {
            return false;
        }
        let segment = self.body[..index]
            .iter()
            .filter(|b| matches!(b, Block::ColumnBreak))
            .count();
        if let Some(rooms) = &mut self.printed {
            rooms.join_segment(segment + 1);
        }
        self.body.remove(index);
        let joined = match (
            index.checked_sub(1).and_then(|i| self.body.get(i)),
            self.body.get(index),
        ) {
            (Some(Block::Paragraph(_)), Some(Block::Paragraph(next))) => next.continues,
            _ => false,
        };
        if joined
            && let Block::Paragraph(rest) = self.body.remove(index)
            && let Some(Block::Paragraph(first)) = self.body.get_mut(index - 1)
        {
            first.join(rest);
        }
        true
    }

    /// Removes every column break of the article (for a new frame the printed ones do not fit).
    pub fn remove_column_breaks(&mut self) {
        while let Some(i) = self
            .body
            .iter()
            .rposition(|b| matches!(b, Block::ColumnBreak))
        {
            self.remove_column_break(i);
        }
    }

    /// The number of characters of its longest text (a paragraph, a subhead, a header line):
    /// none may be longer than [`MAX_TEXT_CHARS`](super::ranges::MAX_TEXT_CHARS).
    pub fn longest_text(&self) -> usize {
        let header = [&self.kicker, &self.headline, &self.subtitle]
            .into_iter()
            .flatten()
            .map(String::as_str);
        let body = self.body.iter().filter_map(|b| match b {
            Block::Paragraph(p) => Some(p.text.as_str()),
            Block::Subhead(s) => Some(s.text.as_str()),
            Block::ColumnBreak => None,
        });
        header
            .chain(body)
            .map(|t| t.chars().count())
            .max()
            .unwrap_or(0)
    }

    /// A short name for lists: the headline, or else the first words of the body.
    pub fn title(&self) -> String {
        if let Some(h) = self.headline.as_deref().filter(|h| !h.trim().is_empty()) {
            return h.to_owned();
        }
        let photo = self.photos.first().map(|p| match &p.caption {
            Some(caption) => caption.as_str(),
            None => p.file_name(),
        });
        let first = self
            .paragraphs()
            .next()
            .map(|p| p.text.as_str())
            .or(photo)
            .unwrap_or_default();
        let words: String = first.chars().take(12).collect();
        if first.chars().count() > 12 {
            format!("{words}…")
        } else {
            words
        }
    }
}
