//! The seed page for the benchmarks.

#![allow(dead_code, reason = "each benchmark uses the part it needs")]

use std::path::{Path, PathBuf};

use banmian::model::Document;

/// The seed page's path.
pub fn seed_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/000_3070ad3f5641883a.txt")
}

/// The seed page's bytes.
pub fn seed_bytes() -> Vec<u8> {
    std::fs::read(seed_path()).expect("the seed")
}

/// Imports page-flow bytes into a document, as `banmian import` does for one file.
pub fn import(bytes: &[u8]) -> Document {
    let imported =
        banmian::import::import_bytes(bytes, Path::new("bench.txt"), None, 0).expect("imports");
    Document {
        articles: imported.articles,
        source: imported.source,
        ..Document::default()
    }
}

/// The seed page imported and arranged on the page.
pub fn seed_layout() -> Document {
    let mut doc = import(&seed_bytes());
    banmian::compose::arrange::arrange(&mut doc);
    doc
}
