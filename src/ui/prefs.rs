//! What the editor remembers between runs (language, recent files) and the autosave file.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::i18n::Lang;

/// How many recent files the File menu lists.
const MAX_RECENT: usize = 8;

/// The editor's preferences, kept in `prefs.ron` in the data folder.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// The menu language; `None` follows the system.
    pub lang: Option<Lang>,
    /// Recently opened or saved layouts, newest first.
    pub recent: Vec<PathBuf>,
    /// Whether PDF and PNG exports print photos in grey (a paper printed in black and white).
    #[serde(default)]
    pub grayscale: bool,
}

impl Prefs {
    /// Reads the preferences; missing or unreadable ones are the defaults.
    pub fn load(dir: &Path) -> Prefs {
        std::fs::read_to_string(dir.join("prefs.ron"))
            .ok()
            .and_then(|s| ron::from_str(&s).ok())
            .unwrap_or_default()
    }

    /// Writes the preferences (atomically; a failure only loses the preferences).
    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(dir)?;
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new())
            .map_err(std::io::Error::other)?;
        crate::disk::write_atomic(&dir.join("prefs.ron"), text.as_bytes())
            .map_err(std::io::Error::other)
    }

    /// Puts a file at the top of the recent list.
    pub fn add_recent(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}

/// The folder for preferences and the autosave: `$XDG_DATA_HOME/banmian` or
/// `~/.local/share/banmian` (`%APPDATA%\banmian` on Windows).
pub fn data_dir() -> PathBuf {
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("APPDATA").map(PathBuf::from))
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("banmian")
}
