//! A document being edited, with its undo history and its composed page kept up to date.

use std::sync::Arc;

use crate::compose::{ComposeCache, ComposedPage};
use crate::fonts::Fonts;
use crate::model::Document;

use super::edits::Edit;
use super::history::{Group, History};

/// A document being edited: every change goes through [`Session::apply`], so undo, the
/// revision (the unsaved mark) and the composed page follow it. Composition reuses what an edit
/// did not touch.
pub struct Session {
    doc: Document,
    /// The installed fonts its styles' families are found in.
    fonts: Fonts,
    history: History,
    cache: ComposeCache,
    composed: Option<(u64, Arc<ComposedPage>)>,
}

impl Session {
    /// A session on `doc`, with an empty history, its faces found in `fonts`.
    pub fn new(doc: Document, fonts: Fonts) -> Self {
        let mut session = Session {
            doc,
            fonts,
            history: History::default(),
            cache: ComposeCache::default(),
            composed: None,
        };
        session.history.reset();
        session
    }

    /// The installed fonts its styles' families are found in.
    pub fn fonts(&self) -> &Fonts {
        &self.fonts
    }

    /// The document.
    pub fn doc(&self) -> &Document {
        &self.doc
    }

    /// Replaces the document (a file opened, a new page) and forgets the history.
    pub fn replace(&mut self, doc: Document) {
        self.doc = doc;
        self.history.reset();
    }

    /// Applies an edit as an undoable step; edits with the same `group` in a row make one step.
    /// Returns false when the edit changed nothing (it was refused).
    pub fn apply(&mut self, edit: Edit, group: Option<Group>) -> bool {
        self.history.apply(&mut self.doc, &self.fonts, edit, group)
    }

    /// Ends the current typing group, so the next edit is a step of its own.
    pub fn close_group(&mut self) {
        self.history.close_group();
    }

    /// Goes one step back.
    pub fn undo(&mut self) {
        self.history.undo(&mut self.doc);
    }

    /// Goes one step forward again.
    pub fn redo(&mut self) {
        self.history.redo(&mut self.doc);
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// The document's revision: it changes with every edit, undo and redo.
    pub fn revision(&self) -> u64 {
        self.history.revision()
    }

    /// The composed page of the current revision.
    pub fn composed(&mut self) -> Arc<ComposedPage> {
        let revision = self.history.revision();
        match &self.composed {
            Some((r, page)) if *r == revision => page.clone(),
            _ => {
                let page = Arc::new(self.cache.compose(&self.doc, &self.fonts));
                self.composed = Some((revision, page.clone()));
                page
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, ArticleId, Em, Paragraph};

    fn doc() -> Document {
        let mut doc = Document::default();
        let mut a = Article::new(ArticleId(0));
        a.body.push(crate::model::Block::Paragraph(Paragraph::new(
            "一二三四五六七八九十",
        )));
        doc.articles.push(a);
        doc
    }

    #[test]
    fn edits_undo_and_redo_through_the_session() {
        let mut s = Session::new(doc(), Fonts::new());
        let r0 = s.revision();
        let placed = s.apply(
            Edit::Place {
                page: 0,
                article: ArticleId(0),
                x: Em(0.0),
                line: 0,
            },
            None,
        );
        assert!(placed);
        assert!(s.doc().is_placed(ArticleId(0)));
        assert_ne!(s.revision(), r0);
        let page = s.composed();
        assert!(page.article(ArticleId(0)).is_some_and(|a| a.placed()));
        s.undo();
        assert!(!s.doc().is_placed(ArticleId(0)));
        assert_eq!(s.revision(), r0);
        s.redo();
        assert!(s.doc().is_placed(ArticleId(0)));
    }
}
