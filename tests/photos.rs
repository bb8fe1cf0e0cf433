//! Photos: imported beside the text, placed with their article, printed as they are.

use std::path::{Path, PathBuf};

use banmian::compose::{ItemKind, compose_page};
use banmian::model::{Document, Em, FrameKind, PhotoStatus};

use crate::cli::{banmian, stderr};
use crate::layout::assert_composed;
use crate::print::poppler;
use crate::util::*;

/// A photo-like JPEG `w` × `h`: a colour gradient with a white mark in its top-left corner; with
/// `orientation`, stored turned so that the EXIF orientation turns it upright again.
pub(crate) fn write_jpeg(path: &Path, w: u32, h: u32, orientation: Option<u8>) {
    let upright = image::RgbImage::from_fn(w, h, |x, y| {
        if x < w / 5 && y < h / 5 {
            image::Rgb([255, 255, 255])
        } else {
            image::Rgb([(x * 255 / w) as u8, 40, (y * 255 / h) as u8])
        }
    });
    let stored = match orientation {
        // EXIF 6: turn a quarter clockwise to see it, so it is stored a quarter anticlockwise.
        Some(6) => image::imageops::rotate270(&upright),
        _ => upright,
    };
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 85)
        .encode_image(&stored)
        .expect("encodes");
    if let Some(o) = orientation {
        bytes = with_exif_orientation(&bytes, o);
    }
    std::fs::write(path, bytes).expect("writes the JPEG");
}

/// A JPEG with an EXIF segment holding only its orientation, right after the start marker.
fn with_exif_orientation(jpeg: &[u8], orientation: u8) -> Vec<u8> {
    let mut tiff = b"MM\0\x2a\0\0\0\x08".to_vec();
    tiff.extend([0, 1]); // one entry
    tiff.extend([0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0]);
    tiff.extend([0, 0, 0, 0]); // no next directory
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend(tiff);
    let mut out = jpeg[..2].to_vec();
    out.extend([0xFF, 0xE1]);
    out.extend(((app1.len() + 2) as u16).to_be_bytes());
    out.extend(app1);
    out.extend(&jpeg[2..]);
    out
}

/// A folder with the seed page, `photo.jpg` (1600 × 1200) and its caption in `photo.txt`.
fn seed_with_photo() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("seed.txt"), seed_bytes()).expect("seed");
    write_jpeg(&dir.path().join("photo.jpg"), 1600, 1200, None);
    std::fs::write(
        dir.path().join("photo.txt"),
        "图为济宁公安蓝军授旗仪式现场。\n通讯员 熊继勇 摄\n",
    )
    .expect("caption");
    let o = banmian(
        &["import", "seed.txt", "photo.jpg", "-o", "page.ron"],
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let layout = dir.path().join("page.ron");
    (dir, layout)
}

#[test]
fn the_seed_with_a_photo_places_it_with_the_picture_item() {
    let (dir, layout) = seed_with_photo();
    let ron = std::fs::read_to_string(&layout).expect("written");
    assert!(
        ron.contains("file: \"photo.jpg\""),
        "named relative to the layout"
    );

    let o = banmian(&["info", "page.ron", "--json"], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let info: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let articles = info["articles"].as_array().expect("articles");
    let item = &articles[10];
    assert_eq!(item["byline"], "■通讯员 熊继勇 高攀登 孔璇 摄");
    let photo = &item["photos"][0];
    assert_eq!(photo["caption"], "图为济宁公安蓝军授旗仪式现场。");
    assert_eq!(photo["credit"], "通讯员 熊继勇 摄");
    assert_eq!(photo["placed"], true);
    assert!(photo["effective_dpi"].as_f64().is_some_and(|d| d > 300.0));
    for a in &articles[..10] {
        assert_eq!(a["photos"].as_array().map(Vec::len), Some(0));
    }
    let frames = info["frames"].as_array().expect("frames");
    let photo_frames: Vec<_> = frames.iter().filter(|f| f["kind"] == "photo").collect();
    assert_eq!(photo_frames.len(), 1);
    assert_eq!(photo_frames[0]["article"], item["id"]);

    let doc = banmian::store::load(&layout).expect("loads");
    assert_composed(&doc, "seed with a photo");
    let page = compose_page(&doc, fonts());
    assert!(
        page.items
            .iter()
            .any(|i| matches!(i.kind, ItemKind::Image { .. }))
    );
    let printed = printed_text(&page);
    assert!(printed.contains("图为济宁公安蓝军授旗仪式现场。通讯员熊继勇摄"));
    // The text export is the page's own flow: the caption file is not part of it.
    let o = banmian(&["export", "page.ron", "-o", "page.txt"], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_same_text(
        &std::fs::read(dir.path().join("page.txt")).expect("text"),
        &seed_bytes(),
    );

    let o = banmian(
        &["export", "page.ron", "--format", "pdf", "-o", "page.pdf"],
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
    let pdf = dir.path().join("page.pdf");
    let jpeg_size = std::fs::metadata(dir.path().join("photo.jpg"))
        .expect("photo")
        .len();
    let pdf_size = std::fs::metadata(&pdf).expect("pdf").len();
    let text_only = banmian::export::pdf::export_pdf(
        &compose_page(&import_doc(&seed_bytes(), None), fonts()),
        "",
        &Default::default(),
    )
    .expect("a PDF")
    .len() as u64;
    assert!(pdf_size <= text_only + jpeg_size + 1_000_000);
    let Some(list) = poppler("pdfimages", &["-list"], &pdf, &[]) else {
        return;
    };
    let cols = first_image(&list);
    assert_eq!(&cols[3..5], ["1600", "1200"], "{list}");
    assert_eq!(cols[8], "jpeg", "{list}");
    assert_eq!(list.lines().count(), 3, "{list}");
}

#[test]
fn a_moved_picture_warns_with_its_name_and_strict_refuses() {
    let (dir, _) = seed_with_photo();
    std::fs::rename(
        dir.path().join("photo.jpg"),
        dir.path().join("elsewhere.jpg"),
    )
    .expect("moves");
    let o = banmian(
        &["export", "page.ron", "--format", "pdf", "-o", "page.pdf"],
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.starts_with("warning: ") && err.contains("photo.jpg"),
        "{err}"
    );
    assert!(dir.path().join("page.pdf").exists());

    let o = banmian(
        &[
            "export",
            "page.ron",
            "--format",
            "png",
            "--strict",
            "-o",
            "strict.png",
        ],
        dir.path(),
    );
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(
        err.starts_with("error: ") && err.contains("photo.jpg"),
        "{err}"
    );
    assert!(!dir.path().join("strict.png").exists());

    // The page shows a grey placeholder naming the file.
    let doc = banmian::store::load(&dir.path().join("page.ron")).expect("loads");
    assert_eq!(doc.articles[10].photos[0].status, PhotoStatus::Missing);
    assert!(printed_text(&compose_page(&doc, fonts())).contains("photo.jpg"));
    // A picture put back changed is flagged.
    write_jpeg(&dir.path().join("photo.jpg"), 800, 600, None);
    let o = banmian(
        &["export", "page.ron", "--format", "pdf", "-o", "page.pdf"],
        dir.path(),
    );
    assert!(stderr(&o).contains("changed"), "{}", stderr(&o));
}

#[test]
fn a_layout_and_its_pictures_move_together() {
    let (dir, _) = seed_with_photo();
    let moved = tempfile::tempdir().expect("temp dir");
    for name in ["page.ron", "photo.jpg"] {
        std::fs::copy(dir.path().join(name), moved.path().join(name)).expect("copies");
    }
    drop(dir);
    let doc = banmian::store::load(&moved.path().join("page.ron")).expect("loads");
    let photo = &doc.articles[10].photos[0];
    assert_eq!(photo.status, PhotoStatus::Found);
    assert!(Path::new(&photo.file).starts_with(moved.path()));
    // Saved elsewhere, the picture is named from there.
    let sub = moved.path().join("out");
    std::fs::create_dir(&sub).expect("folder");
    banmian::store::save(&doc, &sub.join("copy.ron")).expect("saves");
    let ron = std::fs::read_to_string(sub.join("copy.ron")).expect("saved");
    assert!(ron.contains("file: \"../photo.jpg\""), "{ron}");
}

#[test]
fn the_exif_orientation_is_applied() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("turned.jpg");
    write_jpeg(&path, 400, 200, Some(6));
    let (bytes, probe) = banmian::picture::read(&path).expect("reads");
    assert_eq!(probe.pixels, (400, 200), "seen upright");
    let image = banmian::picture::decode_rgba(&bytes, &path, 4096).expect("decodes");
    assert_eq!(image.dimensions(), (400, 200));
    assert!(
        image.get_pixel(10, 10).0[..3].iter().all(|&c| c > 200),
        "the mark is top left"
    );
    assert!(image.get_pixel(390, 190).0[1] < 100);
    // Shrunk for the screen (decoded at a fraction of its size), it is still upright.
    let small = banmian::picture::decode_rgba(&bytes, &path, 100).expect("decodes");
    assert_eq!(small.dimensions(), (100, 50));
    assert!(
        small.get_pixel(3, 3).0[..3].iter().all(|&c| c > 200),
        "the mark is top left"
    );
    assert!(small.get_pixel(97, 47).0[1] < 100);

    // Printed, the mark is at the top left of the photo too.
    let mut doc = import_files(&[seed_path(), path]);
    banmian::edit::arrange::arrange(&mut doc, fonts());
    let page = compose_page(&doc, fonts());
    let png = banmian::export::png::export_png(&page, 72.0, &Default::default()).expect("PNG");
    let shot = image::load_from_memory(&png).expect("decodes").to_rgb8();
    let clip = image_clip(&doc);
    let at = |fx: f32, fy: f32| {
        let (x, y) = (clip[0] + clip[2] * fx, clip[1] + clip[3] * fy);
        shot.get_pixel(x as u32, y as u32).0
    };
    assert!(
        at(0.05, 0.05).iter().all(|&c| c > 200),
        "{:?}",
        at(0.05, 0.05)
    );
    assert!(at(0.95, 0.9)[0] > 150 && at(0.95, 0.9)[1] < 100);
}

#[test]
fn a_png_with_alpha_imports_and_prints_and_grayscale_prints_grey() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("logo.png");
    let logo = image::RgbaImage::from_fn(300, 200, |x, _| {
        if x < 150 {
            image::Rgba([200, 20, 20, 255])
        } else {
            image::Rgba([0, 0, 0, 0])
        }
    });
    logo.save(&path).expect("writes the PNG");
    let mut doc = import_files(&[seed_path(), path]);
    banmian::edit::arrange::arrange(&mut doc, fonts());
    let page = compose_page(&doc, fonts());
    let clip = image_clip(&doc);
    let png = banmian::export::png::export_png(&page, 72.0, &Default::default()).expect("PNG");
    let shot = image::load_from_memory(&png).expect("decodes").to_rgb8();
    let px = |fx: f32| {
        let (x, y) = (clip[0] + clip[2] * fx, clip[1] + clip[3] * 0.5);
        shot.get_pixel(x as u32, y as u32).0
    };
    assert_eq!(px(0.25), [200, 20, 20], "the opaque half prints");
    assert_eq!(px(0.75), [255, 255, 255], "the clear half shows the paper");
    let grey = banmian::export::PrintOptions {
        grayscale: true,
        ..Default::default()
    };
    let png = banmian::export::png::export_png(&page, 72.0, &grey).expect("PNG");
    let shot = image::load_from_memory(&png).expect("decodes").to_rgb8();
    let [r, g, b] = shot
        .get_pixel(
            (clip[0] + clip[2] * 0.25) as u32,
            (clip[1] + clip[3] * 0.5) as u32,
        )
        .0;
    assert!(r == g && g == b && r < 200, "grey: {r} {g} {b}");

    let pdf = banmian::export::pdf::export_pdf(&page, "", &Default::default()).expect("PDF");
    let file = dir.path().join("page.pdf");
    std::fs::write(&file, pdf).expect("writes");
    let Some(list) = poppler("pdfimages", &["-list"], &file, &[]) else {
        return;
    };
    assert!(list.contains("smask"), "the alpha is kept: {list}");
    let cols = first_image(&list);
    assert_eq!(cols.get(3..5), Some(&["300", "200"][..]), "{list}");
}

/// Issue 23: a grey print re-encodes a photo at the size it prints (400 dpi), not decoded whole:
/// a large photo printed small takes a fraction of its pixels.
#[test]
fn a_grey_photo_is_printed_at_its_printed_size() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("scene.jpg");
    let photo = image::RgbImage::from_fn(4000, 3000, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    photo.save(&path).expect("writes the JPEG");
    let mut doc = import_files(&[seed_path(), path]);
    banmian::edit::arrange::arrange(&mut doc, fonts());
    let page = compose_page(&doc, fonts());
    let rect = page
        .items
        .iter()
        .find_map(|i| match &i.kind {
            ItemKind::Image { rect, .. } => Some(*rect),
            _ => None,
        })
        .expect("the photo prints");
    let grey = banmian::export::PrintOptions {
        grayscale: true,
        ..Default::default()
    };
    let pdf = banmian::export::pdf::export_pdf(&page, "", &grey).expect("PDF");
    let file = dir.path().join("grey.pdf");
    std::fs::write(&file, pdf).expect("writes");
    let Some(list) = poppler("pdfimages", &["-list"], &file, &[]) else {
        return;
    };
    let cols = first_image(&list);
    let (w, h): (f32, f32) = (
        cols.get(3).and_then(|c| c.parse().ok()).expect("a width"),
        cols.get(4).and_then(|c| c.parse().ok()).expect("a height"),
    );
    let most = (rect[2].max(rect[3]) / 72.0 * 400.0).ceil();
    assert!(
        w.max(h) <= most && w.max(h) >= most / 2.0,
        "{w} × {h}, at most {most}: {list}"
    );
    assert_eq!(cols.get(5).copied(), Some("gray"), "{list}");
}

/// The columns of the first image `pdfimages -list` lists (page, num, type, width, height,
/// color, comp, bpc, enc, …).
fn first_image(list: &str) -> Vec<&str> {
    list.lines()
        .nth(2)
        .unwrap_or_default()
        .split_whitespace()
        .collect()
}

fn import_files(paths: &[PathBuf]) -> Document {
    banmian::import::import_files(paths, None).expect("imports")
}

/// Where the first photo shows, in points.
pub(crate) fn image_clip(doc: &Document) -> [f32; 4] {
    compose_page(doc, fonts())
        .items
        .iter()
        .find_map(|i| match &i.kind {
            ItemKind::Image { clip, .. } => Some(*clip),
            _ => None,
        })
        .expect("a photo on the page")
}

#[test]
fn collecting_copies_the_layout_and_every_picture_into_one_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    for d in [&a, &b] {
        std::fs::create_dir(d).expect("folder");
    }
    // Two different pictures of one name, and one picture placed twice.
    write_jpeg(&a.join("scene.jpg"), 300, 200, None);
    write_jpeg(&b.join("scene.jpg"), 200, 300, None);
    let paths = [
        seed_path(),
        a.join("scene.jpg"),
        b.join("scene.jpg"),
        a.join("scene.jpg"),
    ];
    let mut doc = import_files(&paths);
    banmian::edit::arrange::arrange(&mut doc, fonts());
    let out = dir.path().join("out");
    let done = banmian::store::collect(&doc, &out, "版面").expect("collects");
    assert_eq!(done.copied, 2);
    assert!(done.missing.is_empty());
    let ron = std::fs::read_to_string(&done.layout).expect("the layout");
    assert!(ron.contains("file: \"图片/scene.jpg\""), "{ron}");
    assert!(ron.contains("file: \"图片/scene-2.jpg\""), "{ron}");
    // The folder stands alone: the originals can go.
    std::fs::remove_dir_all(&a).expect("removes");
    std::fs::remove_dir_all(&b).expect("removes");
    let collected = banmian::store::load(&done.layout).expect("loads");
    assert!(
        collected
            .photos()
            .all(|(_, p)| p.status == PhotoStatus::Found)
    );
    assert_eq!(collected.photos().count(), 3);
    // Collecting again into the same folder reuses what is there.
    let again = banmian::store::collect(&collected, &out, "版面").expect("collects");
    assert_eq!(
        std::fs::read_dir(out.join("图片")).expect("lists").count(),
        2
    );
    assert_eq!(std::fs::read_to_string(&again.layout).expect("layout"), ron);
}

#[test]
fn a_page_with_photos_in_wide_and_narrow_articles_prints_without_holes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut doc = import_doc(&seed_bytes(), None);
    let articles = doc.articles.len();
    for k in 0..5 {
        let path = dir.path().join(format!("p{k}.jpg"));
        // Landscape and portrait.
        let (w, h) = if k % 2 == 0 {
            (1500, 1000)
        } else {
            (900, 1200)
        };
        write_jpeg(&path, w, h, None);
        let id = doc.next_photo_id();
        let photo = banmian::import::picture::read_photo(&path, id, &[]).expect("a photo");
        doc.articles[(k * 2) % articles].photos.push(photo);
    }
    banmian::edit::arrange::arrange(&mut doc, fonts());
    let page = compose_page(&doc, fonts());
    assert!(
        page.photos.iter().all(|p| p.frame.is_some()),
        "every photo placed"
    );
    assert!(
        doc.articles.iter().all(|a| doc.is_placed(a.id)),
        "every article placed"
    );
    assert_composed(&doc, "seed with five photos");
}

#[test]
fn text_on_a_photo_that_does_not_wrap_is_found() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.jpg");
    write_jpeg(&path, 300, 200, None);
    let mut doc = import_files(&[seed_path(), path]);
    banmian::edit::arrange::arrange(&mut doc, fonts());
    let page = compose_page(&doc, fonts());
    assert!(banmian::compose::ink::text_on_pictures(&page).is_empty());
    // The same photo laid over the lead article's text, which does not run around it.
    let photo = doc.articles[10].photos[0].id;
    let mut over = banmian::model::Frame::photo(
        doc.next_frame_id(),
        banmian::model::Picture::new(photo),
        banmian::model::Em(0.0),
        banmian::model::Em(18.0),
        8,
        10,
    );
    over.content = banmian::model::FrameContent::Photo {
        picture: banmian::model::Picture::new(photo),
        wrap: None,
    };
    let old = doc.photo_frame(photo).expect("placed").id;
    doc.remove_frame(old);
    doc.add_frame(0, over);
    let page = compose_page(&doc, fonts());
    assert!(!banmian::compose::ink::text_on_pictures(&page).is_empty());
}

/// A correspondent sends `稿件.txt` and `稿件.jpg`: the text is the article, not the picture's
/// caption, whether it is imported with the picture or left beside it.
#[test]
fn a_manuscript_of_the_same_name_is_not_the_caption() {
    let manuscript = "民警寻回走失老人\n　　11月15日上午，一名七旬老人走失，民警两小时后在城郊找到老人。\n　　家属连声道谢。\n通讯员 张三\n";
    let dir = imported_with_picture("稿件", manuscript, (800, 600));
    let o = banmian(&["info", "page.ron", "--json"], dir.path());
    let info: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let photo = &info["articles"][0]["photos"][0];
    assert_eq!(photo["caption"], serde_json::Value::Null, "{photo}");
    assert_eq!(info["articles"][0]["headline"], "民警寻回走失老人");

    // Left beside the picture and not imported: the caption, if the text reads as one.
    let caption_from = |text: &str| {
        std::fs::write(dir.path().join("稿件.txt"), text).expect("text beside");
        banmian::import::picture::read_photo(
            &dir.path().join("稿件.jpg"),
            banmian::model::PhotoId(0),
            &[],
        )
        .expect("a photo")
        .caption
    };
    assert_eq!(
        caption_from(&"图为民警在现场。".repeat(50)),
        None,
        "too long"
    );
    // A short manuscript, placed in the editor after it was imported: its paragraph is indented.
    let short = "民警寻回走失老人\n　　民警两小时后在城郊找到老人。\n通讯员 张三\n";
    assert_eq!(caption_from(short), None, "indented");
    assert_eq!(
        caption_from("图为民警在现场。\n通讯员 张三 摄\n").as_deref(),
        Some("图为民警在现场。")
    );
}

/// A folder with `STEM.txt` holding `manuscript`, a picture `STEM.jpg` of `size` pixels, and
/// `page.ron` imported from the two.
fn imported_with_picture(stem: &str, manuscript: &str, size: (u32, u32)) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let (text, picture) = (format!("{stem}.txt"), format!("{stem}.jpg"));
    std::fs::write(dir.path().join(&text), manuscript).expect("manuscript");
    write_jpeg(&dir.path().join(&picture), size.0, size.1, None);
    let o = banmian(&["import", &text, &picture, "-o", "page.ron"], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    dir
}

/// A folder with `page.ron` imported from a story of `paragraphs` paragraphs under `headline`
/// and a portrait photo named like it.
fn story_with_portrait(headline: &str, paragraphs: usize) -> tempfile::TempDir {
    let paragraph = "　　据统计，今年1至10月，全市公安机关共破获电信网络诈骗案件562起，抓获犯罪嫌疑人1387名，为群众挽回经济损失3200余万元，发案数同比下降37.6%。\n";
    let manuscript = format!("{headline}\n{}通讯员 孙明\n", paragraph.repeat(paragraphs));
    imported_with_picture("story", &manuscript, (1800, 2600))
}

/// A photo placed right under the headline of a story over two columns leaves the headline
/// across both: the picture's standoff shares the free line under the headline, it does not push
/// the headline into one column.
#[test]
fn a_photo_under_the_headline_leaves_it_across_the_frame() {
    use banmian::model::{Frame, FrameId, Picture};
    let dir = story_with_portrait("全市公安机关电信网络诈骗打击治理工作取得阶段性成效", 6);
    let mut doc = banmian::store::load(&dir.path().join("page.ron")).expect("loads");
    let ids: Vec<FrameId> = doc.frames().map(|(_, f)| f.id).collect();
    for id in ids {
        doc.remove_frame(id);
    }
    let g = banmian::model::PageGeometry::new(&doc.setup);
    let article = doc.articles[0].id;
    let photo = doc.articles[0].photos[0].id;
    let mut text = Frame::text(FrameId(0), banmian::model::Em(0.0), g.span_em(2), 0, 40);
    text.set_text_columns(2);
    doc.add_text_frame(0, article, text);
    let head = compose_page(&doc, fonts()).frames[0].head_lines;
    assert!(head > 0);
    let column = g.span_em(1);
    doc.add_frame(
        0,
        Frame::photo(
            FrameId(1),
            Picture::new(photo),
            g.span_em(2) - column,
            column,
            head,
            20,
        ),
    );
    let page = compose_page(&doc, fonts());
    let frame = &page.frames[0];
    assert_eq!(frame.head_lines, head, "the block is set as before");
    let runs: Vec<&banmian::compose::TextRun> = page.runs(0).collect();
    let biggest = runs.iter().map(|r| r.size).fold(0.0, f32::max);
    let right = runs
        .iter()
        .filter(|r| r.size == biggest)
        .flat_map(|r| r.glyphs.iter().map(move |g| g.1 + r.size))
        .fold(0.0, f32::max);
    let middle = frame.geometry.x + frame.geometry.width / 2.0;
    assert!(
        right > middle,
        "the headline reaches past the first column: {right} ≤ {middle}"
    );
}

/// A short story over many columns leaves little height for its photo: the photo is made
/// narrower rather than cut to a thin strip across a third of the columns.
#[test]
fn a_short_wide_story_narrows_its_photo_rather_than_cutting_it_to_a_strip() {
    let dir = story_with_portrait("全市公安机关反诈工作取得成效", 5);
    let frames = frames_of(dir.path());
    let text = frames.iter().find(|f| f["kind"] == "text").expect("text");
    let photo = frames.iter().find(|f| f["kind"] == "photo").expect("photo");
    let columns = text["text_columns"].as_f64().expect("columns");
    assert!(columns >= 3.0, "a wide frame: {text}");
    let column = text["width_mm"].as_f64().expect("width") / columns;
    assert!(
        photo["width_mm"].as_f64().expect("width") <= column + 1.0,
        "one column wide: {photo}"
    );
}

/// What a correspondent's folder holds: manuscripts in UTF-8 with a BOM, GB18030 and UTF-16,
/// CRLF, a byline in the lead, subheads, and two photos named like their manuscripts. Imported
/// together they make a page with no overlap, no ink on ink or on pictures, and no holes.
#[test]
fn a_page_of_manuscripts_and_photos_prints_as_a_composed_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let p1 = "为深入贯彻落实上级关于“平安建设”的决策部署，进一步提升辖区群众的安全感和满意度，近日，市公安局交警支队联合多部门在全市范围内开展了为期三个月的道路交通安全集中整治行动。";
    let p2 = "整治期间，交警支队共出动警力1260人次、警车340台次，查处各类交通违法行为8753起，其中酒驾醉驾127起、无证驾驶46起，依法行政拘留23人，有效净化了道路交通环境。";
    let p3 = "活动现场，民警通过发放《防范电信网络诈骗宣传手册》、讲解典型案例等方式，向群众详细介绍了“刷单返利”“冒充客服”等常见诈骗手法，提醒群众守好自己的“钱袋子”。";
    let lead = format!(
        "市公安局交警支队\r\n多部门联动开展道路交通安全集中整治 全力守护群众平安出行\r\n——三个月查处交通违法行为8753起\r\n通讯员 刘晓堃\r\n　　{p1}\r\n　　{p2}\r\n　　{p3}\r\n　　{p1}\r\n"
    );
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(lead.as_bytes());
    std::fs::write(dir.path().join("01.txt"), bom).expect("01");
    let short = format!("民警寻回走失老人\r\n　　{p2}\r\n（通讯员 张三 李四）\r\n");
    let (gb, _, _) = encoding_rs::GB18030.encode(&short);
    std::fs::write(dir.path().join("02.txt"), gb).expect("02");
    write_jpeg(&dir.path().join("02.jpg"), 4000, 2600, None);
    let subheads = format!(
        "全市公安机关反诈工作取得阶段性成效\n　　{p3}\n一、强化打击\n　　{p1}\n二、深化宣传\n　　{p2}\n通讯员 孙明\n"
    );
    std::fs::write(dir.path().join("03.txt"), subheads).expect("03");
    write_jpeg(&dir.path().join("03.jpg"), 1800, 2600, None);
    let in_lead = format!("反诈宣传进社区\r\n\r\n本报讯（通讯员 陈静）{p3}\r\n");
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(in_lead.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(dir.path().join("04.txt"), utf16).expect("04");
    let o = banmian(
        &[
            "import", "01.txt", "02.txt", "02.jpg", "03.txt", "03.jpg", "04.txt", "-o", "page.ron",
        ],
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let doc = banmian::store::load(&dir.path().join("page.ron")).expect("loads");
    assert_eq!(doc.articles.len(), 4);
    let headlines: Vec<&str> = doc
        .articles
        .iter()
        .filter_map(|a| a.headline.as_deref())
        .collect();
    assert_eq!(
        headlines,
        [
            "多部门联动开展道路交通安全集中整治 全力守护群众平安出行",
            "民警寻回走失老人",
            "全市公安机关反诈工作取得阶段性成效",
            "反诈宣传进社区"
        ]
    );
    for a in &doc.articles {
        for p in &a.photos {
            assert_eq!(p.caption, None, "the manuscript is no caption");
        }
    }
    assert_eq!(doc.articles[1].photos.len(), 1);
    assert_eq!(doc.articles[2].photos.len(), 1);
    assert_composed(&doc, "manuscripts and photos");
    let page = compose_page(&doc, fonts());
    for a in &page.articles {
        assert_eq!(a.set.overset_chars(), 0, "{:?} overset", a.id);
    }
}

/// A short story for a photo to stand beside.
pub(crate) const SHORT_STORY: &str = "民警寻回走失老人\n　　11月15日上午，一名七旬老人在城区某超市附近走失，家属焦急万分。接到报警后，巡特警大队迅速调取周边监控，民警分组沿老人可能行走的路线展开搜寻。\n　　经过两个多小时的连续奋战，民警最终在城郊一处桥洞下找到了老人，并将其安全送回家中。家属握着民警的手连声道谢。\n（通讯员 张三 李四）\n";

/// The frames `info --json` lists for `page.ron` in `dir`.
fn frames_of(dir: &Path) -> Vec<serde_json::Value> {
    let o = banmian(&["info", "page.ron", "--json"], dir);
    let info: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    info["frames"].as_array().expect("frames").clone()
}

/// The width and height in millimetres of the first photo frame.
fn photo_size(frames: &[serde_json::Value]) -> (f64, f64) {
    let photo = frames.iter().find(|f| f["kind"] == "photo").expect("photo");
    (
        photo["width_mm"].as_f64().expect("width"),
        photo["height_mm"].as_f64().expect("height"),
    )
}

/// A few short stories share the page: the photo of one stands beside its text, as tall as the
/// text beside it, and however short the text, it keeps at least half its picture rather than
/// being cut to a thin strip.
#[test]
fn a_photo_beside_a_short_story_keeps_at_least_half_its_picture() {
    let dir = imported_with_picture("story", SHORT_STORY, (4000, 2600));
    let other = |headline: &str| {
        format!(
            "{headline}\n　　该所所长介绍，派出所将继续深化“枫桥经验”，把矛盾纠纷化解在基层、消除在萌芽状态，让群众切实感受到公安工作带来的变化。\n通讯员 周伟\n"
        )
    };
    std::fs::write(dir.path().join("b.txt"), other("反诈宣传进社区")).expect("b");
    std::fs::write(dir.path().join("c.txt"), other("派出所深化“枫桥经验”")).expect("c");
    let o = banmian(
        &[
            "import",
            "story.txt",
            "story.jpg",
            "b.txt",
            "c.txt",
            "-o",
            "page.ron",
        ],
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let frames = frames_of(dir.path());
    let (w, h) = photo_size(&frames);
    assert!(h >= 0.5 * w * 2600.0 / 4000.0, "cut to {w} × {h} mm");
    let doc = banmian::store::load(&dir.path().join("page.ron")).expect("loads");
    assert_composed(&doc, "short stories with a photo");
}

/// A short story with a photo alone on an empty page stays a block of a few columns with its
/// photo whole, not a band of three lines across the page with the photo cut to a strip.
#[test]
fn a_short_story_alone_on_the_page_is_a_block_with_its_photo_whole() {
    let dir = imported_with_picture("story", SHORT_STORY, (4000, 2600));
    let o = banmian(
        &["import", "story.txt", "story.jpg", "-o", "page.ron"],
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let frames = frames_of(dir.path());
    let text = frames.iter().find(|f| f["kind"] == "text").expect("text");
    let columns = text["text_columns"].as_u64().expect("columns");
    assert!((2..=3).contains(&columns), "{columns} columns");
    let (w, h) = photo_size(&frames);
    assert!(h >= 0.65 * w * 2600.0 / 4000.0, "cut to {w} × {h} mm");
    let doc = banmian::store::load(&dir.path().join("page.ron")).expect("loads");
    assert_composed(&doc, "a short story alone with its photo");
    // It stands on whole base columns, so the rest of the page is whole columns free.
    let g = banmian::model::PageGeometry::new(&doc.setup);
    let (_, frame) = doc
        .frames()
        .find(|(_, f)| f.kind() == FrameKind::Text)
        .expect("the text frame");
    assert_eq!(frame.x, Em::ZERO);
    assert!(
        (1..=g.columns).any(|k| (g.span_em(k) - frame.width).get().abs() < 1e-3),
        "{:?} is not a span of base columns",
        frame.width
    );
}

/// Placing a picture on an article already on the page puts it inside the article's frame, at
/// the right under its headline, cut to the frame's foot if need be: never over another
/// article's text, which would run around it.
#[test]
fn a_picture_placed_on_an_article_stays_within_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.jpg");
    write_jpeg(&path, 1500, 1000, None);
    let mut doc = import_doc(&seed_bytes(), None);
    banmian::edit::arrange::arrange(&mut doc, fonts());
    for k in [0, 1, 6] {
        let mut placed = doc.clone();
        let article = placed.articles[k].id;
        let photo = banmian::import::picture::read_photo(&path, banmian::model::PhotoId(0), &[])
            .expect("a photo");
        assert!(banmian::edit::apply(
            &mut placed,
            fonts(),
            banmian::edit::Edit::PlacePhoto {
                article: Some(article),
                photo: Box::new(photo),
                at: None,
                page: 0,
            }
        ));
        let frame = placed
            .frames()
            .map(|(_, f)| f)
            .find(|f| f.kind() == banmian::model::FrameKind::Photo)
            .expect("placed");
        let own = placed.first_frame(article).expect("its frame");
        assert!(
            frame.x.get() >= own.x.get() && frame.right().get() <= own.right().get() + 1e-3,
            "article {k}: across {frame:?} within {own:?}"
        );
        assert!(
            frame.bottom() <= own.bottom(),
            "article {k}: {frame:?} under {own:?}"
        );
        for (_, other) in placed.frames() {
            if other.is_text() && !placed.chain(article).contains(&other.id) {
                assert!(!frame.overlaps(other), "article {k}: over {other:?}");
            }
        }
    }
}

/// Issue 22, point 6: a manuscript's photo caption is written back where manuscripts have it,
/// after the body with its credit, and a caption typed in the inspector is in the export too;
/// the PDF reads the headline, the body and byline, then the caption.
#[test]
fn a_manuscripts_caption_is_exported_after_its_body_and_read_last_in_the_pdf() {
    let dir = imported_with_picture("story", crate::manuscripts::WITH_PHOTO_TEXT, (1200, 800));
    let export_text = || {
        let o = banmian(&["export", "page.ron", "-o", "page.txt"], dir.path());
        assert!(o.status.success(), "{}", stderr(&o));
        std::fs::read_to_string(dir.path().join("page.txt")).expect("exported")
    };
    let text = export_text();
    let body = text.find("近日，城区派出所").expect("the body");
    let caption = text
        .find("\u{3000}\u{3000}图为民警向学生发放宣传资料。")
        .expect("the caption");
    let credit = text
        .find("\n通讯员 合公新 记者 李斐 摄")
        .expect("the credit");
    assert!(body < caption && caption < credit, "{text}");

    // A caption typed in the inspector (an edit of the photo's text) is what is exported.
    let layout = dir.path().join("page.ron");
    let mut doc = banmian::store::load(&layout).expect("loads");
    let photo = doc.articles[0].photos[0].id;
    banmian::edit::apply(
        &mut doc,
        fonts(),
        banmian::edit::Edit::SetPhotoText {
            photo,
            caption: "图为民警在课堂上讲解防骗知识。".to_owned(),
            credit: "通讯员 合公新 摄".to_owned(),
        },
    );
    banmian::store::save(&doc, &layout).expect("saved");
    let text = export_text();
    assert!(
        text.contains("\u{3000}\u{3000}图为民警在课堂上讲解防骗知识。\n通讯员 合公新 摄"),
        "{text}"
    );

    let o = banmian(
        &["export", "page.ron", "--format", "pdf", "-o", "page.pdf"],
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let Some(read) = poppler("pdftotext", &["-raw"], &dir.path().join("page.pdf"), &["-"]) else {
        return;
    };
    let read: String = read.chars().filter(|c| !c.is_whitespace()).collect();
    let at = |s: &str| read.find(s).unwrap_or_else(|| panic!("{s} in {read}"));
    let (headline, byline, body, caption) = (
        at("民警进校园"),
        at("记者王林"),
        at("近日，城区"),
        at("图为民警在课堂"),
    );
    // The byline reads where the page prints it (run in after the body, here); the caption
    // comes last, after the text it belongs to.
    assert!(
        headline < body && body < caption && byline < caption,
        "{read}"
    );
}
