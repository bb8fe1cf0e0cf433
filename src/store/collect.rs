//! Collect for output (打包): a layout and every picture it shows copied into one folder, the
//! pictures in a `图片` folder beside the layout and named relative to it, so that the folder
//! can go to the print shop or another computer whole.

use std::path::{Path, PathBuf};

use crate::model::Document;

use super::{Error, save};

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
    let mut copied: Vec<PathBuf> = Vec::new();
    let mut missing = Vec::new();
    for photo in out.articles.iter_mut().flat_map(|a| a.photos.iter_mut()) {
        let Ok((bytes, _)) = crate::picture::read(Path::new(&photo.file)) else {
            missing.push(photo.file.clone());
            continue;
        };
        let target =
            crate::picture::save_into(&pictures, photo.file_name(), &bytes).map_err(|e| {
                Error::Io {
                    path: pictures.clone(),
                    error: std::io::Error::other(e.to_string()),
                }
            })?;
        photo.file = target.to_string_lossy().into_owned();
        photo.hash = crate::picture::hash(&bytes);
        if !copied.contains(&target) {
            copied.push(target);
        }
    }
    let layout = folder.join(format!("{name}.ron"));
    save(&out, &layout)?;
    Ok(Collected {
        layout,
        copied: copied.len(),
        missing,
    })
}
