//! Recovery files: each editor window autosaves its document to a slot of its own in the data
//! folder and holds a lock on that slot while it lives, so two windows never write over each
//! other's autosave. A slot whose lock is free belongs to a window that ended without saving (a
//! crash, a kill, a power cut): the next window to start offers to restore it.

use std::fs::File;
use std::path::{Path, PathBuf};

use crate::model::Document;

/// The folder of recovery slots inside the data folder.
fn slots_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("recovery")
}

/// A window's claim on one recovery slot: `NAME.ron` (the autosave), `NAME.origin` (the layout
/// file it is a copy of) and `NAME.lock`, locked for as long as the slot is held.
#[derive(Debug)]
pub struct Slot {
    dir: PathBuf,
    name: String,
    /// Held open and locked: the operating system frees the lock when the window's process ends
    /// in any way, which is how an orphaned slot is told from a live one.
    _lock: File,
}

/// What an orphaned slot held: the document, and the layout file it copies if it had one.
#[derive(Debug)]
pub struct Orphan {
    /// The slot, now held by this window.
    pub slot: Slot,
    /// The autosaved document.
    pub doc: Document,
    /// The layout file the autosave is a copy of.
    pub origin: Option<PathBuf>,
}

impl Slot {
    /// Claims a fresh slot for this window.
    pub fn claim_new(data_dir: &Path) -> std::io::Result<Slot> {
        let dir = slots_dir(data_dir);
        std::fs::create_dir_all(&dir)?;
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let name = format!("{}-{nanos}", std::process::id());
        Slot::lock(dir, name)?.ok_or_else(|| std::io::Error::other("the slot is taken"))
    }

    /// Claims the most recent slot left by a window that has gone, with what it holds; `None`
    /// when there is none. An autosave from before slots (`recovery.ron` in the data folder) is
    /// moved into a slot first.
    pub fn claim_orphan(data_dir: &Path) -> Option<Orphan> {
        adopt_single_file_recovery(data_dir);
        let dir = slots_dir(data_dir);
        let mut autosaves: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(&dir)
            .ok()?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron"))
            .map(|p| (modified(&p), p))
            .collect();
        autosaves.sort_by_key(|a| std::cmp::Reverse(a.0));
        autosaves.into_iter().find_map(|(_, path)| {
            let name = path.file_stem()?.to_str()?.to_owned();
            let slot = Slot::lock(dir.clone(), name).ok()??;
            // A slot that cannot be read is left as it is, for the user to rescue by hand.
            let text = std::fs::read_to_string(slot.ron_path()).ok()?;
            let doc = crate::store::from_ron(&text, &slot.ron_path()).ok()?;
            let origin = std::fs::read_to_string(slot.origin_path())
                .ok()
                .map(PathBuf::from);
            Some(Orphan { slot, doc, origin })
        })
    }

    /// Locks slot `name` in `dir`; `None` when another window holds it.
    fn lock(dir: PathBuf, name: String) -> std::io::Result<Option<Slot>> {
        let lock = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join(format!("{name}.lock")))?;
        match lock.try_lock() {
            Ok(()) => Ok(Some(Slot {
                dir,
                name,
                _lock: lock,
            })),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) => Err(e),
        }
    }

    /// The autosave.
    pub fn ron_path(&self) -> PathBuf {
        self.dir.join(format!("{}.ron", self.name))
    }

    /// The name of the layout file the autosave copies.
    fn origin_path(&self) -> PathBuf {
        self.dir.join(format!("{}.origin", self.name))
    }

    /// Writes the autosave, and which layout file it copies (`None` for an unsaved page).
    pub fn save(&self, ron: &str, origin: Option<&Path>) -> Result<(), crate::disk::WriteError> {
        crate::disk::write_atomic(&self.ron_path(), ron.as_bytes())?;
        match origin {
            Some(path) => {
                crate::disk::write_atomic(&self.origin_path(), path.as_os_str().as_encoded_bytes())
            }
            None => {
                std::fs::remove_file(self.origin_path()).ok();
                Ok(())
            }
        }
    }

    /// Forgets the autosave (the document was saved, or the user chose not to keep it).
    pub fn clear(&self) {
        std::fs::remove_file(self.ron_path()).ok();
        std::fs::remove_file(self.origin_path()).ok();
    }
}

impl Drop for Slot {
    /// A slot with nothing in it is removed with the window; one holding an autosave stays for
    /// the next window to offer.
    fn drop(&mut self) {
        if !self.ron_path().exists() {
            std::fs::remove_file(self.dir.join(format!("{}.lock", self.name))).ok();
        }
    }
}

/// When the file was last written (the epoch if unknown, so it sorts last).
fn modified(path: &Path) -> std::time::SystemTime {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .unwrap_or(std::time::UNIX_EPOCH)
}

/// Moves an autosave written before windows had slots into a slot of its own.
fn adopt_single_file_recovery(data_dir: &Path) {
    let old = data_dir.join("recovery.ron");
    if !old.exists() {
        return;
    }
    let Ok(slot) = Slot::claim_new(data_dir) else {
        return;
    };
    if std::fs::rename(&old, slot.ron_path()).is_ok() {
        std::fs::rename(data_dir.join("recovery-origin.txt"), slot.origin_path()).ok();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_live_slot_is_never_offered_and_a_dead_one_is() {
        let dir = tempfile::tempdir().expect("temp dir");
        let live = Slot::claim_new(dir.path()).expect("a slot");
        let ron = crate::store::to_ron(&Document::default()).expect("RON");
        live.save(&ron, Some(Path::new("/news/page.ron")))
            .expect("autosaved");
        assert!(
            Slot::claim_orphan(dir.path()).is_none(),
            "another window's autosave is its own"
        );
        drop(live);
        let orphan = Slot::claim_orphan(dir.path()).expect("left by a window that ended");
        assert_eq!(orphan.origin.as_deref(), Some(Path::new("/news/page.ron")));
        assert!(
            Slot::claim_orphan(dir.path()).is_none(),
            "offered to one window only"
        );
        orphan.slot.clear();
        drop(orphan);
        let left: Vec<_> = std::fs::read_dir(slots_dir(dir.path()))
            .expect("the folder")
            .collect();
        assert!(left.is_empty(), "{left:?}");
    }
}
