//! The clipboard and input methods in the editor: text pasted on the page becomes an article,
//! a headline copied out pastes into another field, Chinese typed through an IME arrives, and an
//! import of several manuscripts reports what each gave.

use banmian::ui::files::Dialog;
use eframe::egui::{self, Key, Modifiers, Role};
use egui_kittest::kittest::Queryable as _;

use crate::ui::{harness, menu, seed_layout, select};
use crate::util::fonts;

#[test]
fn text_pasted_on_the_page_becomes_a_new_article() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    let before = h.state().doc().articles.len();
    let copied = "反诈宣传进社区\u{a0}\r\n\r\n\r\n\u{3000}\u{3000}近日，马村派出所\u{200b}开展反诈宣传活动。\r\n民警向群众讲解电信诈骗的惯用手法。\r\n\r\n通讯员 孙闫慧\r\n";
    h.event(egui::Event::Paste(copied.to_owned()));
    h.run();
    let doc = h.state().doc();
    assert_eq!(doc.articles.len(), before + 1);
    let article = doc.articles.last().expect("the pasted article");
    assert_eq!(article.headline.as_deref(), Some("反诈宣传进社区"));
    assert_eq!(article.paragraph_count(), 1, "the soft break is joined");
    assert_eq!(
        article.byline.as_ref().map(|b| b.text.as_str()),
        Some("通讯员 孙闫慧")
    );
    // It is selected: the inspector shows its headline.
    let field = h.get_by_role_and_label(Role::TextInput, "Headline");
    assert_eq!(field.value().as_deref(), Some("反诈宣传进社区"));
}

#[test]
fn a_headline_copied_out_pastes_into_another_field() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    select(&mut h, "创建全国文明典范城市再发力");
    h.get_by_role_and_label(Role::TextInput, "Headline").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.event(egui::Event::Copy);
    // The copy is in the output of the frame that handles it.
    h.step();
    let copied = h
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .expect("the headline is copied to the clipboard");
    assert_eq!(copied, "创建全国文明典范城市再发力");
    h.get_by_role_and_label(Role::TextInput, "Kicker").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.event(egui::Event::Paste(copied.clone()));
    h.run();
    assert_eq!(
        h.state().doc().articles[4].kicker.as_deref(),
        Some(copied.as_str())
    );
    assert_eq!(
        h.state().doc().articles.len(),
        11,
        "pasting into a field makes no new article"
    );
}

/// Issue 23: a pasted paragraph longer than a layout holds is refused with a message, and the
/// document is left as it was (it would no longer save).
#[test]
fn a_pasted_paragraph_too_long_for_a_layout_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    let before = h.state().doc().clone();
    h.event(egui::Event::Paste(format!(
        "标题\n\n　　{}",
        "警".repeat(1_100_000)
    )));
    h.run();
    assert_eq!(h.state().doc(), &before, "nothing added");
    h.get_by_label_contains("more than one paragraph may (1000000)");
}

#[test]
fn chinese_typed_through_an_input_method_arrives() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    select(&mut h, "创建全国文明典范城市再发力");
    h.get_by_role_and_label(Role::TextInput, "Byline").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.event(egui::Event::Ime(egui::ImeEvent::Preedit {
        text: "tongxunyuan".to_owned(),
        active_range_chars: None,
    }));
    h.run();
    h.event(egui::Event::Ime(egui::ImeEvent::Commit(
        "通讯员 王芳".to_owned(),
    )));
    h.run();
    assert_eq!(
        h.state().doc().articles[4]
            .byline
            .as_ref()
            .map(|b| b.text.as_str()),
        Some("通讯员 王芳")
    );
}

#[test]
fn importing_manuscripts_reports_what_each_gave() {
    let dir = tempfile::tempdir().expect("temp dir");
    let word = dir.path().join("表格.docx");
    crate::word::write_docx(
        &word,
        &[
            crate::word::para(r#"<w:jc w:val="center"/>"#, &[("一季度破案统计", true, 36)]),
            crate::word::body("各单位一季度破案情况如下。"),
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>任城分局</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
                .to_owned(),
            crate::word::body("通讯员 李勇"),
        ],
        "",
        &[],
    );
    let text = dir.path().join("稿件.txt");
    std::fs::write(
        &text,
        "守护万家灯火\n\n　　金乡县公安局扎实推进创安工作。\n（通讯员 苏培银）\n",
    )
    .expect("writes");
    let mut h = harness(
        dir.path(),
        None,
        vec![(Dialog::ImportText, vec![word, text])],
    );
    menu(&mut h, "File", "Import");
    // One notice, a line per file, the Word file's warning under it.
    for line in [
        "Imported:",
        "表格.docx：一季度破案统计 · 通讯员 李勇",
        "⚠ a table was flattened",
        "稿件.txt：守护万家灯火 · 通讯员 苏培银",
    ] {
        h.get_by_label_contains(line);
    }
    assert_eq!(h.state().doc().articles.len(), 2);
}

#[test]
fn the_check_panel_lists_a_planted_error_selects_it_fixes_it_and_undo_restores_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut doc = crate::util::import_doc(&crate::util::seed_bytes(), None);
    banmian::edit::arrange::arrange(&mut doc, fonts());
    let planted = match &mut doc.articles[4].body[0] {
        banmian::model::Block::Paragraph(p) => {
            p.set_text(p.text.replacen('，', ",", 1));
            p.text.clone()
        }
        other => panic!("a paragraph, not {other:?}"),
    };
    let layout = dir.path().join("planted.ron");
    banmian::store::save(&doc, &layout).expect("saves");
    let mut h = harness(dir.path(), Some(layout), vec![]);
    // The status bar counts it; a click there opens the panel.
    h.get_by_label_contains("Check 1 errors").click();
    h.run();
    h.get_by_label_contains("Half-width punctuation：").click();
    h.run();
    let article = h.state().doc().articles[4].id;
    assert_eq!(h.state().selected(), Some(article));
    // The inspector shows the paragraph with the comma selected.
    assert!(
        h.get_by_role_and_label(Role::MultilineTextInput, "Paragraph 1")
            .is_focused()
    );
    h.get_by_label("Fix").click();
    h.run();
    let text =
        |h: &egui_kittest::Harness<'_, banmian::ui::BanmianApp>| match &h.state().doc().articles[4]
            .body[0]
        {
            banmian::model::Block::Paragraph(p) => p.text.clone(),
            _ => String::new(),
        };
    assert_eq!(text(&h), planted.replacen(',', "，", 1));
    h.get_by_label_contains("Check 0 errors");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(text(&h), planted, "undo restores it");
}

#[test]
fn an_expression_added_in_the_check_panel_is_found_and_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    h.get_by_label_contains("Check 0 errors").click();
    h.run();
    for (label, text) in [
        ("Expression", "扎实推进"),
        ("Write instead (empty: use with care)", "切实推进"),
        ("Source", "本社规范"),
    ] {
        h.get_by_role_and_label(Role::TextInput, label).click();
        h.run();
        h.get_by_role_and_label(Role::TextInput, label)
            .type_text(text);
        h.run();
    }
    h.get_by_label("Add").click();
    h.run();
    let doc = h.state().doc();
    assert_eq!(doc.proofing.expressions.len(), 1);
    let page = banmian::compose::compose_page(doc, fonts());
    let found = banmian::check::check(doc, &page);
    assert!(
        found
            .iter()
            .any(|f| f.kind == "standard_expression" && f.excerpt.contains("扎实推进")),
        "{found:?}"
    );
    h.get_by_label_contains("Standard expression：");
    // Kept with the layout.
    let ron = banmian::store::to_ron(doc).expect("RON");
    assert!(ron.contains("wrong: \"扎实推进\""), "{ron}");
}

/// Issue 22, point 9: an article is copied like an object. Ctrl+C on the page (as the window
/// delivers it) copies the selected article and puts it on the system clipboard as a
/// manuscript; pasting that text back pastes the article itself, with its paragraphs and
/// byline, placed and selected; Ctrl+D duplicates; Ctrl+X cuts it out of the document; each
/// is undone by Ctrl+Z.
#[test]
fn an_article_is_copied_pasted_duplicated_and_cut_like_an_object() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    let original = h.state().doc().articles[4].clone();
    let count = h.state().doc().articles.len();
    let last = |h: &egui_kittest::Harness<'_, banmian::ui::BanmianApp>| {
        h.state().doc().articles.last().cloned().expect("articles")
    };
    let same_text = |a: &banmian::model::Article| {
        a.headline == original.headline
            && a.body.len() == original.body.len()
            && a.byline.as_ref().map(|b| &b.text) == original.byline.as_ref().map(|b| &b.text)
    };
    select(&mut h, &original.title());

    h.event(egui::Event::Copy);
    h.run();
    let copied = banmian::export::article_as_manuscript(&original);
    h.event(egui::Event::Paste(copied));
    h.run();
    assert_eq!(h.state().doc().articles.len(), count + 1, "pasted");
    let pasted = last(&h);
    assert!(
        same_text(&pasted),
        "the article itself, not a manuscript read again"
    );
    assert_ne!(pasted.id, original.id);
    assert_eq!(
        h.state().selected(),
        Some(pasted.id),
        "the copy is selected"
    );
    assert!(h.state().doc().overlapping_frames().is_empty());

    h.key_press_modifiers(Modifiers::COMMAND, Key::D);
    h.run();
    assert_eq!(h.state().doc().articles.len(), count + 2, "duplicated");
    assert!(same_text(&last(&h)));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().doc().articles.len(), count + 1, "undone");

    // Something else on the clipboard is read as a new manuscript, as before.
    h.event(egui::Event::Paste("别的稿件\n　　正文一段。\n".to_owned()));
    h.run();
    assert_eq!(last(&h).headline.as_deref(), Some("别的稿件"));

    // The original, first of the two in the list.
    let title = original.title();
    h.query_all_by_role_and_label(Role::ListItem, &title)
        .next()
        .expect("the original")
        .click();
    h.run();
    h.event(egui::Event::Cut);
    h.run();
    assert!(h.state().doc().article(original.id).is_none(), "cut out");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(h.state().doc().article(original.id).is_some(), "back");
}

/// Issue 22, point 9: a picture box is duplicated and pasted from the Edit menu.
#[test]
fn a_picture_box_is_duplicated_and_pasted_from_the_menu() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    let boxes = |h: &egui_kittest::Harness<'_, banmian::ui::BanmianApp>| {
        h.state()
            .doc()
            .frames()
            .filter(|(_, f)| f.kind() == banmian::model::FrameKind::Box)
            .count()
    };
    menu(&mut h, "Edit", "Add picture box");
    assert_eq!(boxes(&h), 1);
    let boxed = h
        .state()
        .doc()
        .frames()
        .find(|(_, f)| f.kind() == banmian::model::FrameKind::Box)
        .map(|(_, f)| f.clone())
        .expect("a box");
    h.get_by_label("Frame Picture box").click();
    h.run();
    menu(&mut h, "Edit", "Duplicate");
    assert_eq!(boxes(&h), 2, "duplicated");
    menu(&mut h, "Edit", "Copy");
    menu(&mut h, "Edit", "Paste");
    assert_eq!(boxes(&h), 3, "pasted");
    let all: Vec<_> = h
        .state()
        .doc()
        .frames()
        .filter(|(_, f)| f.kind() == banmian::model::FrameKind::Box)
        .map(|(_, f)| (f.width, f.height))
        .collect();
    assert!(
        all.iter().all(|&s| s == (boxed.width, boxed.height)),
        "{all:?}"
    );
    assert!(h.state().doc().overlapping_frames().is_empty());
}
