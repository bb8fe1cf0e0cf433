//! Page setup, and the pages that hold frames.

use serde::{Deserialize, Serialize};

use super::{Document, Em, Frame, FrameContent, FrameId, PageGeometry};

/// The page's size, margins and grid of base columns (基本栏).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PageSetup {
    /// Page width in millimetres.
    #[serde(deserialize_with = "super::ranges::page_mm")]
    pub width_mm: f32,
    /// Page height in millimetres.
    #[serde(deserialize_with = "super::ranges::page_mm")]
    pub height_mm: f32,
    /// Margin on every side, in millimetres.
    #[serde(deserialize_with = "super::ranges::margin_mm")]
    pub margin_mm: f32,
    /// Number of base columns across the type area.
    #[serde(deserialize_with = "super::ranges::base_columns")]
    pub base_columns: u32,
    /// Width of one base column in ems of body type.
    #[serde(deserialize_with = "super::ranges::column_em")]
    pub base_column_em: Em,
    /// Space between base columns in ems of body type.
    #[serde(deserialize_with = "super::ranges::gutter_em")]
    pub gutter_em: Em,
    /// Body type size in points (小五 = 9 pt).
    #[serde(deserialize_with = "super::ranges::type_size_pt")]
    pub body_size_pt: f32,
    /// Line pitch in ems of body type (the distance from one line to the next).
    #[serde(deserialize_with = "super::ranges::pitch_em")]
    pub line_pitch_em: Em,
    /// Whether thin rules are drawn between text columns.
    pub column_rules: bool,
}

impl Default for PageSetup {
    fn default() -> Self {
        // Six base columns of 18 em of 小五 (9 pt) with five 1-em gutters are 113 em = 359 mm,
        // which a 390 × 540 mm page with 15 mm margins holds.
        PageSetup {
            width_mm: 390.0,
            height_mm: 540.0,
            margin_mm: 15.0,
            base_columns: 6,
            base_column_em: Em(18.0),
            gutter_em: Em(1.0),
            body_size_pt: 9.0,
            line_pitch_em: Em(1.3),
            column_rules: false,
        }
    }
}

/// The most pages an issue may have: a weekly has 4 or 8, a special issue a few dozen.
pub const MAX_PAGES: usize = 64;

/// One page of the issue: the frames on it, and what its page header (报眉) says of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Page {
    /// The frames, in the order they were placed.
    #[serde(default)]
    pub frames: Vec<Frame>,
    /// The page's name (版名: 要闻, 综合, 法治, 副刊 …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The page's editor (责任编辑), named in its header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub editor: Option<String>,
    /// The page's proofreader (校对), named in its header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proofreader: Option<String>,
    /// Whether thin rules are drawn in the gutters between neighbouring articles.
    #[serde(default = "yes", skip_serializing_if = "is_yes")]
    pub rules: bool,
}

fn yes() -> bool {
    true
}

fn is_yes(b: &bool) -> bool {
    *b
}

impl Default for Page {
    fn default() -> Self {
        Page {
            frames: Vec::new(),
            name: None,
            editor: None,
            proofreader: None,
            rules: true,
        }
    }
}

/// Grid lines a page header (报眉) takes: its line of text and its rule.
pub const HEADER_LINES: u32 = 3;

/// Grid lines the masthead (报头) takes: a band of about a sixteenth of the page, at least five,
/// and no taller than 30 mm (on a 540-mm page, 29 mm), so that the white beside the paper's
/// name never reads as a hole in the page.
pub fn masthead_lines(g: &PageGeometry) -> u32 {
    let most = (30.0 * super::PT_PER_MM / g.pitch).floor().max(5.0) as u32;
    (g.lines / 16).clamp(5, most)
}

impl Document {
    /// Gives every page of an issue its furniture: the masthead across the top of the first
    /// page, a page header across the top of the others. A page whose furniture is of the other
    /// kind (after pages were reordered) has it changed where the new size covers nothing; a
    /// page with none gets it at its top, the frames there moving down to make room where the
    /// page foot has it. A document that is no issue gets none.
    pub fn furnish(&mut self) {
        if self.issue.is_none() {
            return;
        }
        let g = PageGeometry::new(&self.setup);
        for index in 0..self.pages.len() {
            let (content, height) = if index == 0 {
                (FrameContent::Masthead, masthead_lines(&g))
            } else {
                (FrameContent::Header, HEADER_LINES)
            };
            let existing = self.pages[index]
                .frames
                .iter()
                .position(Frame::is_furniture);
            let frame = match existing {
                Some(at) if self.pages[index].frames[at].content == content => continue,
                Some(at) => Frame {
                    content,
                    height,
                    ..self.pages[index].frames[at].clone()
                },
                None => Frame::new(
                    self.next_frame_id(),
                    Em::ZERO,
                    g.type_width_em(),
                    0,
                    height,
                    content,
                ),
            };
            if self.would_overlap(index, &frame)
                && !(existing.is_none() && self.make_room_at_top(index, height, &g))
            {
                continue;
            }
            let frames = &mut self.pages[index].frames;
            match existing {
                Some(at) => frames[at] = frame,
                None => frames.push(frame),
            }
        }
    }

    /// Moves every frame of page `index` down by `lines` and a line of spacing, where they all
    /// stay above the page foot. Returns whether they moved.
    fn make_room_at_top(&mut self, index: usize, lines: u32, g: &PageGeometry) -> bool {
        let shift = lines + 1;
        let frames = &mut self.pages[index].frames;
        if frames.iter().any(|f| f.bottom() + shift > g.lines) {
            return false;
        }
        for f in frames.iter_mut() {
            f.line += shift;
        }
        true
    }

    /// Inserts an empty page before the page with index `at` (at the end past the last).
    /// Returns false, adding nothing, when the issue has [`MAX_PAGES`] already.
    pub fn add_page(&mut self, at: usize) -> bool {
        if self.pages.len() >= MAX_PAGES {
            return false;
        }
        self.pages.insert(at.min(self.pages.len()), Page::default());
        true
    }

    /// Removes the page with index `at`: its frames go, and their articles go back to the list
    /// where they stood on it alone (a chain running on from another page closes over them).
    /// The last page of an issue stays. Returns the page removed.
    pub fn remove_page(&mut self, at: usize) -> Option<Page> {
        if self.pages.len() < 2 || at >= self.pages.len() {
            return None;
        }
        let page = self.pages.remove(at);
        for article in &mut self.articles {
            article
                .frames
                .retain(|id| !page.frames.iter().any(|f| f.id == *id));
        }
        Some(page)
    }

    /// Moves the page with index `from` to index `to`, the pages between shifting over.
    pub fn move_page(&mut self, from: usize, to: usize) -> bool {
        if from >= self.pages.len() || from == to {
            return false;
        }
        let page = self.pages.remove(from);
        self.pages.insert(to.min(self.pages.len()), page);
        true
    }

    /// Moves frames of one page to page `page` together, as they stand to one another: the
    /// block they make with its top-left at `at` where given (kept in the type area), else at
    /// the first place there (see [`Document::first_free_spot`]) where it covers nothing; each
    /// keeps its size and its place in its chain. Returns false, moving nothing, where the
    /// frames are not all on one other page, or they would cover a frame there.
    pub fn move_frames_to_page(
        &mut self,
        ids: &[FrameId],
        page: usize,
        at: Option<(Em, u32)>,
    ) -> bool {
        let frames: Vec<(usize, Frame)> = ids
            .iter()
            .filter_map(|&id| self.frame_on_page(id).map(|(p, f)| (p, f.clone())))
            .collect();
        let Some(&(from, _)) = frames.first() else {
            return false;
        };
        if frames.len() != ids.len()
            || frames.iter().any(|(p, _)| *p != from)
            || from == page
            || page >= self.pages.len()
        {
            return false;
        }
        let left = frames.iter().map(|(_, f)| f.x).fold(Em(f32::MAX), Em::min);
        let right = frames
            .iter()
            .map(|(_, f)| f.right())
            .fold(Em::ZERO, Em::max);
        let top = frames.iter().map(|(_, f)| f.line).min().unwrap_or(0);
        let bottom = frames.iter().map(|(_, f)| f.bottom()).max().unwrap_or(0);
        let g = PageGeometry::new(&self.setup);
        let spot = match at {
            Some((x, line)) => Some((
                x.min(g.type_width_em() - (right - left)).max(Em::ZERO),
                line.min(g.lines.saturating_sub(bottom - top)),
            )),
            None => self.first_free_spot(page, right - left, bottom - top),
        };
        let Some((x, line)) = spot else {
            return false;
        };
        let moved: Vec<Frame> = frames
            .iter()
            .map(|(_, f)| Frame {
                x: f.x - left + x,
                line: f.line - top + line,
                ..f.clone()
            })
            .collect();
        let covers = moved.iter().any(|m| {
            self.pages[page]
                .frames
                .iter()
                .any(|o| !ids.contains(&o.id) && o.conflicts_with(m))
        });
        if covers {
            return false;
        }
        for (_, frame) in frames {
            self.pages[from].frames.retain(|f| f.id != frame.id);
            self.pages[page].frames.push(Frame {
                x: frame.x - left + x,
                line: frame.line - top + line,
                ..frame
            });
        }
        true
    }
}
