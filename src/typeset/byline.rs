//! Where a byline goes: run in at the end of the last body line, or on a line of its own.

use crate::model::{BylinePlacement, Em};

use super::{Style, min_line_width};

/// Whether a byline runs in after the last body line (DESIGN.md §1: after one space, when it fits).
///
/// While the last paragraph is as printed (`untouched`), the byline stays where it was printed;
/// once edited, it runs in when `last_line` plus a space plus the byline fits `room`, the width
/// the line is set in. `indent` is the last line's indent (when the paragraph has only one line).
pub fn byline_runs_in(
    placement: BylinePlacement,
    untouched: bool,
    last_line: &str,
    indent: Em,
    byline: &str,
    style: &Style,
    room: Em,
) -> bool {
    match placement {
        BylinePlacement::InLead => false,
        BylinePlacement::OwnLine if untouched => false,
        BylinePlacement::RunIn if untouched => true,
        _ => {
            let width = min_line_width(&format!("{last_line} {byline}"), style) + indent;
            width.get() <= room.get() + 1e-3
        }
    }
}
