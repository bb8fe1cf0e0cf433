//! Files on disk, below every module that writes one (layouts, pictures, exports): atomic
//! writes, where a crash or a full disk never leaves a half-written file behind and a write
//! never replaces anything but an ordinary file, and the folder a file is in.

use std::io::Write as _;
use std::path::Path;
use std::time::{Duration, SystemTime};

/// Temporary files of a save older than this, and not locked by the save writing them, were
/// left by an interrupted one (a crash, a `kill -9`): the next save to the folder removes them.
/// A younger one may be a save that has not locked its file yet.
const STALE_TEMP: Duration = Duration::from_secs(2 * 60);

/// Why a file was not written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WriteError {
    /// Occurs when the target is a symbolic link: writing would replace the link, not its file.
    #[error("is a symbolic link; write to the file it points to instead")]
    Symlink,
    /// Occurs when the target exists and is not an ordinary file (a folder, a FIFO, a device).
    #[error("is not an ordinary file")]
    NotAFile,
    /// Occurs when the system refuses the write.
    #[error("{0}")]
    Io(std::io::Error),
}

// By hand rather than `#[from]`, so that the system's error is shown once, not again as a cause.
impl From<std::io::Error> for WriteError {
    fn from(e: std::io::Error) -> Self {
        WriteError::Io(e)
    }
}

/// The folder a file is in (`.` for a bare file name).
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder: write, fsync, rename
/// over the target, fsync the folder. Either the old file or the whole new one is there. A new
/// file gets the permissions the user's umask gives; a replaced one keeps its own. Refuses a
/// target that is a symbolic link or not an ordinary file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let existing = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => return Err(WriteError::Symlink),
        Ok(m) if !m.is_file() => return Err(WriteError::NotAFile),
        Ok(m) => Some(m),
        Err(_) => None,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    remove_stale_temps(dir);
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
    // Created as an ordinary new file would be (0666 less the umask), not private.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    // The temporary file's name means nothing to the user: errors name the kind of trouble, and
    // the caller names the file asked for.
    let plain = |e: std::io::Error| std::io::Error::from(e.kind());
    let mut tmp = builder.tempfile_in(dir).map_err(plain)?;
    // Locked while it is written, so that another save to the folder leaves it alone; the lock
    // goes with the process, however it ends.
    tmp.as_file().try_lock().ok();
    tmp.write_all(bytes).map_err(plain)?;
    if let Some(m) = existing {
        tmp.as_file().set_permissions(m.permissions())?;
    }
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| plain(e.error))?;
    // The rename itself is only durable once the folder is synced; not every platform lets a
    // folder be opened for that, and the data is already safe, so a failure here is ignored.
    if let Ok(d) = std::fs::File::open(dir) {
        d.sync_all().ok();
    }
    Ok(())
}

const TEMP_PREFIX: &str = ".banmian-";
const TEMP_SUFFIX: &str = ".tmp";

/// Removes temporary files that an interrupted save left in `dir`: older than [`STALE_TEMP`]
/// and locked by no one.
fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)) {
            continue;
        }
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| now.duration_since(t).ok())
            .is_some_and(|age| age >= STALE_TEMP);
        if !stale || !entry.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        // A save under way holds its file's lock; a killed one's lock went with it.
        let unlocked = std::fs::File::options()
            .write(true)
            .open(entry.path())
            .is_ok_and(|f| f.try_lock().is_ok());
        if unlocked {
            std::fs::remove_file(entry.path()).ok();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_whole_file_and_leaves_no_temp() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("page.ron");
        write_atomic(&path, b"old").expect("first write");
        write_atomic(&path, b"new content").expect("second write");
        assert_eq!(std::fs::read(&path).expect("read"), b"new content");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .filter_map(Result::ok)
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names.len(), 1, "no temporary file left: {names:?}");
    }

    #[cfg(unix)]
    #[test]
    fn links_and_special_files_are_refused_and_left_alone() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("real.txt");
        std::fs::write(&target, b"keep").expect("write");
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&target, &link).expect("symlink");
        assert!(matches!(
            write_atomic(&link, b"x"),
            Err(WriteError::Symlink)
        ));
        assert!(
            std::fs::symlink_metadata(&link)
                .expect("still there")
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read(&target).expect("read"), b"keep");
        assert!(matches!(
            write_atomic(dir.path(), b"x"),
            Err(WriteError::NotAFile)
        ));
        assert!(matches!(
            write_atomic(Path::new("/dev/null"), b"x"),
            Err(WriteError::NotAFile)
        ));
    }

    #[test]
    fn temporary_files_left_by_an_interrupted_save_go() {
        let dir = tempfile::tempdir().expect("temp dir");
        let old = dir.path().join(".banmian-abc123.tmp");
        std::fs::write(&old, b"half").expect("write");
        let long_ago = SystemTime::now() - Duration::from_secs(3600);
        std::fs::File::options()
            .write(true)
            .open(&old)
            .and_then(|f| f.set_modified(long_ago))
            .expect("age it");
        let fresh = dir.path().join(".banmian-def456.tmp");
        std::fs::write(&fresh, b"in progress").expect("write");
        // An old one that a save still holds locked (a save of a large PDF, say).
        let held = dir.path().join(".banmian-ghi789.tmp");
        std::fs::write(&held, b"writing").expect("write");
        let holder = std::fs::File::options()
            .write(true)
            .open(&held)
            .expect("open");
        holder.set_modified(long_ago).expect("age it");
        holder.lock().expect("locked");
        write_atomic(&dir.path().join("page.ron"), b"new").expect("write");
        assert!(!old.exists(), "the stale one is removed");
        assert!(fresh.exists(), "a save still under way is left alone");
        assert!(held.exists(), "a locked one is left alone");
    }
}
