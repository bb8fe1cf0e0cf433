//! What the typesetter and the page need to know of a face: where its baseline sits, how wide a
//! glyph is, and where a glyph's ink is. What is looked up is kept in the face itself.

use super::face::{FaceId, InkBounds, face};

/// Where the baseline sits below the top of a line box, as a share of the type size: the font's
/// ascender, so every drawing of the page puts type at the same height.
pub fn ascent(id: FaceId) -> f32 {
    face(id).map_or(0.88, |f| f.ascender() as f32 / f.units_per_em() as f32)
}

/// A glyph's advance in ems, from the font (`None` when the font lacks it).
pub fn advance(id: FaceId, ch: char) -> Option<f32> {
    if !ch.is_ascii() {
        return face_advance(id, ch);
    }
    // Latin text measures every letter: a face's ASCII advances are looked up once.
    let table = id
        .loaded()
        .ascii
        .get_or_init(|| std::array::from_fn(|c| face_advance(id, char::from(c as u8))));
    table[ch as usize]
}

/// A glyph's advance in ems, read from the font's tables.
fn face_advance(id: FaceId, ch: char) -> Option<f32> {
    let f = face(id)?;
    let glyph = f.glyph_index(ch)?;
    Some(f32::from(f.glyph_hor_advance(glyph)?) / f32::from(f.units_per_em()))
}

/// Where a glyph's ink is, in ems from its drawing origin: left and right edges, and how far
/// above (positive) and below the baseline it reaches. `None` for a glyph with no ink.
pub fn ink_bounds(id: FaceId, ch: char) -> Option<InkBounds> {
    let known = &id.loaded().ink;
    if let Some(found) = known.lock().ok().and_then(|k| k.get(&ch).copied()) {
        return found;
    }
    let found = outline_bounds(id, ch);
    if let Ok(mut k) = known.lock() {
        k.insert(ch, found);
    }
    found
}

fn outline_bounds(id: FaceId, ch: char) -> Option<InkBounds> {
    let f = face(id)?;
    let b = f.glyph_bounding_box(f.glyph_index(ch)?)?;
    let upem = f32::from(f.units_per_em());
    Some(InkBounds {
        left: f32::from(b.x_min) / upem,
        right: f32::from(b.x_max) / upem,
        top: f32::from(b.y_max) / upem,
        bottom: f32::from(b.y_min) / upem,
    })
}

#[cfg(test)]
mod tests {
    use super::super::{
        FaceChain, Resolved, TONGYONG, family_name, tongyong_coverage, tongyong_total,
    };
    use super::*;

    #[test]
    fn the_bundled_faces_cover_the_standard_table_the_ideographs_and_the_seed() {
        let seed = include_str!("../../seeds/000_3070ad3f5641883a.txt");
        let symbols = "№℃①※■□●○★☆→—…·“”‘’《》「」（）〔〕【】";
        for id in [FaceId::serif(), FaceId::sans_bold()] {
            let f = face(id).expect("the bundled face parses");
            assert_eq!(tongyong_coverage(id), 8105, "{}", family_name(id));
            let missing: String = seed
                .chars()
                .chain(symbols.chars())
                .filter(|c| !c.is_whitespace() && f.glyph_index(*c).is_none())
                .collect();
            assert!(missing.is_empty(), "{}: missing {missing}", family_name(id));
        }
        // Noto CJK has every ideograph up to U+9FEF (Unicode 11), the serif up to U+9FEA, so
        // the bundled faces together print all of them; U+9FF0 and later are rare additions.
        let chain = FaceChain::default();
        let missing: String = ('\u{4E00}'..='\u{9FEF}')
            .filter(|&c| chain.resolve(c) == Resolved::Missing)
            .collect();
        assert!(missing.is_empty(), "missing {missing}");
        assert_eq!(TONGYONG.trim().chars().count(), 8105);
        assert_eq!(tongyong_total(), 8105);
    }
}
