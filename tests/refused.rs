use std::path::Path;

use crate::util::fonts;
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
    let err =
        import::import_file(Path::new("/no/such/page.txt"), None, None, 0).expect_err("refused");
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
    let text = "(version: 6, articles: [], something_new: (a: 1))\n";
    let err = store::from_ron(text, Path::new("future.ron")).expect_err("refused");
    assert!(matches!(err, store::Error::TooNew { found: 6, .. }));
    assert!(err.to_string().contains("newer"), "{err}");
}

/// Issue 23: a version no banmian wrote is refused, not read as version 1 with every frame
/// dropped.
#[test]
fn version_0_is_refused() {
    let text = "(version: 0, articles: [], pages: [(frames: [])])\n";
    let err = store::from_ron(text, Path::new("zero.ron")).expect_err("refused");
    assert!(matches!(err, store::Error::UnknownVersion { found: 0, .. }));
    assert!(err.to_string().starts_with("zero.ron: "), "{err}");
}

/// Issue 23: a later layout whose version was changed to 1 keeps no frames as version 1 reads
/// it: it is refused, naming why, instead of printing an empty page.
#[test]
fn a_version_1_file_with_pages_is_refused() {
    let text = "(version: 1, articles: [], pages: [(frames: [(id: 0, x: 0.0, width: 18.0, \
                line: 0, height: -1000000000000)])])\n";
    let err = store::from_ron(text, Path::new("old.ron")).expect_err("refused");
    let msg = err.to_string();
    assert!(msg.starts_with("old.ron: "), "{msg}");
    assert!(msg.contains("version 1") && msg.contains("pages"), "{msg}");
}

/// Issue 23: numbers that an upgrade works out are checked as a current file's are.
#[test]
fn numbers_an_upgrade_works_out_are_checked() {
    let text = "(version: 1, page: (base_columns: 24, base_column_em: 400.0), \
                articles: [(id: 0, body: [])], \
                frames: [(article: 0, column: 23, span: 1, line: 0, height: 5)])\n";
    let err = store::from_ron(text, Path::new("wide.ron")).expect_err("refused");
    let msg = err.to_string();
    assert!(
        msg.starts_with("wide.ron: upgraded from layout format version 1"),
        "{msg}"
    );
    assert!(msg.contains("out of range"), "{msg}");
}

/// A chain through a frame that is not a text frame of the layout cannot be: refused.
#[test]
fn a_chain_through_a_missing_frame_is_refused() {
    let text = "(version: 3, articles: [(id: 0, frames: [0, 1])], pages: [(frames: [\
                (id: 0, x: 0.0, width: 18.0, line: 0, height: 5, content: Text(columns: 1)),\
                (id: 1, x: 20.0, width: 18.0, line: 0, height: 5, content: Box())])])\n";
    let err = store::from_ron(text, Path::new("chain.ron")).expect_err("refused");
    assert!(matches!(err, store::Error::Invalid { .. }), "{err}");
    assert!(err.to_string().contains("frame 1"), "{err}");
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
    assert_eq!(a.printed, None, "a manuscript has no printed rooms");
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

/// Issue 12: every number of a layout is checked as it is read, at its line and column; none
/// sizes an allocation or a page.
#[test]
fn numbers_out_of_range_are_refused_where_they_stand() {
    let doc = crate::util::import_doc(&crate::util::seed_bytes(), None);
    let mut doc = doc;
    banmian::edit::arrange::arrange(&mut doc, fonts());
    let ron = store::to_ron(&doc).expect("serializes");
    let frame_height = ron
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("height: ") && !l.contains('.'))
        .expect("a frame's height")
        .to_owned();
    for (from, to, what) in [
        ("columns: 6,", "columns: 1000000000,", "text columns"),
        ("width_mm: 390.0,", "width_mm: NaN,", "page size"),
        ("body_size_pt: 9.0,", "body_size_pt: -3.0,", "type size"),
        (frame_height.as_str(), "height: 99999999,", "grid lines"),
        ("measure: 18.0,", "measure: 1e30,", "column width"),
    ] {
        let broken = ron.replacen(from, to, 1);
        assert_ne!(broken, ron, "{from} is in the layout");
        let err = store::from_ron(&broken, Path::new("page.ron")).expect_err(what);
        let line = broken
            .lines()
            .position(|l| l.contains(to.trim_end_matches(',')))
            .expect("the line")
            + 1;
        let text = err.to_string();
        assert!(text.starts_with(&format!("page.ron:{line}:")), "{text}");
        assert!(text.contains("out of range"), "{text}");
    }
}

/// Issue 12: a picture too large to hold is refused before any memory is taken, and the
/// resolution the message offers is one that works.
#[test]
fn a_png_is_capped_by_area_and_the_suggestion_holds() {
    let mut doc = crate::util::import_doc(&crate::util::seed_bytes(), None);
    banmian::edit::arrange::arrange(&mut doc, fonts());
    let page = banmian::compose::compose_page(&doc, fonts());
    let err =
        banmian::export::png::export_png(&page, 940.0, &Default::default()).expect_err("too large");
    let text = err.to_string();
    let offered: f32 = text
        .rsplit("and ")
        .next()
        .and_then(|s| s.trim_end_matches(" dpi").parse().ok())
        .unwrap_or_else(|| panic!("a resolution in {text}"));
    let (w, h) = (doc.setup.width_mm / 25.4, doc.setup.height_mm / 25.4);
    assert!(offered >= 10.0);
    assert!(
        (w * offered).ceil() * (h * offered).ceil() <= 100_000_000.0,
        "{text}"
    );
}

/// Issue 12: a few bad bytes in a UTF-8 or GB18030 page are found and named, never read as
/// another encoding's mojibake; an unsure guess asks for --encoding.
#[test]
fn damaged_text_is_named_at_its_place_never_read_as_mojibake() {
    let seed = crate::util::seed_text();
    let utf8 = seed.as_bytes();
    let (gb, _, _) = encoding_rs::GB18030.encode(&seed);
    let mut bad_utf8 = utf8[..3000].to_vec();
    bad_utf8.push(0xFF);
    bad_utf8.extend_from_slice(&utf8[3000..]);
    let cut_gb = &gb[..gb.len() / 2 + 1];
    for (bytes, encoding) in [(&bad_utf8[..], "UTF-8"), (cut_gb, "gb18030")] {
        let err = import_err(bytes);
        let ErrorKind::Malformed {
            encoding: read_as,
            line,
            col,
            ..
        } = err.kind
        else {
            panic!("{err}");
        };
        assert_eq!(read_as, encoding);
        assert!(
            err.to_string()
                .starts_with(&format!("bad.txt:{line}:{col}: ")),
            "{err}"
        );
    }
    // Latin-1 bytes are no Chinese encoding: the guess is unsure, and --encoding settles it.
    let latin = b"Caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve fa\xe7ade, d\xe9j\xe0 vu.\n";
    let err = import_err(latin);
    assert!(
        matches!(err.kind, ErrorKind::UnsureEncoding { .. }),
        "{err}"
    );
    assert!(err.to_string().contains("--encoding"), "{err}");
    let forced = import::import_bytes_in(
        latin,
        Path::new("bad.txt"),
        None,
        Some(encoding_rs::WINDOWS_1252),
        0,
    )
    .expect("read as named");
    assert_eq!(forced.source.encoding, "windows-1252");
}

/// Issue 23: pictures whose headers declare more pixels than banmian prints are refused at
/// import, naming their size and the limit, and no layout is written.
#[test]
fn pictures_declaring_huge_sizes_are_refused_at_import() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("page.txt"), crate::util::seed_bytes()).expect("written");
    for (name, bytes, size) in [
        (
            "wide.png",
            crate::util::png_declaring(100_000, 100_000),
            "100000 × 100000",
        ),
        (
            "tall.png",
            crate::util::png_declaring(1, 2_147_483_647),
            "1 × 2147483647",
        ),
        (
            "huge.jpg",
            crate::util::jpeg_declaring(65535, 65535),
            "65535 × 65535",
        ),
    ] {
        std::fs::write(dir.path().join(name), bytes).expect("written");
        let o = crate::util::banmian_limited(
            &["import", "page.txt", name, "-o", "out.ron"],
            dir.path(),
        );
        let err = String::from_utf8_lossy(&o.stderr).into_owned();
        assert_eq!(o.status.code(), Some(1), "{name}: {err}");
        assert_eq!(err.lines().count(), 1, "{name}: {err}");
        assert!(
            err.starts_with(&format!("error: {name}: the picture is {size} pixels")),
            "{err}"
        );
        assert!(
            !dir.path().join("out.ron").exists(),
            "{name}: nothing written"
        );
    }
}

/// Issue 23: a placed picture whose file grew past what banmian prints (or a layout that says
/// so) prints as a grey box, with a warning, in every output, within 2 GB; `--strict` refuses.
#[test]
fn a_picture_too_large_to_print_is_a_grey_box_and_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("page.txt"), crate::util::seed_bytes()).expect("written");
    let small = image::RgbImage::from_pixel(40, 30, image::Rgb([200, 100, 50]));
    small.save(dir.path().join("scene.png")).expect("saved");
    let o = crate::util::banmian_limited(
        &["import", "page.txt", "scene.png", "-o", "page.ron"],
        dir.path(),
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // The layout as a damaged or hand-edited file says it: the picture's recorded size.
    let ron = std::fs::read_to_string(dir.path().join("page.ron")).expect("read");
    let claimed = ron.replace("pixels: (40, 30)", "pixels: (100000, 100000)");
    assert_ne!(claimed, ron, "the picture's size is in the layout");
    std::fs::write(dir.path().join("claimed.ron"), claimed).expect("written");
    std::fs::write(
        dir.path().join("scene.png"),
        crate::util::png_declaring(100_000, 100_000),
    )
    .expect("written");
    for layout in ["page.ron", "claimed.ron"] {
        for args in [
            &["--format", "pdf"][..],
            &["--format", "pdf", "--grayscale"],
            &["--format", "png", "--dpi", "20"],
        ] {
            let mut all = vec!["export", layout, "-o", "out.x"];
            all.extend(args);
            let o = crate::util::banmian_limited(&all, dir.path());
            let err = String::from_utf8_lossy(&o.stderr).into_owned();
            assert!(o.status.success(), "{layout} {args:?}: {err}");
            assert!(
                err.contains("scene.png"),
                "{layout} {args:?} names the picture: {err}"
            );
        }
    }
    let o = crate::util::banmian_limited(
        &[
            "export",
            "claimed.ron",
            "--format",
            "pdf",
            "--strict",
            "-o",
            "strict.pdf",
        ],
        dir.path(),
    );
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(!o.status.success());
    assert!(err.contains("more pixels than banmian prints"), "{err}");
    assert!(!dir.path().join("strict.pdf").exists());
}

/// Issue 23: exports killed while writing leave temporary files; the next write into the
/// folder removes those that are old and locked by no one (a killed process's lock goes with
/// it), and its own leaves nothing.
#[test]
fn temporary_files_of_killed_exports_are_removed_by_the_next_write() {
    use std::time::{Duration, SystemTime};
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("page.txt"), crate::util::seed_bytes()).expect("written");
    let o = crate::cli::banmian(&["import", "page.txt", "-o", "page.ron"], dir.path());
    assert!(o.status.success());
    for k in 0..8u64 {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_banmian"))
            .args([
                "export", "page.ron", "--format", "png", "--dpi", "100", "-o", "page.png",
            ])
            .current_dir(dir.path())
            .spawn()
            .expect("runs");
        std::thread::sleep(Duration::from_millis(40 * k));
        child.kill().ok();
        child.wait().ok();
    }
    // One left as a killed save leaves it, whether or not the kills above did.
    std::fs::write(dir.path().join(".banmian-killed.tmp"), b"half a page").expect("written");
    let temps = || -> Vec<std::path::PathBuf> {
        std::fs::read_dir(dir.path())
            .expect("listed")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.to_string_lossy().ends_with(".tmp"))
            .collect()
    };
    let long_ago = SystemTime::now() - Duration::from_secs(3600);
    for temp in temps() {
        std::fs::File::options()
            .write(true)
            .open(&temp)
            .and_then(|f| f.set_modified(long_ago))
            .expect("aged");
    }
    let o = crate::cli::banmian(&["export", "page.ron", "-o", "page.txt"], dir.path());
    assert!(o.status.success());
    assert_eq!(temps(), Vec::<std::path::PathBuf>::new());
}

/// Issue 23: a text line of millions of characters is refused at once with its length and the
/// limit; a layout holding such a text is refused where it stands; a long paragraph within the
/// limit imports and prints within 2 GB.
#[test]
fn texts_longer_than_a_paragraph_may_be_are_refused_at_import_and_load() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in [
        ("commas.txt", "，".repeat(5_000_000)),
        ("zero-width.txt", "\u{200B}".repeat(5_000_000)),
    ] {
        std::fs::write(dir.path().join(name), &text).expect("written");
        let o = crate::util::banmian_limited(&["import", name, "-o", "out.ron"], dir.path());
        let err = String::from_utf8_lossy(&o.stderr).into_owned();
        assert_eq!(o.status.code(), Some(1), "{name}: {err}");
        assert_eq!(
            err.trim_end(),
            format!(
                "error: {name}: line 1 holds 5000000 characters, more than one paragraph may \
                 (1000000); break it into paragraphs"
            )
        );
        assert!(!dir.path().join("out.ron").exists());
    }
    // Within the limit: imported, and printed with the overset counted.
    std::fs::write(dir.path().join("long.txt"), "，".repeat(900_000)).expect("written");
    let o = crate::util::banmian_limited(&["import", "long.txt", "-o", "long.ron"], dir.path());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = crate::util::banmian_limited(
        &["export", "long.ron", "--format", "pdf", "-o", "long.pdf"],
        dir.path(),
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // A layout file with a longer text is refused at its place.
    let ron = std::fs::read_to_string(dir.path().join("long.ron")).expect("read");
    let longer = ron.replacen("，，", &"，".repeat(200_002), 1);
    let err = store::from_ron(&longer, Path::new("long.ron")).expect_err("refused");
    assert!(
        err.to_string()
            .contains("1100000 characters is longer than one paragraph"),
        "{err}"
    );
}
