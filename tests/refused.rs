use std::path::Path;

use banmian::import::{self, ErrorKind};
use banmian::store;

fn import_err(bytes: &[u8]) -> import::Error {
    import::import_bytes(bytes, Path::new("bad.txt"), None, 0).expect_err("must be refused")
}

#[test]
fn binary_file() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0";
    let err = import_err(png);
    assert!(matches!(err.kind, ErrorKind::Binary { .. }), "{err}");
    assert!(
        err.to_string().starts_with("bad.txt: "),
        "names the file: {err}"
    );
}

#[test]
fn empty_and_blank_files() {
    assert!(matches!(import_err(b"").kind, ErrorKind::Empty));
    assert!(matches!(import_err(b"\n \r\n\t\n").kind, ErrorKind::Blank));
    assert!(matches!(
        import_err("\u{3000}\n".as_bytes()).kind,
        ErrorKind::Blank
    ));
}

#[test]
fn missing_file() {
    let err = import::import_file(Path::new("/no/such/page.txt"), None, 0).expect_err("refused");
    assert!(matches!(err.kind, ErrorKind::Read(_)));
    assert!(err.to_string().contains("/no/such/page.txt"));
}

#[test]
fn broken_utf16() {
    // A BOM says UTF-16, then half a code unit pair: an unpaired surrogate.
    let err = import_err(b"\xFF\xFE\x00\xD8\x41\x00");
    assert!(matches!(err.kind, ErrorKind::Malformed { .. }), "{err}");
}

#[test]
fn malformed_ron_names_line_and_column() {
    let text = "(\n    version: 1,\n    articles: [ oops ],\n)\n";
    let err = store::from_ron(text, Path::new("page.ron")).expect_err("refused");
    let msg = err.to_string();
    assert!(msg.starts_with("page.ron:3:"), "{msg}");
}

#[test]
fn newer_format_is_refused() {
    let text = "(version: 3, articles: [], something_new: (a: 1))\n";
    let err = store::from_ron(text, Path::new("future.ron")).expect_err("refused");
    assert!(matches!(err, store::Error::TooNew { found: 3, .. }));
    assert!(err.to_string().contains("newer"), "{err}");
}

#[test]
fn missing_optional_fields_take_defaults() {
    let text = r#"(
    version: 1,
    articles: [
        (id: 3, headline: Some("标题"), body: [Paragraph((text: "正文。"))]),
    ],
)"#;
    let doc = store::from_ron(text, Path::new("old.ron")).expect("loads");
    let a = &doc.articles[0];
    assert_eq!(a.measure.get(), 18.0);
    assert_eq!(a.kicker, None);
    assert_eq!(doc.setup, banmian::model::PageSetup::default());
    assert_eq!(doc.source.encoding, "UTF-8");
}

#[test]
fn layout_that_is_not_utf8() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("page.ron");
    std::fs::write(&path, b"(version: 1,\n articles: [\xff])").expect("write");
    let err = store::load(&path).expect_err("refused");
    assert!(err.to_string().contains("page.ron:2:"), "{err}");
}
