//! What keeps a page from printing as laid out, said by `export` (a `warning:` line each, or
//! with `--strict` an error): read from the one list of findings of [`banmian::check`].

use banmian::check::Finding;
use banmian::compose::ComposedPage;
use banmian::model::{Document, MAX_OVERLAPS};

use super::listed;

/// The layout findings that printing reports, in order, with how each line begins.
const REPORTED: &[(&str, &str)] = &[
    ("overset", "overset text is not printed"),
    ("unplaced", "articles not on the page are not printed"),
    (
        "frame_off_page",
        "frames reach past the type area and would print off the page",
    ),
    (
        "overlapping_frames",
        "frames overlap and would print on each other",
    ),
    (
        "missing_font",
        "these font families are not installed, so their text prints in the bundled faces",
    ),
    (
        "missing_glyph",
        "no font has these characters, which print as □",
    ),
    (
        "photo_missing",
        "picture files are missing, a grey box prints in their place",
    ),
    (
        "photo_too_large",
        "pictures have more pixels than banmian prints, a grey box prints in their place",
    ),
    (
        "photo_changed",
        "picture files changed since they were placed",
    ),
    (
        "photo_coarse",
        "photos print below 150 dpi and will look coarse",
    ),
];

/// A line for each kind of problem the page has, naming what it concerns.
pub fn problems(doc: &Document, page: &ComposedPage) -> Vec<String> {
    let findings = banmian::check::check(doc, page);
    REPORTED
        .iter()
        .filter_map(|(kind, says)| {
            let of_kind: Vec<&Finding> = findings.iter().filter(|f| f.kind == *kind).collect();
            if of_kind.is_empty() {
                return None;
            }
            let items: Vec<String> = of_kind.iter().flat_map(|f| named(doc, page, f)).collect();
            let cut_short = *kind == "overlapping_frames" && of_kind.len() >= MAX_OVERLAPS;
            Some(format!("{says}: {}", listed(items, cut_short)))
        })
        .collect()
}

/// What a finding concerns, as the warning names it.
fn named(doc: &Document, page: &ComposedPage, f: &Finding) -> Vec<String> {
    match f.kind {
        "overset" => vec![format!(
            "{} (+{} chars)",
            f.article_title(doc),
            f.overset_chars(page)
        )],
        "unplaced" => vec![f.article_title(doc)],
        "frame_off_page" => vec![f.frame.map_or_else(String::new, |id| id.0.to_string())],
        "overlapping_frames" => vec![f.excerpt.replace('#', "").replace(" × ", " and ")],
        "missing_font" => vec![format!("{:?}", f.excerpt)],
        "missing_glyph" => page
            .missing_chars
            .iter()
            .map(|c| format!("{c} (U+{:04X})", u32::from(*c)))
            .collect(),
        "photo_coarse" => {
            let dpi = f
                .photo
                .and_then(|id| page.photos.iter().find(|c| c.id == id))
                .and_then(|c| c.effective_dpi)
                .unwrap_or_default();
            vec![format!("{} ({dpi:.0} dpi)", f.photo_file(doc))]
        }
        _ => vec![f.photo_file(doc)],
    }
}
