//! Photos in the editor: placed through the picker, cropped on the canvas, captioned in the
//! inspector, all undoable.

use banmian::compose::compose_page;
use banmian::model::FrameKind;
use banmian::ui::BanmianApp;
use banmian::ui::files::Dialog;
use eframe::egui::{self, Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::photos::write_jpeg;
use crate::ui::{click, harness, menu, seed_layout, select};
use crate::util::{fonts, import_doc};

/// The seed page in the editor, with a 1200 × 800 photo in `dir` that File ▸ Place picture picks.
fn seed_and_a_picture_to_place(dir: &std::path::Path) -> Harness<'static, BanmianApp> {
    let photo = dir.join("scene.jpg");
    write_jpeg(&photo, 1200, 800, None);
    harness(
        dir,
        Some(seed_layout(dir)),
        vec![(Dialog::PlacePicture, vec![photo])],
    )
}

#[test]
fn place_a_picture_crop_it_caption_it_and_undo() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = seed_and_a_picture_to_place(dir.path());
    let item = h.state().doc().articles[10].clone();
    select(&mut h, &item.title());
    menu(&mut h, "File", "Place picture…");
    // The photo joins the selected article and its frame is placed and selected.
    let doc = h.state().doc();
    assert_eq!(doc.articles[10].photos.len(), 1);
    let frame = doc
        .frames()
        .map(|(_, f)| f.clone())
        .find(|f| f.kind() == FrameKind::Photo)
        .expect("a photo frame");
    assert!(doc.overlapping_frames().is_empty());
    h.get_by_label_contains("Photo #");
    // The article list counts it: `· 1 photo ·`.
    h.get_by_label_contains(" · 1 photo · ");
    let placed = h.state().doc().clone();

    // Crop: fill, zoomed in, then dragged to the left edge of the picture.
    let zoom = h.get_by_role_and_label(Role::Slider, "Crop zoom");
    zoom.click();
    h.run();
    for _ in 0..10 {
        h.key_press(Key::ArrowRight);
    }
    h.run();
    let zoomed = picture(&h, frame.id);
    assert!(zoomed.zoom > 1.0, "{zoomed:?}");
    click(&mut h, "Drag to adjust crop");
    let grab = h
        .get_by_role_and_label(Role::Group, "Drag to adjust crop")
        .rect()
        .center();
    h.hover_at(grab);
    h.drag_at(grab);
    h.run();
    h.hover_at(grab + egui::vec2(20.0, 0.0));
    h.run();
    h.hover_at(grab + egui::vec2(60.0, 0.0));
    h.run();
    h.drop_at(grab + egui::vec2(60.0, 0.0));
    h.run();
    let cropped = picture(&h, frame.id);
    assert!(
        cropped.focus.0 < zoomed.focus.0,
        "{cropped:?} after {zoomed:?}"
    );

    // Caption.
    h.get_by_role_and_label(Role::MultilineTextInput, "Caption")
        .click();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, "Caption")
        .type_text("图为民警训练。");
    h.run();
    let photo = &h.state().doc().articles[10].photos[0];
    assert_eq!(photo.caption.as_deref(), Some("图为民警训练。"));
    let page = banmian::compose::compose_page(h.state().doc(), fonts());
    assert!(crate::util::printed_text(&page).contains("图为民警训练。"));

    // Undo takes back the caption, the crop drag and the zoom, a step each, then the placing.
    h.key_press(Key::Escape);
    h.run();
    for _ in 0..3 {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run();
    }
    assert_eq!(h.state().doc(), &placed, "back to the photo as placed");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(h.state().doc().articles[10].photos.is_empty());
    assert!(h.state().doc().frame(frame.id).is_none());
}

fn picture(
    h: &egui_kittest::Harness<'_, banmian::ui::BanmianApp>,
    frame: banmian::model::FrameId,
) -> banmian::model::Picture {
    h.state()
        .doc()
        .frame(frame)
        .and_then(|f| f.picture())
        .expect("a photo frame")
}

/// A file dropped on the window, as the system hands it over.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_picture_dropped_on_the_page_lands_where_it_was_dropped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let photo = dir.path().join("dropped.jpg");
    write_jpeg(&photo, 900, 600, None);
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    // Low on the page, at the left, where the page is free.
    let page = h.get_by_label("Page").rect();
    let at = egui::pos2(
        page.left() + page.width() * 0.33,
        page.top() + page.height() * 0.85,
    );
    h.hover_at(at);
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(photo)));
    h.run();
    let doc = h.state().doc();
    let frame = doc
        .frames()
        .map(|(_, f)| f.clone())
        .find(|f| f.kind() == FrameKind::Photo)
        .expect("a photo frame");
    let g = banmian::model::PageGeometry::new(&doc.setup);
    assert!(frame.line > g.lines / 2, "{frame:?}");
    assert!(frame.x.get() > 0.0, "{frame:?}");
    assert!(doc.overlapping_frames().is_empty());
}

#[test]
fn a_picture_pasted_from_the_clipboard_is_saved_beside_the_layout_and_placed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    let image =
        egui::ColorImage::from_rgba_unmultiplied([64, 48], &[30, 120, 200, 255].repeat(64 * 48));
    h.event(egui::Event::PasteImage(std::sync::Arc::new(image)));
    h.run();
    let doc = h.state().doc();
    let (_, photo) = doc.photos().next().expect("a photo");
    assert_eq!(photo.pixels, (64, 48));
    let file = std::path::Path::new(&photo.file);
    assert_eq!(file.parent(), Some(dir.path()));
    let saved = image::open(file).expect("a PNG").to_rgba8();
    assert_eq!(saved.get_pixel(5, 5).0, [30, 120, 200, 255]);
    assert!(doc.photo_frame(photo.id).is_some(), "placed");
}

#[test]
fn collect_for_output_copies_the_layout_and_its_pictures() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("print shop");
    let mut h = seed_with_a_placed_photo(dir.path(), (Dialog::CollectFolder, out.clone()));
    menu(&mut h, "File", "Collect for output…");
    h.get_by_label_contains("Collected:");
    assert!(out.join("page.ron").is_file());
    assert!(out.join("图片").join("scene.jpg").is_file());
    let doc = banmian::store::load(&out.join("page.ron")).expect("loads");
    assert_eq!(doc.photos().count(), 1);
}

#[test]
fn photos_export_in_grey_when_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("page.png");
    let mut h = seed_with_a_placed_photo(dir.path(), (Dialog::ExportPng, out.clone()));
    menu(&mut h, "File", "Print photos in grey");
    menu(&mut h, "File", "Export PNG…");
    let clip = crate::photos::image_clip(h.state().doc());
    let png = image::open(&out).expect("the PNG").to_rgb8();
    let px = banmian::export::png::DEFAULT_DPI / 72.0;
    let at = |fx: f32, fy: f32| {
        let x = (clip[0] + clip[2] * fx) * px;
        let y = (clip[1] + clip[3] * fy) * px;
        png.get_pixel(x as u32, y as u32).0
    };
    for (fx, fy) in [(0.5, 0.5), (0.9, 0.9), (0.3, 0.8)] {
        let [r, g, b] = at(fx, fy);
        assert!(r == g && g == b, "grey at ({fx}, {fy}): {r} {g} {b}");
    }
}

/// The editor on the seed page with `scene.jpg` (600 × 400) placed through File ▸ Place
/// picture…, its file dialogs answering `then` next.
fn seed_with_a_placed_photo(
    dir: &std::path::Path,
    then: (Dialog, std::path::PathBuf),
) -> egui_kittest::Harness<'static, banmian::ui::BanmianApp> {
    let photo = dir.join("scene.jpg");
    write_jpeg(&photo, 600, 400, None);
    let picks = vec![(Dialog::PlacePicture, vec![photo]), (then.0, vec![then.1])];
    let mut h = harness(dir, Some(seed_layout(dir)), picks);
    menu(&mut h, "File", "Place picture…");
    h
}

/// Issue 22, point 1: a photo placed on a short one-column story, or a picture box laid on its
/// frame, leaves none of its text overset while the page has room: the frame grows into the
/// free page under it (the whole story had gone overset, with most of the page free).
#[test]
fn a_photo_or_box_on_a_short_story_leaves_nothing_overset() {
    let dir = tempfile::tempdir().expect("temp dir");
    let photo = dir.path().join("scene.jpg");
    write_jpeg(&photo, 1200, 800, None);
    let mut doc = import_doc(crate::photos::SHORT_STORY.as_bytes(), None);
    banmian::edit::arrange::arrange(&mut doc, fonts());
    let layout = dir.path().join("story.ron");
    banmian::store::save(&doc, &layout).expect("saved");
    let title = doc.articles[0].title();
    let id = doc.articles[0].id;
    let overset = |h: &Harness<'_, BanmianApp>| {
        let page = compose_page(h.state().doc(), fonts());
        page.article(id).map_or(0, |a| a.set.overset_chars())
    };
    let height = |h: &Harness<'_, BanmianApp>| h.state().doc().first_frame(id).map(|f| f.height);

    let picks = vec![(Dialog::PlacePicture, vec![photo])];
    let mut h = harness(dir.path(), Some(layout.clone()), picks);
    let before = height(&h);
    select(&mut h, &title);
    menu(&mut h, "File", "Place picture…");
    assert_eq!(h.state().doc().articles[0].photos.len(), 1, "placed");
    assert_eq!(overset(&h), 0, "the text keeps all its lines");
    assert!(
        height(&h) > before,
        "the frame grew from {before:?} to {:?}",
        height(&h)
    );
    assert!(h.state().doc().overlapping_frames().is_empty());

    // Edit ▸ Add picture box with the story selected lays a box over its text: the same.
    let mut h = harness(dir.path(), Some(layout), vec![]);
    select(&mut h, &title);
    menu(&mut h, "Edit", "Add picture box");
    let boxes = h
        .state()
        .doc()
        .frames()
        .filter(|(_, f)| f.kind() == FrameKind::Box)
        .count();
    assert_eq!(boxes, 1, "a box laid on the story");
    assert_eq!(overset(&h), 0, "the text keeps all its lines");
    assert!(h.state().doc().overlapping_frames().is_empty());
}

/// Issue 22, point 1: where the page has no room under a story's frame, a photo placed in it
/// leaves text overset; the status bar offers Make room, which cuts the photo down (to half its
/// picture at least) or continues the text where the page is free, so nothing stays overset.
#[test]
fn make_room_fits_a_story_whose_frame_cannot_grow() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = seed_and_a_picture_to_place(dir.path());
    // A story with another frame right under its own.
    let doc = h.state().doc().clone();
    let boxed_in = |a: &banmian::model::Article| {
        let Some(f) = doc.first_frame(a.id) else {
            return false;
        };
        doc.frames().any(|(_, g)| {
            g.id != f.id
                && g.line > f.line
                && g.line <= f.bottom() + 1
                && g.overlaps(&banmian::model::Frame {
                    height: f.height + 2,
                    ..f.clone()
                })
        })
    };
    let article = doc
        .articles
        .iter()
        .find(|a| boxed_in(a))
        .expect("a story boxed in")
        .clone();
    select(&mut h, &article.title());
    menu(&mut h, "File", "Place picture…");
    let overset = |h: &Harness<'_, BanmianApp>| {
        compose_page(h.state().doc(), fonts())
            .article(article.id)
            .map_or(0, |a| a.set.overset_chars())
    };
    assert!(
        overset(&h) > 0,
        "no room under its frame: its text is overset"
    );
    h.get_by_label("Make room").click();
    h.run();
    assert_eq!(overset(&h), 0, "room made");
    assert!(h.state().doc().overlapping_frames().is_empty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(overset(&h) > 0, "undone");
}
