//! The newsletter issue (issue 20): articles arranged over several pages with `import --pages`,
//! stories continued from page to page with 转版 jump lines, a PNG per page, and the limits of
//! the command line.

use std::path::{Path, PathBuf};

use banmian::compose::{FurnitureKind, compose_page};
use banmian::edit::{Edit, apply};
use banmian::model::Document;

use crate::cli::{banmian, stderr};
use crate::layout::assert_composed;
use crate::print::poppler;
use crate::util::*;

/// The issue of the newsletter-issue issue's examples: two pages of 平安周刊, number 123.
pub(crate) const ISSUE_123: [&str; 8] = [
    "--pages",
    "2",
    "--paper",
    "平安周刊",
    "--number",
    "123",
    "--date",
    "2023-03-10",
];

/// Sentences of the sample page, to write manuscripts of any length from.
fn sentences() -> Vec<String> {
    seed_text()
        .lines()
        .map(str::trim)
        .filter(|l| l.chars().count() > 25)
        .map(str::to_owned)
        .collect()
}

/// A manuscript `name` in `dir`: headline, byline, then `paragraphs` paragraphs of three of the
/// sample page's lines each, from line `start` on.
fn manuscript(dir: &Path, name: &str, headline: &str, paragraphs: usize, start: usize) -> PathBuf {
    let pool = sentences();
    let body: Vec<String> = (0..paragraphs)
        .map(|p| {
            let lines = (0..3).map(|j| pool[(start + p * 3 + j) % pool.len()].as_str());
            format!("　　{}", lines.collect::<String>())
        })
        .collect();
    let path = dir.join(name);
    let text = format!("{headline}\n通讯员 王明\n{}\n", body.join("\n"));
    std::fs::write(&path, text).expect("writes");
    path
}

fn load(path: &Path) -> Document {
    banmian::store::load(path).expect("loads")
}

fn jumps(doc: &Document) -> Vec<(usize, String)> {
    compose_page(doc, fonts())
        .furniture
        .into_iter()
        .filter(|f| f.kind == FurnitureKind::Jump)
        .map(|f| (f.page, f.text))
        .collect()
}

/// Three manuscripts of the sample page's sentences in `d`: a meeting, a night check, a visit.
fn three_manuscripts(d: &Path) -> [PathBuf; 3] {
    [
        manuscript(d, "m1.txt", "市公安局召开全市治安工作会议", 6, 0),
        manuscript(d, "m2.txt", "交警支队开展夜查行动", 9, 20),
        manuscript(d, "m3.txt", "社区民警走访辖区群众", 4, 50),
    ]
}

#[test]
fn the_seed_and_three_manuscripts_make_a_two_page_issue() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let seed = seed_path();
    let [m1, m2, m3] = three_manuscripts(d);
    let files: Vec<&str> = [&seed, &m1, &m2, &m3]
        .iter()
        .map(|p| p.to_str().expect("utf-8 path"))
        .collect();
    let mut args = vec!["import"];
    args.extend(&files);
    let one = banmian(&[&args[..], &["-o", "one.ron"]].concat(), d);
    assert!(one.status.success(), "{}", stderr(&one));
    let two = banmian(
        &[&args[..], &ISSUE_123[..], &["-o", "issue.ron"]].concat(),
        d,
    );
    assert!(two.status.success(), "{}", stderr(&two));
    let doc = load(&d.join("issue.ron"));
    assert_eq!(doc.pages.len(), 2);
    // The PDF: two pages, the masthead on the first, the page header on the second.
    let o = banmian(
        &["export", "issue.ron", "--format", "pdf", "-o", "issue.pdf"],
        d,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let file = d.join("issue.pdf");
    if let Some(text) = poppler("pdftotext", &["-raw", "-f", "1", "-l", "1"], &file, &["-"]) {
        for wanted in ["平安周刊", "第123期", "2023年3月10日", "星期五"] {
            assert!(text.contains(wanted), "page 1 prints {wanted}");
        }
    }
    if let Some(text) = poppler("pdftotext", &["-raw", "-f", "2", "-l", "2"], &file, &["-"]) {
        assert!(text.contains("第2版"), "page 2 prints its number");
    }
    if let Some(info) = poppler("pdfinfo", &[], &file, &[]) {
        assert!(
            info.lines()
                .any(|l| l.starts_with("Pages:") && l.ends_with(" 2")),
            "{info}"
        );
    }
    let composed = compose_page(&doc, fonts());
    for page in 0..2 {
        let rules = composed
            .furniture
            .iter()
            .filter(|f| f.page == page && f.kind == FurnitureKind::Rule)
            .count();
        assert!(
            rules > 0,
            "page {}: a rule between neighbouring articles",
            page + 1
        );
    }
    for page in &doc.pages {
        assert!(!page.frames.is_empty(), "no page of the issue stands empty");
    }
    let composed = compose_page(&doc, fonts());
    for a in &composed.articles {
        assert!(a.placed(), "every article is placed");
        assert_eq!(a.set.overset_chars(), 0, "nothing is left overset");
    }
    assert_composed(&doc, "the 2-page issue");
    // The text export is the articles' flow, however the pages are arranged.
    assert_eq!(export(&doc), export(&load(&d.join("one.ron"))));
}

/// A manuscript longer than a page imported with `--pages 2` in `d`.
fn long_story_over_two_pages(d: &Path) -> Document {
    let long = manuscript(d, "long.txt", "全市公安机关扎实推进平安建设纪实", 200, 10);
    let long = long.to_str().expect("utf-8 path");
    let o = banmian(&["import", long, "--pages", "2", "-o", "issue.ron"], d);
    assert!(o.status.success(), "{}", stderr(&o));
    load(&d.join("issue.ron"))
}

#[test]
fn a_story_longer_than_its_page_continues_on_the_next_with_jump_lines() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut doc = long_story_over_two_pages(dir.path());
    let article = doc.articles[0].id;
    let chain = doc.chain(article);
    let pages: Vec<usize> = chain.iter().map(|&f| doc.page_of(f)).collect();
    assert_eq!(
        pages,
        [0, 1],
        "the story goes on on page 2 in a linked frame"
    );
    let composed = compose_page(&doc, fonts());
    assert_eq!(composed.articles[0].set.overset_chars(), 0);
    assert_eq!(
        jumps(&doc),
        [
            (0, "（下转第2版）".to_owned()),
            (1, "（上接第1版）".to_owned())
        ]
    );
    let printed = |page: usize| -> String {
        composed
            .runs(page)
            .flat_map(|r| r.glyphs.iter().map(|g| g.0))
            .collect()
    };
    assert!(
        printed(0).ends_with("（下转第2版）"),
        "printed last on page 1"
    );
    assert!(
        printed(1).starts_with("（上接第1版）"),
        "printed first on page 2"
    );
    let text = String::from_utf8(export(&doc)).expect("utf-8");
    assert!(
        !text.contains("下转") && !text.contains("上接"),
        "not in the text"
    );
    assert_composed(&doc, "the continued story");

    // The continuation moved to a new page 3: the numbers follow.
    assert!(apply(&mut doc, fonts(), Edit::AddPage(2)));
    let edit = Edit::MoveFrameToPage {
        frame: chain[1],
        page: 2,
        at: None,
    };
    assert!(apply(&mut doc, fonts(), edit));
    assert_eq!(
        jumps(&doc),
        [
            (0, "（下转第3版）".to_owned()),
            (2, "（上接第1版）".to_owned())
        ]
    );
    // And when the pages are reordered.
    assert!(apply(&mut doc, fonts(), Edit::MovePage { from: 2, to: 0 }));
    assert_eq!(
        jumps(&doc),
        [
            (0, "（上接第2版）".to_owned()),
            (1, "（下转第1版）".to_owned())
        ]
    );
}

#[test]
fn each_page_prints_as_its_own_png() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let seed = seed_path();
    let seed = seed.to_str().expect("utf-8 path");
    let o = banmian(&["import", seed, "--pages", "2", "-o", "issue.ron"], d);
    assert!(o.status.success(), "{}", stderr(&o));
    let png = |more: &[&str]| {
        let args = [
            &["export", "issue.ron", "--format", "png", "--dpi", "20"],
            more,
        ]
        .concat();
        banmian(&args, d)
    };
    let o = png(&["-o", "page.png"]);
    assert!(o.status.success(), "{}", stderr(&o));
    for name in ["page-1.png", "page-2.png"] {
        let bytes = std::fs::read(d.join(name)).expect("a PNG per page");
        assert!(image::load_from_memory(&bytes).is_ok(), "{name} decodes");
    }
    assert!(!d.join("page.png").exists());
    let o = png(&["--page", "2", "-o", "two.png"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_ne!(
        std::fs::read(d.join("two.png")).expect("page 2"),
        std::fs::read(d.join("page-1.png")).expect("page 1"),
        "--page 2 prints the second page"
    );
    let o = png(&["--page", "3", "-o", "three.png"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("pages 1 to 2"), "{}", stderr(&o));
    assert!(!d.join("three.png").exists());
    let o = png(&[]);
    assert!(!o.status.success(), "several pages are not one stream");
    assert!(stderr(&o).contains("give -o"), "{}", stderr(&o));
}

#[test]
fn page_counts_out_of_range_are_refused_saying_the_limit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let seed = seed_path();
    let seed = seed.to_str().expect("utf-8 path");
    for n in ["0", "10000", "two"] {
        let o = banmian(&["import", seed, "--pages", n, "-o", "x.ron"], d);
        assert!(!o.status.success(), "--pages {n}");
        let err = stderr(&o);
        assert!(
            err.starts_with("error:") && err.contains("1 to 64 pages"),
            "{err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(!d.join("x.ron").exists(), "no output for --pages {n}");
    }
}

#[test]
fn a_template_starts_the_next_issue() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let seed = seed_path();
    let seed = seed.to_str().expect("utf-8 path");
    let o = banmian(
        &[&["import", seed][..], &ISSUE_123, &["-o", "issue.ron"]].concat(),
        d,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let mut doc = load(&d.join("issue.ron"));
    for (page, name) in ["要闻", "综合"].into_iter().enumerate() {
        let edit = Edit::SetPageName {
            page,
            name: name.to_owned(),
        };
        assert!(apply(&mut doc, fonts(), edit));
    }
    let template = banmian::model::Template::of(&doc);
    banmian::store::save_template(&template, &d.join("weekly.ron")).expect("saved");
    let m = manuscript(d, "m.txt", "社区民警走访辖区群众", 4, 50);
    let m = m.to_str().expect("utf-8 path");
    let o = banmian(
        &["import", m, "--template", "weekly.ron", "-o", "next.ron"],
        d,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let next = load(&d.join("next.ron"));
    let issue = next.issue.as_ref().expect("an issue");
    assert_eq!((issue.paper.as_str(), issue.number), ("平安周刊", 124));
    assert_eq!(issue.date.map(|d| d.iso()).as_deref(), Some("2023-03-17"));
    let names: Vec<Option<&str>> = next.pages.iter().map(|p| p.name.as_deref()).collect();
    assert_eq!(names, [Some("要闻"), Some("综合")], "the same pages");
    let furniture: Vec<FurnitureKind> = compose_page(&next, fonts())
        .furniture
        .iter()
        .map(|f| f.kind)
        .filter(|k| matches!(k, FurnitureKind::Masthead | FurnitureKind::Header))
        .collect();
    assert_eq!(furniture, [FurnitureKind::Masthead, FurnitureKind::Header]);
    // Last week's layout serves as the template too, and the fields given override it.
    let o = banmian(
        &[
            "import",
            m,
            "--template",
            "next.ron",
            "--number",
            "200",
            "-o",
            "after.ron",
        ],
        d,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let after = load(&d.join("after.ron"));
    let issue = after.issue.as_ref().expect("an issue");
    assert_eq!(issue.number, 200);
    assert_eq!(issue.date.map(|d| d.iso()).as_deref(), Some("2023-03-24"));
}

#[test]
fn bad_issue_fields_and_newer_templates_are_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let seed = seed_path();
    let seed = seed.to_str().expect("utf-8 path");
    std::fs::write(d.join("future.ron"), "(version: 99, pages: [])\n").expect("writes");
    let cases: [(&[&str], &str); 3] = [
        (&["--date", "2023-02-30"], "2023-02-30"),
        (&["--date", "next friday"], "YYYY-MM-DD"),
        (&["--template", "future.ron"], "newer"),
    ];
    for (extra, says) in cases {
        let args = [&["import", seed][..], extra, &["-o", "x.ron"]].concat();
        let o = banmian(&args, d);
        assert!(!o.status.success(), "{extra:?}");
        let err = stderr(&o);
        assert!(err.starts_with("error:") && err.contains(says), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(!d.join("x.ron").exists(), "no output for {extra:?}");
    }
}

/// Every glyph's ink box on page 0 that comes near `rect` (left, top, width, height): whether it
/// stays `clear` points inside the rectangle's edges.
fn ink_clear_of_edges(
    composed: &banmian::compose::ComposedPage,
    rect: [f32; 4],
    clear: f32,
) -> bool {
    let [x, y, w, h] = rect;
    banmian::compose::ink::ink_boxes(composed)
        .into_iter()
        .filter(|b| b.page == 0 && b.right > x && b.left < x + w && b.bottom > y && b.top < y + h)
        .all(|b| {
            b.left >= x + clear
                && b.right <= x + w - clear
                && b.top >= y + clear
                && b.bottom <= y + h - clear
        })
}

#[test]
fn a_boxed_article_prints_its_border_round_the_text_and_clear_of_it() {
    let mut doc = import_doc(&seed_bytes(), None);
    banmian::edit::arrange::arrange(&mut doc, fonts());
    for border in banmian::model::Border::ALL {
        let mut boxed = doc.clone();
        // A story with free page under it, for its frame to grow into.
        let article = boxed
            .articles
            .iter()
            .map(|a| a.id)
            .find(|&a| {
                let chain = boxed.chain(a);
                let Some(f) = chain.first().and_then(|&f| boxed.frame(f)) else {
                    return false;
                };
                chain.len() == 1
                    && !boxed.frames().any(|(_, o)| {
                        o.line > f.line
                            && o.x.get() < f.right().get()
                            && f.x.get() < o.right().get()
                    })
            })
            .expect("a story at a column's foot");
        let frame = boxed.chain(article)[0];
        // With a headline of its own, which the border must keep clear of too.
        let edit = Edit::SetHeader {
            article,
            field: banmian::edit::HeaderField::Headline,
            text: "社区民警走访辖区群众".to_owned(),
        };
        assert!(apply(&mut boxed, fonts(), edit));
        let edit = Edit::SetBox {
            article,
            boxed: Some(banmian::model::ArticleBox {
                border,
                shading: 20,
            }),
        };
        assert!(apply(&mut boxed, fonts(), edit));
        let composed = compose_page(&boxed, fonts());
        assert_eq!(
            composed.article(article).map(|a| a.set.overset_chars()),
            Some(0)
        );
        let furniture: Vec<_> = composed
            .furniture
            .iter()
            .filter(|f| f.kind == FurnitureKind::Box)
            .collect();
        assert_eq!(furniture.len(), 1, "{border:?}");
        let rect = furniture[0].rect;
        let model = boxed.frame(frame).expect("the frame");
        let g = banmian::model::PageGeometry::new(&boxed.setup);
        assert_eq!(rect, {
            let fg = g.frame(model);
            [fg.x, fg.y, fg.width, fg.height]
        });
        // The border: rules of the article standing on the frame's edges, vector items.
        let rules = composed
            .items
            .iter()
            .filter(|i| i.origin.article == Some(article))
            .filter(|i| matches!(i.kind, banmian::compose::ItemKind::Rule { .. }))
            .count();
        assert!(rules >= 4, "{border:?}: the border is drawn");
        let shading = composed.items.iter().position(|i| {
            matches!(i.kind, banmian::compose::ItemKind::Fill { grey, .. } if (grey - 0.2).abs() < 1e-3)
        });
        let first_text = composed.items.iter().position(|i| {
            i.origin.article == Some(article)
                && matches!(i.kind, banmian::compose::ItemKind::Text(_))
        });
        assert!(
            shading < first_text,
            "{border:?}: 20% shading under the text"
        );
        // No glyph's ink comes within 4 pt of the box's edges (the border is at most 3.5 pt in).
        assert!(
            ink_clear_of_edges(&composed, rect, 4.0),
            "{border:?}: ink touches the border"
        );
        assert!(boxed.overlapping_frames().is_empty());
    }
}

/// Every stream of a PDF, inflated where it is compressed.
fn pdf_streams(pdf: &[u8]) -> Vec<Vec<u8>> {
    use std::io::Read as _;
    let mut streams = Vec::new();
    let mut at = 0;
    while let Some(start) = find(&pdf[at..], b"stream\n").map(|k| at + k + 7) {
        let Some(end) = find(&pdf[start..], b"endstream").map(|k| start + k) else {
            break;
        };
        let raw = &pdf[start..end];
        let mut inflated = Vec::new();
        match flate2::read::ZlibDecoder::new(raw).read_to_end(&mut inflated) {
            Ok(_) => streams.push(inflated),
            Err(_) => streams.push(raw.to_vec()),
        }
        at = end;
    }
    streams
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The numbers of a `pdfinfo -box` line such as `TrimBox: 28.35 28.35 1133.86 1559.06`.
fn pdf_box(info: &str, name: &str) -> [f32; 4] {
    let line = info
        .lines()
        .find(|l| l.starts_with(name))
        .unwrap_or_else(|| panic!("no {name} in {info}"));
    let numbers: Vec<f32> = line
        .split_whitespace()
        .skip(1)
        .filter_map(|n| n.parse().ok())
        .collect();
    [numbers[0], numbers[1], numbers[2], numbers[3]]
}

#[test]
fn the_print_ready_pdf_is_black_only_with_trim_bleed_and_crop_marks() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let seed = seed_path();
    let seed = seed.to_str().expect("utf-8 path");
    // A colour photo with a manuscript of its own, to print in grey.
    let m = manuscript(d, "m.txt", "社区民警走访辖区群众", 4, 50);
    crate::photos::write_jpeg(&d.join("m.jpg"), 600, 400, None);
    let (m, jpg) = (m.to_str().expect("utf-8 path"), "m.jpg");
    let args = [
        &["import", seed, m, jpg][..],
        &ISSUE_123,
        &["-o", "issue.ron"],
    ]
    .concat();
    let o = banmian(&args, d);
    assert!(o.status.success(), "{}", stderr(&o));
    let plain = banmian(
        &["export", "issue.ron", "--format", "pdf", "-o", "plain.pdf"],
        d,
    );
    assert!(plain.status.success(), "{}", stderr(&plain));
    let colour = pdf_streams(&std::fs::read(d.join("plain.pdf")).expect("the PDF"));
    assert!(
        colour
            .iter()
            .any(|s| String::from_utf8_lossy(s).contains("/DeviceRGB")),
        "the ordinary PDF keeps the photo's colour"
    );
    let o = banmian(
        &[
            "export",
            "issue.ron",
            "--format",
            "pdf",
            "--print-ready",
            "-o",
            "print.pdf",
        ],
        d,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let pdf = std::fs::read(d.join("print.pdf")).expect("the PDF");
    let streams = pdf_streams(&pdf);
    assert!(!streams.is_empty());
    for stream in &streams {
        let text = String::from_utf8_lossy(stream);
        // Content operators that set an RGB colour for fills (rg) or strokes (RG).
        let rgb = text.split(['\n', ' ']).any(|op| op == "rg" || op == "RG");
        assert!(!rgb, "an RGB colour in the print-ready PDF");
        assert!(!text.contains("/DeviceRGB"), "an RGB colour space");
    }
    let file = d.join("print.pdf");
    let Some(info) = poppler("pdfinfo", &["-box"], &file, &[]) else {
        return;
    };
    let mm = banmian::model::PT_PER_MM;
    let trim = pdf_box(&info, "TrimBox:");
    let bleed = pdf_box(&info, "BleedBox:");
    let media = pdf_box(&info, "MediaBox:");
    let (w, h) = (trim[2] - trim[0], trim[3] - trim[1]);
    assert!(
        (w - 390.0 * mm).abs() < 0.1 && (h - 540.0 * mm).abs() < 0.1,
        "{trim:?}"
    );
    for k in 0..2 {
        assert!(
            (trim[k] - bleed[k] - 3.0 * mm).abs() < 0.05,
            "{bleed:?} {trim:?}"
        );
        assert!(
            (bleed[k + 2] - trim[k + 2] - 3.0 * mm).abs() < 0.05,
            "{bleed:?} {trim:?}"
        );
        assert!(
            media[k] < bleed[k] && media[k + 2] > bleed[k + 2],
            "room for the marks"
        );
    }
    // The crop marks: ink on the sheet outside the bleed, at every corner.
    let Some(_) = poppler(
        "pdftoppm",
        &["-r", "72", "-png", "-gray", "-f", "1", "-l", "1"],
        &file,
        &[d.join("sheet").to_str().expect("utf-8 path")],
    ) else {
        return;
    };
    let sheet = image::open(d.join("sheet-1.png"))
        .expect("the sheet")
        .to_luma8();
    let (sw, sh) = (sheet.width() as f32, sheet.height() as f32);
    let outside = |x: u32, y: u32| {
        let (x, y) = (x as f32, y as f32);
        x < bleed[0] - 1.0
            || x > bleed[2] + 1.0
            || y < sh - bleed[3] - 1.0
            || y > sh - bleed[1] + 1.0
    };
    let mut corners = [false; 4];
    for (x, y, p) in sheet.enumerate_pixels() {
        if p.0[0] < 160 && outside(x, y) {
            let k = usize::from(x as f32 > sw / 2.0) + 2 * usize::from(y as f32 > sh / 2.0);
            corners[k] = true;
        }
    }
    assert_eq!(
        corners, [true; 4],
        "crop marks at every corner, outside the bleed"
    );
}

#[test]
fn the_masthead_prints_a_title_picture_in_place_of_the_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let title = dir.path().join("title.jpg");
    crate::photos::write_jpeg(&title, 800, 200, None);
    let mut doc = import_doc(&seed_bytes(), None);
    doc.issue = Some(banmian::model::Issue {
        paper: "平安周刊".to_owned(),
        title_picture: Some(banmian::model::TitlePicture {
            file: title.to_string_lossy().into_owned(),
            pixels: (800, 200),
            status: Default::default(),
        }),
        ..Default::default()
    });
    banmian::edit::arrange_pages(&mut doc, fonts(), 1, false);
    let composed = compose_page(&doc, fonts());
    let masthead = composed
        .furniture
        .iter()
        .find(|f| f.kind == FurnitureKind::Masthead)
        .expect("a masthead");
    let [x, y, w, h] = masthead.rect;
    let picture = composed
        .items
        .iter()
        .find_map(|i| match &i.kind {
            banmian::compose::ItemKind::Image {
                photo: None, rect, ..
            } => Some(*rect),
            _ => None,
        })
        .expect("the title picture");
    assert!(
        picture[0] >= x && picture[0] + picture[2] <= x + w,
        "{picture:?} in {:?}",
        masthead.rect
    );
    assert!(
        picture[1] >= y && picture[1] + picture[3] <= y + h,
        "{picture:?} in {:?}",
        masthead.rect
    );
    assert!(
        (picture[2] / picture[3] - 4.0).abs() < 0.01,
        "at its own shape"
    );
    assert_composed(&doc, "a masthead with a title picture");
    // Saved beside it, the layout names the picture relative to itself and opens again.
    let path = dir.path().join("issue.ron");
    banmian::store::save(&doc, &path).expect("saves");
    let text = std::fs::read_to_string(&path).expect("reads");
    assert!(
        text.contains("file: \"title.jpg\""),
        "relative to the layout"
    );
    assert_eq!(load(&path).issue, doc.issue);
    // Its file gone, Check and printing say so; a grey box prints in its place.
    std::fs::remove_file(&title).expect("removes");
    let reopened = load(&path);
    let findings = banmian::check::check(&reopened, &compose_page(&reopened, fonts()));
    assert!(
        findings
            .iter()
            .any(|f| f.kind == "photo_missing" && f.excerpt == "title.jpg"),
        "{findings:?}"
    );
}

#[test]
fn forty_articles_over_four_pages_print_without_holes() {
    let seed = import_doc(&seed_bytes(), None);
    let mut doc = Document::default();
    doc.append_articles((0..40).map(|k| seed.articles[k % 11].clone()).collect());
    doc.issue = Some(banmian::model::Issue {
        paper: "平安周刊".to_owned(),
        ..Default::default()
    });
    banmian::edit::arrange_pages(&mut doc, fonts(), 4, false);
    let composed = compose_page(&doc, fonts());
    for page in 0..4 {
        assert!(
            doc.pages[page].frames.iter().any(|f| f.is_text()),
            "page {} has stories",
            page + 1
        );
    }
    let overset: usize = composed
        .articles
        .iter()
        .map(|a| a.set.overset_chars())
        .sum();
    assert_eq!(overset, 0, "nothing overset");
    assert!(
        composed.articles.iter().all(|a| a.placed()),
        "every article placed"
    );
    assert_composed(&doc, "40 articles over 4 pages");
}

#[test]
fn manuscripts_with_photos_over_two_pages_all_fit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let seed = seed_path();
    let [m1, m2, m3] = three_manuscripts(d);
    crate::photos::write_jpeg(&d.join("wide.jpg"), 1200, 800, None);
    crate::photos::write_jpeg(&d.join("tall.jpg"), 900, 1200, None);
    let path = |p: &PathBuf| p.to_str().expect("utf-8 path").to_owned();
    let files = [
        path(&seed),
        path(&m1),
        path(&m2),
        "wide.jpg".to_owned(),
        path(&m3),
        "tall.jpg".to_owned(),
    ];
    let files: Vec<&str> = files.iter().map(String::as_str).collect();
    let args = [&["import"][..], &files, &ISSUE_123, &["-o", "issue.ron"]].concat();
    let o = banmian(&args, d);
    assert!(o.status.success(), "{}", stderr(&o));
    let doc = load(&d.join("issue.ron"));
    let composed = compose_page(&doc, fonts());
    for a in &composed.articles {
        assert!(a.placed(), "every article placed");
        assert_eq!(
            a.set.overset_chars(),
            0,
            "nothing overset where the pages have room"
        );
    }
    assert!(
        composed.photos.iter().all(|p| p.frame.is_some()),
        "every photo placed"
    );
    assert_composed(&doc, "a 2-page issue with photos");
}

#[test]
fn jump_lines_print_in_their_own_style() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut doc = long_story_over_two_pages(dir.path());
    let jump_runs = |doc: &Document| -> Vec<banmian::compose::TextRun> {
        let composed = compose_page(doc, fonts());
        composed
            .items
            .into_iter()
            .filter_map(|i| match i.kind {
                banmian::compose::ItemKind::Text(run)
                    if run
                        .glyphs
                        .iter()
                        .map(|g| g.0)
                        .collect::<String>()
                        .contains("转第") =>
                {
                    Some(run)
                }
                _ => None,
            })
            .collect()
    };
    // Smaller than body type unless the style says otherwise.
    let body = doc.setup.body_size_pt;
    let runs = jump_runs(&doc);
    assert!(
        !runs.is_empty() && runs.iter().all(|r| r.size < body),
        "{runs:?}"
    );
    if fonts().find_family(crate::fonts::KAI, 400).is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have {}",
            crate::fonts::KAI
        );
        return;
    }
    let mut style = doc.styles.get(banmian::model::Role::Jump);
    style.prefer(crate::fonts::KAI);
    doc.styles.set(banmian::model::Role::Jump, style);
    let runs = jump_runs(&doc);
    assert!(
        runs.iter().all(|r| !banmian::fonts::is_bundled(r.font)),
        "the jump line prints in 楷体"
    );
}

#[test]
fn a_story_longer_than_a_page_after_a_short_one_starts_on_the_first_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let [m1, _, m3] = three_manuscripts(d);
    let long = manuscript(d, "long.txt", "全市公安机关扎实推进平安建设纪实", 200, 10);
    let files: Vec<&str> = [&m1, &long, &m3]
        .iter()
        .map(|p| p.to_str().expect("utf-8 path"))
        .collect();
    let args = [&["import"][..], &files, &ISSUE_123, &["-o", "issue.ron"]].concat();
    let o = banmian(&args, d);
    assert!(o.status.success(), "{}", stderr(&o));
    let doc = load(&d.join("issue.ron"));
    let long = doc.articles[1].id;
    let pages: Vec<usize> = doc.chain(long).iter().map(|&f| doc.page_of(f)).collect();
    assert_eq!(
        pages,
        [0, 1],
        "not pushed whole to page 2 with page 1 half empty"
    );
    let composed = compose_page(&doc, fonts());
    assert!(
        composed
            .articles
            .iter()
            .all(|a| a.placed() && a.set.overset_chars() == 0)
    );
    assert!(doc.overlapping_frames().is_empty());
    assert!(
        banmian::compose::ink::collisions(&composed).is_empty(),
        "no text on text"
    );
}
