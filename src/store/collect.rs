//! Collect for output (打包): a layout and every picture it shows copied into one folder, the
//! pictures in a `图片` folder beside the layout and named relative to it, so that the folder
//! can go to the print shop or another computer whole.

use std::path::{Path, PathBuf};

use crate::model::Document;

use super::{Error, save, write_atomic};

/// The folder the pictures go in, beside the layout.
pub const PICTURES_FOLDER: &str = "图片";

/// What collecting did.
#[derive(Clone, Debug, PartialEq)]
pub struct Collected {
    /// The layout file written.
    pub layout: PathBuf,
    /// How many picture files were copied.
    pub copied: usize,
    /// Pictures that could not be copied (missing or unreadable): the layout still names them.
    pub missing: Vec<String>,
}

/// Copies the layout (as `name`.ron) and its pictures into `folder`, which is made if need be.
/// Pictures of the same name but other content are told apart by a number (`scene-2.jpg`).
pub fn collect(doc: &Document, folder: &Path, name: &str) -> Result<Collected, Error> {
    let io = |path: &Path| {
        let path = path.to_owned();
        move |error| Error::Io { path, error }
    };
    let pictures = folder.join(PICTURES_FOLDER);
    std::fs::create_dir_all(&pictures).map_err(io(&pictures))?;
    let mut out = doc.clone();
    let mut copied: Vec<(String, PathBuf)> = Vec::new();
    let mut missing = Vec::new();
    for photo in out.articles.iter_mut().flat_map(|a| a.photos.iter_mut()) {
        let Ok((bytes, probe)) = crate::picture::read(Path::new(&photo.file)) else {
            missing.push(photo.file.clone());
            continue;
        };
        if let Some((_, path)) = copied.iter().find(|(hash, _)| *hash == probe.hash) {
            photo.file = path.to_string_lossy().into_owned();
            continue;
        }
        let target = free_name(&pictures, photo.file_name(), &probe.hash, &copied);
        if !target.exists() {
            write_atomic(&target, &bytes).map_err(|error| Error::Write {
                path: target.clone(),
                error,
            })?;
        }
        photo.file = target.to_string_lossy().into_owned();
        photo.hash = probe.hash.clone();
        copied.push((probe.hash, target));
    }
    let layout = folder.join(format!("{name}.ron"));
    save(&out, &layout)?;
    Ok(Collected {
        layout,
        copied: copied.len(),
        missing,
    })
}

/// `name` in `folder`, numbered where a picture copied before or another file already there has
/// it; a file there with the same content (`hash`, collected before) is used as it is.
fn free_name(folder: &Path, name: &str, hash: &str, copied: &[(String, PathBuf)]) -> PathBuf {
    let path = Path::new(name);
    let stem = path
        .file_stem()
        .map_or_else(|| "picture".into(), |s| s.to_string_lossy());
    let ext = path.extension().map(|e| e.to_string_lossy());
    (1..)
        .map(|n| {
            let numbered = if n == 1 {
                stem.to_string()
            } else {
                format!("{stem}-{n}")
            };
            match &ext {
                Some(ext) => folder.join(format!("{numbered}.{ext}")),
                None => folder.join(numbered),
            }
        })
        .find(|p| {
            let same = || crate::picture::read(p).is_ok_and(|(_, probe)| probe.hash == hash);
            copied.iter().all(|(_, c)| c != p) && (!p.exists() || same())
        })
        .unwrap_or_else(|| folder.join(name))
}
