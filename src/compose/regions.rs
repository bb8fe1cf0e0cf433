//! Regions: a frame's text columns, and the room each grid line of a column has once the blocks
//! that text wraps around (picture boxes, a headline block over some columns) are taken out.

use crate::model::{Em, Frame, FrameId};

use crate::model::PageGeometry;

/// The narrowest room a line is set in beside a wrapped block; a narrower strip stays empty, as
/// a few characters squeezed beside a picture read badly.
pub const MIN_ROOM: Em = Em(4.0);

/// An area that text keeps out of: a block with its standoff, in ems across and grid lines down
/// (page coordinates).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Exclusion {
    /// Left edge in ems from the type area's left edge.
    pub left: Em,
    /// Right edge.
    pub right: Em,
    /// First grid line covered.
    pub top: u32,
    /// One past the last grid line covered.
    pub bottom: u32,
}

/// One text column of a frame.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// The frame it belongs to.
    pub frame: FrameId,
    /// Its index among the frame's text columns.
    pub index: u32,
    /// Left edge in ems from the type area's left edge.
    pub x: Em,
    /// Width in ems.
    pub width: Em,
    /// First grid line.
    pub top: u32,
    /// One past the last grid line.
    pub bottom: u32,
    /// What text keeps out of in this column.
    pub exclusions: Vec<Exclusion>,
}

impl Column {
    /// The room on grid line `line`: its left edge and width, or `None` where no line fits. Beside
    /// a block, the line is set in the wider of the strips left.
    pub fn room(&self, line: u32) -> Option<(Em, Em)> {
        let (mut left, mut right) = (self.x, self.x + self.width);
        for e in &self.exclusions {
            if line < e.top
                || line >= e.bottom
                || e.right.get() <= left.get()
                || e.left.get() >= right.get()
            {
                continue;
            }
            let before = e.left - left;
            let after = right - e.right;
            if before.get() >= after.get() {
                right = e.left;
            } else {
                left = e.right;
            }
        }
        let width = right - left;
        let full = (width - self.width).get().abs() < 1e-3;
        (full || width.get() >= MIN_ROOM.get() - 1e-3).then_some((left, width))
    }

    /// Grid lines of the column that hold a line of text.
    pub fn capacity(&self, bottom: u32) -> u32 {
        (self.top..bottom.min(self.bottom))
            .filter(|&l| self.room(l).is_some())
            .count() as u32
    }
}

/// The text columns of a frame, each with the exclusions that fall in it.
pub fn frame_columns(
    frame: &Frame,
    geometry: &PageGeometry,
    exclusions: &[Exclusion],
) -> Vec<Column> {
    let n = frame.text_columns();
    let gutter = geometry.gutter_em();
    let width = Em(((frame.width - gutter * (n - 1) as f32).get() / n as f32).max(1.0));
    (0..n)
        .map(|c| {
            let x = frame.x + (width + gutter) * c as f32;
            let right = x + width;
            Column {
                frame: frame.id,
                index: c,
                x,
                width,
                top: frame.line,
                bottom: frame.bottom(),
                exclusions: exclusions
                    .iter()
                    .filter(|e| {
                        e.left.get() < right.get()
                            && e.right.get() > x.get()
                            && e.top < frame.bottom()
                            && e.bottom > frame.line
                    })
                    .copied()
                    .collect(),
            }
        })
        .collect()
}

/// The area a wrapping frame keeps text out of: the frame with its standoff.
pub fn wrap_exclusion(frame: &Frame) -> Option<Exclusion> {
    let standoff = frame.wrap()?;
    Some(Exclusion {
        left: frame.x - standoff.sides,
        right: frame.right() + standoff.sides,
        top: frame.line.saturating_sub(standoff.lines),
        bottom: frame.bottom().saturating_add(standoff.lines),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(exclusions: Vec<Exclusion>) -> Column {
        Column {
            frame: FrameId(0),
            index: 0,
            x: Em(0.0),
            width: Em(18.0),
            top: 0,
            bottom: 10,
            exclusions,
        }
    }

    #[test]
    fn lines_beside_a_block_are_shorter_and_lines_it_covers_are_skipped() {
        let c = column(vec![
            Exclusion {
                left: Em(10.0),
                right: Em(30.0),
                top: 2,
                bottom: 4,
            },
            Exclusion {
                left: Em(-5.0),
                right: Em(30.0),
                top: 6,
                bottom: 7,
            },
        ]);
        assert_eq!(c.room(0), Some((Em(0.0), Em(18.0))));
        assert_eq!(c.room(2), Some((Em(0.0), Em(10.0))));
        assert_eq!(c.room(6), None);
        assert_eq!(c.capacity(10), 9);
    }
}
