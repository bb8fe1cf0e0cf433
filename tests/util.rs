//! Shared test helpers.

use std::path::{Path, PathBuf};

use banmian::import::{self, Format};
use banmian::model::Document;

/// The seed page's bytes.
pub fn seed_bytes() -> Vec<u8> {
    std::fs::read(seed_path()).expect("the seed is in seeds/")
}

/// The seed page's path.
pub fn seed_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/000_3070ad3f5641883a.txt")
}

/// The seed page's text.
pub fn seed_text() -> String {
    String::from_utf8(seed_bytes()).expect("the seed is UTF-8")
}

/// Imports bytes as a document, the way `banmian import` does for one file.
pub fn import_doc(bytes: &[u8], format: Option<Format>) -> Document {
    let imported = import::import_bytes(bytes, Path::new("test.txt"), format, 0).expect("imports");
    Document {
        articles: imported.articles,
        source: imported.source,
        ..Document::default()
    }
}

/// Exports a document's text, panicking on error.
pub fn export(doc: &Document) -> Vec<u8> {
    banmian::export::export_text(doc).expect("exports")
}

/// Saves to RON and loads again.
pub fn through_ron(doc: &Document) -> Document {
    let ron = banmian::store::to_ron(doc).expect("serializes");
    banmian::store::from_ron(&ron, Path::new("test.ron")).expect("parses")
}

/// (kicker, headline, byline) of every article, with "–" for none.
pub fn triples(doc: &Document) -> Vec<(String, String, String)> {
    let s = |o: Option<&str>| o.unwrap_or("–").to_owned();
    doc.articles
        .iter()
        .map(|a| {
            (
                s(a.kicker.as_deref()),
                s(a.headline.as_deref()),
                s(a.byline.as_ref().map(|b| b.text.as_str())),
            )
        })
        .collect()
}

/// Asserts two byte strings are equal, showing the first differing line when not.
pub fn assert_same_text(got: &[u8], want: &[u8]) {
    if got == want {
        return;
    }
    let (g, w) = (String::from_utf8_lossy(got), String::from_utf8_lossy(want));
    let line = g
        .lines()
        .zip(w.lines())
        .position(|(a, b)| a != b)
        .unwrap_or(g.lines().count().min(w.lines().count()));
    panic!(
        "texts differ ({} vs {} bytes), first at line {}:\n got: {:?}\nwant: {:?}",
        got.len(),
        want.len(),
        line + 1,
        g.lines().nth(line),
        w.lines().nth(line)
    );
}

/// Every character printed on the first page of a composed page, white space left out.
pub fn printed_text(page: &banmian::compose::ComposedPage) -> String {
    page.runs(0)
        .flat_map(|r| r.glyphs.iter().map(|g| g.0))
        .filter(|c| !c.is_whitespace())
        .collect()
}
