//! The pages of an issue in the editor, driven as a user would: the page navigator (版面导航),
//! PgUp/PgDn, adding, removing and reordering pages with undo, naming a page, and a frame
//! dragged from the canvas onto another page's thumbnail.

use banmian::ui::BanmianApp;
use eframe::egui::{self, Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::ui::{click, harness, seed_layout};

fn pages(h: &Harness<'_, BanmianApp>) -> usize {
    h.state().doc().pages.len()
}

fn key(h: &mut Harness<'_, BanmianApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

#[test]
fn pages_are_added_removed_and_reordered_from_the_navigator_with_undo() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    h.get_by_role_and_label(Role::Button, "Page 1");
    assert_eq!(pages(&h), 1);
    let frames_on_first = h.state().doc().pages[0].frames.len();

    click(&mut h, "Add a page");
    assert_eq!(pages(&h), 2, "a page was added");
    assert_eq!(h.state().shown_page(), 1, "the new page is shown");
    h.get_by_role_and_label(Role::Button, "Page 2");
    // The new page is empty: none of the seed's frames is drawn on the canvas.
    assert!(h.query_by_label_contains("Frame 锐意开拓进取").is_none());

    key(&mut h, Modifiers::NONE, Key::PageUp);
    assert_eq!(h.state().shown_page(), 0, "PgUp shows the page before");
    h.get_by_label_contains("Frame 锐意开拓进取");
    key(&mut h, Modifiers::NONE, Key::PageDown);
    assert_eq!(h.state().shown_page(), 1, "PgDn shows the page after");

    click(&mut h, "Move page earlier");
    assert_eq!(h.state().shown_page(), 0, "the page moved with the view");
    assert!(
        h.state().doc().pages[0].frames.is_empty(),
        "the empty page is first"
    );
    assert_eq!(h.state().doc().pages[1].frames.len(), frames_on_first);
    key(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        h.state().doc().pages[0].frames.len(),
        frames_on_first,
        "undone"
    );

    key(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(pages(&h), 1, "adding the page is undone");
    assert_eq!(
        h.state().shown_page(),
        0,
        "the view stays on a page that is there"
    );
    key(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(pages(&h), 2, "and redone");

    h.get_by_role_and_label(Role::Button, "Page 2").click();
    h.run();
    assert_eq!(
        h.state().shown_page(),
        1,
        "a thumbnail click shows its page"
    );
    click(&mut h, "Remove this page");
    assert_eq!(pages(&h), 1, "the page was removed");
    assert_eq!(h.state().doc().pages[0].frames.len(), frames_on_first);
    assert!(
        h.get_by_label("Remove this page")
            .accesskit_node()
            .is_disabled(),
        "the last page of an issue stays"
    );
}

#[test]
fn a_page_is_named_in_the_navigator() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    h.get_by_label("Page 1 Page name").click();
    h.run();
    h.get_by_label("Page 1 Page name").type_text("要闻");
    h.run();
    assert_eq!(h.state().doc().pages[0].name.as_deref(), Some("要闻"));
    h.get_by_role_and_label(Role::Button, "Page 1 要闻");
    key(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        h.state().doc().pages[0].name,
        None,
        "naming is one undo step"
    );
}

#[test]
fn a_frame_dragged_onto_another_page_moves_there_with_its_article() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    click(&mut h, "Add a page");
    key(&mut h, Modifiers::NONE, Key::PageUp);
    let title = "公交车“一键报警”新模式运行";
    let id = h
        .state()
        .doc()
        .articles
        .iter()
        .find(|a| a.title() == title)
        .map(|a| a.id)
        .expect("the article");
    let frame = h.get_by_label(&format!("Frame {title}")).rect();
    let thumb = h.get_by_role_and_label(Role::Button, "Page 2").rect();
    let from = frame.center();
    h.hover_at(from);
    h.drag_at(from);
    h.run();
    h.hover_at(from + egui::vec2(0.0, 30.0));
    h.run();
    h.hover_at(thumb.center());
    h.run();
    h.drop_at(thumb.center());
    h.run();
    let doc = h.state().doc();
    let chain = doc.chain(id);
    assert!(!chain.is_empty(), "still placed");
    for f in chain {
        assert_eq!(doc.page_of(f), 1, "the article's frames are on page 2");
    }
    assert!(doc.overlapping_frames().is_empty());
    assert!(
        h.query_by_label(&format!("Frame {title}")).is_none(),
        "gone from page 1 on the canvas"
    );
    key(&mut h, Modifiers::COMMAND, Key::Z);
    let doc = h.state().doc();
    assert_eq!(
        doc.page_of(doc.chain(id)[0]),
        0,
        "one undo step brings it back"
    );
}

#[test]
fn the_issue_dialog_makes_the_page_an_issue_with_a_masthead() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    crate::ui::menu(&mut h, "Layout", "Issue…");
    h.get_by_label("Paper").click();
    h.run();
    h.get_by_label("Paper").type_text("平安周刊");
    h.run();
    h.get_by_label("Date (YYYY-MM-DD)").click();
    h.run();
    h.get_by_label("Date (YYYY-MM-DD)").type_text("2023-02-30");
    h.run();
    h.get_by_label_contains("The date must be a day of the calendar");
    assert!(
        h.get_by_label("OK").accesskit_node().is_disabled(),
        "no OK on a day the calendar lacks"
    );
    for _ in 0..2 {
        h.key_press(Key::Backspace);
        h.run();
    }
    h.get_by_label("Date (YYYY-MM-DD)").type_text("10");
    h.run();
    click(&mut h, "OK");
    let doc = h.state().doc();
    let issue = doc.issue.as_ref().expect("an issue now");
    assert_eq!(issue.paper, "平安周刊");
    assert_eq!(issue.date.map(|d| d.iso()).as_deref(), Some("2023-02-10"));
    let masthead = doc.pages[0]
        .frames
        .iter()
        .find(|f| f.kind() == banmian::model::FrameKind::Masthead)
        .expect("a masthead on page 1");
    assert_eq!(masthead.line, 0, "across the top");
    assert!(
        doc.overlapping_frames().is_empty(),
        "the stories moved down under it"
    );
    h.get_by_label("Frame Masthead");

    // A page added now gets its page header; the editor named in the navigator prints in it.
    click(&mut h, "Add a page");
    h.get_by_label("Editor").click();
    h.run();
    h.get_by_label("Editor").type_text("张三");
    h.run();
    let composed = h.state_mut().composed();
    let header = composed
        .furniture
        .iter()
        .find(|f| f.page == 1 && f.kind == banmian::compose::FurnitureKind::Header)
        .expect("a page header on page 2");
    assert!(header.text.contains("第2版") && header.text.contains("责任编辑：张三"));
    // The field lets go of the keyboard, so Ctrl+Z undoes edits, not typing.
    h.get_by_role(Role::Canvas).click();
    h.run();
    key(&mut h, Modifiers::COMMAND, Key::Z);
    key(&mut h, Modifiers::COMMAND, Key::Z);
    key(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(h.state().doc().issue.is_none(), "each an undo step");
}

#[test]
fn an_article_is_boxed_from_the_inspector() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    let title = "创建全国文明典范城市再发力";
    crate::ui::select(&mut h, title);
    click(&mut h, "Border");
    h.get_by_label("文武线 (thick and thin)").click();
    h.run();
    let boxed = |h: &Harness<'_, BanmianApp>| {
        let doc = h.state().doc();
        doc.articles
            .iter()
            .find(|a| a.title() == title)
            .and_then(|a| a.boxed)
    };
    assert_eq!(
        boxed(&h).map(|b| b.border),
        Some(banmian::model::Border::WenWu)
    );
    let slider = h.get_by_role(Role::Slider).rect();
    let at = slider.left_center() + egui::vec2(slider.width() * 0.4, 0.0);
    h.hover_at(at);
    h.drag_at(at);
    h.run();
    h.drop_at(at);
    h.run();
    let shading = boxed(&h).map_or(0, |b| b.shading);
    assert!(
        (10..=40).contains(&shading),
        "shading set by the slider: {shading}%"
    );
    let composed = h.state_mut().composed();
    assert!(
        composed
            .furniture
            .iter()
            .any(|f| f.kind == banmian::compose::FurnitureKind::Box),
        "the box prints"
    );
    click(&mut h, "Border");
    h.get_by_label("None").click();
    h.run();
    assert_eq!(boxed(&h), None, "the box is taken away");
}

#[test]
fn the_spread_shows_two_pages_side_by_side() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut doc = crate::util::import_doc(&crate::util::seed_bytes(), None);
    banmian::edit::arrange_pages(&mut doc, crate::util::fonts(), 2, false);
    let path = dir.path().join("issue.ron");
    banmian::store::save(&doc, &path).expect("saves");
    let title_on = |page: usize| {
        let id = doc.pages[page]
            .frames
            .iter()
            .find_map(|f| doc.frame_article(f.id))
            .expect("an article on the page");
        doc.article(id).expect("article").title()
    };
    let (first, second) = (title_on(0), title_on(1));
    let mut h = harness(dir.path(), Some(path), vec![]);
    assert!(
        h.query_by_label(&format!("Frame {second}")).is_none(),
        "one page shown"
    );
    crate::ui::menu(&mut h, "View", "Two-page spread");
    let left = h.get_by_label(&format!("Frame {first}")).rect();
    let right = h.get_by_label(&format!("Frame {second}")).rect();
    assert!(right.left() > left.left(), "page 2 stands right of page 1");
    let canvas = h.get_by_role(Role::Canvas).rect();
    assert!(canvas.contains(right.center()), "both fit the canvas");
}

#[test]
fn the_print_shop_pdf_is_exported_from_the_file_menu() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("print.pdf");
    let picks = vec![(
        banmian::ui::files::Dialog::ExportPrintPdf,
        vec![out.clone()],
    )];
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), picks);
    crate::ui::menu(&mut h, "File", "Export for the print shop (PDF)…");
    for _ in 0..5 {
        h.run();
    }
    let pdf = std::fs::read(&out).expect("the PDF is written");
    assert!(pdf.starts_with(b"%PDF"));
    if let Some(info) = crate::print::poppler("pdfinfo", &["-box"], &out, &[]) {
        let numbers = |name: &str| {
            let line = info
                .lines()
                .find(|l| l.starts_with(name))
                .unwrap_or_default();
            line.split_whitespace()
                .skip(1)
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_ne!(
            numbers("TrimBox:"),
            numbers("MediaBox:"),
            "a trim inside the sheet"
        );
        assert_ne!(
            numbers("BleedBox:"),
            numbers("TrimBox:"),
            "a bleed round the trim"
        );
    }
}

#[test]
fn the_e_paper_is_exported_into_a_folder_asking_first_when_it_holds_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("site");
    std::fs::create_dir(&site).expect("a folder");
    let picks = vec![(banmian::ui::files::Dialog::ExportSite, vec![site.clone()])];
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), picks);
    crate::ui::menu(&mut h, "File", "Export e-paper…");
    for _ in 0..5 {
        h.run();
    }
    assert!(
        site.join("index.html").is_file(),
        "written into the empty folder"
    );
    assert!(site.join("article-01.wechat.html").is_file());
    click(&mut h, "OK");
    // Again: the folder now holds files, so the editor asks before writing into it.
    std::fs::remove_file(site.join("index.html")).expect("removes");
    crate::ui::menu(&mut h, "File", "Export e-paper…");
    for _ in 0..5 {
        h.run();
    }
    assert!(
        !site.join("index.html").exists(),
        "nothing written before the answer"
    );
    h.get_by_label_contains("holds other files");
    click(&mut h, "Write into it");
    for _ in 0..3 {
        h.run();
    }
    assert!(
        site.join("index.html").is_file(),
        "written once the user agreed"
    );
}

#[test]
fn an_article_is_copied_for_wechat_as_styled_html() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    let title = "创建全国文明典范城市再发力";
    crate::ui::select(&mut h, title);
    crate::ui::menu(&mut h, "Edit", "WeChat HTML to clipboard");
    let html = h.state().wechat_copied().expect("copied").to_owned();
    assert!(html.contains(title), "the headline");
    assert!(
        html.contains("<p style="),
        "paragraphs with their look inline"
    );
    for tag in ["<style", "<link", "<script"] {
        assert!(!html.contains(tag), "no {tag}");
    }
}

#[test]
fn a_frame_dragged_to_the_other_page_of_a_spread_moves_there() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut doc = crate::util::import_doc(&crate::util::seed_bytes(), None);
    banmian::edit::arrange_pages(&mut doc, crate::util::fonts(), 2, false);
    let path = dir.path().join("issue.ron");
    banmian::store::save(&doc, &path).expect("saves");
    // The shortest story of page 1, standing alone in one frame.
    let small = doc.pages[0]
        .frames
        .iter()
        .filter(|f| f.is_text())
        .filter_map(|f| Some((doc.frame_article(f.id)?, f)))
        .filter(|(a, _)| doc.chain(*a).len() == 1)
        .min_by_key(|(_, f)| f.height)
        .map(|(a, _)| a)
        .expect("a story");
    let title = doc.article(small).expect("article").title();
    let mut h = harness(dir.path(), Some(path), vec![]);
    crate::ui::menu(&mut h, "View", "Two-page spread");
    let from = h.get_by_label(&format!("Frame {title}")).rect().center();
    // Under the lowest story of page 2, where its page is free.
    let lowest = doc.pages[1]
        .frames
        .iter()
        .filter_map(|f| doc.frame_article(f.id))
        .map(|a| {
            let title = doc.article(a).expect("article").title();
            h.get_by_label(&format!("Frame {title}")).rect()
        })
        .max_by(|a, b| a.bottom().total_cmp(&b.bottom()))
        .expect("a story on page 2");
    let to = egui::pos2(lowest.left() + 10.0, lowest.bottom() + 40.0);
    h.hover_at(from);
    h.drag_at(from);
    h.run();
    h.hover_at(from + egui::vec2(20.0, 0.0));
    h.run();
    h.hover_at(to);
    h.run();
    h.drop_at(to);
    h.run();
    let doc = h.state().doc();
    let frame = doc.chain(small)[0];
    assert_eq!(doc.page_of(frame), 1, "the story is on page 2 now");
    assert!(doc.overlapping_frames().is_empty());
    let moved = doc.frame(frame).expect("the frame");
    let under = doc.pages[1]
        .frames
        .iter()
        .filter(|f| {
            f.id != frame && f.x.get() < moved.right().get() && moved.x.get() < f.right().get()
        })
        .map(|f| f.bottom())
        .max()
        .unwrap_or(0);
    assert!(
        moved.line >= under,
        "where it was dropped, under the stories there"
    );
}

#[test]
fn an_opened_page_fits_the_canvas_above_the_navigator() {
    let dir = tempfile::tempdir().expect("temp dir");
    let h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    let canvas = h.get_by_role(Role::Canvas).rect();
    let frames: Vec<egui::Rect> = h
        .get_all_by_role(Role::Group)
        .filter(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with("Frame "))
        })
        .map(|n| n.rect())
        .collect();
    assert!(!frames.is_empty());
    for rect in frames {
        assert!(
            canvas.contains_rect(rect),
            "{rect:?} reaches out of {canvas:?}"
        );
    }
    // The whole page, its empty foot included, is within the canvas.
    let g = banmian::model::PageGeometry::new(&h.state().doc().setup);
    let tall = h.state().zoom() * g.height;
    assert!(
        tall <= canvas.height(),
        "a page {tall} high in a canvas {}",
        canvas.height()
    );
}

#[test]
fn a_frame_is_dragged_to_another_page_at_half_and_two_and_a_half_times_zoom() {
    for zoom in [0.5f32, 2.5] {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
        click(&mut h, "Add a page");
        key(&mut h, Modifiers::NONE, Key::PageUp);
        key(&mut h, Modifiers::COMMAND, Key::Num1);
        while h.state().zoom() < zoom - 0.01 {
            key(&mut h, Modifiers::COMMAND, Key::Equals);
        }
        while h.state().zoom() > zoom + 0.3 {
            key(&mut h, Modifiers::COMMAND, Key::Minus);
        }
        let title = "公交车“一键报警”新模式运行";
        // Scroll the frame's middle to the middle of the canvas.
        let canvas = h.get_by_role(Role::Canvas).rect();
        let middle = h.get_by_label(&format!("Frame {title}")).rect().center();
        h.hover_at(canvas.center());
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: canvas.center() - middle,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: Modifiers::NONE,
        });
        for _ in 0..20 {
            h.run();
        }
        let from = h.get_by_label(&format!("Frame {title}")).rect().center();
        assert!(canvas.contains(from), "at {zoom}: the frame is in view");
        let thumb = h
            .get_by_role_and_label(Role::Button, "Page 2")
            .rect()
            .center();
        h.hover_at(from);
        h.drag_at(from);
        h.run();
        h.hover_at(from + egui::vec2(0.0, 30.0));
        h.run();
        h.hover_at(thumb);
        h.run();
        h.drop_at(thumb);
        h.run();
        let doc = h.state().doc();
        let id = doc
            .articles
            .iter()
            .find(|a| a.title() == title)
            .map(|a| a.id)
            .expect("the article");
        assert_eq!(
            doc.page_of(doc.chain(id)[0]),
            1,
            "at {zoom}: moved to page 2"
        );
    }
}
