//! The editor's file operations: opening a layout or importing text, saving, exporting the
//! page, and collecting a layout with its pictures.

use std::path::Path;

use crate::compose::ComposedPage;
use crate::model::Document;
use crate::ui::canvas::Selection;
use crate::ui::dialogs::Modal;
use crate::ui::errors;
use crate::ui::files::Dialog;
use crate::ui::i18n::Texts;

use super::BanmianApp;

impl BanmianApp {
    /// The name files of this layout get: a layout saved before keeps its name; a new one is
    /// named after its lead headline.
    pub(super) fn file_name(&self) -> String {
        self.path
            .as_ref()
            .and_then(|p| p.file_stem())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| file_name_for(&crate::export::page_title(self.doc())))
    }

    /// Writes the e-paper into `folder`; a folder that holds other files is asked about first,
    /// unless `into_others` says the user agreed.
    pub(super) fn export_site(&mut self, folder: &Path, into_others: bool) {
        if !into_others && crate::export::html::holds_other_files(folder) {
            self.modal = Some(Modal::ConfirmSite(folder.to_owned()));
            return;
        }
        let page = self.composed();
        let written = crate::export::html::build_site(self.session.doc(), &page)
            .and_then(|files| crate::export::html::write_site(folder, &files, true));
        self.modal = Some(match written {
            Ok(()) => Modal::Notice(format!(
                "{} {}",
                self.texts().site_written,
                folder.join("index.html").display()
            )),
            Err(e) => Modal::Error(errors::site(&e, self.view.lang)),
        });
    }

    /// Saves the issue's template (its page setup, styles, fields and pages) at `path`.
    pub(super) fn save_template(&mut self, path: &Path) {
        let path = if path.extension().is_none() {
            path.with_extension("ron")
        } else {
            path.to_owned()
        };
        let template = crate::model::Template::of(self.session.doc());
        if let Err(e) = crate::store::save_template(&template, &path) {
            self.modal = Some(Modal::Error(errors::store(&e, self.view.lang)));
        }
    }

    /// Starts the next issue from the template (or last issue's layout) at `path`: its pages
    /// with their masthead and headers, no articles yet, unsaved.
    pub(super) fn new_from_template(&mut self, path: &Path) {
        match crate::store::load_template(path) {
            Ok(template) => {
                self.session.replace(template.next_issue());
                self.path = None;
                self.selected = Selection::default();
                self.view.page = 0;
                self.view.fit_pending = true;
            }
            Err(e) => self.modal = Some(Modal::Error(errors::store(&e, self.view.lang))),
        }
    }

    /// Opens a layout (.ron) or imports a text file as a new document. On error the document
    /// stays as it was and the error is shown.
    pub fn open_path(&mut self, path: &Path) {
        let is_layout = crate::store::is_layout_path(path);
        let lang = self.view.lang;
        let result = if is_layout {
            crate::store::load(path).map_err(|e| errors::store(&e, lang))
        } else {
            crate::import::import_files(&[path.to_owned()], None)
                .map(|mut doc| {
                    crate::edit::arrange::arrange(&mut doc, self.session.fonts());
                    doc
                })
                .map_err(|e| errors::import(&e, lang))
        };
        match result {
            Ok(doc) => {
                self.session.replace(doc);
                self.path = is_layout.then(|| path.to_owned());
                // Opening changes nothing: a page opened from its text is as its file is, until
                // it is edited (saving it then asks where to write the layout).
                self.saved_revision = self.session.revision();
                self.selected = Selection::default();
                self.view.fit_pending = true;
                let mut notes = Vec::new();
                let overlaps = self.doc().overlapping_frames();
                if !overlaps.is_empty() {
                    let list: Vec<String> = overlaps
                        .iter()
                        .take(12)
                        .map(|(a, b)| format!("#{} × #{}", a.0, b.0))
                        .chain((overlaps.len() > 12).then(|| "…".to_owned()))
                        .collect();
                    notes.push(format!(
                        "{} {}",
                        self.texts().overlaps_found,
                        list.join(", ")
                    ));
                }
                let page = self.composed();
                let findings = self.findings(&page);
                notes.extend(photo_notes(self.texts(), self.doc(), &findings));
                // The layout keeps the names; its text shows and prints in the bundled faces.
                let missing = self.composed().missing_families.clone();
                if !missing.is_empty() {
                    let t = self.texts();
                    notes.push(format!(
                        "{}{}",
                        t.families_not_installed,
                        missing.join("、")
                    ));
                }
                if !notes.is_empty() {
                    self.modal = Some(Modal::Notice(notes.join("\n\n")));
                }
                if is_layout {
                    self.prefs.add_recent(path);
                    self.save_prefs();
                }
            }
            Err(e) => self.modal = Some(Modal::Error(e)),
        }
    }

    /// Copies the layout and its pictures into `folder` (打包) and says what was copied; the
    /// document being edited stays where it is.
    pub(super) fn collect_into(&mut self, folder: &Path) {
        match crate::store::collect(self.doc(), folder, &self.file_name()) {
            Ok(done) => {
                let t = self.texts();
                let mut text = format!(
                    "{}{} + {} {}",
                    t.collected,
                    done.layout.display(),
                    done.copied,
                    t.pictures_copied
                );
                if !done.missing.is_empty() {
                    text.push_str(&format!(
                        "\n{} {}",
                        t.photo_missing,
                        done.missing.join("、")
                    ));
                }
                self.modal = Some(Modal::Notice(text));
            }
            Err(e) => self.modal = Some(Modal::Error(errors::store(&e, self.view.lang))),
        }
    }

    /// Saves to `path`; on success it becomes the document's file.
    pub fn save_to(&mut self, path: &Path) -> bool {
        match crate::store::save(self.session.doc(), path) {
            Ok(()) => {
                self.path = Some(path.to_owned());
                self.saved_revision = self.session.revision();
                self.prefs.add_recent(path);
                self.save_prefs();
                self.discard_recovery();
                true
            }
            Err(e) => {
                self.modal = Some(Modal::Error(errors::store(&e, self.view.lang)));
                false
            }
        }
    }

    /// Exports the page as text, PDF or PNG; printing names the overset articles it left out.
    pub(super) fn export_to(&mut self, dialog: Dialog, path: &Path) {
        let page = self.composed();
        let lang = self.view.lang;
        let mut text_fallback = None;
        // A PNG is a picture of the page shown; a PDF prints the whole issue.
        let options = crate::export::PrintOptions {
            grayscale: self.prefs.grayscale,
            page: (dialog == Dialog::ExportPng).then_some(self.view.page),
            print_ready: (dialog == Dialog::ExportPrintPdf)
                .then_some(crate::export::DEFAULT_BLEED_MM),
        };
        let bytes = match dialog {
            Dialog::ExportPdf | Dialog::ExportPrintPdf => crate::export::pdf::export_pdf(
                &page,
                &crate::export::page_title(self.session.doc()),
                &options,
            )
            .map_err(|e| errors::pdf(&e, lang)),
            Dialog::ExportPng => {
                crate::export::png::export_png(&page, crate::export::png::DEFAULT_DPI, &options)
                    .map_err(|e| errors::png(&e, lang))
            }
            _ => match crate::export::export_text_or_utf8(self.session.doc(), self.session.fonts())
            {
                Ok((bytes, fallback)) => {
                    text_fallback = fallback.map(|e| {
                        format!(
                            "{}: {}",
                            errors::text(&e, lang),
                            self.texts().written_as_utf8
                        )
                    });
                    Ok(bytes)
                }
                Err(e) => Err(errors::text(&e, lang)),
            },
        };
        let result = bytes
            .map_err(|e| format!("{}: {e}", path.display()))
            .and_then(|bytes| {
                crate::disk::write_atomic(path, &bytes)
                    .map_err(|e| errors::write(path, &e, self.view.lang))
            });
        if let Err(e) = result {
            self.modal = Some(Modal::Error(e));
            return;
        }
        if !matches!(
            dialog,
            Dialog::ExportPdf | Dialog::ExportPrintPdf | Dialog::ExportPng
        ) {
            if let Some(note) = text_fallback {
                self.modal = Some(Modal::Notice(note));
            }
            return;
        }
        let findings = self.findings(&page);
        let notes = print_notes(self.texts(), self.doc(), &page, &findings);
        if !notes.is_empty() {
            self.modal = Some(Modal::Notice(notes.join("\n")));
        }
    }
}

/// A file name from a title: characters no file system takes are left out, and it is kept short.
fn file_name_for(title: &str) -> String {
    let name: String = title
        .chars()
        .filter(|c| {
            !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') && !c.is_control()
        })
        .take(24)
        .collect();
    let name = name.trim();
    if name.is_empty() {
        "banmian".to_owned()
    } else {
        name.to_owned()
    }
}

/// What will not print as laid out, a line for each kind, from the page's findings: overset
/// text, characters and fonts missing, unplaced articles, photo problems.
fn print_notes(
    t: &Texts,
    doc: &Document,
    page: &ComposedPage,
    findings: &[crate::check::Finding],
) -> Vec<String> {
    let of = |kind: &'static str| findings.iter().filter(move |f| f.kind == kind);
    let title = |f: &crate::check::Finding| f.article_title(doc);
    let mut notes = Vec::new();
    let mut line = |prefix: &str, items: Vec<String>| {
        if !items.is_empty() {
            notes.push(format!("{prefix}{}", items.join("、")));
        }
    };
    let overset = of("overset")
        .map(|f| format!("{} (+{})", title(f), f.overset_chars(page)))
        .collect();
    line(t.overset_not_printed, overset);
    line(
        t.chars_not_printed,
        of("missing_glyph").map(|f| f.excerpt.clone()).collect(),
    );
    line(
        t.families_not_installed,
        of("missing_font").map(|f| f.excerpt.clone()).collect(),
    );
    line(t.unplaced_not_printed, of("unplaced").map(title).collect());
    notes.extend(photo_notes(t, doc, findings));
    notes
}

/// One line for each photo that will not print as it should, from the page's findings.
fn photo_notes(t: &Texts, doc: &Document, findings: &[crate::check::Finding]) -> Vec<String> {
    let file = |f: &crate::check::Finding| f.photo_file(doc);
    findings
        .iter()
        .filter_map(|f| match f.kind {
            "photo_missing" => Some(format!("{} {}", t.photo_missing, file(f))),
            "photo_changed" => Some(format!("{} {}", t.photo_changed, file(f))),
            "photo_coarse" => Some(format!("{}: {}", file(f), t.coarse_photo)),
            "photo_too_large" => Some(format!("{}: {}", file(f), t.photo_too_large)),
            _ => None,
        })
        .collect()
}
