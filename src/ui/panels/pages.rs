//! The page navigator (版面导航): a strip of the pages as thumbnails with their numbers
//! and names. A click shows a page; a frame or an article dropped on one moves there; buttons
//! add, remove and reorder pages, and fields name the page shown, its editor and proofreader,
//! and switch the rules between its articles.

use eframe::egui::{self, Color32, CornerRadius, FontId, Sense, Stroke, Vec2};

use super::PanelContext;
use crate::edit::{Edit, PageInfo};
use crate::model::{ArticleId, PageGeometry};
use crate::ui::colors;
use crate::ui::command::{Action, Command, DraggedFrame};

/// Height of a page's thumbnail, in screen points.
const THUMB_HEIGHT: f32 = 84.0;
/// Room under a thumbnail for its number and name.
const LABEL_HEIGHT: f32 = 16.0;

/// Draws the navigator at the foot of the window, above the status bar.
pub fn pages_ui(cx: &PanelContext<'_>, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let t = cx.texts;
    egui::Panel::bottom("pages").show(ui, |ui| {
        ui.horizontal(|ui| {
            egui::ScrollArea::horizontal()
                .max_width(ui.available_width() - 560.0)
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        for index in 0..cx.doc.pages.len() {
                            thumbnail(cx, ui, index, actions);
                        }
                    });
                });
            ui.separator();
            ui.vertical(|ui| {
                ui.horizontal(|ui| {
                    let (page, pages) = (cx.page, cx.doc.pages.len());
                    let buttons = [
                        (Command::AddPage, pages < crate::model::MAX_PAGES),
                        (Command::RemovePage, pages > 1),
                        (Command::MovePageEarlier, page > 0),
                        (Command::MovePageLater, page + 1 < pages),
                    ];
                    for (command, enabled) in buttons {
                        if ui
                            .add_enabled(enabled, egui::Button::new(command.label(t)))
                            .clicked()
                        {
                            actions.push(Action::Command(command));
                        }
                    }
                });
                name_field(cx, ui, actions);
                info_fields(cx, ui, actions);
            });
        });
    });
}

/// The name field of the page shown.
fn name_field(cx: &PanelContext<'_>, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let t = cx.texts;
    let current = cx
        .doc
        .pages
        .get(cx.page)
        .and_then(|p| p.name.clone())
        .unwrap_or_default();
    ui.horizontal(|ui| {
        let label = ui.label(format!("{} {}", t.page_label(cx.page), t.page_name));
        let mut text = current.clone();
        let response = ui
            .add(egui::TextEdit::singleline(&mut text).desired_width(120.0))
            .labelled_by(label.id);
        if response.changed() && text != current {
            let edit = Edit::SetPageName {
                page: cx.page,
                name: text,
            };
            actions.push(Action::Edit(edit, Some(response.id)));
        }
    });
}

/// The editor, proofreader and rules of the page shown.
fn info_fields(cx: &PanelContext<'_>, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let t = cx.texts;
    let Some(page) = cx.doc.pages.get(cx.page) else {
        return;
    };
    let current = PageInfo {
        editor: page.editor.clone(),
        proofreader: page.proofreader.clone(),
        rules: page.rules,
    };
    let mut info = current.clone();
    let mut group = None;
    ui.horizontal(|ui| {
        for (label, value) in [
            (t.page_editor, &mut info.editor),
            (t.page_proofreader, &mut info.proofreader),
        ] {
            let label = ui.label(label);
            let mut text = value.clone().unwrap_or_default();
            let response = ui
                .add(egui::TextEdit::singleline(&mut text).desired_width(80.0))
                .labelled_by(label.id);
            if response.changed() {
                *value = Some(text.trim().to_owned()).filter(|s| !s.is_empty());
                group = Some(response.id);
            }
        }
        ui.checkbox(&mut info.rules, t.rules_between);
    });
    if info != current {
        let edit = Edit::SetPageInfo {
            page: cx.page,
            info,
        };
        actions.push(Action::Edit(edit, group));
    }
}

/// One page's thumbnail: the page white with its frames in grey, the page shown outlined.
fn thumbnail(cx: &PanelContext<'_>, ui: &mut egui::Ui, index: usize, actions: &mut Vec<Action>) {
    let t = cx.texts;
    let g = PageGeometry::new(&cx.doc.setup);
    let scale = THUMB_HEIGHT / g.height;
    let size = Vec2::new(g.width * scale, THUMB_HEIGHT + LABEL_HEIGHT);
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    let name = cx.doc.pages[index].name.as_deref().unwrap_or_default();
    let label = format!("{} {name}", t.page_label(index))
        .trim_end()
        .to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    let page_rect = egui::Rect::from_min_size(rect.min, Vec2::new(size.x, THUMB_HEIGHT));
    let painter = ui.painter_at(rect);
    painter.rect_filled(page_rect, CornerRadius::ZERO, Color32::WHITE);
    for frame in &cx.doc.pages[index].frames {
        let fg = g.frame(frame);
        let r = egui::Rect::from_min_size(
            page_rect.min + Vec2::new(fg.x, fg.y) * scale,
            Vec2::new(fg.width, fg.height) * scale,
        );
        let fill = if frame.is_text() {
            colors::THUMB_TEXT
        } else {
            colors::THUMB_PICTURE
        };
        painter.rect_filled(r, CornerRadius::ZERO, fill);
    }
    let dragging_here = response.dnd_hover_payload::<DraggedFrame>().is_some()
        || response.dnd_hover_payload::<ArticleId>().is_some();
    let outline = if dragging_here || index == cx.page {
        Stroke::new(2.0, colors::SELECTED_BLUE)
    } else {
        Stroke::new(1.0, Color32::GRAY)
    };
    painter.rect_stroke(
        page_rect,
        CornerRadius::ZERO,
        outline,
        egui::StrokeKind::Inside,
    );
    painter.text(
        egui::pos2(rect.center().x, page_rect.bottom() + 2.0),
        egui::Align2::CENTER_TOP,
        &label,
        FontId::proportional(11.0),
        ui.visuals().text_color(),
    );
    if response.clicked() {
        actions.push(Action::ShowPage(index));
    }
    if let Some(dragged) = response.dnd_release_payload::<DraggedFrame>() {
        actions.push(Action::Edit(
            move_edit(cx.doc, dragged.0, index, None),
            None,
        ));
    }
    if let Some(article) = response.dnd_release_payload::<ArticleId>() {
        let edit = Edit::MoveArticleToPage {
            article: *article,
            page: index,
            at: None,
        };
        actions.push(Action::Edit(edit, None));
    }
}

/// What dropping a frame on page `page` (at a grid position, on a spread) does: a frame of an
/// article standing on one page moves the article there, headline, photos and all; a frame of a
/// chain that already runs over pages, a picture box or a photo of no article moves alone.
pub(in crate::ui) fn move_edit(
    doc: &crate::model::Document,
    frame: crate::model::FrameId,
    page: usize,
    at: Option<(crate::model::Em, u32)>,
) -> Edit {
    let article = doc.frame_article(frame).filter(|&a| {
        let from = doc.page_of(frame);
        doc.chain(a).iter().all(|&f| doc.page_of(f) == from)
    });
    match article {
        Some(article) => Edit::MoveArticleToPage { article, page, at },
        None => Edit::MoveFrameToPage { frame, page, at },
    }
}
