//! How much of the 通用规范汉字表 (the 2013 Table of General Standard Chinese Characters, 8,105
//! characters) a face has: the measure of whether a face can set a Chinese newspaper.

use super::face::{FaceId, has_glyph};

/// The 8,105 characters of the 通用规范汉字表, from Unihan's kTGHZ2013 field
/// (`tools/subset-fonts.py` writes the file).
pub const TONGYONG: &str = include_str!("../../assets/tongyong-8105.txt");

/// How many characters the 通用规范汉字表 has (8,105), counted from the list.
pub fn tongyong_total() -> usize {
    tongyong().count()
}

/// The characters of the 通用规范汉字表.
fn tongyong() -> impl Iterator<Item = char> {
    TONGYONG.chars().filter(|c| !c.is_whitespace())
}

/// How many characters of the 通用规范汉字表 the face has.
pub fn tongyong_coverage(id: FaceId) -> usize {
    tongyong().filter(|&c| has_glyph(id, c)).count()
}
