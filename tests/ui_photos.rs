//! Photos in the editor: placed through the picker, cropped on the canvas, captioned in the
//! inspector, all undoable.

use banmian::model::FrameKind;
use banmian::ui::files::Dialog;
use eframe::egui::{self, Key, Modifiers, Role};
use egui_kittest::kittest::Queryable as _;

use crate::photos::write_jpeg;
use crate::ui::{click, harness, menu, seed_layout, select};

#[test]
fn place_a_picture_crop_it_caption_it_and_undo() {
    let dir = tempfile::tempdir().expect("temp dir");
    let photo = dir.path().join("scene.jpg");
    write_jpeg(&photo, 1200, 800, None);
    let layout = seed_layout(dir.path());
    let mut h = harness(
        dir.path(),
        Some(layout),
        vec![(Dialog::PlacePicture, vec![photo])],
    );
    let item = h.state().doc().articles[10].clone();
    select(&mut h, &item.title());
    menu(&mut h, "File", "Place picture…");
    // The photo joins the selected article and its frame is placed and selected.
    let doc = h.state().doc();
    assert_eq!(doc.articles[10].photos.len(), 1);
    let frame = doc
        .frames()
        .map(|(_, f)| f.clone())
        .find(|f| f.kind == FrameKind::Photo)
        .expect("a photo frame");
    assert!(doc.overlapping_frames().is_empty());
    h.get_by_label_contains("Photo #");
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
    let page = banmian::compose::compose_page(h.state().doc());
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
        .and_then(|f| f.picture)
        .expect("a photo frame")
}
