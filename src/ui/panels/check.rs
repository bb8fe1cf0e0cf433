//! The Check panel (检查): the proofing and preflight findings by article. A click selects the
//! article and marks the text on the page; Fix applies a certain fix and Ignore accepts the
//! finding, both through undo. It reads the findings of the current page, so it follows typing.

use crate::ui::colors;
use eframe::egui;

use super::PanelContext;
use crate::check::{Field, Finding, Severity};
use crate::edit::{fix_edit, ignore_edit};
use crate::ui::command::Action;
use crate::ui::i18n::Lang;

/// Draws the panel over the status bar.
pub fn check_ui(cx: &PanelContext<'_>, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let t = cx.texts;
    egui::Panel::bottom("check")
        .resizable(true)
        .default_size(180.0)
        .show(ui, |ui| {
            let errors = count(cx.findings, Severity::Error);
            let warnings = count(cx.findings, Severity::Warning);
            ui.horizontal(|ui| {
                ui.strong(t.check);
                ui.label(format!("{errors} {} · {warnings} {}", t.errors, t.warnings));
            });
            expression_ui(cx, ui, actions);
            ui.separator();
            if cx.findings.is_empty() {
                ui.weak(t.nothing_found);
                return;
            }
            // By article, in flow order; page-wide findings last.
            let mut order: Vec<&Finding> = cx.findings.iter().collect();
            let position = |f: &Finding| {
                f.article
                    .and_then(|a| cx.doc.articles.iter().position(|x| x.id == a))
                    .unwrap_or(usize::MAX)
            };
            order.sort_by_key(|f| (position(f), f.severity));
            egui::ScrollArea::vertical().show(ui, |ui| {
                let mut heading = None;
                for (k, finding) in order.into_iter().enumerate() {
                    if heading != Some(finding.article) {
                        heading = Some(finding.article);
                        let title = finding
                            .article
                            .and_then(|a| cx.doc.article(a))
                            .map_or_else(|| t.whole_page.to_owned(), |a| a.title());
                        ui.strong(title);
                    }
                    ui.push_id(k, |ui| row(cx, ui, finding, actions));
                }
            });
        });
}

/// One finding: its severity, kind and excerpt, and what can be done.
fn row(cx: &PanelContext<'_>, ui: &mut egui::Ui, finding: &Finding, actions: &mut Vec<Action>) {
    let t = cx.texts;
    let color = match finding.severity {
        Severity::Error => colors::ERROR_RED,
        Severity::Warning => colors::WARNING_ORANGE,
        Severity::Info => egui::Color32::GRAY,
    };
    ui.horizontal(|ui| {
        ui.colored_label(color, "●");
        let label = format!("{}：{}", kind_name(finding.kind, cx.lang), finding.excerpt);
        let selected = cx.selected.is_some() && cx.selected == finding.article;
        let response = ui
            .selectable_label(selected, label)
            .on_hover_text(&finding.message);
        if response.clicked() {
            if let Some(article) = finding.article {
                actions.push(Action::Select(Some(article)));
            }
            let block = match finding.field {
                Some(Field::Block(b)) => Some(b),
                _ => None,
            };
            actions.push(Action::Highlight(finding.article.map(|a| (a, block))));
            if let (Some(article), Some(field), Some(range)) =
                (finding.article, finding.field, finding.range.clone())
            {
                actions.push(Action::Mark(article, field, range));
            }
        }
        if let Some(edit) = fix_edit(cx.doc, finding)
            && ui
                .small_button(t.fix)
                .on_hover_text(&finding.message)
                .clicked()
        {
            actions.push(Action::Edit(edit, None));
        }
        if ui.small_button(t.ignore).clicked() {
            actions.push(Action::Edit(ignore_edit(finding), None));
        }
    });
}

/// A row to add an entry to the document's standard expressions: the expression, what to
/// write instead (empty: use with care) and where the rule comes from.
fn expression_ui(cx: &PanelContext<'_>, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let t = cx.texts;
    let id = ui.scope_id().with("new expression");
    let mut entry: [String; 3] = ui.data_mut(|d| d.get_temp(id)).unwrap_or_default();
    ui.horizontal(|ui| {
        ui.label(t.add_expression);
        let hints = [t.expression_wrong, t.expression_right, t.expression_source];
        for (text, hint) in entry.iter_mut().zip(hints) {
            let label = ui.weak(hint);
            let field = egui::TextEdit::singleline(text).desired_width(100.0);
            ui.add(field).labelled_by(label.id);
        }
        if ui.button(t.add).clicked() && !entry[0].trim().is_empty() {
            let [wrong, right, source] = std::mem::take(&mut entry);
            let right = Some(right.trim().to_owned()).filter(|r| !r.is_empty());
            let expression = crate::model::Expression {
                wrong: wrong.trim().to_owned(),
                right,
                source: source.trim().to_owned(),
            };
            actions.push(Action::Edit(
                crate::edit::Edit::AddExpression(expression),
                None,
            ));
        }
    });
    ui.data_mut(|d| d.insert_temp(id, entry));
}

fn count(findings: &[Finding], severity: Severity) -> usize {
    findings.iter().filter(|f| f.severity == severity).count()
}

/// A finding's kind, named in the editor's language.
fn kind_name(kind: &str, lang: Lang) -> &str {
    const NAMES: &[(&str, &str, &str)] = &[
        ("unbalanced_marks", "标点不成对", "Unpaired marks"),
        (
            "half_width_punctuation",
            "半角标点",
            "Half-width punctuation",
        ),
        ("ascii_dash", "破折号误用", "Hyphen for a dash"),
        ("ascii_ellipsis", "省略号误用", "Dots for an ellipsis"),
        ("doubled_punctuation", "标点重复", "Doubled mark"),
        ("doubled_character", "叠字", "Doubled character"),
        (
            "full_width_alphanumeric",
            "全角数字字母",
            "Full-width digits",
        ),
        ("space_between_chinese", "汉字间空格", "Space in Chinese"),
        ("missing_sentence_end", "段末缺句号", "No sentence end"),
        ("mixed_numerals", "数字用法混用", "Mixed numerals"),
        ("standard_expression", "规范表述", "Standard expression"),
        ("overset", "超版", "Overset"),
        ("overlapping_frames", "文框重叠", "Frames overlap"),
        ("frame_off_page", "超出版心", "Off the page"),
        ("frame_off_grid", "未对齐网格", "Off the grid"),
        ("unplaced", "未上版", "Unplaced"),
        ("missing_glyph", "缺字", "Missing characters"),
        ("missing_font", "缺字体", "Missing font"),
        ("widow", "孤字", "Single character line"),
        (
            "subhead_at_foot",
            "小标题在栏底",
            "Subhead at a column foot",
        ),
        ("headline_shrunk", "标题缩小", "Headline shrunk"),
        ("headline_order", "竖题字号倒置", "Vertical headline sizes"),
        ("photo_missing", "缺图片文件", "Picture missing"),
        ("photo_changed", "图片已改变", "Picture changed"),
        ("photo_too_large", "图片过大", "Picture too large"),
        ("photo_coarse", "图片精度低", "Coarse photo"),
        (
            "photo_without_caption",
            "图片缺说明",
            "Photo without caption",
        ),
    ];
    NAMES
        .iter()
        .find(|(k, ..)| *k == kind)
        .map_or(kind, |(_, zh, en)| match lang {
            Lang::Chinese => zh,
            Lang::English => en,
        })
}
