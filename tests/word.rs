//! Word manuscripts (.docx) built here, part by part, as Word writes them: imported with the
//! right header, byline, paragraphs, subheads, photos and tables; old and broken files refused.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::cli::{banmian, stderr};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A paragraph of runs: `(text, bold, half-point size)`, with paragraph properties `ppr`.
pub(crate) fn para(ppr: &str, runs: &[(&str, bool, u32)]) -> String {
    let runs: String = runs
        .iter()
        .map(|(text, bold, size)| {
            let b = if *bold { "<w:b/>" } else { "" };
            format!(
                r#"<w:r><w:rPr>{b}<w:sz w:val="{size}"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>"#
            )
        })
        .collect();
    format!("<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>")
}

/// A body paragraph at 12 pt, indented as correspondents type it.
pub(crate) fn body(text: &str) -> String {
    para("", &[(&format!("　　{text}"), false, 24)])
}

/// Writes a .docx holding `paragraphs`, with `styles` (the `<w:style>` elements) and pictures
/// (`word/media/NAME`, related as `rIdN`, the first rId7).
pub(crate) fn write_docx(
    path: &Path,
    paragraphs: &[String],
    styles: &str,
    media: &[(&str, Vec<u8>)],
) {
    let file = std::fs::File::create(path).expect("creates the .docx");
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default();
    let mut part = |name: &str, text: &[u8]| {
        zip.start_file(name, options).expect("a part");
        zip.write_all(text).expect("writes");
    };
    part(
        "[Content_Types].xml",
        br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#,
    );
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>{}<w:sectPr/></w:body></w:document>"#,
        paragraphs.concat()
    );
    part("word/document.xml", document.as_bytes());
    let styles = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="24"/></w:rPr></w:rPrDefault></w:docDefaults>{styles}</w:styles>"#
    );
    part("word/styles.xml", styles.as_bytes());
    let rels: String = media
        .iter()
        .enumerate()
        .map(|(k, (name, _))| {
            format!(
                r#"<Relationship Id="rId{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/{name}"/>"#,
                k + 7
            )
        })
        .collect();
    let rels = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>"#
    );
    part("word/_rels/document.xml.rels", rels.as_bytes());
    for (name, bytes) in media {
        part(&format!("word/media/{name}"), bytes);
    }
    zip.finish().expect("finishes the .docx");
}

/// A paragraph holding only a picture, as Word writes an inline one.
fn picture(rid: &str) -> String {
    format!(
        r#"<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="{rid}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"#
    )
}

/// `banmian import FILE -o page.ron` in `dir`, then `info --json`: the first article.
fn imported(dir: &Path, file: &Path) -> (serde_json::Value, String) {
    let name = file.to_str().expect("UTF-8 path");
    let o = banmian(&["import", name, "-o", "page.ron", "--verbose"], dir);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    let o = banmian(&["info", "page.ron", "--json"], dir);
    assert!(o.status.success(), "{}", stderr(&o));
    let info: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    (info["articles"][0].clone(), err)
}

const CENTRE: &str = r#"<w:jc w:val="center"/>"#;

#[test]
fn kicker_headline_and_subtitle_in_direct_formatting() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("稿件.docx");
    write_docx(
        &file,
        &[
            para(CENTRE, &[("全市公安机关", false, 32)]),
            para(
                CENTRE,
                &[("锐意开拓进取", true, 44), (" 锻造公安铁军", true, 44)],
            ),
            para(CENTRE, &[("——记全市公安局长会议", false, 32)]),
            para(CENTRE, &[("通讯员 侯宪锋", false, 24)]),
            body("近日，全市公安局长会议召开。会议总结了2022年工作。"),
            body("会议强调，要持续深化改革强警，全面提升公安机关核心战斗力。"),
            body("会议要求，各级公安机关要坚持稳中求进。"),
        ],
        "",
        &[],
    );
    let (a, report) = imported(dir.path(), &file);
    assert_eq!(a["kicker"], "全市公安机关");
    assert_eq!(a["headline"], "锐意开拓进取 锻造公安铁军");
    assert_eq!(a["subtitle"], "——记全市公安局长会议");
    assert_eq!(a["byline"], "通讯员 侯宪锋");
    assert_eq!(a["paragraphs"], 3);
    assert_eq!(a["subheads"].as_array().map(Vec::len), Some(0));
    assert!(
        report.contains("锐意开拓进取 锻造公安铁军 · 通讯员 侯宪锋"),
        "{report}"
    );
}

#[test]
fn a_heading_1_headline_with_the_byline_in_the_lead() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("lead.docx");
    // Chinese Word names the style "1"; its name inside is "heading 1".
    let styles = r#"<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:rPr><w:b/><w:sz w:val="44"/></w:rPr></w:style>"#;
    write_docx(
        &file,
        &[
            para(
                r#"<w:pStyle w:val="1"/>"#,
                &[("守护蒜乡万家灯火", false, 44)],
            ),
            body("本报讯（通讯员 苏培银）金乡县公安局以“创最优平安环境”为目标，扎实推进创安工作。"),
            body("全县人民群众安全感、满意度继续保持全市首位。"),
        ],
        styles,
        &[],
    );
    let (a, _) = imported(dir.path(), &file);
    assert_eq!(a["kicker"], serde_json::Value::Null);
    assert_eq!(a["headline"], "守护蒜乡万家灯火");
    assert_eq!(a["byline"], "通讯员 苏培银");
    assert_eq!(a["paragraphs"], 2);
}

#[test]
fn bold_subheads_tracked_changes_fields_and_footnotes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("subheads.docx");
    let edited = concat!(
        r#"<w:p><w:r><w:t>　　派出所</w:t></w:r>"#,
        r#"<w:del w:id="1" w:author="编辑"><w:r><w:delText>删掉的字</w:delText></w:r></w:del>"#,
        r#"<w:ins w:id="2" w:author="编辑"><w:r><w:t>加上的字</w:t></w:r></w:ins>"#,
        r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"#,
        r#"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#,
        r#"<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:tab/><w:t>号。</w:t></w:r></w:p>"#
    );
    write_docx(
        &file,
        &[
            para(CENTRE, &[("百日行动初战告捷", true, 36)]),
            body("今年以来，微山县公安局紧盯一季度目标。"),
            para(CENTRE, &[("加强领导 组织有力", true, 24)]),
            body("微山县公安局党委先后对反电诈工作进行安排部署。"),
            para("", &[("聚焦重点 精准打击", true, 24)]),
            edited.to_owned(),
            para("", &[("通讯员 张凯", false, 24)]),
        ],
        "",
        &[],
    );
    let (a, _) = imported(dir.path(), &file);
    assert_eq!(a["headline"], "百日行动初战告捷");
    assert_eq!(a["byline"], "通讯员 张凯");
    let subheads: Vec<&str> = a["subheads"]
        .as_array()
        .expect("subheads")
        .iter()
        .filter_map(|s| s.as_str())
        .collect();
    assert_eq!(subheads, ["加强领导 组织有力", "聚焦重点 精准打击"]);
    assert_eq!(a["paragraphs"], 3);
    let o = banmian(&["export", "page.ron"], dir.path());
    let text = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(text.contains("派出所加上的字3 号。"), "{text}");
    assert!(
        !text.contains("删掉的字") && !text.contains("PAGE"),
        "{text}"
    );
}

#[test]
fn an_embedded_jpeg_with_its_caption_becomes_a_photo() {
    let dir = tempfile::tempdir().expect("temp dir");
    let jpeg = dir.path().join("source.jpg");
    crate::photos::write_jpeg(&jpeg, 800, 600, None);
    let bytes = std::fs::read(&jpeg).expect("the JPEG");
    let file = dir.path().join("图片新闻.docx");
    write_docx(
        &file,
        &[
            para(CENTRE, &[("济宁公安蓝军授旗", true, 36)]),
            body("3月2日，全市公安机关“大练兵”活动开训。"),
            picture("rId7"),
            para(
                "",
                &[(
                    "图为民警在训练基地开展战术演练。 通讯员 熊继勇 摄",
                    false,
                    21,
                )],
            ),
            body("参训警力闻令而动、遵令而行。"),
        ],
        "",
        &[("image1.jpeg", bytes)],
    );
    let (a, report) = imported(dir.path(), &file);
    assert_eq!(a["headline"], "济宁公安蓝军授旗");
    assert_eq!(a["paragraphs"], 2, "the caption is not a paragraph");
    let photo = &a["photos"][0];
    assert_eq!(photo["caption"], "图为民警在训练基地开展战术演练。");
    assert_eq!(photo["credit"], "通讯员 熊继勇 摄");
    assert_eq!(photo["placed"], true);
    let saved: PathBuf = dir.path().join("图片新闻-图片").join("image1.jpeg");
    assert!(
        saved.is_file(),
        "the picture is saved beside the manuscript"
    );
    assert!(
        report.contains("· 1 photo") && !report.contains("1 photos"),
        "{report}"
    );
}

#[test]
fn a_table_is_flattened_one_row_per_paragraph_with_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("table.docx");
    let cell = |t: &str| format!("<w:tc>{}</w:tc>", para("", &[(t, false, 24)]));
    let table = format!(
        "<w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>",
        cell("单位"),
        cell("破案数"),
        cell("任城分局"),
        cell("12起")
    );
    write_docx(
        &file,
        &[
            para(CENTRE, &[("一季度破案统计", true, 36)]),
            body("各单位一季度破案情况如下。"),
            table,
            body("以上数据截至3月31日。"),
        ],
        "",
        &[],
    );
    let (a, report) = imported(dir.path(), &file);
    assert_eq!(a["paragraphs"], 4);
    assert!(
        report.contains("warning: ") && report.contains("table"),
        "{report}"
    );
    let o = banmian(&["export", "page.ron"], dir.path());
    let text = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(text.contains("任城分局　12起"), "{text}");
}

#[test]
fn old_word_and_broken_files_are_refused_in_one_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.extend(std::iter::repeat_n(0u8, 1024));
    std::fs::write(dir.path().join("old.doc"), &ole).expect("writes");
    std::fs::write(dir.path().join("wps.wps"), &ole).expect("writes");
    std::fs::write(dir.path().join("locked.docx"), &ole).expect("writes");
    let mut broken = b"PK\x03\x04".to_vec();
    broken.extend(std::iter::repeat_n(7u8, 300));
    std::fs::write(dir.path().join("broken.docx"), &broken).expect("writes");
    for (name, says) in [
        ("old.doc", ".docx"),
        ("wps.wps", ".docx"),
        ("locked.docx", "password"),
        ("broken.docx", "save it again"),
    ] {
        let o = banmian(&["import", name, "-o", "out.ron"], dir.path());
        assert!(!o.status.success(), "{name}");
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with("error: ") && err.contains(name), "{err}");
        assert!(err.contains(says), "{err}");
        assert!(!dir.path().join("out.ron").exists());
    }
}

/// Issue 23: a Word paragraph of millions of characters (a 96 KB file) is refused with its
/// length and the limit, within 2 GB, instead of the import running out of memory.
#[test]
fn a_word_paragraph_of_millions_of_characters_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let long = "警".repeat(20_000_000);
    write_docx(&dir.path().join("long.docx"), &[body(&long)], "", &[]);
    let o = crate::util::banmian_limited(&["import", "long.docx", "-o", "out.ron"], dir.path());
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("characters, more than one paragraph may (1000000)"),
        "{err}"
    );
    assert!(!dir.path().join("out.ron").exists());
}
