//! The headline block in the inspector: which way it runs, the columns it spans, and the size
//! (in 号) and face of each of its lines.

use eframe::egui;

use super::PanelContext;
use crate::compose::headline::default_styles;
use crate::edit::Edit;
use crate::model::{
    Article, BUNDLED_SANS, BUNDLED_SERIF, Face, Frame, HAO, HeadAlign, HeadDirection, HeadStyle,
    HeadlineBlock, Role, hao_name,
};
use crate::ui::command::{Action, Command};

/// Which line of the headline block.
#[derive(Clone, Copy)]
enum Part {
    Kicker,
    Headline,
    Subtitle,
}

impl Part {
    fn role(self) -> Role {
        match self {
            Part::Kicker => Role::Kicker,
            Part::Headline => Role::Headline,
            Part::Subtitle => Role::Subtitle,
        }
    }

    fn style(self, block: &mut HeadlineBlock) -> &mut Option<HeadStyle> {
        match self {
            Part::Kicker => &mut block.kicker,
            Part::Headline => &mut block.headline,
            Part::Subtitle => &mut block.subtitle,
        }
    }
}

/// The width of a line's face box, in points: a long family name is cut short in it, so that the
/// inspector keeps its width.
const FACE_BOX_WIDTH: f32 = 160.0;

/// Edits the headline block of `article`.
pub fn headline_block_ui(
    ui: &mut egui::Ui,
    cx: &PanelContext<'_>,
    article: &Article,
    actions: &mut Vec<Action>,
) {
    let t = cx.texts;
    let block = &article.headline_block;
    let mut set = |block: HeadlineBlock| {
        actions.push(Action::Edit(
            Edit::SetHeadlineBlock {
                article: article.id,
                block,
            },
            None,
        ));
    };
    let directions = [
        (HeadDirection::Horizontal, t.horizontal),
        (HeadDirection::VerticalLeft, t.vertical_left),
        (HeadDirection::VerticalRight, t.vertical_right),
    ];
    let name = directions
        .iter()
        .find(|(d, _)| *d == block.direction)
        .map_or("", |(_, n)| *n);
    egui::ComboBox::from_label(t.headline_direction)
        .selected_text(name)
        .show_ui(ui, |ui| {
            for (direction, label) in directions {
                if ui
                    .selectable_label(block.direction == direction, label)
                    .clicked()
                {
                    set(HeadlineBlock {
                        direction,
                        ..block.clone()
                    });
                }
            }
        });
    let first = cx.doc.first_frame(article.id);
    let columns = first.map_or(1, Frame::text_columns);
    let span_name = |k: Option<u32>| k.map_or_else(|| t.auto.to_owned(), |k| k.to_string());
    egui::ComboBox::from_label(t.headline_columns)
        .selected_text(span_name(block.columns))
        .show_ui(ui, |ui| {
            for k in std::iter::once(None).chain((1..=columns).map(Some)) {
                if ui
                    .selectable_label(block.columns == k, span_name(k))
                    .clicked()
                {
                    set(HeadlineBlock {
                        columns: k,
                        ..block.clone()
                    });
                }
            }
        });
    if block.columns.is_some_and(|k| k < columns) {
        let aligns = [
            (HeadAlign::Left, t.align_left),
            (HeadAlign::Centre, t.align_centre),
            (HeadAlign::Right, t.align_right),
        ];
        let name = aligns
            .iter()
            .find(|(a, _)| *a == block.align)
            .map_or("", |(_, n)| *n);
        egui::ComboBox::from_label(t.headline_align)
            .selected_text(name)
            .show_ui(ui, |ui| {
                for (align, label) in aligns {
                    if ui.selectable_label(block.align == align, label).clicked() {
                        set(HeadlineBlock {
                            align,
                            ..block.clone()
                        });
                    }
                }
            });
    }
    // What each line is set in when the block does not say: its role's style, else the defaults
    // for its width.
    let width = first.map_or_else(
        || {
            article.printed.as_ref().map_or_else(
                || crate::model::PageGeometry::new(&cx.doc.setup).base_column_width(),
                |r| r.measure,
            )
        },
        |f| f.width,
    );
    let defaults = default_styles(width, cx.doc.setup.body_size_pt);
    for (part, k, size_label, face_label) in [
        (Part::Kicker, 0, t.kicker_size, t.kicker_face),
        (Part::Headline, 1, t.headline_size, t.headline_face),
        (Part::Subtitle, 2, t.subtitle_size, t.subtitle_face),
    ] {
        let mut own = block.clone();
        let current = part.style(&mut own).clone();
        let style = cx.doc.styles.get(part.role());
        let shown = current.clone().unwrap_or(HeadStyle {
            size_pt: style.size_pt.unwrap_or(defaults[k].size_pt),
            ..defaults[k].clone()
        });
        let with = |change: &dyn Fn(&mut HeadStyle)| {
            let mut changed = block.clone();
            let mut line = shown.clone();
            change(&mut line);
            *part.style(&mut changed) = Some(line);
            changed
        };
        // The family each kind of face means for this line: its style's where the kind is the
        // role's own, else the bundled one (as the page sets it).
        let family = |f: Face| {
            let sans = f == Face::Sans;
            match style.families.first() {
                Some(name) if sans == part.role().is_sans() => name.clone(),
                _ if sans => BUNDLED_SANS.to_owned(),
                _ => BUNDLED_SERIF.to_owned(),
            }
        };
        let face_name = |f: Face| {
            let kind = match f {
                Face::Serif => t.serif,
                Face::Sans => t.sans,
            };
            format!("{kind} · {}", family(f))
        };
        let mut changed = None;
        ui.horizontal_wrapped(|ui| {
            egui::ComboBox::from_label(size_label)
                .selected_text(hao_name(shown.size_pt))
                .show_ui(ui, |ui| {
                    for (name, pt) in HAO {
                        let on = current.as_ref().is_some_and(|s| s.size_pt == pt);
                        if ui.selectable_label(on, name).clicked() {
                            changed = Some(with(&|l| l.size_pt = pt));
                        }
                    }
                });
            let selected = shown
                .family
                .clone()
                .unwrap_or_else(|| face_name(shown.face));
            egui::ComboBox::from_label(face_label)
                .selected_text(selected)
                .width(FACE_BOX_WIDTH)
                .truncate()
                .height(480.0)
                .show_ui(ui, |ui| {
                    for face in [Face::Serif, Face::Sans] {
                        let on = shown.face == face && shown.family.is_none();
                        if ui.selectable_label(on, face_name(face)).clicked() {
                            changed = Some(with(&|l| {
                                l.face = face;
                                l.family = None;
                            }));
                        }
                    }
                    // Or an installed Chinese family for this line alone, with its coverage.
                    ui.separator();
                    let total = crate::fonts::tongyong_total();
                    let chinese = |f: &&crate::fonts::FamilyInfo| !f.bundled && f.coverage > 0;
                    for f in cx.fonts.families().iter().filter(chinese) {
                        let on = shown.family.as_deref() == Some(f.name.as_str());
                        let text = format!("{}（{} {}/{total}）", f.name, t.coverage, f.coverage);
                        if ui.selectable_label(on, text).clicked() {
                            changed = Some(with(&|l| l.family = Some(f.name.clone())));
                        }
                    }
                });
        });
        if let Some(block) = changed {
            set(block);
        }
    }
    if ui.button(t.styles).clicked() {
        actions.push(Action::Command(Command::Styles));
    }
}
