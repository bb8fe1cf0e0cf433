//! Autosave and recovery: a copy of unsaved work written every minute to this window's recovery
//! slot, and the offer to restore what a window that ended without saving left behind.

use std::path::PathBuf;

use eframe::egui;

use crate::model::Document;
use crate::ui::dialogs::Modal;
use crate::ui::recovery::{Orphan, Slot};

use super::BanmianApp;

/// Seconds between autosaves while there are unsaved changes.
const AUTOSAVE_SECONDS: f64 = 60.0;

impl BanmianApp {
    /// Writes the autosave once a minute while there are unsaved changes.
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        if !self.is_dirty() {
            self.last_autosave = now;
            return;
        }
        if now - self.last_autosave >= AUTOSAVE_SECONDS {
            self.last_autosave = now;
            if let Err(e) = self.write_recovery() {
                let t = self.texts();
                self.modal = Some(Modal::Error(format!("{}: {e}", t.autosave_failed)));
            }
        }
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(AUTOSAVE_SECONDS));
    }

    /// Writes the autosave to this window's recovery slot, claiming one the first time.
    fn write_recovery(&mut self) -> anyhow::Result<()> {
        let text = crate::store::to_ron(self.session.doc())?;
        let slot = match &mut self.recovery {
            Some(slot) => slot,
            empty => empty.insert(Slot::claim_new(&self.data_dir)?),
        };
        // Which file this is a copy of, so that a restore keeps the name.
        slot.save(&text, self.path.as_deref())?;
        Ok(())
    }

    /// Asks whether to restore the autosave of a window that ended without saving, if any.
    pub(super) fn offer_orphan(&mut self) {
        if let Some(Orphan { slot, doc, origin }) = Slot::claim_orphan(&self.data_dir) {
            self.orphan = Some(slot);
            self.modal = Some(Modal::Restore(Box::new((doc, origin))));
        }
    }

    /// Restores the autosaved document (answer to the restore question); its recovery slot
    /// becomes this window's.
    pub(super) fn restore(&mut self, doc: Document, origin: Option<PathBuf>) {
        self.session.replace(doc);
        self.saved_revision = 0;
        self.path = origin;
        self.view.fit_pending = true;
        if let Some(orphan) = self.orphan.take() {
            self.discard_recovery();
            self.recovery = Some(orphan);
        }
    }

    /// Forgets the offered autosave (the user chose not to restore it), and offers the next.
    pub(super) fn discard_orphan(&mut self) {
        if let Some(orphan) = self.orphan.take() {
            orphan.clear();
        }
        self.offer_orphan();
    }

    /// Forgets this window's autosave (the document was saved, or closed without saving).
    pub(super) fn discard_recovery(&mut self) {
        if let Some(slot) = &self.recovery {
            slot.clear();
        }
    }
}
