//! Fonts: every name prints, a character nothing has is shown and named, installed families
//! print and embed, a missing family falls back and keeps its name.

use std::path::Path;
use std::process::{Command, Output};

use banmian::compose::compose_page;
use banmian::edit::arrange::arrange;
use banmian::fonts::{FaceId, MISSING_GLYPH};
use banmian::model::{Document, Role, TextStyle};

use crate::util::*;

/// A manuscript about officers whose names are outside GB2312 but in the 通用规范汉字表.
const RARE_NAMES: &str = "民警巡逻记\n\n\u{3000}\u{3000}民警王喆、李堃和赵昇在巡逻中发现一名走失老人。\
\n\u{3000}\u{3000}随后赶到的还有刘犇、陈旻、张珺、罗翀和周玥，老人平安回家。\n";

/// The family the system-font tests print with, from Debian's `fonts-lxgw-wenkai`.
pub const KAI: &str = "LXGW WenKai";

fn layout(text: &str) -> Document {
    let mut doc = import_doc(text.as_bytes(), None);
    arrange(&mut doc, fonts());
    doc
}

fn banmian(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_banmian"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("runs banmian")
}

/// Prints a layout with `export` to `out`, in the format its extension names.
fn print(dir: &Path, layout: &str, out: &str, extra: &[&str]) -> Output {
    let format = if out.ends_with(".png") { "png" } else { "pdf" };
    let mut args = vec!["export", layout, "--format", format, "-o", out];
    args.extend_from_slice(extra);
    banmian(dir, &args)
}

/// A folder holding the rare-names manuscript imported as `names.ron`.
fn names_layout() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("names.txt"), RARE_NAMES).expect("writes");
    let o = banmian(dir.path(), &["import", "names.txt", "-o", "names.ron"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    dir
}

/// The text of a PDF in reading order as poppler extracts it, without spaces or line breaks; `None` (skip) where poppler is
/// missing outside CI.
fn pdf_text(file: &Path) -> Option<String> {
    let o = tool("pdftotext", &["-raw", file.to_str()?, "-"])?;
    Some(o.chars().filter(|c| !c.is_whitespace()).collect())
}

fn tool(name: &str, args: &[&str]) -> Option<String> {
    match Command::new(name).args(args).output() {
        Ok(o) => Some(String::from_utf8_lossy(&o.stdout).into_owned()),
        Err(_) => {
            assert!(std::env::var_os("CI").is_none(), "CI must have {name}");
            eprintln!("{name} not found: install poppler-utils to check the PDF");
            None
        }
    }
}

/// Whether the system font the tests print with is installed; outside CI a missing one skips.
pub fn kai_installed() -> bool {
    let found = fonts().find_family(KAI, 400).is_some();
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have fonts-lxgw-wenkai"
        );
        eprintln!("{KAI} is not installed: apt-get install fonts-lxgw-wenkai to check it");
    }
    found
}

#[test]
fn rare_names_print_whole_in_the_pdf_with_no_warning() {
    let dir = names_layout();
    let o = print(dir.path(), "names.ron", "names.pdf", &["--strict"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(String::from_utf8_lossy(&o.stderr), "", "no warning");
    let page = compose_page(&layout(RARE_NAMES), fonts());
    assert!(page.missing_chars.is_empty(), "{:?}", page.missing_chars);
    // The bundled faces print them: nothing depends on what this machine has installed.
    for run in page.runs(0) {
        assert!(banmian::fonts::is_bundled(run.font), "{:?}", run.glyphs);
    }
    let Some(text) = pdf_text(&dir.path().join("names.pdf")) else {
        return;
    };
    for name in [
        "王喆", "李堃", "赵昇", "刘犇", "陈旻", "张珺", "罗翀", "周玥",
    ] {
        assert!(text.contains(name), "{name} is missing from {text}");
    }
}

#[test]
fn a_character_no_font_has_prints_as_a_square_with_a_warning_and_strict_refuses() {
    // Plane 16's private use area: no font of any machine is expected to have it.
    let private = '\u{10FFFD}';
    let text = format!("民警巡逻记\n\n\u{3000}\u{3000}民警王{private}在巡逻中发现一名走失老人。\n");
    let page = compose_page(&layout(&text), fonts());
    assert_eq!(page.missing_chars, [private]);
    let printed = printed_text(&page);
    assert!(
        printed.contains(&format!("王{MISSING_GLYPH}在")),
        "{printed}"
    );

    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("pua.txt"), &text).expect("writes");
    assert!(
        banmian(dir.path(), &["import", "pua.txt", "-o", "pua.ron"])
            .status
            .success()
    );
    let o = print(dir.path(), "pua.ron", "pua.pdf", &[]);
    assert!(o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with("warning: no font has these characters, which print as □")
            && err.contains("U+10FFFD"),
        "{err}"
    );
    if let Some(text) = pdf_text(&dir.path().join("pua.pdf")) {
        assert!(text.contains("王□在"), "{text}");
    }
    let o = print(dir.path(), "pua.ron", "pua.png", &["--strict"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).starts_with("error: pua.ron: no font has"));
    assert!(!dir.path().join("pua.png").exists(), "nothing written");
}

#[test]
fn an_installed_family_chosen_on_the_command_line_prints_and_is_embedded() {
    if !kai_installed() {
        return;
    }
    let dir = names_layout();
    let font = format!("body={KAI}");
    let o = print(dir.path(), "names.ron", "kai.pdf", &["--font", &font]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(String::from_utf8_lossy(&o.stderr), "");
    let Some(fonts) = tool(
        "pdffonts",
        &[dir.path().join("kai.pdf").to_str().expect("utf-8")],
    ) else {
        return;
    };
    assert!(fonts.contains("LXGWWenKai"), "{fonts}");
    assert!(
        fonts.contains("NotoSansCJKsc-Bold"),
        "the headline keeps its face: {fonts}"
    );
    // The layout itself is unchanged: the choice was for this export only.
    let o = print(dir.path(), "names.ron", "plain.pdf", &[]);
    assert!(o.status.success());
    let plain = tool(
        "pdffonts",
        &[dir.path().join("plain.pdf").to_str().expect("utf-8")],
    );
    assert!(!plain.unwrap_or_default().contains("LXGW"));
}

#[test]
fn a_style_naming_an_installed_family_sets_the_body_in_it_with_its_own_latin_widths() {
    if !kai_installed() {
        return;
    }
    let text = "报道\n\n\u{3000}\u{3000}WWW.MMM.WWW 民警在巡逻中发现一名走失老人，老人平安回家。\n";
    let mut doc = layout(text);
    let before = compose_page(&doc, fonts());
    doc.styles.set(
        Role::Body,
        TextStyle {
            families: vec![KAI.to_owned()],
            size_pt: None,
            weight: 400,
        },
    );
    let after = compose_page(&doc, fonts());
    let kai = fonts().find_family(KAI, 400).expect("installed");
    assert!(after.runs(0).any(|r| r.font == kai));
    assert!(after.missing_families.is_empty());
    // Latin letters take the face's own advances, so the line sets differently.
    let x_of = |page: &banmian::compose::ComposedPage, ch: char| {
        page.runs(0)
            .flat_map(|r| r.glyphs.iter())
            .filter(|g| g.0 == ch)
            .map(|g| g.1)
            .fold(f32::MIN, f32::max)
    };
    assert!((x_of(&before, '民') - x_of(&after, '民')).abs() > 0.1);
}

#[test]
fn a_layout_naming_a_missing_family_opens_falls_back_warns_and_keeps_the_name() {
    let mut doc = layout(RARE_NAMES);
    let absent = "方正小标宋_不存在的字体";
    doc.styles.set(
        Role::Headline,
        TextStyle {
            families: vec![absent.to_owned()],
            size_pt: None,
            weight: 700,
        },
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("page.ron");
    banmian::store::save(&doc, &file).expect("saves");
    let opened = banmian::store::load(&file).expect("opens");
    let page = compose_page(&opened, fonts());
    assert_eq!(page.missing_families, [absent]);
    assert!(
        page.runs(0).any(|r| r.font == FaceId::sans_bold()),
        "falls back"
    );
    // Saved again, the name is still there.
    let again = dir.path().join("again.ron");
    banmian::store::save(&opened, &again).expect("saves");
    let ron = std::fs::read_to_string(&again).expect("reads");
    assert!(ron.contains(absent), "{ron}");

    let o = print(dir.path(), "page.ron", "page.pdf", &[]);
    assert!(o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("not installed") && err.contains(absent),
        "{err}"
    );
}

#[test]
fn styles_with_numbers_out_of_range_are_refused_at_their_place() {
    let doc = layout(RARE_NAMES);
    let mut bad = doc.clone();
    bad.styles.set(
        Role::Body,
        TextStyle {
            families: vec!["x".to_owned()],
            size_pt: None,
            weight: 400,
        },
    );
    let ron = banmian::store::to_ron(&bad).expect("serializes");
    let ron = ron.replace("weight: 400", "weight: 4000");
    let err = banmian::store::from_ron(&ron, Path::new("bad.ron"))
        .expect_err("refused")
        .to_string();
    assert!(
        err.starts_with("bad.ron:") && err.contains("font weight 4000"),
        "{err}"
    );
}

#[test]
fn the_fonts_command_lists_the_bundled_families_with_full_coverage() {
    let dir = tempfile::tempdir().expect("temp dir");
    let o = banmian(dir.path(), &["fonts"]);
    assert!(o.status.success());
    let out = String::from_utf8_lossy(&o.stdout);
    for family in [
        "Noto Serif CJK SC\tbundled\t8105/8105",
        "Noto Sans CJK SC\tbundled\t8105/8105",
    ] {
        assert!(out.contains(family), "{out}");
    }
    let o = banmian(dir.path(), &["fonts", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let first = &json["families"][0];
    assert_eq!(first["family"], "Noto Serif CJK SC");
    assert_eq!(first["tongyong_chars"], 8105);
}

#[test]
fn a_bad_font_option_is_one_line_naming_the_roles() {
    let dir = tempfile::tempdir().expect("temp dir");
    let o = banmian(dir.path(), &["export", "x.ron", "--font", "title=黑体"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with("error:") && err.contains("headline"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn one_headline_in_its_own_family_prints_in_it_or_falls_back_and_says_so() {
    let mut doc = layout(RARE_NAMES);
    let own = |family: &str| banmian::model::HeadStyle {
        size_pt: 22.0,
        face: banmian::model::Face::Sans,
        family: Some(family.to_owned()),
    };
    doc.articles[0].headline_block.headline = Some(own("不存在的标题字体"));
    let page = compose_page(&doc, fonts());
    assert_eq!(page.missing_families, ["不存在的标题字体"]);
    let headline: Vec<FaceId> = page
        .runs(0)
        .filter(|r| r.glyphs.iter().any(|g| g.0 == '逻'))
        .map(|r| r.font)
        .collect();
    assert!(
        headline.contains(&FaceId::sans_bold()),
        "falls back to 黑体"
    );
    let saved = banmian::store::to_ron(&doc).expect("serializes");
    assert!(saved.contains("不存在的标题字体"), "the name is kept");

    if !kai_installed() {
        return;
    }
    doc.articles[0].headline_block.headline = Some(own(KAI));
    let page = compose_page(&doc, fonts());
    assert!(page.missing_families.is_empty());
    let kai = fonts().find_family(KAI, 700).expect("installed");
    assert!(page.runs(0).any(|r| r.font == kai && r.size > 20.0));
}
