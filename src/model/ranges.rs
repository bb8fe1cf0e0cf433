//! Sane ranges for every number a layout file holds, checked as the file is read: a number out
//! of range is an error at its line and column, never a page a mile wide or an allocation sized
//! by a damaged file.

use serde::{Deserialize, Deserializer, de::Error as _};

use super::Em;

/// Declares a function for `deserialize_with` that reads a number of type `$ty` (through
/// `$raw`) and refuses it outside `$lo..=$hi`, naming what it is.
macro_rules! ranged {
    ($name:ident, $ty:ty, $raw:ty, $lo:expr, $hi:expr, $what:expr, $wrap:expr) => {
        #[doc = concat!("Reads ", $what, ", from ", stringify!($lo), " to ", stringify!($hi), ".")]
        pub fn $name<'de, D: Deserializer<'de>>(d: D) -> Result<$ty, D::Error> {
            let value = <$raw>::deserialize(d)?;
            #[allow(
                clippy::manual_range_contains,
                unused_comparisons,
                reason = "NaN must fail the test too; some types start at their range's floor"
            )]
            if !(value >= $lo && value <= $hi) {
                return Err(D::Error::custom(format!(
                    "{} {value} is out of range ({} to {})",
                    $what, $lo, $hi
                )));
            }
            Ok($wrap(value))
        }
    };
}

ranged!(
    page_mm,
    f32,
    f32,
    20.0,
    5000.0,
    "a page size in millimetres",
    |v| v
);
ranged!(
    margin_mm,
    f32,
    f32,
    0.0,
    500.0,
    "a margin in millimetres",
    |v| v
);
ranged!(
    base_columns,
    u32,
    u32,
    1,
    24,
    "the number of base columns",
    |v| v
);
ranged!(
    shading_percent,
    u8,
    u8,
    0,
    super::boxing::MAX_SHADING,
    "a box's shading in percent",
    |v| v
);
/// The narrowest column width a layout holds, in ems: one character.
pub const MIN_COLUMN_EM: f32 = 1.0;
/// The widest column width a layout holds, in ems.
pub const MAX_COLUMN_EM: f32 = 500.0;
ranged!(
    column_em,
    Em,
    f32,
    MIN_COLUMN_EM,
    MAX_COLUMN_EM,
    "a column width in ems",
    Em
);
ranged!(gutter_em, Em, f32, 0.0, 20.0, "a gutter in ems", Em);
ranged!(
    type_size_pt,
    f32,
    f32,
    4.0,
    500.0,
    "a type size in points",
    |v| v
);
ranged!(pitch_em, Em, f32, 0.5, 5.0, "a line pitch in ems", Em);
ranged!(
    frame_x_em,
    Em,
    f32,
    0.0,
    2000.0,
    "a frame's place in ems",
    Em
);
ranged!(
    frame_width_em,
    Em,
    f32,
    0.5,
    2000.0,
    "a frame's width in ems",
    Em
);
ranged!(grid_line, u32, u32, 0, 100_000, "a grid line", |v| v);
ranged!(
    grid_lines,
    u32,
    u32,
    1,
    100_000,
    "a height in grid lines",
    |v| v
);
/// The most text columns a frame holds.
pub const MAX_TEXT_COLUMNS: u32 = 24;
ranged!(
    text_columns,
    u32,
    u32,
    1,
    MAX_TEXT_COLUMNS,
    "the number of text columns",
    |v| v
);
ranged!(column_index, u32, u32, 0, 23, "a base column", |v| v);
ranged!(standoff_em, Em, f32, 0.0, 50.0, "a standoff in ems", Em);
ranged!(
    standoff_lines,
    u32,
    u32,
    0,
    1000,
    "a standoff in lines",
    |v| v
);

/// A list of column widths in ems, each checked like [`column_em`].
pub fn column_ems<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Em>, D::Error> {
    let values = Vec::<f32>::deserialize(d)?;
    if let Some(bad) = values.iter().find(|v| !(**v >= 1.0 && **v <= 500.0)) {
        return Err(D::Error::custom(format!(
            "a column width in ems {bad} is out of range (1 to 500)"
        )));
    }
    Ok(values.into_iter().map(Em).collect())
}

ranged!(weight, u16, u16, 100, 900, "a font weight", |v| v);

/// An optional type size, checked like [`type_size_pt`].
pub fn optional_size_pt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f32>, D::Error> {
    match Option::<f32>::deserialize(d)? {
        Some(v) if !(4.0..=500.0).contains(&v) => Err(D::Error::custom(format!(
            "a type size in points {v} is out of range (4 to 500)"
        ))),
        v => Ok(v),
    }
}

/// A list of font family names: at most 16, each a line of at most 200 characters.
pub fn family_names<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let names = Vec::<String>::deserialize(d)?;
    if names.len() > 16 {
        return Err(D::Error::custom(format!(
            "{} font families in one style is out of range (at most 16)",
            names.len()
        )));
    }
    if let Some(bad) = names.iter().find(|n| !is_family_name(n)) {
        return Err(D::Error::custom(format!(
            "{bad:?} is not a font family name"
        )));
    }
    Ok(names)
}

/// An optional font family name, checked like those of [`family_names`].
pub fn optional_family_name<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let name = Option::<String>::deserialize(d)?;
    match name {
        Some(bad) if !is_family_name(&bad) => Err(D::Error::custom(format!(
            "{bad:?} is not a font family name"
        ))),
        name => Ok(name),
    }
}

fn is_family_name(name: &str) -> bool {
    name.chars().count() <= 200 && !name.contains(['\n', '\r']) && !name.trim().is_empty()
}

ranged!(zoom, f32, f32, 1.0, 8.0, "a picture zoom", |v| v);

/// A picture's pixel size: each side from 1 to 100,000 pixels.
pub fn pixels<'de, D: Deserializer<'de>>(d: D) -> Result<(u32, u32), D::Error> {
    let (w, h) = <(u32, u32)>::deserialize(d)?;
    if !(1..=100_000).contains(&w) || !(1..=100_000).contains(&h) {
        return Err(D::Error::custom(format!(
            "a picture size of {w} × {h} pixels is out of range (1 to 100000 each way)"
        )));
    }
    Ok((w, h))
}

/// The point of a picture kept at its frame's centre: fractions from 0 to 1.
pub fn focus<'de, D: Deserializer<'de>>(d: D) -> Result<(f32, f32), D::Error> {
    let (x, y) = <(f32, f32)>::deserialize(d)?;
    if !((0.0..=1.0).contains(&x) && (0.0..=1.0).contains(&y)) {
        return Err(D::Error::custom(format!(
            "a picture focus ({x}, {y}) is out of range (0 to 1 each way)"
        )));
    }
    Ok((x, y))
}

/// The most characters one text of a layout holds: a paragraph, a subhead, a headline line. A
/// page holds a few thousand; a file with a longer one is damaged or not a page, and setting it
/// would take memory by the hundred megabytes.
pub const MAX_TEXT_CHARS: usize = 1_000_000;

/// Reads a text of at most [`MAX_TEXT_CHARS`] characters.
pub fn text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let text = String::deserialize(d)?;
    check_text_length(&text).map_err(D::Error::custom)?;
    Ok(text)
}

/// Reads an optional text of at most [`MAX_TEXT_CHARS`] characters.
pub fn optional_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let text = Option::<String>::deserialize(d)?;
    if let Some(t) = &text {
        check_text_length(t).map_err(D::Error::custom)?;
    }
    Ok(text)
}

/// Refuses a text longer than [`MAX_TEXT_CHARS`], naming its length.
fn check_text_length(text: &str) -> Result<(), String> {
    // Counting stops past the limit: a damaged file's text may be far longer.
    let chars = text.chars().take(MAX_TEXT_CHARS + 1).count();
    if chars > MAX_TEXT_CHARS {
        return Err(format!(
            "a text of {} characters is longer than one paragraph may be ({MAX_TEXT_CHARS})",
            text.chars().count()
        ));
    }
    Ok(())
}
