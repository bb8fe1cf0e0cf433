//! What comes into the editor from outside: imported files, pictures placed, dropped or pasted,
//! and text pasted on the page.

use std::path::PathBuf;
use std::sync::Arc;

use eframe::egui;

use super::{BanmianApp, Modal, Selection, errors};
use crate::edit::Edit;
use crate::model::{Em, PhotoId};
use crate::ui::command::Pending;
use crate::ui::i18n::Texts;

impl BanmianApp {
    /// Imports text files into the document (an undoable step); their articles are placed
    /// where the page has room.
    pub fn import_paths(&mut self, paths: &[PathBuf]) {
        match crate::import::import_files_in(paths, None, None) {
            Ok((imported, reports)) => {
                let fresh = self.doc().articles.is_empty();
                self.session
                    .apply(Edit::AddArticles(imported.articles, imported.source), None);
                self.view.fit_pending |= fresh;
                self.modal = Some(Modal::Notice(import_report(self.texts(), &reports)));
            }
            Err(e) => self.modal = Some(Modal::Error(errors::import(&e, self.view.lang))),
        }
    }

    /// Places picture files on the page with the selected article (or the article of the
    /// selected photo), each an undoable step; the first at `at` (left edge, grid line) if
    /// given. A file that is no picture banmian reads is named in an error.
    pub fn place_pictures(&mut self, paths: &[PathBuf], at: Option<(Em, u32)>) {
        let doc = self.session.doc();
        let article = self.selected.article.or_else(|| {
            let picture = doc.frame(self.selected.frame?)?.picture()?;
            Some(doc.photo(picture.photo)?.0)
        });
        for (i, path) in paths.iter().enumerate() {
            match crate::import::picture::read_photo(path, PhotoId(0), &[]) {
                Ok(photo) => {
                    let at = if i == 0 { at } else { None };
                    let before = self.session.doc().next_frame_id();
                    self.session.apply(
                        Edit::PlacePhoto {
                            article,
                            photo: Box::new(photo),
                            at,
                            page: self.view.page,
                        },
                        None,
                    );
                    // The new photo frame is selected, ready to crop and caption.
                    if self.session.doc().frame(before).is_some() {
                        self.selected = Selection {
                            article: None,
                            frame: Some(before),
                        };
                    }
                }
                Err(e) => {
                    self.modal = Some(Modal::Error(errors::import(&e, self.view.lang)));
                    return;
                }
            }
        }
    }

    pub(super) fn dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        let (layouts, others): (Vec<PathBuf>, Vec<PathBuf>) = dropped
            .into_iter()
            .partition(|p| crate::store::is_layout_path(p));
        let only_pictures = others.iter().all(|p| crate::picture::is_picture_path(p));
        if let Some(layout) = layouts.into_iter().next() {
            self.guard(ctx, Pending::OpenPath(layout));
        } else if !others.is_empty() && only_pictures {
            // Pictures dropped on the page go where they were dropped.
            let at = ctx
                .input(|i| i.pointer.hover_pos())
                .and_then(|pos| self.view.grid_at(pos));
            self.place_pictures(&others, at);
        } else if !others.is_empty() {
            // Text with pictures: each picture joins the article read just before it.
            self.import_paths(&others);
        }
    }

    /// Text pasted on the page or the article list (not into a text field): a new article read
    /// by the manuscript rules, placed where the page has room and selected.
    pub(super) fn pasted_text(&mut self, ctx: &egui::Context) {
        if ctx.memory(|m| m.focused().is_some()) {
            return;
        }
        let texts = events(ctx, |e| match e {
            egui::Event::Paste(text) => Some(text.clone()),
            _ => None,
        });
        for text in texts {
            // The text an article copied here put on the clipboard pastes the article itself.
            if self.paste_copied(Some(&text)) {
                continue;
            }
            let id = self.doc().next_article_id();
            let article = match crate::import::paste::read_pasted(&text, id) {
                Ok(Some(article)) => article,
                Ok(None) => continue,
                Err(kind) => {
                    let e = crate::import::Error {
                        path: self.texts().pasted_text.into(),
                        kind,
                    };
                    self.modal = Some(Modal::Error(errors::import(&e, self.view.lang)));
                    continue;
                }
            };
            let source = self.doc().source.clone();
            self.session
                .apply(Edit::AddArticles(vec![article], source), None);
            // Appending keeps the id when no other article took it first.
            if let Some(last) = self.doc().articles.last() {
                self.selected = Selection {
                    article: Some(last.id),
                    frame: None,
                };
            }
        }
    }

    /// Pictures pasted from the clipboard: each is written as a PNG beside the layout (in the
    /// editor's own folder while the layout is unsaved) and placed like a picked file.
    pub(super) fn pasted_images(&mut self, ctx: &egui::Context) {
        let images: Vec<Arc<egui::ColorImage>> = events(ctx, |e| match e {
            egui::Event::PasteImage(image) => Some(image.clone()),
            _ => None,
        });
        let folder = self.path.as_deref().map_or_else(
            || self.data_dir.join("pasted"),
            |layout| crate::disk::folder_of(layout).to_owned(),
        );
        for image in images {
            match crate::ui::photos::save_pasted(&image, &folder) {
                Ok(path) => self.place_pictures(&[path], None),
                Err(e) => {
                    let text = format!("{}: {e:#}", folder.display());
                    self.modal = Some(Modal::Error(text));
                }
            }
        }
    }
}

/// What this frame's input events of one kind carry.
pub(super) fn events<T>(ctx: &egui::Context, pick: impl Fn(&egui::Event) -> Option<T>) -> Vec<T> {
    ctx.input(|i| i.events.iter().filter_map(&pick).collect())
}

/// What an import gave, a line per file: headline, byline, characters, photos, warnings.
fn import_report(t: &Texts, reports: &[crate::import::Report]) -> String {
    let mut lines = vec![t.import_report.to_owned()];
    for r in reports {
        let name = r.file.file_name().map_or_else(
            || r.file.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let byline = r.byline.as_deref().unwrap_or("–");
        let articles = match r.articles {
            1 => String::new(),
            n => format!(" · {n} {}", t.articles_word),
        };
        lines.push(format!(
            "{name}：{} · {byline}{articles} · {} {} · {} {}",
            r.headline,
            r.chars,
            t.chars,
            r.photos,
            t.photo_count(r.photos)
        ));
        lines.extend(r.warnings.iter().map(|w| format!("    ⚠ {w}")));
    }
    lines.join("\n")
}
