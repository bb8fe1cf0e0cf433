//! Undo and redo: snapshots of the document taken at interaction boundaries.
//!
//! Typing in one field is one step (the snapshot is taken when the first change in that field
//! arrives); a frame drag is one step (applied when the drag ends). History is never saved.

use crate::fonts::Fonts;
use crate::model::Document;

use super::edits::{Edit, apply};

/// Identifies where a run of edits comes from (one text field being typed in): edits with the
/// same group in a row make one undo step.
pub type Group = u64;

/// How many steps back undo can go.
const MAX_UNDO: usize = 200;

/// The undo and redo stacks, and the document's revision for the unsaved mark.
#[derive(Default)]
pub struct History {
    undo: Vec<(Document, u64)>,
    redo: Vec<(Document, u64)>,
    revision: u64,
    next_revision: u64,
    /// The field that the last edit came from: further edits from it join that step.
    group: Option<Group>,
}

impl History {
    /// The document's current revision; it changes with every edit, undo and redo.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Forgets everything (a new or opened document) and starts a new revision.
    pub fn reset(&mut self) {
        self.undo.clear();
        self.redo.clear();
        self.group = None;
        self.bump();
    }

    fn bump(&mut self) {
        self.next_revision += 1;
        self.revision = self.next_revision;
    }

    /// Applies an edit as an undoable step. Edits with the same `group` (one text field being
    /// typed in) in a row make one step. Returns false when the edit changed nothing.
    pub fn apply(
        &mut self,
        doc: &mut Document,
        fonts: &Fonts,
        edit: Edit,
        group: Option<Group>,
    ) -> bool {
        let joins = group.is_some() && group == self.group;
        let before = (!joins).then(|| doc.clone());
        if !apply(doc, fonts, edit) {
            return false;
        }
        if let Some(before) = before {
            self.undo.push((before, self.revision));
            if self.undo.len() > MAX_UNDO {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.group = group;
        self.bump();
        true
    }

    /// Ends the current typing group, so the next edit is a step of its own.
    pub fn close_group(&mut self) {
        self.group = None;
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Goes one step back.
    pub fn undo(&mut self, doc: &mut Document) {
        if let Some((prev, rev)) = self.undo.pop() {
            let current = std::mem::replace(doc, prev);
            self.redo.push((current, self.revision));
            self.revision = rev;
            self.group = None;
        }
    }

    /// Goes one step forward again.
    pub fn redo(&mut self, doc: &mut Document) {
        if let Some((next, rev)) = self.redo.pop() {
            let current = std::mem::replace(doc, next);
            self.undo.push((current, self.revision));
            self.revision = rev;
            self.group = None;
        }
    }
}
