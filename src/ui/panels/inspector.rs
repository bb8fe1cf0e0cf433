//! The inspector: the selected article's header, byline and body, and its frame.

use crate::ui::colors;
use eframe::egui;

use super::PanelContext;
use super::fields::{size_ui, text_field};
use crate::check::Field;
use crate::compose::ComposedPage;
use crate::edit::{BlockKind, Edit, HeaderField};
use crate::model::{Article, Block, Em};
use crate::ui::command::{Action, Command};
use crate::ui::i18n::Texts;

/// How wide the inspector may be made, in points.
const INSPECTOR_WIDTH: std::ops::RangeInclusive<f32> = 260.0..=360.0;

/// Draws the inspector.
pub fn inspector_ui(
    cx: &PanelContext<'_>,
    ui: &mut egui::Ui,
    page: &ComposedPage,
    actions: &mut Vec<Action>,
) {
    let t = cx.texts;
    // Its width is the panel's, whatever the language: what is wider wraps or is cut short
    // (English labels once widened it over the page's right columns).
    egui::Panel::right("inspector")
        .size_range(INSPECTOR_WIDTH)
        .default_size(320.0)
        .show(ui, |ui| {
            ui.heading(t.inspector);
            ui.separator();
            if let Some(frame) = cx.selected_box.and_then(|id| cx.doc.frame(id)) {
                match frame.picture() {
                    Some(picture) => super::photo::photo_ui(cx, ui, frame, picture, page, actions),
                    None => box_ui(cx, ui, frame, actions),
                }
                return;
            }
            let Some(article) = cx.selected.and_then(|id| cx.doc.article(id)) else {
                ui.weak(t.no_selection);
                return;
            };
            egui::ScrollArea::vertical().show(ui, |ui| {
                frame_ui(cx, ui, article, page, actions);
                ui.separator();
                let mark = |wanted: Field| match &cx.mark {
                    Some((a, field, range)) if *a == article.id && *field == wanted => {
                        Some(range.clone())
                    }
                    _ => None,
                };
                for (label, field, value, checked) in [
                    (
                        t.kicker,
                        HeaderField::Kicker,
                        &article.kicker,
                        Field::Kicker,
                    ),
                    (
                        t.headline,
                        HeaderField::Headline,
                        &article.headline,
                        Field::Headline,
                    ),
                    (
                        t.subtitle,
                        HeaderField::Subtitle,
                        &article.subtitle,
                        Field::Subtitle,
                    ),
                ] {
                    let current = value.clone().unwrap_or_default();
                    if let Some((text, group)) =
                        text_field(ui, label, &current, false, mark(checked))
                    {
                        actions.push(Action::Edit(
                            Edit::SetHeader {
                                article: article.id,
                                field,
                                text,
                            },
                            Some(group),
                        ));
                    }
                }
                let byline = article
                    .byline
                    .as_ref()
                    .map(|b| b.text.clone())
                    .unwrap_or_default();
                if let Some((text, group)) =
                    text_field(ui, t.byline, &byline, false, mark(Field::Byline))
                {
                    actions.push(Action::Edit(
                        Edit::SetByline {
                            article: article.id,
                            text,
                        },
                        Some(group),
                    ));
                }
                ui.separator();
                let marked_block = match &cx.mark {
                    Some((a, Field::Block(i), range)) if *a == article.id => {
                        Some((*i, range.clone()))
                    }
                    _ => None,
                };
                body_ui(ui, t, article, marked_block, actions);
            });
        });
}

fn body_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    article: &Article,
    marked: Option<(usize, std::ops::Range<usize>)>,
    actions: &mut Vec<Action>,
) {
    ui.strong(t.body);
    for (i, block) in article.body.iter().enumerate() {
        ui.push_id(i, |ui| {
            let (label, text) = match block {
                Block::Paragraph(p) => {
                    (format!("{} {}", t.paragraph, i + 1), Some(p.text.as_str()))
                }
                Block::Subhead(s) => (format!("{} {}", t.subhead, i + 1), Some(s.text.as_str())),
                Block::ColumnBreak => (format!("— {} —", t.column_break), None),
            };
            ui.horizontal(|ui| {
                ui.small(&label);
                if ui.small_button(t.remove).clicked() {
                    actions.push(Action::Edit(
                        Edit::RemoveBlock {
                            article: article.id,
                            block: i,
                        },
                        None,
                    ));
                }
            });
            if let Some(current) = text {
                let multiline = matches!(block, Block::Paragraph(_));
                let mark = marked
                    .as_ref()
                    .filter(|(b, _)| *b == i)
                    .map(|(_, r)| r.clone());
                if let Some((text, group)) = text_field(ui, &label, current, multiline, mark) {
                    actions.push(Action::Edit(
                        Edit::SetBlockText {
                            article: article.id,
                            block: i,
                            text,
                        },
                        Some(group),
                    ));
                }
            }
        });
    }
    ui.horizontal_wrapped(|ui| {
        let at = article.body.len();
        for (label, kind) in [
            (t.add_paragraph, BlockKind::Paragraph),
            (t.add_subhead, BlockKind::Subhead),
            (t.add_column_break, BlockKind::ColumnBreak),
        ] {
            if ui.button(label).clicked() {
                actions.push(Action::Edit(
                    Edit::InsertBlock {
                        article: article.id,
                        at,
                        kind,
                    },
                    None,
                ));
            }
        }
    });
    if article.column_break_count() > 0 && ui.button(t.remove_breaks).clicked() {
        actions.push(Action::Edit(Edit::RemoveColumnBreaks(article.id), None));
    }
}

fn frame_ui(
    cx: &PanelContext<'_>,
    ui: &mut egui::Ui,
    article: &Article,
    page: &ComposedPage,
    actions: &mut Vec<Action>,
) {
    let t = cx.texts;
    ui.strong(t.frame);
    // The width its text columns have on the page, where it is placed.
    let g = crate::model::PageGeometry::new(&cx.doc.setup);
    let mut measure = cx
        .doc
        .first_frame(article.id)
        .map_or_else(|| g.base_column_width(), |f| g.frame(f).column_width)
        .get();
    ui.horizontal(|ui| {
        let label = ui.label(t.measure);
        let r = ui
            .add(
                egui::DragValue::new(&mut measure)
                    .range(4.0..=120.0)
                    .speed(0.5),
            )
            .labelled_by(label.id);
        if r.changed() {
            actions.push(Action::Edit(
                Edit::SetMeasure {
                    article: article.id,
                    measure: Em(measure),
                },
                Some(r.id),
            ));
        }
    });
    let mut keep = article.keep_printed_columns;
    if article.column_break_count() > 0 && ui.checkbox(&mut keep, t.keep_printed_columns).changed()
    {
        actions.push(Action::Edit(
            Edit::SetKeepPrintedColumns {
                article: article.id,
                keep,
            },
            None,
        ));
    }
    super::headline::headline_block_ui(ui, cx, article, actions);
    super::boxing::box_ui(ui, cx, article, actions);
    let chain = cx.doc.chain(article.id);
    let Some(frame) = chain.first().and_then(|&id| cx.doc.frame(id)) else {
        ui.weak(t.unplaced);
        return;
    };
    chain_ui(ui, t, &chain, actions);
    let has_head = [&article.kicker, &article.headline, &article.subtitle]
        .iter()
        .any(|h| h.as_deref().is_some_and(|h| !h.trim().is_empty()));
    if cx.doc.headline_frame(article.id).is_some() {
        if ui.button(t.attach_headline).clicked() {
            actions.push(Action::Edit(Edit::AttachHeadline(article.id), None));
        }
    } else if has_head && ui.button(t.detach_headline).clicked() {
        actions.push(Action::Edit(Edit::DetachHeadline(article.id), None));
    }
    let id = frame.id;
    let mut columns = frame.text_columns();
    ui.horizontal(|ui| {
        let label = ui.label(t.text_columns);
        if ui
            .add(egui::DragValue::new(&mut columns).range(1..=12))
            .labelled_by(label.id)
            .changed()
        {
            actions.push(Action::Edit(
                Edit::SetTextColumns { frame: id, columns },
                None,
            ));
        }
    });
    size_ui(ui, t, id, frame, 4.0, actions);
    if let Some(a) = page.article(article.id) {
        let set = &a.set;
        let text = format!(
            "{} {} / {} {}",
            set.lines_needed(),
            t.lines,
            set.capacity,
            t.lines
        );
        if set.overset_chars() > 0 {
            ui.colored_label(
                colors::ERROR_RED,
                format!("{text} · {} {} {}", t.overset, set.overset_chars(), t.chars),
            );
        } else {
            ui.label(text);
        }
    }
    if ui.button(t.remove_frame).clicked() {
        actions.push(Action::Command(Command::RemoveSelectedFrame));
    }
}

/// The frames the article's text runs through (续排), each after the first removable.
fn chain_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    chain: &[crate::model::FrameId],
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label(t.chain);
        let names: Vec<String> = chain.iter().map(|f| format!("#{}", f.0)).collect();
        ui.label(names.join(" → "));
    });
    for id in chain.iter().skip(1) {
        if ui.button(format!("{} #{}", t.remove_frame, id.0)).clicked() {
            actions.push(Action::Edit(Edit::RemoveFrame(*id), None));
        }
    }
}

/// A picture box, the masthead or a page header: its size and place, and removing it; the
/// issue's fields for the masthead and headers.
fn box_ui(
    cx: &PanelContext<'_>,
    ui: &mut egui::Ui,
    frame: &crate::model::Frame,
    actions: &mut Vec<Action>,
) {
    let t = cx.texts;
    let name = match frame.kind() {
        crate::model::FrameKind::Masthead => t.masthead,
        crate::model::FrameKind::Header => t.page_header,
        _ => t.picture_box,
    };
    ui.strong(format!("{name} #{}", frame.id.0));
    if frame.is_furniture() && ui.button(t.issue_settings).clicked() {
        actions.push(Action::Command(Command::IssueSettings));
    }
    size_ui(ui, t, frame.id, frame, 2.0, actions);
    if ui.button(t.remove_frame).clicked() {
        actions.push(Action::Command(Command::RemoveSelectedFrame));
    }
}
