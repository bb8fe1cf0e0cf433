//! The e-paper (issue 21): the issue exported as a folder of web pages. Every file is read back
//! by an XML parser (the site is written well-formed), every link and picture must resolve inside
//! the folder, every article's text must be there, and nothing a manuscript says may become
//! markup.

use std::path::{Path, PathBuf};

use quick_xml::events::Event;

use crate::cli::{banmian, stderr};
use crate::issue::ISSUE_123;
use crate::util::*;

/// An element of a parsed page: its name, its attributes, and the text right inside it up to
/// its first child or its end.
#[derive(Debug)]
struct Element {
    name: String,
    attrs: Vec<(String, String)>,
    text: String,
}

impl Element {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Every element of an HTML file, read strictly: a file that is not well-formed fails the test.
fn parse(path: &Path) -> Vec<Element> {
    let text = std::fs::read_to_string(path).expect("reads");
    let mut reader = quick_xml::Reader::from_str(&text);
    reader.config_mut().check_end_names = true;
    let mut elements: Vec<Element> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    loop {
        let event = reader
            .read_event()
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let element = |e: &quick_xml::events::BytesStart<'_>| Element {
            name: e.name().as_ref().to_owned(),
            attrs: e
                .attributes()
                .map(|a| {
                    let a = a.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                    let value = a
                        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                    (a.key.as_ref().to_owned(), value.into_owned())
                })
                .collect(),
            text: String::new(),
        };
        match event {
            Event::Start(e) => {
                elements.push(element(&e));
                open.push(elements.len() - 1);
            }
            Event::Empty(e) => elements.push(element(&e)),
            Event::End(_) => {
                open.pop();
            }
            Event::Text(t) => {
                if let Some(&k) = open.last() {
                    elements[k].text.push_str(&t.html_content());
                }
            }
            Event::GeneralRef(r) => {
                let c = match r.resolve_char_ref().ok().flatten() {
                    Some(c) => c,
                    None => match &*r.into_inner() {
                        "amp" => '&',
                        "lt" => '<',
                        "gt" => '>',
                        "quot" => '"',
                        "apos" => '\'',
                        other => panic!("{}: unknown entity &{other};", path.display()),
                    },
                };
                if let Some(&k) = open.last() {
                    elements[k].text.push(c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert!(open.is_empty(), "{}: elements left open", path.display());
    elements
}

fn html_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("lists")
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    files.sort();
    files
}

/// A manuscript in `dir` of a headline, a byline and paragraphs.
fn manuscript(dir: &Path, name: &str, headline: &str, paragraphs: &[&str]) -> String {
    let path = dir.join(name);
    let body: Vec<String> = paragraphs.iter().map(|p| format!("　　{p}")).collect();
    std::fs::write(
        &path,
        format!("{headline}\n通讯员 王明\n{}\n", body.join("\n")),
    )
    .expect("writes");
    path.to_string_lossy().into_owned()
}

/// The two-page issue of the sample page and three manuscripts, one with a photo, exported as
/// an e-paper into `site`.
fn two_page_site(d: &Path) -> PathBuf {
    let seed = seed_path();
    let m1 = manuscript(
        d,
        "m1.txt",
        "市公安局召开全市治安工作会议",
        &[
            "会议总结了去年全市治安工作，安排部署了今年的重点任务。",
            "会议强调，要坚持稳中求进，推动治安工作高质量发展。",
        ],
    );
    let m2 = manuscript(
        d,
        "m2.txt",
        "交警支队开展夜查行动",
        &["近日，交警支队在全市范围内开展夜查行动，严查酒驾醉驾等交通违法行为。"],
    );
    crate::photos::write_jpeg(&d.join("m2.jpg"), 600, 400, None);
    let m3 = manuscript(
        d,
        "m3.txt",
        "社区民警走访辖区群众",
        &[
            "社区民警深入辖区，走访群众，宣传防范知识。",
            "群众纷纷表示，民警的走访让大家更有安全感。",
        ],
    );
    let args = [
        "import",
        seed.to_str().expect("utf-8 path"),
        &m1,
        &m2,
        "m2.jpg",
        &m3,
    ];
    let o = banmian(&[&args[..], &ISSUE_123, &["-o", "issue.ron"]].concat(), d);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = banmian(
        &["export", "issue.ron", "--format", "html", "-o", "site"],
        d,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    d.join("site")
}

#[test]
fn the_two_page_issue_makes_a_site_whose_links_and_pictures_resolve() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let site = two_page_site(d);
    let files = html_files(&site);
    assert!(files.iter().any(|f| f.ends_with("index.html")));
    for file in &files {
        for element in parse(file) {
            for name in ["href", "src"] {
                let Some(link) = element.attr(name) else {
                    continue;
                };
                assert!(
                    !link.contains("//") && !link.starts_with('/'),
                    "{}: {link} refers outside the folder",
                    file.display()
                );
                let target = link.split('#').next().unwrap_or_default();
                if !target.is_empty() {
                    assert!(
                        site.join(target).is_file(),
                        "{}: {link} is not there",
                        file.display()
                    );
                }
            }
            if let Some(srcset) = element.attr("srcset") {
                for candidate in srcset.split(',') {
                    let target = candidate.split_whitespace().next().unwrap_or_default();
                    assert!(site.join(target).is_file(), "{target} is not there");
                }
            }
        }
    }
    // The photo is in the site, with its article.
    assert!(
        std::fs::read_dir(site.join("images"))
            .expect("images")
            .count()
            >= 1,
        "the photo is copied"
    );
}

#[test]
fn each_page_has_one_area_per_article_frame_inside_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let site = two_page_site(d);
    let o = banmian(&["info", "issue.ron", "--json"], d);
    let info: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    let index = parse(&site.join("index.html"));
    let frames = info["frames"].as_array().expect("frames");
    for page in 0..2 {
        // The areas of this page: the links laid over its picture.
        let section = index
            .iter()
            .position(|e| e.attr("id") == Some(&format!("page-{}", page + 1)))
            .expect("the page's section");
        let end = index
            .iter()
            .skip(section + 1)
            .position(|e| e.name == "section")
            .map_or(index.len(), |k| section + 1 + k);
        let areas: Vec<&Element> = index[section..end]
            .iter()
            .filter(|e| e.attr("class") == Some("area"))
            .collect();
        let placed: Vec<&serde_json::Value> = frames
            .iter()
            .filter(|f| f["page"] == page && !f["article"].is_null())
            .collect();
        assert_eq!(
            areas.len(),
            placed.len(),
            "page {}: one area per frame",
            page + 1
        );
        for area in areas {
            let mm = |k: &str| area.attr(k).and_then(|v| v.parse::<f64>().ok()).expect(k);
            let (x, y, w, h) = (
                mm("data-x-mm"),
                mm("data-y-mm"),
                mm("data-width-mm"),
                mm("data-height-mm"),
            );
            let inside = placed.iter().any(|f| {
                let v = |k: &str| f[k].as_f64().expect(k);
                // Both round to hundredths of a millimetre.
                let e = 0.03;
                x >= v("x_mm") - e
                    && y >= v("y_mm") - e
                    && x + w <= v("x_mm") + v("width_mm") + e
                    && y + h <= v("y_mm") + v("height_mm") + e
            });
            assert!(inside, "page {}: an area outside every frame", page + 1);
        }
        // The image map says the same in the picture's pixels.
        let img = index[section..end]
            .iter()
            .find(|e| e.name == "img")
            .expect("the page's picture");
        let width: f64 = img
            .attr("width")
            .and_then(|w| w.parse().ok())
            .expect("its width");
        let per_mm = width / 390.0;
        let map: Vec<&Element> = index[section..end]
            .iter()
            .filter(|e| e.name == "area")
            .collect();
        assert_eq!(
            map.len(),
            placed.len(),
            "page {}: one map area per frame",
            page + 1
        );
        for area in map {
            let c: Vec<f64> = area
                .attr("coords")
                .expect("coords")
                .split(',')
                .map(|n| n.parse().expect("a number"))
                .collect();
            let inside = placed.iter().any(|f| {
                let v = |k: &str| f[k].as_f64().expect(k) * per_mm;
                c[0] >= v("x_mm") - 1.0
                    && c[1] >= v("y_mm") - 1.0
                    && c[2] <= v("x_mm") + v("width_mm") + 1.0
                    && c[3] <= v("y_mm") + v("height_mm") + 1.0
            });
            assert!(inside, "page {}: a map area outside every frame", page + 1);
        }
    }
}

#[test]
fn every_article_page_holds_its_headline_and_all_its_paragraphs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let site = two_page_site(d);
    let o = banmian(&["export", "issue.ron"], d);
    assert!(o.status.success(), "{}", stderr(&o));
    let flat = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace() && *c != '　')
            .collect()
    };
    let exported = flat(&String::from_utf8_lossy(&o.stdout));
    let doc = banmian::store::load(&d.join("issue.ron")).expect("loads");
    let mut pages = 0;
    for file in html_files(&site) {
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if !name.starts_with("article-") || name.contains("wechat") {
            continue;
        }
        pages += 1;
        let elements = parse(&file);
        let headline = elements
            .iter()
            .find(|e| e.name == "h1")
            .expect("a headline");
        assert!(
            doc.articles.iter().any(|a| a.title() == headline.text
                || a.headline.as_deref() == Some(headline.text.as_str())),
            "{name}: {}",
            headline.text
        );
        // The body: its paragraphs and subheads in order.
        let body: Vec<&Element> = elements
            .iter()
            .filter(|e| (e.name == "p" && e.attr("class").is_none()) || e.name == "h2")
            .collect();
        assert!(!body.is_empty(), "{name}: its body");
        let joined: String = body.iter().map(|p| flat(&p.text)).collect();
        assert!(
            exported.contains(&joined),
            "{name}: its paragraphs, joined, are the export's"
        );
        assert!(
            elements
                .iter()
                .any(|e| e.attr("href") == Some("index.html#page-1")
                    || e.attr("href") == Some("index.html#page-2"))
        );
    }
    assert_eq!(
        pages,
        doc.articles.iter().filter(|a| doc.is_placed(a.id)).count(),
        "one page per article"
    );
}

#[test]
fn the_wechat_file_has_inline_styles_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    let site = two_page_site(dir.path());
    let mut seen = 0;
    for file in html_files(&site) {
        if !file.to_string_lossy().ends_with(".wechat.html") {
            continue;
        }
        seen += 1;
        let elements = parse(&file);
        let body = elements
            .iter()
            .position(|e| e.name == "body")
            .expect("a body");
        for element in &elements {
            assert!(
                !["style", "link", "script"].contains(&element.name.as_str()),
                "{}: <{}>",
                file.display(),
                element.name
            );
        }
        for element in &elements[body..] {
            assert!(
                element.attr("style").is_some_and(|s| !s.is_empty()),
                "{}: <{}> without its style",
                file.display(),
                element.name
            );
        }
    }
    assert!(seen > 10, "a WeChat file beside every article");
}

#[test]
fn markup_in_a_manuscript_shows_as_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let evil = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";
    let m = manuscript(
        d,
        "evil.txt",
        &format!("标题{evil}"),
        &[&format!("正文{evil}。")],
    );
    let o = banmian(
        &["import", &m, "--format", "manuscript", "-o", "evil.ron"],
        d,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = banmian(&["export", "evil.ron", "--format", "html", "-o", "site"], d);
    assert!(o.status.success(), "{}", stderr(&o));
    let site = d.join("site");
    for file in html_files(&site) {
        let elements = parse(&file);
        for element in &elements {
            assert_ne!(element.name, "script", "{}", file.display());
            assert!(
                element.attrs.iter().all(|(k, _)| !k.starts_with("on")),
                "{}: an event attribute",
                file.display()
            );
        }
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if name == "article-01.html" {
            assert!(
                elements
                    .iter()
                    .any(|e| e.text.contains(&format!("标题{evil}"))),
                "the headline shown as written"
            );
            assert!(
                elements
                    .iter()
                    .any(|e| e.name == "p" && e.text == format!("正文{evil}。")),
                "the paragraph shown as written"
            );
        }
    }
}

#[test]
fn a_folder_with_other_files_is_refused_without_force() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let seed = seed_path();
    let o = banmian(
        &[
            "import",
            seed.to_str().expect("utf-8 path"),
            "-o",
            "page.ron",
        ],
        d,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    std::fs::create_dir(d.join("site")).expect("a folder");
    std::fs::write(d.join("site/notes.txt"), "mine").expect("writes");
    let o = banmian(&["export", "page.ron", "--format", "html", "-o", "site"], d);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(
        err.starts_with("error:") && err.contains("--force"),
        "{err}"
    );
    assert!(!d.join("site/index.html").exists(), "nothing written");
    let o = banmian(
        &[
            "export", "page.ron", "--format", "html", "--force", "-o", "site",
        ],
        d,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(d.join("site/index.html").is_file());
    assert_eq!(
        std::fs::read_to_string(d.join("site/notes.txt")).expect("kept"),
        "mine"
    );
}
