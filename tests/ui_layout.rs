//! The editor's layout tools, driven through egui_kittest as a user would: continuing overset text
//! in a new frame, the printed-columns switch, the headline block, picture boxes and text wrap.

use std::path::Path;

use banmian::compose::{SetKind, compose_page};
use banmian::fonts::FaceId;
use banmian::model::{ArticleId, Document, Em, Frame, FrameKind, PageGeometry};
use banmian::ui::BanmianApp;
use eframe::egui::{self, Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::ui::{click, harness, menu, seed_layout, select};
use crate::util::fonts;

/// Drags from one point to another the way a hand does: press, a few moves, release.
fn drag(h: &mut Harness<'_, BanmianApp>, from: egui::Pos2, to: egui::Pos2) {
    h.hover_at(from);
    h.drag_at(from);
    h.run();
    h.hover_at(from + (to - from) * 0.2);
    h.run();
    h.hover_at(to);
    h.run();
    h.drop_at(to);
    h.run();
}

/// The seed page in the editor, with the article titled `title` selected.
fn seed_with_selected(dir: &Path, title: &str) -> Harness<'static, BanmianApp> {
    let mut h = harness(dir, Some(seed_layout(dir)), vec![]);
    select(&mut h, title);
    h
}

/// Opens the inspector's drop-down `field` and picks `option` in it.
fn choose(h: &mut Harness<'_, BanmianApp>, field: &str, option: &str) {
    click(h, field);
    h.get_by_label(option).click();
    h.run();
}

/// The article whose frame has nothing under it and the most free page below.
fn frame_with_most_room_below(doc: &Document) -> ArticleId {
    let frames: Vec<_> = doc.frames().map(|(_, f)| f.clone()).collect();
    frames
        .iter()
        .filter(|f| {
            !frames.iter().any(|g| {
                g.line > f.line && g.x.get() < f.right().get() && f.x.get() < g.right().get()
            })
        })
        .min_by_key(|f| f.bottom())
        .and_then(|f| doc.frame_article(f.id))
        .expect("a placed article")
}

fn overset(doc: &Document, article: ArticleId) -> usize {
    compose_page(doc, fonts())
        .article(article)
        .map_or(0, |a| a.set.overset_chars())
}

/// The seed in the editor, the article with the most free page below its frame selected and
/// its frame cut to half its height in the inspector, so that its text is overset: the editor,
/// the article, its title and its frame as it was.
fn cut_to_overset(dir: &Path) -> (Harness<'static, BanmianApp>, ArticleId, String, Frame) {
    let mut h = harness(dir, Some(seed_layout(dir)), vec![]);
    let id = frame_with_most_room_below(h.state().doc());
    let title = h.state().doc().article(id).expect("article").title();
    select(&mut h, &title);
    let frame = h.state().doc().first_frame(id).expect("placed").clone();
    let field = h.get_by_label("Height (lines)");
    field.click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Height (lines)")
        .type_text(&(frame.height / 2).to_string());
    h.key_press(Key::Enter);
    h.run();
    assert!(
        overset(h.state().doc(), id) > 0,
        "the shortened frame oversets"
    );
    (h, id, title, frame)
}

/// The out-port of an article's last frame and the first frame, on the screen.
fn port_and_frame(h: &Harness<'_, BanmianApp>, title: &str) -> (egui::Rect, egui::Rect) {
    let port = format!("Continue text {title}");
    let port = h.get_by_role_and_label(Role::Button, &port).rect();
    (port, h.get_by_label(&format!("Frame {title}")).rect())
}

#[test]
fn overset_text_continues_in_a_new_frame() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, id, title, frame) = cut_to_overset(dir.path());
    // Drag from the out-port to the free page under everything, two grid lines under the
    // shortened frame.
    let (port, frame_rect) = port_and_frame(&h, &title);
    let port = port.center();
    let per_line = frame_rect.height() / (frame.height / 2) as f32;
    let to = egui::pos2(
        frame_rect.left() + 4.0,
        frame_rect.bottom() + 2.2 * per_line,
    );
    drag(&mut h, port, to);
    let doc = h.state().doc();
    let chain = doc.chain(id);
    assert_eq!(chain.len(), 2, "a second frame continues the text");
    assert_eq!(
        chain[0], frame.id,
        "the new frame follows the shortened one"
    );
    let frames: Vec<_> = chain
        .iter()
        .filter_map(|c| doc.frame(*c))
        .map(|f| (f.line, f.height, f.width))
        .collect();
    assert_eq!(overset(doc, id), 0, "nothing overset any more: {frames:?}");
    assert!(doc.overlapping_frames().is_empty());
    // The new frame ends at the foot of the text it took, not at the page's foot.
    let new = doc.frame(chain[1]).expect("the new frame");
    let foot = compose_page(doc, fonts())
        .article(id)
        .and_then(|a| a.set.foot_in(new.id));
    assert!(
        new.height == 3 || foot == Some(new.bottom()),
        "{frames:?}, text foot {foot:?}"
    );

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        h.state().doc().chain(id).len(),
        1,
        "undo takes the frame away"
    );
}

/// Issue 22, point 4: the out-port stands in the margin under its frame, clear of the byline on
/// the frame's last line, and the new frame lands in the column the + is dropped in, snapped to
/// that column's left edge (it landed one column to the right).
#[test]
fn a_continuation_lands_in_the_column_it_is_dropped_in() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, id, title, frame) = cut_to_overset(dir.path());
    let (port, frame_rect) = port_and_frame(&h, &title);
    assert!(
        port.top() >= frame_rect.bottom(),
        "the + is under the frame: {port:?} {frame_rect:?}"
    );
    // Two thirds of the way across the frame's first base column, three lines under it.
    let g = PageGeometry::new(&h.state().doc().setup);
    let per_point = frame_rect.width() / (frame.width.get() * g.em);
    let per_line = frame_rect.height() / (frame.height / 2) as f32;
    let to = egui::pos2(
        frame_rect.left() + 0.66 * g.column * per_point,
        frame_rect.bottom() + 3.5 * per_line,
    );
    drag(&mut h, port.center(), to);
    let doc = h.state().doc();
    let chain = doc.chain(id);
    assert_eq!(chain.len(), 2, "a second frame continues the text");
    let new = doc.frame(chain[1]).expect("the new frame");
    assert_eq!(new.x, frame.x, "the column it was dropped in");
    assert_eq!(
        new.line,
        frame.line + frame.height / 2 + 3,
        "the line it was dropped on"
    );
}

/// Issue 22, point 2: the blue square at a selected frame's corner resizes it, by pointer
/// drags as a user makes them, at 50%, 100% and 262% zoom; it shows the resize cursor, and the
/// canvas does not scroll instead.
#[test]
fn the_corner_handle_resizes_a_frame_at_every_zoom() {
    let dir = tempfile::tempdir().expect("temp dir");
    for zoom in [0.5f32, 1.0, 2.62] {
        let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
        let id = frame_with_most_room_below(h.state().doc());
        let title = h.state().doc().article(id).expect("article").title();
        let frame = h.state().doc().first_frame(id).expect("placed").clone();
        // Zoom in or out by the menu's steps to about `zoom`, from 100%.
        h.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
        h.run();
        while h.state().zoom() < zoom - 0.01 {
            h.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
            h.run();
        }
        while h.state().zoom() > zoom + 0.3 {
            h.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
            h.run();
        }
        // Scroll the frame's corner to the middle of the canvas.
        let canvas = h.get_by_role(Role::Canvas).rect();
        let corner = h
            .get_by_label(&format!("Frame {title}"))
            .rect()
            .right_bottom();
        h.hover_at(canvas.center());
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: canvas.center() - corner,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: Modifiers::NONE,
        });
        for _ in 0..20 {
            h.run();
        }
        select(&mut h, &title);
        let rect = h.get_by_label(&format!("Frame {title}")).rect();
        let per_line = rect.height() / frame.height as f32;
        // Just inside the square's outer half, where it stands beyond the frame's corner.
        let grab = rect.right_bottom() + egui::vec2(3.0, 3.0);
        h.hover_at(grab);
        h.run();
        let cursor = h.output().platform_output.cursor_icon;
        assert_eq!(cursor, egui::CursorIcon::ResizeNwSe, "at {zoom}");
        let offset = h.state().view_offset();
        drag(&mut h, grab, grab + egui::vec2(0.0, 4.0 * per_line));
        let resized = h.state().doc().frame(frame.id).expect("the frame").clone();
        assert_eq!(
            resized.height,
            frame.height + 4,
            "at {}%",
            h.state().zoom() * 100.0
        );
        assert_eq!(
            resized.width, frame.width,
            "a drag straight down keeps the frame's width, a column's or not"
        );
        assert_eq!(h.state().view_offset(), offset, "the canvas did not scroll");
    }
}

/// Issue 22, point 3: a headline turned vertical in the inspector keeps its main line larger
/// than its kicker (it shrank below the 小四 kicker, unreadable), breaking into two columns
/// where its frame is not tall enough, and Check finds no error in the size order.
#[test]
fn a_headline_turned_vertical_keeps_its_main_line_largest() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = seed_with_selected(dir.path(), "守护蒜乡万家灯火 书写平安满意答卷");
    choose(&mut h, "Headline direction", "Vertical, right");
    let page = h.state_mut().composed();
    let id = h.state().doc().articles[1].id;
    let frame = h.state().doc().first_frame(id).expect("placed").id;
    // The block's runs: the kicker 金乡县公安局 and the headline, larger than body type.
    let size_of = |c: char| {
        page.items
            .iter()
            .filter(|i| i.origin.frame == Some(frame))
            .filter_map(|i| match &i.kind {
                banmian::compose::ItemKind::Text(run) if run.size > 9.0 + 0.01 => Some(run),
                _ => None,
            })
            .filter(|run| run.glyphs.iter().any(|(g, _)| *g == c))
            .map(|run| run.size)
            .fold(0.0f32, f32::max)
    };
    let (kicker, main) = (size_of('局'), size_of('守'));
    assert!(main > kicker, "headline {main} pt, kicker {kicker} pt");
    let findings = banmian::check::check(h.state().doc(), &page);
    assert!(
        !findings.iter().any(|f| f.kind == "headline_order"),
        "{findings:?}"
    );
}

/// Issue 22, point 3: a short story's 二号 headline turned vertical is given the height it
/// needs. Its frame grows into the free page under it, so the headline stands in one column at its
/// own size, neither broken in two nor set smaller; undo gives the frame back its height.
#[test]
fn a_vertical_headline_grows_its_frame_where_the_page_has_room() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut doc = crate::util::import_doc(crate::photos::SHORT_STORY.as_bytes(), None);
    banmian::edit::arrange::arrange(&mut doc, fonts());
    let layout = dir.path().join("story.ron");
    banmian::store::save(&doc, &layout).expect("saved");
    let id = doc.articles[0].id;
    let before = doc.first_frame(id).expect("placed").clone();
    let mut h = harness(dir.path(), Some(layout), vec![]);
    select(&mut h, &doc.articles[0].title());
    choose(&mut h, "Headline size", "二号");
    choose(&mut h, "Headline direction", "Vertical, right");

    let frame = h.state().doc().first_frame(id).expect("placed").clone();
    assert!(
        frame.height > before.height,
        "{} → {}",
        before.height,
        frame.height
    );
    let page = h.state_mut().composed();
    let headline: Vec<(f32, f32)> = page
        .items
        .iter()
        .filter(|i| i.origin.frame == Some(frame.id))
        .filter_map(|i| match &i.kind {
            banmian::compose::ItemKind::Text(run) if run.size > 9.0 + 0.01 => Some(run),
            _ => None,
        })
        .flat_map(|run| run.glyphs.iter().map(|(_, x)| (*x, run.size)))
        .collect();
    assert_eq!(
        headline.len(),
        "民警寻回走失老人".chars().count(),
        "{headline:?}"
    );
    assert!(
        headline.windows(2).all(|w| (w[0].0 - w[1].0).abs() < 0.01),
        "one column: {headline:?}"
    );
    let wanted = 22.0;
    assert!(
        headline
            .iter()
            .all(|(_, size)| (size - wanted).abs() < 0.01),
        "at {wanted} pt: {headline:?}"
    );
    assert!(h.state().doc().overlapping_frames().is_empty());
    assert_eq!(overset(h.state().doc(), id), 0);

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    let undone = h.state().doc().first_frame(id).expect("placed");
    assert_eq!(undone.height, before.height);
    assert_eq!(
        h.state().doc().articles[0].headline_block.direction,
        banmian::model::HeadDirection::Horizontal
    );
}

#[test]
fn keeping_the_printed_columns_switches_and_undoes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    select(&mut h, "锐意开拓进取 锻造公安铁军");
    let id = h.state().doc().articles[0].id;
    let before = compose_page(h.state().doc(), fonts());
    click(&mut h, "Keep printed columns");
    assert!(h.state().doc().articles[0].keep_printed_columns);
    let after = compose_page(h.state().doc(), fonts());
    assert_ne!(
        before.article(id).map(|a| &a.set),
        after.article(id).map(|a| &a.set),
        "the columns break where the page printed them"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(!h.state().doc().articles[0].keep_printed_columns);
}

#[test]
fn the_headline_block_changes_size_and_span() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = seed_with_selected(dir.path(), "锐意开拓进取 锻造公安铁军");
    choose(&mut h, "Headline size", "小初");
    let block = h.state().doc().articles[0].headline_block.clone();
    assert_eq!(block.headline.map(|s| s.size_pt), Some(36.0));

    choose(&mut h, "Headline over columns", "1");
    let doc = h.state().doc().clone();
    assert_eq!(doc.articles[0].headline_block.columns, Some(1));
    // Over one column, the 36-pt headline breaks into lines and is printed whole.
    let page = compose_page(&doc, fonts());
    let printed = crate::util::printed_text(&page);
    assert!(printed.contains("锐意开拓进取"));
    assert!(printed.contains("锻造公安铁军"));
    assert!(banmian::compose::ink::collisions(&page).is_empty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().doc().articles[0].headline_block.columns, None);
}

#[test]
fn text_wraps_around_a_picture_box() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    select(&mut h, "锐意开拓进取 锻造公安铁军");
    menu(&mut h, "Edit", "Add picture box");
    let doc = h.state().doc().clone();
    let boxed = doc
        .frames()
        .map(|(_, f)| f)
        .find(|f| f.kind() == FrameKind::Box)
        .expect("a picture box");
    assert!(
        doc.overlapping_frames().is_empty(),
        "a box over text is no overlap"
    );
    let page = compose_page(&doc, fonts());
    let id = doc.articles[0].id;
    let set = &page.article(id).expect("composed").set;
    // Lines beside the box are set shorter, none runs under it.
    let column = page
        .frame(doc.first_frame(id).expect("placed").id)
        .and_then(|f| f.columns.first())
        .map(|c| c.width)
        .expect("columns");
    let shortened = set
        .items
        .iter()
        .filter(|i| {
            i.slot
                .is_some_and(|s| s.line >= boxed.line && s.line < boxed.bottom())
        })
        .filter(|i| matches!(&i.kind, SetKind::Line { room, .. } if room.get() < column.get()))
        .count();
    let covered = set.items.iter().filter(|i| {
        i.slot.is_some_and(|s| {
            s.line >= boxed.line
                && s.line < boxed.bottom()
                && s.x.get() < boxed.right().get()
                && (s.x + s.room).get() > boxed.x.get()
        })
    });
    assert_eq!(covered.count(), 0, "no line runs under the box");
    let g = page.geometry;
    let (left, right) = (g.x(boxed.x), g.x(boxed.right()));
    let (top, bottom) = (g.line_y(boxed.line), g.line_y(boxed.bottom()));
    let inside = banmian::compose::ink::ink_boxes(&page)
        .into_iter()
        .filter(|b| b.left < right && b.right > left && b.top < bottom && b.bottom > top)
        .count();
    assert_eq!(inside, 0, "no character is printed inside the box");
    println!("{shortened} lines beside the box");
    // The frame was as high as its text and the next article stands a line under it: the
    // lines the box took push text out, the frame cannot grow, and it says so.
    assert!(set.overset_chars() > 0);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(
        h.state()
            .doc()
            .frames()
            .all(|(_, f)| f.kind() == FrameKind::Text)
    );
}

#[test]
fn a_layout_with_overlapping_frames_is_reported_when_opened() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = seed_layout(dir.path());
    let mut doc = banmian::store::load(&path).expect("loads");
    let first = doc.pages[0].frames[0].clone();
    doc.pages[0].frames[1].line = first.line + 2;
    banmian::store::save(&doc, &path).expect("saves");
    let h = harness(dir.path(), Some(path), vec![]);
    let text = format!("#{} × #{}", first.id.0, doc.pages[0].frames[1].id.0);
    h.get_by_label_contains(&text);
    h.get_by_label_contains("overlap");
}

#[test]
fn re_setting_all_text_drops_the_printed_lines_and_undoes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    let printed = |doc: &Document| {
        doc.articles
            .iter()
            .flat_map(|a| a.paragraphs())
            .filter(|p| p.printed_lines.is_some())
            .count()
    };
    assert!(printed(h.state().doc()) > 30);
    menu(&mut h, "Edit", "Re-set all text");
    assert_eq!(printed(h.state().doc()), 0);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(printed(h.state().doc()) > 30);
}

#[test]
fn the_headline_goes_into_a_frame_of_its_own_and_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    select(&mut h, "锐意开拓进取 锻造公安铁军");
    let id = h.state().doc().articles[0].id;
    let text_frame = h.state().doc().first_frame(id).expect("placed").clone();
    click(&mut h, "Headline in its own frame");
    let doc = h.state().doc().clone();
    let head = doc.headline_frame(id).expect("a headline frame").clone();
    assert_eq!(head.kind(), FrameKind::Headline);
    let text = doc.first_frame(id).expect("still placed");
    assert_eq!(
        text.line,
        head.bottom(),
        "the text starts under the headline"
    );
    assert!(doc.overlapping_frames().is_empty());
    let page = compose_page(&doc, fonts());
    assert!(crate::util::printed_text(&page).contains("锐意开拓进取"));
    assert_eq!(page.frame(text.id).map(|f| f.head_lines), Some(0));
    assert!(page.frame(head.id).is_some_and(|f| f.head_lines > 0));

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(h.state().doc().headline_frame(id).is_none(), "undo");
    assert_eq!(h.state().doc().first_frame(id), Some(&text_frame));
    click(&mut h, "Headline in its own frame");
    click(&mut h, "Headline back over the text");
    assert!(h.state().doc().headline_frame(id).is_none());
    assert_eq!(
        h.state().doc().first_frame(id).map(|f| f.line),
        Some(text_frame.line)
    );
}

#[test]
fn choosing_a_headline_face_in_the_styles_dialog_changes_the_canvas_and_undoes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    let title = "锐意开拓进取 锻造公安铁军";
    let headline_faces = |h: &mut Harness<'_, BanmianApp>| {
        let page = h.state_mut().composed();
        let mut faces: Vec<banmian::fonts::FaceId> = page
            .runs(0)
            .filter(|r| {
                r.glyphs
                    .iter()
                    .map(|g| g.0)
                    .collect::<String>()
                    .starts_with("锐意开拓进取")
            })
            .map(|r| r.font)
            .collect();
        faces.dedup();
        faces
    };
    assert_eq!(
        headline_faces(&mut h),
        [FaceId::sans_bold()],
        "{title} in 黑体"
    );
    menu(&mut h, "File", "Text styles");
    assert!(h.state().has_dialog());
    click(&mut h, "Headline style face");
    h.get_by_label_contains("Noto Serif CJK SC（bundled")
        .click();
    h.run();
    // At its regular weight: the bundled face (a bold one may be installed too).
    click(&mut h, "Headline style weight");
    click(&mut h, "Regular");
    h.run();
    click(&mut h, "OK");
    h.run();
    assert!(!h.state().has_dialog());
    assert_eq!(
        h.state()
            .doc()
            .styles
            .get(banmian::model::Role::Headline)
            .families[0],
        "Noto Serif CJK SC"
    );
    assert_eq!(
        headline_faces(&mut h),
        [FaceId::serif()],
        "the canvas sets it in 宋体"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(h.state().doc().styles.is_default());
    assert_eq!(headline_faces(&mut h), [FaceId::sans_bold()], "undone");
}

#[test]
fn a_layout_naming_a_missing_family_opens_with_a_notice_and_saves_the_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = seed_layout(dir.path());
    let mut doc = banmian::store::load(&path).expect("loads");
    let absent = "方正书宋_不存在";
    doc.styles.set(
        banmian::model::Role::Body,
        banmian::model::TextStyle {
            families: vec![absent.to_owned()],
            size_pt: None,
            weight: 400,
        },
    );
    banmian::store::save(&doc, &path).expect("saves");
    let mut h = harness(dir.path(), Some(path.clone()), vec![]);
    let notice = h.state().notice().unwrap_or_default().to_owned();
    assert!(
        notice.contains("not installed") && notice.contains(absent),
        "{notice}"
    );
    click(&mut h, "OK");
    // Changed and saved, the layout still names the family.
    h.state_mut().save_to(&path);
    let saved = std::fs::read_to_string(&path).expect("reads");
    assert!(saved.contains(absent));
}

#[test]
fn the_inspector_sets_one_headline_in_an_installed_family_and_undoes() {
    if !crate::fonts::kai_installed() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    select(&mut h, "锐意开拓进取 锻造公安铁军");
    click(&mut h, "Headline face");
    h.get_by_label_contains(&format!("{}（", crate::fonts::KAI))
        .click();
    h.run();
    let line = h.state().doc().articles[0].headline_block.headline.clone();
    assert_eq!(
        line.and_then(|l| l.family).as_deref(),
        Some(crate::fonts::KAI)
    );
    let kai = fonts()
        .find_family(crate::fonts::KAI, 700)
        .expect("installed");
    assert!(h.state_mut().composed().runs(0).any(|r| r.font == kai));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(
        h.state().doc().articles[0]
            .headline_block
            .headline
            .is_none()
    );
    assert!(!h.state_mut().composed().runs(0).any(|r| r.font == kai));
}

/// Issue 19: the inspector's column width (栏宽) resizes the article's frames to hold their
/// text columns at that width, and the text is set in them; undo puts them back.
#[test]
fn the_column_width_field_resizes_the_frames() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    let doc = h.state().doc().clone();
    let article = doc.articles[1].id;
    let title = doc.articles[1].title();
    let before = doc.first_frame(article).expect("placed").clone();
    crate::ui::select(&mut h, &title);
    let field = h.get_by_label("Measure (em)");
    field.click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Measure (em)").type_text("16");
    h.key_press(Key::Enter);
    h.run();
    let doc = h.state().doc();
    let after = doc.first_frame(article).expect("placed");
    let g = banmian::model::PageGeometry::new(&doc.setup);
    let columns = after.text_columns();
    assert_eq!(columns, before.text_columns());
    assert_eq!(
        after.width,
        Em(16.0) * columns as f32 + g.gutter_em() * (columns - 1) as f32,
        "{columns} columns of 16 em"
    );
    assert_eq!(g.frame(after).column_width, Em(16.0));
    assert!(doc.overlapping_frames().is_empty());
    let page = banmian::compose::compose_page(doc, fonts());
    let set = &page.article(article).expect("composed").set;
    let rooms: Vec<f32> = set
        .items
        .iter()
        .filter_map(|i| i.slot.map(|s| s.room.get()))
        .collect();
    assert!(
        !rooms.is_empty() && rooms.iter().all(|&r| r <= 16.0 + 1e-3),
        "{rooms:?}"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().doc().first_frame(article), Some(&before));
}

/// Issue 22, point 7: Layout ▸ Fill the page arranges the seed again so that the page left free
/// is one block at its foot, which the status bar names; Ctrl+Z puts the page back.
#[test]
fn fill_the_page_leaves_one_block_the_status_bar_names() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), Some(seed_layout(dir.path())), vec![]);
    let before = h.state().doc().clone();
    let (lines_before, columns_before) = banmian::edit::arrange::free_space(&before, 0);
    menu(&mut h, "Layout", "Fill the page");
    let doc = h.state().doc().clone();
    let (lines, columns) = banmian::edit::arrange::free_space(&doc, 0);
    assert!(
        lines * columns > lines_before * columns_before,
        "{lines} × {columns} free, {lines_before} × {columns_before} before"
    );
    assert!(doc.overlapping_frames().is_empty());
    assert!(doc.articles.iter().all(|a| doc.is_placed(a.id)));
    h.get_by_label(&format!("Free {lines} lines × {columns} columns"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().doc(), &before, "undone");
}
