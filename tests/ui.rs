//! The editor, driven without a display through egui_kittest: by labels, clicks, keys and drags,
//! as a user would.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

use banmian::ui::files::{Dialog, FilePicker};
use banmian::ui::i18n::Lang;
use banmian::ui::{AppOptions, BanmianApp};
use eframe::egui::{self, Key, Modifiers, Role, ViewportEvent, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::util::*;

/// A file dialog that answers at once with the paths the test chose for each kind of dialog.
struct FakePicker(Vec<(Dialog, Vec<PathBuf>)>);

impl FilePicker for FakePicker {
    fn pick(&self, dialog: Dialog, _suggested: &str, _lang: Lang) -> Receiver<Vec<PathBuf>> {
        let (tx, rx) = channel();
        let paths = self
            .0
            .iter()
            .find(|(d, _)| *d == dialog)
            .map(|(_, p)| p.clone())
            .unwrap_or_default();
        tx.send(paths).ok();
        rx
    }
}

pub fn harness<'a>(
    dir: &Path,
    file: Option<PathBuf>,
    picks: Vec<(Dialog, Vec<PathBuf>)>,
) -> Harness<'a, BanmianApp> {
    harness_in(Lang::English, dir, file, picks)
}

/// [`harness`] with the menus in `lang`.
pub fn harness_in<'a>(
    lang: Lang,
    dir: &Path,
    file: Option<PathBuf>,
    picks: Vec<(Dialog, Vec<PathBuf>)>,
) -> Harness<'a, BanmianApp> {
    let data_dir = dir.join("data");
    let mut h = Harness::builder()
        .with_size([1440.0, 900.0])
        .with_max_steps(40)
        .build_eframe(move |cc| {
            BanmianApp::new(
                &cc.egui_ctx,
                AppOptions {
                    file,
                    data_dir,
                    picker: Box::new(FakePicker(picks)),
                    lang: Some(lang),
                },
            )
        });
    h.run();
    h
}

/// A layout of the seed saved in `dir`, to open.
pub fn seed_layout(dir: &Path) -> PathBuf {
    let mut doc = import_doc(&seed_bytes(), None);
    banmian::edit::arrange::arrange(&mut doc, fonts());
    let path = dir.join("page.ron");
    banmian::store::save(&doc, &path).expect("saves");
    path
}

pub fn click(h: &mut Harness<'_, BanmianApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// Opens a menu and clicks an item (whose label may go on with its shortcut).
pub fn menu(h: &mut Harness<'_, BanmianApp>, menu: &str, item: &str) {
    click(h, menu);
    h.get_by_label_contains(item).click();
    h.run();
}

/// Selects an article by clicking it in the list.
pub fn select(h: &mut Harness<'_, BanmianApp>, title: &str) {
    h.get_by_role_and_label(Role::ListItem, title).click();
    h.run();
}

#[test]
fn importing_the_seed_lists_its_eleven_articles() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(
        dir.path(),
        None,
        vec![(Dialog::ImportText, vec![seed_path()])],
    );
    menu(&mut h, "File", "Import text…");
    h.get_by_label("Articles (11)");
    h.get_by_role_and_label(Role::ListItem, "锐意开拓进取 锻造公安铁军");
    h.get_by_role_and_label(Role::ListItem, "公交车“一键报警”新模式运行");
    assert_eq!(
        h.state().doc().frames().count(),
        11,
        "placed on the page at once"
    );
    assert!(h.state().is_dirty());
    let (lines, columns) = banmian::edit::arrange::free_space(h.state().doc(), 0);
    assert!(lines > 0 && columns > 0);
    h.get_by_label(&format!("Free {lines} lines × {columns} columns"));
}

#[test]
fn editing_a_headline_shows_in_the_export() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    select(&mut h, "创建全国文明典范城市再发力");
    let field = h.get_by_role_and_label(Role::TextInput, "Headline");
    field.click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, "Headline")
        .type_text("文明城市创建再发力");
    h.run();
    let doc = h.state().doc();
    assert_eq!(
        doc.articles[4].headline.as_deref(),
        Some("文明城市创建再发力")
    );
    let text = String::from_utf8(banmian::export::export_text(doc, fonts()).expect("exports"))
        .expect("UTF-8");
    assert!(text.contains("\n文明城市创建再发力\n"));
    assert!(!text.contains("创建全国文明典范城市再发力"));
}

#[test]
fn dragging_an_unplaced_article_onto_the_page_places_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    let title = "公交车“一键报警”新模式运行";
    select(&mut h, title);
    click(&mut h, "Remove from page");
    let id = h.state().doc().articles[9].id;
    assert!(
        h.state().doc().first_frame(id).is_none(),
        "back in the list"
    );

    let from = h
        .get_by_role_and_label(Role::ListItem, title)
        .rect()
        .center();
    // Under the lowest frame, where the page is free.
    let lowest = lowest_frame_article(h.state().doc());
    let label = format!(
        "Frame {}",
        h.state().doc().article(lowest).expect("article").title()
    );
    let to = h.get_by_label(&label).rect().left_bottom() + egui::vec2(4.0, 24.0);
    h.hover_at(from);
    h.drag_at(from);
    h.run();
    h.hover_at(from + egui::vec2(30.0, 5.0));
    h.run();
    h.hover_at(to);
    h.run();
    h.drop_at(to);
    h.run();
    let frame = h.state().doc().first_frame(id).expect("placed by the drag");
    assert_eq!(h.state().doc().frame_article(frame.id), Some(id));
    assert!(h.state().doc().overlapping_frames().is_empty());
}

#[test]
fn moving_a_frame_then_undo_and_redo() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    // The lowest frame of a strip, with free space under it.
    let id = lowest_frame_article(h.state().doc());
    let before = h.state().doc().first_frame(id).cloned().expect("placed");
    let label = format!(
        "Frame {}",
        h.state().doc().article(id).expect("article").title()
    );
    let start = h.get_by_label(&label).rect().center();
    // Far enough down the page to land several grid lines lower.
    let end = start + egui::vec2(0.0, 120.0);
    h.hover_at(start);
    h.drag_at(start);
    h.run();
    h.hover_at(start + egui::vec2(0.0, 40.0));
    h.run();
    h.hover_at(end);
    h.run();
    h.drop_at(end);
    h.run();
    let moved = h
        .state()
        .doc()
        .first_frame(id)
        .cloned()
        .expect("still placed");
    assert!(moved.line > before.line, "{moved:?} after {before:?}");
    assert_eq!(moved.x, before.x);
    assert!(h.state().is_dirty());

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        h.state().doc().first_frame(id),
        Some(&before),
        "undo restores"
    );
    assert!(!h.state().is_dirty(), "back at the saved state");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert_eq!(
        h.state().doc().first_frame(id),
        Some(&moved),
        "redo repeats"
    );
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(
        h.state().doc().first_frame(id),
        Some(&moved),
        "nothing more to redo"
    );
}

/// Issue 22: opening a page that nobody has edited never marks it changed; the first edit does.
#[test]
fn opening_a_text_page_does_not_mark_it_unsaved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let page = dir.path().join("page.txt");
    std::fs::write(&page, seed_bytes()).expect("written");
    let mut h = harness(dir.path(), Some(page), vec![]);
    assert_eq!(h.state().doc().articles.len(), 11, "opened");
    assert!(!h.state().is_dirty());
    assert!(h.query_by_label("● unsaved").is_none());
    assert!(!h.state().title().contains('●'), "{}", h.state().title());
    select(&mut h, "近日，市公安局北湖分局接…");
    click(&mut h, "Remove from page");
    h.get_by_label("● unsaved");
}

/// Issue 22: the inspector keeps its width in every language; in English it once widened to
/// about 500 points and covered the page's right columns. Its left edge is measured with an
/// article selected, its frame and its headline block shown, the panel's widest content.
#[test]
fn the_inspector_keeps_its_width_in_every_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let layout = seed_layout(dir.path());
    let left_edge = |lang: Lang| {
        let mut h = harness_in(lang, dir.path(), Some(layout.clone()), vec![]);
        select(&mut h, "锐意开拓进取 锻造公安铁军");
        let heading = lang.texts().inspector;
        h.get_by_label(heading).rect().left()
    };
    let (chinese, english) = (left_edge(Lang::Chinese), left_edge(Lang::English));
    println!("inspector's left edge: Chinese {chinese}, English {english}");
    assert!(
        (chinese - english).abs() <= 1.0,
        "Chinese {chinese}, English {english}"
    );
    assert!(
        1440.0 - english <= 360.0,
        "the inspector is {} wide",
        1440.0 - english
    );
}

#[test]
fn the_unsaved_mark_comes_and_goes_with_saving() {
    let dir = tempfile::tempdir().expect("temp dir");
    let layout = seed_layout(dir.path());
    let mut h = harness(dir.path(), Some(layout.clone()), vec![]);
    assert!(h.query_by_label("● unsaved").is_none());
    select(&mut h, "近日，市公安局北湖分局接…");
    click(&mut h, "Remove from page");
    h.get_by_label("● unsaved");
    assert!(h.state().title().contains('●'));
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(h.query_by_label("● unsaved").is_none());
    assert!(!h.state().title().contains('●'));
    let saved = banmian::store::load(&layout).expect("saved layout loads");
    assert_eq!(
        saved.frames().count(),
        10,
        "the removed frame is gone on disk too"
    );
}

#[test]
fn a_broken_layout_shows_an_error_and_keeps_the_document() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(version: 1,\n  articles: [ (id: ) ],\n)").expect("write");
    let mut h = harness(
        dir.path(),
        Some(seed_layout(dir.path())),
        vec![(Dialog::OpenLayout, vec![broken])],
    );
    menu(&mut h, "File", "Open…");
    let error = h.state().error().expect("an error is shown").to_owned();
    assert!(error.contains("broken.ron:2:"), "{error}");
    h.get_by_label_contains("broken.ron:2:");
    assert_eq!(
        h.state().doc().articles.len(),
        11,
        "the open document is untouched"
    );
    click(&mut h, "OK");
    assert!(h.state().error().is_none());
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    select(&mut h, "近日，市公安局北湖分局接…");
    click(&mut h, "Remove from page");
    h.input_mut()
        .viewports
        .get_mut(&ViewportId::ROOT)
        .expect("root viewport")
        .events
        .push(ViewportEvent::Close);
    h.run();
    h.get_by_label("Unsaved changes");
    click(&mut h, "Cancel");
    assert!(h.query_by_label("Unsaved changes").is_none());
    assert!(h.state().is_dirty());
}

#[test]
fn the_language_switches_in_the_view_menu() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    click(&mut h, "View");
    click(&mut h, "Language");
    click(&mut h, "中文");
    h.get_by_label("稿件 (11)");
    h.get_by_label("文件");
    let (lines, columns) = banmian::edit::arrange::free_space(h.state().doc(), 0);
    h.get_by_label(&format!("剩余 {lines} 行 × {columns} 栏"));
}

/// The article whose frame reaches lowest on the page: nothing is below it.
pub fn lowest_frame_article(doc: &banmian::model::Document) -> banmian::model::ArticleId {
    doc.frames()
        .map(|(_, f)| f)
        .max_by_key(|f| f.bottom())
        .and_then(|f| doc.frame_article(f.id))
        .expect("a placed article")
}

#[test]
fn a_drop_onto_another_frame_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    let doc = h.state().doc().clone();
    // A frame with another right under it: dragged half its height down, it would cover it.
    let (upper, lower) = doc
        .frames()
        .map(|(_, f)| f)
        .flat_map(|a| doc.frames().map(move |(_, b)| (a, b)))
        .find(|(a, b)| b.line == a.bottom() + 1 && (a.x.get() - b.x.get()).abs() < 0.01)
        .expect("two stacked frames");
    let article = doc.frame_article(upper.id).expect("a text frame");
    let label = format!("Frame {}", doc.article(article).expect("article").title());
    let rect = h.get_by_label(&label).rect();
    let start = rect.center();
    let per_line = rect.height() / upper.height as f32;
    let end = start + egui::vec2(0.0, per_line * (lower.line - upper.line) as f32);
    h.hover_at(start);
    h.drag_at(start);
    h.run();
    h.hover_at(start + egui::vec2(0.0, 10.0));
    h.run();
    h.hover_at(end);
    h.run();
    h.drop_at(end);
    h.run();
    assert_eq!(
        h.state().doc().first_frame(article),
        Some(upper),
        "the frame returns to where it was"
    );
    assert!(h.state().doc().overlapping_frames().is_empty());
    assert!(!h.state().is_dirty(), "nothing changed");
}
