//! The editor's colours, named once: what each means is the same in every panel and on the
//! canvas (red is an error everywhere, blue the selection).

use eframe::egui::Color32;

/// Errors: overset text, overlaps, missing pictures, low resolution, error findings.
pub const ERROR_RED: Color32 = Color32::from_rgb(0xD0, 0x20, 0x20);
/// Warnings among the findings.
pub const WARNING_ORANGE: Color32 = Color32::from_rgb(0xD0, 0x80, 0x00);
/// The unsaved-changes mark.
pub const UNSAVED_AMBER: Color32 = Color32::from_rgb(0xC0, 0x60, 0x00);
/// The selection: a selected frame, its handle, a drop target, a frame being dragged.
pub const SELECTED_BLUE: Color32 = Color32::from_rgb(0x20, 0x60, 0xD0);
/// The outline of a picture box.
pub const BOX_GREY: Color32 = Color32::from_gray(0x90);
/// The outline of a text frame.
pub const FRAME_GREY: Color32 = Color32::from_gray(0xB0);
/// The desk around the page.
pub const DESK_GREY: Color32 = Color32::from_gray(0x80);
/// A base column of the character grid (背景格).
pub const GRID_COLUMN: Color32 = Color32::from_rgb(0xF4, 0xF7, 0xFB);
/// The character cells of the grid.
pub const GRID_CELL: Color32 = Color32::from_rgb(0xE4, 0xEA, 0xF2);
/// The grid lines.
pub const GRID_LINE: Color32 = Color32::from_rgb(0xDD, 0xE4, 0xEE);
/// Text marked on the page by a finding clicked in Check.
pub const MARK_YELLOW: Color32 = Color32::from_rgb(0xFF, 0xF0, 0x80);
/// An empty picture box's fill.
pub const EMPTY_BOX: Color32 = Color32::from_gray(0xEE);
/// A photo whose picture is missing or not decoded yet.
pub const PICTURE_PLACEHOLDER: Color32 = Color32::from_gray(0xD0);
/// The ink of a port with nothing overset.
pub const PORT_INK: Color32 = Color32::from_gray(0x60);
/// A text frame in a page's thumbnail in the navigator.
pub const THUMB_TEXT: Color32 = Color32::from_gray(0xC8);
/// A picture or photo frame in a page's thumbnail.
pub const THUMB_PICTURE: Color32 = Color32::from_gray(0x90);
