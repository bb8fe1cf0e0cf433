//! The inspector's box section: the border round the selected article (边框) and its grey
//! shading (底纹).

use eframe::egui;

use super::PanelContext;
use crate::edit::Edit;
use crate::model::{Article, ArticleBox, Border, MAX_SHADING};
use crate::ui::command::Action;

/// The border pattern and shading of `article`'s box, or none.
pub(super) fn box_ui(
    ui: &mut egui::Ui,
    cx: &PanelContext<'_>,
    article: &Article,
    actions: &mut Vec<Action>,
) {
    let t = cx.texts;
    let name = |border: Option<Border>| match border {
        None => t.no_border.to_owned(),
        Some(b) => format!("{} {}", b.chinese(), t.borders[b as usize])
            .trim_end()
            .to_owned(),
    };
    let mut set = |boxed: Option<ArticleBox>| {
        if boxed != article.boxed {
            let edit = Edit::SetBox {
                article: article.id,
                boxed,
            };
            actions.push(Action::Edit(edit, None));
        }
    };
    let current = article.boxed.map(|b| b.border);
    egui::ComboBox::from_label(t.border)
        .selected_text(name(current))
        .show_ui(ui, |ui| {
            let choices = std::iter::once(None).chain(Border::ALL.into_iter().map(Some));
            for border in choices {
                if ui
                    .selectable_label(current == border, name(border))
                    .clicked()
                {
                    set(border.map(|border| ArticleBox {
                        border,
                        ..article.boxed.unwrap_or_default()
                    }));
                }
            }
        });
    if let Some(boxed) = article.boxed {
        let mut shading = boxed.shading;
        let slider = egui::Slider::new(&mut shading, 0..=MAX_SHADING)
            .suffix("%")
            .text(t.shading);
        if ui.add(slider).changed() {
            set(Some(ArticleBox { shading, ..boxed }));
        }
    }
}
