//! The article list (稿件): every article in flow order, with what an editor needs at a glance.
//! Drag an article onto the page to place it, or onto another in the list to change the order.

use crate::ui::colors;
use eframe::egui;

use super::PanelContext;
use crate::compose::ComposedPage;
use crate::edit::Edit;
use crate::model::ArticleId;
use crate::ui::command::Action;

/// Draws the article list.
pub fn articles_ui(
    cx: &PanelContext<'_>,
    ui: &mut egui::Ui,
    page: &ComposedPage,
    actions: &mut Vec<Action>,
) {
    let t = cx.texts;
    egui::Panel::left("articles")
        .default_size(260.0)
        .show(ui, |ui| {
            ui.heading(format!("{} ({})", t.articles, cx.doc.articles.len()));
            ui.separator();
            egui::ScrollArea::vertical().show(ui, |ui| {
                for (index, article) in cx.doc.articles.iter().enumerate() {
                    let composed = page.article(article.id);
                    let lines = page.lines_needed(article.id);
                    let selected = cx.selected == Some(article.id);
                    let background = ui.painter().add(egui::Shape::Noop);
                    let content = ui
                        .scope(|ui| {
                            ui.add(
                                egui::Label::new(egui::RichText::new(article.title()).strong())
                                    .selectable(false),
                            );
                            let byline = article.byline.as_ref().map_or("–", |b| b.text.as_str());
                            let placed = cx.doc.is_placed(article.id);
                            let state = if placed { t.placed } else { t.unplaced };
                            let photos = match article.photos.len() {
                                0 => String::new(),
                                n => format!(" · {n} {}", t.photo_count(n)),
                            };
                            ui.add(
                                egui::Label::new(
                                    egui::RichText::new(format!(
                                        "{byline} · {} {} · {lines} {}{photos} · {state}",
                                        article.char_count(),
                                        t.chars,
                                        t.lines
                                    ))
                                    .small(),
                                )
                                .selectable(false),
                            );
                            let overset = composed
                                .filter(|a| a.placed())
                                .map_or(0, |a| a.set.overset_chars());
                            if overset > 0 {
                                ui.colored_label(
                                    colors::ERROR_RED,
                                    format!("{} {overset} {}", t.overset, t.chars),
                                );
                            }
                        })
                        .response;
                    // One widget per article: click to select it, drag it onto the page to place it or
                    // onto another article to move it in the flow.
                    let response = ui
                        .interact(
                            content.rect,
                            ui.scope_id().with(("article", article.id)),
                            egui::Sense::click_and_drag(),
                        )
                        .on_hover_text(t.drag_hint);
                    response.widget_info(|| {
                        egui::WidgetInfo::selected(
                            egui::Role::ListItem,
                            true,
                            selected,
                            article.title(),
                        )
                    });
                    response.dnd_set_drag_payload(article.id);
                    if response.clicked() || response.drag_started() {
                        actions.push(Action::Select(Some(article.id)));
                    }
                    if selected || response.hovered() {
                        let fill = if selected {
                            ui.visuals().selection.bg_fill
                        } else {
                            ui.visuals().widgets.hovered.weak_bg_fill
                        };
                        ui.painter().set(
                            background,
                            egui::Shape::rect_filled(
                                content.rect.expand(2.0),
                                egui::CornerRadius::same(3),
                                fill,
                            ),
                        );
                    }
                    // Dropping another article here puts it before this one in the flow.
                    if let Some(dragged) = response.dnd_release_payload::<ArticleId>()
                        && let Some(from) = cx.doc.articles.iter().position(|a| a.id == *dragged)
                        && from != index
                    {
                        actions.push(Action::Edit(Edit::MoveInFlow { from, to: index }, None));
                    }
                    if response.dnd_hover_payload::<ArticleId>().is_some() {
                        let y = response.rect.top();
                        ui.painter().hline(
                            response.rect.x_range(),
                            y,
                            egui::Stroke::new(2.0, colors::SELECTED_BLUE),
                        );
                    }
                    ui.separator();
                }
            });
        });
}
