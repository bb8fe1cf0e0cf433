//! The Styles dialog: for each role (body, headline, kicker…), the font family it prints in,
//! chosen among the bundled and installed families with their coverage of the 通用规范汉字表,
//! its size in 号 and its weight.

use eframe::egui;

use crate::fonts::{FamilyInfo, Fonts, tongyong_total};
use crate::model::{HAO, Role, Styles, TextStyle, hao_name};

use super::i18n::Texts;

/// Shows the dialog over `styles`. `Some(true)` when OK was pressed, `Some(false)` on Cancel.
pub fn dialog(
    ctx: &egui::Context,
    id: egui::Id,
    t: &Texts,
    fonts: &Fonts,
    styles: &mut Styles,
) -> Option<bool> {
    let mut answer = None;
    let families = fonts.families();
    egui::Modal::new(id).show(ctx, |ui| {
        ui.heading(t.styles.trim_end_matches('…'));
        egui::Grid::new("styles").num_columns(4).show(ui, |ui| {
            ui.label("");
            for heading in t.style_columns {
                ui.strong(heading);
            }
            ui.end_row();
            for (role, name) in Role::ALL.into_iter().zip(t.roles) {
                let mut style = styles.get(role);
                ui.label(name);
                family_choice(ui, t, name, &mut style, families);
                size_choice(ui, t, name, role, &mut style);
                weight_choice(ui, t, name, &mut style);
                ui.end_row();
                styles.set(role, style);
            }
        });
        ui.horizontal(|ui| {
            if ui.button(t.ok).clicked() {
                answer = Some(true);
            }
            if ui.button(t.cancel).clicked() {
                answer = Some(false);
            }
        });
    });
    answer
}

/// The family a role prints in: choosing one puts it first, the others stay behind it for the
/// characters it lacks.
fn family_choice(
    ui: &mut egui::Ui,
    t: &Texts,
    role: &str,
    style: &mut TextStyle,
    families: &[FamilyInfo],
) {
    let current = style.families.first().cloned().unwrap_or_default();
    let installed = families.iter().any(|f| f.name == current);
    let shown = if installed {
        current.clone()
    } else {
        format!("{current}（{}）", t.not_installed)
    };
    let total = tongyong_total();
    egui::ComboBox::from_id_salt((role, "face"))
        .selected_text(shown)
        .width(220.0)
        .height(480.0)
        .show_ui(ui, |ui| {
            // Chinese faces first; Latin-only ones (for pinyin or English text) after them.
            let (chinese, latin): (Vec<&FamilyInfo>, Vec<&FamilyInfo>) =
                families.iter().partition(|f| f.coverage > 0);
            for family in chinese.into_iter().chain(latin) {
                let source = if family.bundled {
                    format!("{}，", t.bundled)
                } else {
                    String::new()
                };
                let text = format!(
                    "{}（{source}{} {}/{total}）",
                    family.name, t.coverage, family.coverage
                );
                if ui.selectable_label(family.name == current, text).clicked() {
                    style.prefer(&family.name);
                }
            }
        })
        .response
        .accessible_name(format!("{role} {}", t.style_face));
}

/// A role's size: automatic (as the page decides) or a size in 号. Body text takes the page
/// setup's size, which the grid is built on.
fn size_choice(ui: &mut egui::Ui, t: &Texts, role: &str, which: Role, style: &mut TextStyle) {
    if which == Role::Body {
        ui.label(t.size_in_page_setup);
        return;
    }
    let shown = style
        .size_pt
        .map_or_else(|| t.size_auto.to_owned(), hao_name);
    egui::ComboBox::from_id_salt((role, "size"))
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut style.size_pt, None, t.size_auto);
            for (name, pt) in HAO {
                ui.selectable_value(&mut style.size_pt, Some(pt), format!("{name} {pt} pt"));
            }
        })
        .response
        .accessible_name(format!("{role} {}", t.style_size));
}

fn weight_choice(ui: &mut egui::Ui, t: &Texts, role: &str, style: &mut TextStyle) {
    let shown = if style.weight >= 600 {
        t.weight_bold
    } else {
        t.weight_regular
    };
    egui::ComboBox::from_id_salt((role, "weight"))
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut style.weight, 400, t.weight_regular);
            ui.selectable_value(&mut style.weight, 700, t.weight_bold);
        })
        .response
        .accessible_name(format!("{role} {}", t.style_weight));
}
