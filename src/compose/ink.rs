//! Ink on the composed page: where each glyph's outline lands, and where the ink of two glyphs
//! touches (text printed on text) or lands on a photo. Outlines come from the fonts.

use crate::fonts::{ascent, ink_bounds};

use super::output::{Item, ItemKind};
use super::page::ComposedPage;

/// Overlaps thinner than this share of the type size are not collisions: outline bounding
/// boxes are wider than the ink itself, and the bundled serif's own boxes of some ideographs
/// reach past their em (演 to 1.072 em), so two of them set solid touch by a few hundredths of
/// an em by design. An overprinted half-width quote overlaps by about 0.4 em.
const TOLERANCE_EM: f32 = 0.05;

/// The box a glyph's ink covers on its page, in points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InkBox {
    /// The character.
    pub ch: char,
    /// The page's index.
    pub page: usize,
    /// Left edge.
    pub left: f32,
    /// Top edge.
    pub top: f32,
    /// Right edge.
    pub right: f32,
    /// Bottom edge.
    pub bottom: f32,
    /// The type size, in points.
    pub size: f32,
}

impl InkBox {
    fn overlaps(&self, other: &InkBox) -> bool {
        let tolerance = TOLERANCE_EM * self.size.min(other.size);
        let rect = [other.left, other.top, other.right, other.bottom];
        self.reaches_into(other.page, rect, tolerance)
    }

    /// Whether the ink reaches more than `tolerance` into the rectangle (left, top, right,
    /// bottom) on page `page`.
    fn reaches_into(
        &self,
        page: usize,
        [left, top, right, bottom]: [f32; 4],
        tolerance: f32,
    ) -> bool {
        self.page == page
            && self.left + tolerance < right
            && left + tolerance < self.right
            && self.top + tolerance < bottom
            && top + tolerance < self.bottom
    }
}

/// The ink box of every glyph on the composed page.
pub fn ink_boxes(page: &ComposedPage) -> Vec<InkBox> {
    page.items.iter().flat_map(item_ink).collect()
}

/// The ink boxes of an item's glyphs (none for what is not text).
fn item_ink(item: &Item) -> Vec<InkBox> {
    let ItemKind::Text(run) = &item.kind else {
        return Vec::new();
    };
    let baseline = run.top + ascent(run.font) * run.size;
    run.glyphs
        .iter()
        .filter_map(|&(ch, x)| {
            let ink = ink_bounds(run.font, ch)?;
            Some(InkBox {
                ch,
                page: item.origin.page,
                left: x + ink.left * run.size,
                right: x + ink.right * run.size,
                top: baseline - ink.top * run.size,
                bottom: baseline - ink.bottom * run.size,
                size: run.size,
            })
        })
        .collect()
}

/// Every pair of glyphs whose ink overlaps: text printed on text.
pub fn collisions(page: &ComposedPage) -> Vec<(InkBox, InkBox)> {
    let mut boxes = ink_boxes(page);
    boxes.sort_by(|a, b| {
        (a.page, a.top)
            .partial_cmp(&(b.page, b.top))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut found = Vec::new();
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            if b.page != a.page || b.top >= a.bottom {
                break;
            }
            if a.overlaps(b) {
                found.push((*a, *b));
            }
        }
    }
    found
}

/// Every glyph whose ink lands on a photo (text printed on a picture), but for the name a missing
/// picture's placeholder shows.
pub fn text_on_pictures(page: &ComposedPage) -> Vec<InkBox> {
    let pictures: Vec<(usize, Option<crate::model::FrameId>, [f32; 4])> = page
        .items
        .iter()
        .filter_map(|i| match &i.kind {
            ItemKind::Image { clip, .. } => Some((i.origin.page, i.origin.frame, *clip)),
            _ => None,
        })
        .collect();
    let mut found = Vec::new();
    for item in &page.items {
        for ink in item_ink(item) {
            let tolerance = TOLERANCE_EM * ink.size;
            let on = pictures.iter().any(|&(p, frame, [x, y, w, h])| {
                frame != item.origin.frame && ink.reaches_into(p, [x, y, x + w, y + h], tolerance)
            });
            if on {
                found.push(ink);
            }
        }
    }
    found
}
