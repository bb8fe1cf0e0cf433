//! 转版 jump lines: where an article's chain goes from one page to another, the frame it leaves
//! ends with `（下转第N版）` at the foot of its last text column, and the frame it goes on in
//! starts with `（上接第M版）` at the top of its first. The line each stands on is kept from the
//! text, and the numbers are read from where the frames stand now, so moving a frame or
//! reordering pages renumbers them. They are furniture of the page, not the article's text: the
//! text export never sees them.

use crate::model::{Em, Frame};

use super::regions::{Column, Exclusion};

/// Which way a jump line points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Jump {
    /// The text goes on on a later (or another) page: `（下转第N版）`, N counting from 1.
    To(usize),
    /// The text comes from another page: `（上接第M版）`.
    From(usize),
}

impl Jump {
    /// The line as printed.
    pub fn text(self) -> String {
        match self {
            Jump::To(page) => format!("（下转第{page}版）"),
            Jump::From(page) => format!("（上接第{page}版）"),
        }
    }
}

/// The jump lines of frame `k` of a chain of (page index, frame): where the text comes from and
/// where it goes, when that is another page.
pub fn jumps_of(chain: &[(usize, Frame)], k: usize) -> (Option<Jump>, Option<Jump>) {
    let Some(&(page, _)) = chain.get(k) else {
        return (None, None);
    };
    let from = k
        .checked_sub(1)
        .and_then(|j| chain.get(j))
        .filter(|(p, _)| *p != page)
        .map(|(p, _)| Jump::From(p + 1));
    let to = chain
        .get(k + 1)
        .filter(|(p, _)| *p != page)
        .map(|(p, _)| Jump::To(p + 1));
    (from, to)
}

/// The grid line a jump line stands on in a frame's text columns: the first line of the first
/// column for where the text comes from, the last line of the last for where it goes. `None`
/// where the frame has no columns.
pub fn jump_slot(columns: &[Column], jump: Jump) -> Option<(Em, Em, u32)> {
    match jump {
        Jump::From(_) => columns.first().map(|c| (c.x, c.width, c.top)),
        Jump::To(_) => columns
            .last()
            .map(|c| (c.x, c.width, c.bottom.saturating_sub(1))),
    }
}

/// The area the text of a frame keeps out of for its jump line.
pub fn jump_exclusion(columns: &[Column], jump: Jump) -> Option<Exclusion> {
    let (x, width, line) = jump_slot(columns, jump)?;
    Some(Exclusion {
        left: x,
        right: x + width,
        top: line,
        bottom: line + 1,
    })
}
