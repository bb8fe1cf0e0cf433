//! Shared test helpers.

use std::path::{Path, PathBuf};

use banmian::fonts::Fonts;
use banmian::import::{self, Format};
use banmian::model::Document;

/// The installed fonts: one context for every test, since listing them takes a while.
pub fn fonts() -> &'static Fonts {
    static FONTS: std::sync::OnceLock<Fonts> = std::sync::OnceLock::new();
    FONTS.get_or_init(Fonts::new)
}

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

/// The main measure an imported article was printed at.
pub fn printed_measure(article: &banmian::model::Article) -> banmian::model::Em {
    article
        .printed
        .as_ref()
        .expect("an imported article has printed rooms")
        .measure
}

/// Exports a document's text, panicking on error.
pub fn export(doc: &Document) -> Vec<u8> {
    banmian::export::export_text(doc, fonts()).expect("exports")
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

/// A PNG whose header declares `w` × `h` pixels, with one tiny compressed row: what a damaged
/// or crafted file looks like to a decoder that trusts the header (69 bytes).
pub fn png_declaring(w: u32, h: u32) -> Vec<u8> {
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
        out.extend((data.len() as u32).to_be_bytes());
        let body: Vec<u8> = kind.iter().chain(data).copied().collect();
        out.extend(&body);
        out.extend(crc32(&body).to_be_bytes());
    }
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = Vec::new();
    header.extend(w.to_be_bytes());
    header.extend(h.to_be_bytes());
    header.extend([8, 2, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &header);
    chunk(
        &mut out,
        b"IDAT",
        &[120, 156, 99, 96, 96, 96, 0, 0, 0, 4, 0, 1],
    );
    chunk(&mut out, b"IEND", &[]);
    out
}

/// A JPEG whose frame header declares `w` × `h` pixels, with tables and a scan of nothing.
pub fn jpeg_declaring(w: u16, h: u16) -> Vec<u8> {
    let mut out = vec![0xFF, 0xD8];
    out.extend([0xFF, 0xDB, 0, 67, 0]);
    out.extend([1u8; 64]);
    out.extend([0xFF, 0xC0, 0, 11, 8]);
    out.extend(h.to_be_bytes());
    out.extend(w.to_be_bytes());
    out.extend([1, 1, 0x11, 0]);
    for class in [0x00, 0x10] {
        out.extend([0xFF, 0xC4, 0, 20, class, 1]);
        out.extend([0u8; 15]);
        out.push(0);
    }
    out.extend([0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 0x3F, 0]);
    out.extend([0u8; 10]);
    out.extend([0xFF, 0xD9]);
    out
}

/// Runs the banmian binary in `dir`, its address space held to 2 GB where `prlimit` is at hand
/// (as a phone's 100-megapixel photo or a damaged file must not take more).
pub fn banmian_limited(args: &[&str], dir: &Path) -> std::process::Output {
    let exe = env!("CARGO_BIN_EXE_banmian");
    let limited = std::process::Command::new("prlimit")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let mut command = if limited {
        let mut c = std::process::Command::new("prlimit");
        c.args(["--as=2000000000", "--", exe]);
        c
    } else {
        std::process::Command::new(exe)
    };
    command
        .args(args)
        .current_dir(dir)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("runs banmian")
}
