//! The seed page for the benchmarks.

#![allow(dead_code, reason = "each benchmark uses the part it needs")]

use std::path::{Path, PathBuf};

use banmian::fonts::Fonts;
use banmian::model::Document;

/// The installed fonts: one context for every benchmark.
pub fn fonts() -> &'static Fonts {
    static FONTS: std::sync::OnceLock<Fonts> = std::sync::OnceLock::new();
    FONTS.get_or_init(Fonts::new)
}

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
    banmian::edit::arrange::arrange(&mut doc, fonts());
    doc
}

/// Writes a photo-like JPEG `w` × `h` pixels (a colour gradient with some texture), its grain
/// varied by `seed` so that no two photos are the same.
pub fn write_photo(path: &Path, w: u32, h: u32, seed: u32) {
    let image = image::RgbImage::from_fn(w, h, |x, y| {
        let grain = ((x * 7 + y * 13 + seed * 5) % 17) as u8;
        image::Rgb([(x * 255 / w) as u8 ^ grain, 90, (y * 255 / h) as u8])
    });
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 85)
        .encode_image(&image)
        .expect("encodes");
    std::fs::write(path, bytes).expect("writes the photo");
}

/// The seed page with a photo of `w` × `h` pixels (written in `dir`) given to each of `count`
/// articles, arranged.
pub fn seed_with_photos(dir: &Path, count: usize, w: u32, h: u32) -> Document {
    let mut doc = import(&seed_bytes());
    let articles = doc.articles.len();
    for k in 0..count {
        let path = dir.join(format!("photo-{k}.jpg"));
        write_photo(&path, w, h, k as u32);
        let id = doc.next_photo_id();
        let photo = banmian::import::picture::read_photo(&path, id, &[]).expect("a photo");
        doc.articles[(k * 2) % articles].photos.push(photo);
    }
    banmian::edit::arrange::arrange(&mut doc, fonts());
    doc
}

/// An issue of `pages` pages: forty articles (the seed's, over and over) with twelve photos of
/// 1600 × 1067 pixels (written in `dir`), a masthead and page headers, arranged over the pages in
/// flow order.
pub fn issue(dir: &Path, pages: usize) -> Document {
    let seed = import(&seed_bytes());
    let mut doc = Document::default();
    doc.append_articles((0..40).map(|k| seed.articles[k % 11].clone()).collect());
    for k in 0..12 {
        let path = dir.join(format!("issue-photo-{k}.jpg"));
        write_photo(&path, 1600, 1067, k as u32);
        let id = doc.next_photo_id();
        let photo = banmian::import::picture::read_photo(&path, id, &[]).expect("a photo");
        doc.articles[(k * 3) % 40].photos.push(photo);
    }
    doc.issue = Some(banmian::model::Issue {
        paper: "平安周刊".to_owned(),
        number: 123,
        ..Default::default()
    });
    banmian::edit::arrange_pages(&mut doc, fonts(), pages, false);
    doc
}
