//! Printing: the seed layout as PDF (read back with poppler's tools) and as PNG (compared with a
//! committed reference picture).

use std::path::Path;
use std::process::Command;

use banmian::compose::compose_page;
use banmian::edit::arrange::arrange;
use banmian::export::{pdf::export_pdf, png::export_png};
use banmian::model::Document;

use crate::util::*;

fn seed_layout() -> Document {
    let mut doc = import_doc(&seed_bytes(), None);
    arrange(&mut doc, fonts());
    doc
}

/// Runs a poppler tool on a file; `None` (skip) where poppler is missing outside CI.
pub(crate) fn poppler(tool: &str, args: &[&str], file: &Path, out: &[&str]) -> Option<String> {
    match Command::new(tool).args(args).arg(file).args(out).output() {
        Ok(o) => {
            assert!(
                o.status.success(),
                "{tool}: {}",
                String::from_utf8_lossy(&o.stderr)
            );
            Some(String::from_utf8_lossy(&o.stdout).into_owned())
        }
        Err(_) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI must have poppler-utils ({tool})"
            );
            eprintln!("{tool} not found: install poppler-utils to check the PDF");
            None
        }
    }
}

fn without_space(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn the_pdf_has_the_page_size_embedded_fonts_and_the_text() {
    let doc = seed_layout();
    let page = compose_page(&doc, fonts());
    let pdf = export_pdf(
        &page,
        &banmian::export::page_title(&doc),
        &Default::default(),
    )
    .expect("a PDF");
    assert!(pdf.starts_with(b"%PDF-"));
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("page.pdf");
    std::fs::write(&file, &pdf).expect("write");

    let Some(info) = poppler("pdfinfo", &[], &file, &[]) else {
        return;
    };
    let size = format!(
        "Page size:       {:.2} x {:.2} pts",
        page.geometry.width, page.geometry.height
    );
    assert!(info.contains(&size), "{info}");
    assert!(info.contains("Pages:           1"));
    assert!(
        info.contains("Title:           锐意开拓进取 锻造公安铁军"),
        "the lead headline titles the PDF: {info}"
    );
    assert!(info.contains("CreationDate:"), "dated: {info}");

    let Some(fonts) = poppler("pdffonts", &[], &file, &[]) else {
        return;
    };
    for name in ["NotoSerifCJKsc-Regular", "NotoSansCJKsc-Bold"] {
        let line = fonts
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} in\n{fonts}"));
        // Embedded, as a subset, with a ToUnicode map so that copying gives the text back.
        assert!(line.contains("yes yes yes"), "{line}");
    }

    // The text comes back in reading order: every run, frame by frame, as it was typeset.
    let Some(text) = poppler("pdftotext", &["-raw"], &file, &["-"]) else {
        return;
    };
    let typeset: String = page
        .runs(0)
        .flat_map(|r| r.glyphs.iter().map(|(c, _)| *c))
        .collect();
    assert_eq!(without_space(&text), without_space(&typeset));
    // Each run copies out whole: half-width marks, set narrower than the font's advance, no
    // longer break the line where they stand.
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let runs: Vec<String> = page
        .runs(0)
        .map(|r| r.glyphs.iter().map(|(c, _)| *c).collect::<String>())
        .collect();
    let whole = runs.iter().filter(|r| lines.contains(&r.trim())).count();
    assert_eq!(whole, runs.len(), "runs broken apart in\n{text}");
}

#[test]
fn the_png_matches_the_reference() {
    let doc = seed_layout();
    let png = export_png(&compose_page(&doc, fonts()), 50.0, &Default::default()).expect("a PNG");
    // It says its resolution, so that it prints at the page's size.
    let decoder = png::Decoder::new(std::io::Cursor::new(&png));
    let info = decoder.read_info().expect("a PNG header");
    let dims = info.info().pixel_dims.expect("pHYs");
    assert_eq!(
        (dims.xppu, dims.unit),
        ((50.0f32 / 0.0254).round() as u32, png::Unit::Meter)
    );
    let reference = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reference/seed-50dpi.png");
    if std::env::var_os("BANMIAN_UPDATE").is_some() {
        std::fs::write(&reference, &png).expect("updates the reference");
    }
    let got = image::load_from_memory(&png).expect("decodes").to_luma8();
    let want = image::open(&reference)
        .expect("the reference (BANMIAN_UPDATE=1 makes it)")
        .to_luma8();
    assert_eq!(got.dimensions(), want.dimensions());
    assert_eq!(
        got.dimensions(),
        (768, 1063),
        "390 × 540 mm at 50 dpi, rounded up"
    );
    // Anti-aliasing may differ a little between machines; whole glyphs may not.
    let differing = got
        .pixels()
        .zip(want.pixels())
        .filter(|(a, b)| a[0].abs_diff(b[0]) > 64)
        .count();
    let share = differing as f64 / (got.width() * got.height()) as f64;
    assert!(
        share < 0.001,
        "{differing} pixels differ ({:.3}%)",
        share * 100.0
    );
    let ink = got.pixels().filter(|p| p[0] < 128).count();
    assert!(ink > 20_000, "the page has type on it ({ink} dark pixels)");
}

#[test]
fn overset_text_is_named_and_strict_refuses() {
    let mut doc = seed_layout();
    doc.pages[0].frames[0].height = 8;
    let dir = tempfile::tempdir().expect("temp dir");
    banmian::store::save(&doc, &dir.path().join("page.ron")).expect("saves");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_banmian"))
            .args(args)
            .current_dir(dir.path())
            .output()
            .expect("runs banmian")
    };
    let o = run(&["export", "page.ron", "--format", "pdf", "-o", "page.pdf"]);
    assert!(o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with("warning: overset text is not printed: 锐意开拓进取 锻造公安铁军"),
        "{err}"
    );
    assert!(dir.path().join("page.pdf").exists());

    let o = run(&[
        "export", "page.ron", "--format", "png", "--strict", "-o", "page.png",
    ]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).starts_with("error: page.ron: overset text"));
    assert!(!dir.path().join("page.png").exists(), "no file written");
}
