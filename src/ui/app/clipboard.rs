//! Articles and picture boxes copied like objects: Edit ▸ Copy, Cut, Paste and Duplicate act on
//! the selected article or box, each change an undoable step. A copied article also goes on the
//! system clipboard as a manuscript, for other programs; pasting that same text back pastes the
//! article itself, anything else pasted is read as a new manuscript (see `incoming`).

use eframe::egui;

use crate::edit::Edit;
use crate::model::{Article, ArticleId, Frame};

use super::BanmianApp;
use crate::ui::canvas::Selection;

/// What Copy took.
#[derive(Clone, Debug)]
pub(super) enum Copied {
    /// An article with its text and photos, off its page.
    Article(Box<Article>),
    /// A picture box.
    Box(Frame),
}

/// The editor's clipboard: what was copied, and the text it put on the system clipboard.
#[derive(Clone, Debug)]
pub(super) struct Clip {
    copied: Copied,
    text: String,
}

impl BanmianApp {
    /// The selected article or picture box, as Copy takes it.
    fn selection_copy(&self) -> Option<Copied> {
        let doc = self.session.doc();
        if let Some(frame) = self.selected.frame.and_then(|id| doc.frame(id)) {
            return (frame.picture().is_none()).then(|| Copied::Box(frame.clone()));
        }
        let article = doc.article(self.selected.article?)?;
        Some(Copied::Article(Box::new(article.clone())))
    }

    /// Copies the selection (Ctrl+C on the page): kept for Paste, and an article's text put on
    /// the system clipboard.
    pub(super) fn copy(&mut self, ctx: &egui::Context) -> bool {
        let Some(copied) = self.selection_copy() else {
            return false;
        };
        let text = match &copied {
            Copied::Article(article) => crate::export::article_as_manuscript(article),
            Copied::Box(frame) => format!("{} #{}", self.texts().picture_box, frame.id.0),
        };
        ctx.copy_text(text.clone());
        self.clip = Some(Clip { copied, text });
        true
    }

    /// Copies the selected article for the WeChat editor (Edit ▸ Copy for WeChat): as HTML with
    /// inline styles on the system clipboard, its plain text beside it for programs that take
    /// no HTML.
    pub(super) fn copy_for_wechat(&mut self) {
        let doc = self.session.doc();
        let Some(article) = self.selected.article.and_then(|a| doc.article(a)) else {
            return;
        };
        let Some(html) = crate::export::html::wechat_html(doc, article.id) else {
            return;
        };
        let text = crate::export::article_as_manuscript(article);
        let mut system = self
            .wechat
            .take()
            .and_then(|(_, c)| c)
            .or_else(|| arboard::Clipboard::new().ok());
        // No system clipboard (no display): the copy stays the editor's own.
        if let Some(c) = system.as_mut()
            && c.set_html(html.as_str(), Some(text.as_str())).is_err()
        {
            system = None;
        }
        self.wechat = Some((html, system));
    }

    /// The last article copied for WeChat, as HTML.
    pub fn wechat_copied(&self) -> Option<&str> {
        self.wechat.as_ref().map(|(html, _)| html.as_str())
    }

    /// Ctrl+C and Ctrl+X on the page (not in a text field), as the window delivers them.
    pub(super) fn copy_and_cut_events(&mut self, ctx: &egui::Context) {
        if ctx.memory(|m| m.focused().is_some()) {
            return;
        }
        let asked = super::incoming::events(ctx, |e| match e {
            egui::Event::Copy => Some(false),
            egui::Event::Cut => Some(true),
            _ => None,
        });
        for cut in asked {
            if cut {
                self.cut(ctx);
            } else {
                self.copy(ctx);
            }
        }
    }

    /// Cuts the selection: copied, then taken out of the document.
    pub(super) fn cut(&mut self, ctx: &egui::Context) {
        if self.copy(ctx) {
            self.remove_selection(Edit::RemoveArticle);
            self.selected = Selection::default();
        }
    }

    /// Takes the selection away: a picture box is removed, an article as `for_article` says
    /// (off the page, or out of the document).
    pub(super) fn remove_selection(&mut self, for_article: fn(ArticleId) -> Edit) {
        let edit = match self.selected {
            Selection {
                frame: Some(id), ..
            } => Edit::RemoveFrame(id),
            Selection {
                article: Some(id), ..
            } => for_article(id),
            _ => return,
        };
        self.session.apply(edit, None);
        self.selected.frame = None;
    }

    /// Pastes what was copied, if `text` is what the copy put on the system clipboard (or
    /// there is no text: the menu's Paste). Returns whether it did.
    pub(super) fn paste_copied(&mut self, text: Option<&str>) -> bool {
        let Some(clip) = self.clip.clone() else {
            return false;
        };
        if text.is_some_and(|t| t.trim() != clip.text.trim()) {
            return false;
        }
        self.paste(clip.copied);
        true
    }

    /// Duplicates the selection: pasted at once, the clipboard left as it was.
    pub(super) fn duplicate(&mut self) {
        if let Some(copied) = self.selection_copy() {
            self.paste(copied);
        }
    }

    /// A copy of `copied` in the document: an article appended and placed where the page has
    /// room, a box under everything placed; the copy is selected.
    fn paste(&mut self, copied: Copied) {
        match copied {
            Copied::Article(article) => {
                let source = self.session.doc().source.clone();
                self.session
                    .apply(Edit::AddArticles(vec![*article], source), None);
                self.selected = Selection {
                    article: self.session.doc().articles.last().map(|a| a.id),
                    frame: None,
                };
            }
            Copied::Box(frame) => {
                let doc = self.session.doc();
                let id = doc.next_frame_id();
                let page = self.view.page;
                let Some((x, line)) = doc.first_free_spot(page, frame.width, frame.height) else {
                    return;
                };
                let edit = Edit::AddBox {
                    page,
                    x,
                    line,
                    width: frame.width,
                    height: frame.height,
                };
                if self.session.apply(edit, None) {
                    self.selected = Selection {
                        article: None,
                        frame: Some(id),
                    };
                }
            }
        }
    }
}
