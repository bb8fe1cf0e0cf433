//! The page grid in points: ems across from the type area's left edge, grid lines down.

use super::{Em, Frame, PageSetup};

/// Points per millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;

/// The page's grid, measured in points from the page's top-left corner.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PageGeometry {
    /// Page width.
    pub width: f32,
    /// Page height.
    pub height: f32,
    /// Left and top edge of the type area.
    pub margin: f32,
    /// One em of body type.
    pub em: f32,
    /// Distance from one grid line to the next.
    pub pitch: f32,
    /// Width of a base column.
    pub column: f32,
    /// Space between base columns.
    pub gutter: f32,
    /// Number of base columns.
    pub columns: u32,
    /// Number of grid lines in the type area.
    pub lines: u32,
}

impl PageGeometry {
    /// The grid of a page setup.
    pub fn new(setup: &PageSetup) -> Self {
        let em = setup.body_size_pt.max(1.0);
        let margin = setup.margin_mm.max(0.0) * PT_PER_MM;
        let height = setup.height_mm.max(1.0) * PT_PER_MM;
        let pitch = (setup.line_pitch_em.get() * em).max(1.0);
        PageGeometry {
            width: setup.width_mm.max(1.0) * PT_PER_MM,
            height,
            margin,
            em,
            pitch,
            column: setup.base_column_em.get().max(1.0) * em,
            gutter: setup.gutter_em.get().max(0.0) * em,
            columns: setup.base_columns.max(1),
            lines: ((height - 2.0 * margin) / pitch).floor().max(1.0) as u32,
        }
    }

    /// The x of a point `x` ems right of the type area's left edge.
    pub fn x(&self, x: Em) -> f32 {
        self.margin + x.get() * self.em
    }

    /// The y of grid line `line`'s top.
    pub fn line_y(&self, line: u32) -> f32 {
        self.margin + line as f32 * self.pitch
    }

    /// The left edge of base column `column`, in ems from the type area's left edge.
    pub fn column_em(&self, column: u32) -> Em {
        Em(column as f32 * (self.column + self.gutter) / self.em)
    }

    /// The width of a base column, in ems: the measure a text asks for that was not printed.
    pub fn base_column_width(&self) -> Em {
        self.span_em(1)
    }

    /// The width of `span` base columns with the gutters between them, in ems.
    pub fn span_em(&self, span: u32) -> Em {
        Em((span as f32 * self.column + span.saturating_sub(1) as f32 * self.gutter) / self.em)
    }

    /// The width of `n` text columns `column` wide with the gutters between them, in ems: how
    /// wide a frame of `n` columns of that measure is.
    pub fn columns_width(&self, column: Em, n: u32) -> Em {
        column * n as f32 + self.gutter_em() * n.saturating_sub(1) as f32
    }

    /// The type area's width in ems.
    pub fn type_width_em(&self) -> Em {
        self.span_em(self.columns)
    }

    /// The gutter in ems.
    pub fn gutter_em(&self) -> Em {
        Em(self.gutter / self.em)
    }

    /// Where a frame sits and how its text columns divide it.
    pub fn frame(&self, frame: &Frame) -> FrameGeometry {
        let columns = frame.text_columns();
        let gutters = self.gutter_em() * columns.saturating_sub(1) as f32;
        FrameGeometry {
            x: self.x(frame.x),
            y: self.line_y(frame.line),
            width: frame.width.get() * self.em,
            height: frame.height as f32 * self.pitch,
            text_columns: columns,
            column_width: Em(((frame.width - gutters).get() / columns as f32).max(1.0)),
        }
    }
}

/// A frame placed on the page, in points, and the width of its text columns.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FrameGeometry {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
    /// Number of text columns.
    pub text_columns: u32,
    /// The width of each text column.
    pub column_width: Em,
}
