//! The rough edges a new user hits in the editor (issue 12), driven through egui_kittest.

use banmian::ui::files::Dialog;
use eframe::egui::{self, Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use crate::ui::{harness, harness_in, menu, seed_layout, select};

#[test]
fn escape_closes_dialogs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    menu(&mut h, "File", "Page setup");
    assert!(h.state().has_dialog());
    h.key_press(Key::Escape);
    h.run();
    assert!(!h.state().has_dialog(), "Escape closes Page Setup");
    menu(&mut h, "Help", "About");
    assert!(h.state().has_dialog());
    h.key_press(Key::Escape);
    h.run();
    assert!(!h.state().has_dialog(), "and About");
}

#[test]
fn ctrl_wheel_over_a_frame_zooms_the_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    let before = h.state().zoom();
    let frame = h
        .get_by_label_contains("Frame 锐意开拓进取")
        .rect()
        .center();
    h.hover_at(frame);
    h.run();
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Line,
        delta: egui::vec2(0.0, 3.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: Modifiers::COMMAND,
    });
    h.run();
    assert!(
        h.state().zoom() > before,
        "{} after {before}",
        h.state().zoom()
    );
    // Ctrl+minus zooms the page out, not the whole window.
    let zoomed = h.state().zoom();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    h.run();
    assert!(h.state().zoom() < zoomed);
    assert_eq!(h.ctx.zoom_factor(), 1.0, "the window itself keeps its size");
}

#[test]
fn a_restored_file_keeps_its_path() {
    let dir = tempfile::tempdir().expect("temp dir");
    let layout = seed_layout(dir.path());
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).expect("data dir");
    std::fs::copy(&layout, data.join("recovery.ron")).expect("a recovery file");
    std::fs::write(
        data.join("recovery-origin.txt"),
        layout.to_string_lossy().as_bytes(),
    )
    .expect("its origin");
    let mut h = harness(dir.path(), None, vec![]);
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(
        h.state().path(),
        Some(layout.as_path()),
        "the restored layout keeps its name"
    );
    assert!(h.state().is_dirty(), "not yet saved there");
    assert_eq!(h.state().doc().articles.len(), 11);
    // The recovery slot is now this window's: a second window does not offer it, and once this
    // one ends without saving, the next window does.
    let second = harness(dir.path(), None, vec![]);
    assert!(!second.state().has_dialog(), "another window's autosave");
    drop(second);
    drop(h);
    let mut third = harness(dir.path(), None, vec![]);
    third.get_by_label("Restore").click();
    third.run();
    assert_eq!(third.state().path(), Some(layout.as_path()));
}

#[test]
fn exporting_with_unplaced_articles_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join("page.pdf");
    let mut h = harness(
        dir.path(),
        Some(seed_layout(dir.path())),
        vec![(Dialog::ExportPdf, vec![pdf.clone()])],
    );
    select(&mut h, "公交车“一键报警”新模式运行");
    crate::ui::click(&mut h, "Remove from page");
    menu(&mut h, "File", "Export PDF");
    for _ in 0..5 {
        h.run();
    }
    assert!(pdf.exists(), "the page is printed");
    let notice = h.state().notice().expect("a notice").to_owned();
    assert!(notice.contains("公交车“一键报警”新模式运行"), "{notice}");
    assert!(notice.contains("not printed"), "{notice}");
}

#[test]
fn fewer_base_columns_say_which_frames_now_reach_past_the_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    menu(&mut h, "File", "Page setup");
    let field = h.get_by_label("Base columns");
    field.click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Base columns").type_text("5");
    h.key_press(Key::Enter);
    h.run();
    h.get_by_label("OK").click();
    h.run();
    assert_eq!(h.state().doc().setup.base_columns, 5);
    let notice = h.state().notice().expect("a notice").to_owned();
    assert!(notice.contains("reach past"), "{notice}");
    assert!(notice.contains("#0"), "the lead frame is named: {notice}");
}

#[test]
fn errors_speak_the_users_language_and_name_the_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("版面.ron");
    std::fs::write(&broken, "(\n    version: 2,\n    setup: [oops],\n)\n").expect("written");
    let h = harness_in(
        banmian::ui::i18n::Lang::Chinese,
        dir.path(),
        Some(broken),
        vec![],
    );
    h.get_by_label_contains("版面.ron:3:");
    h.get_by_label_contains("不是有效的版面文件");
}
