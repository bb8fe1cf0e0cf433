//! Photos on the canvas: each picture file decoded once, off the UI thread, into a texture at
//! most [`MAX_TEXTURE_SIDE`] pixels on its long side. Until it is ready the frame shows grey.

use std::collections::HashMap;
use std::sync::mpsc::{Receiver, channel};

use eframe::egui::{self, ColorImage, TextureHandle, TextureOptions};

/// The long side of a photo's texture, in pixels: sharp enough for the canvas at any zoom an
/// editor works at, small enough that twenty photos stay within memory.
pub const MAX_TEXTURE_SIDE: u32 = 2048;

/// Where a picture file's texture stands.
enum Texture {
    /// Being decoded on a worker thread.
    Loading(Receiver<Option<ColorImage>>),
    /// Ready to draw.
    Ready(TextureHandle),
    /// The file is missing or cannot be decoded: the composed page shows a placeholder.
    Failed,
}

/// The textures of the photos the canvas has drawn, by file.
#[derive(Default)]
pub struct PhotoTextures {
    textures: HashMap<String, Texture>,
}

impl PhotoTextures {
    /// The texture of a picture file, starting to decode it if it is new; `None` until it is
    /// ready (a repaint is asked for when it is).
    pub fn get(&mut self, ctx: &egui::Context, file: &str) -> Option<egui::TextureId> {
        let entry = self.textures.entry(file.to_owned()).or_insert_with(|| {
            let (send, receive) = channel();
            let path = std::path::PathBuf::from(file);
            let ctx = ctx.clone();
            std::thread::spawn(move || {
                let image = crate::picture::read(&path).ok().and_then(|(bytes, _)| {
                    crate::picture::decode_rgba(&bytes, &path, MAX_TEXTURE_SIDE).ok()
                });
                let image = image.map(|i| {
                    let size = [i.width() as usize, i.height() as usize];
                    ColorImage::from_rgba_unmultiplied(size, i.as_raw())
                });
                // The editor may have closed meanwhile; then nobody is waiting.
                let _ = send.send(image);
                ctx.request_repaint();
            });
            Texture::Loading(receive)
        });
        if let Texture::Loading(receive) = entry {
            match receive.try_recv() {
                Ok(Some(image)) => {
                    let handle = ctx.load_texture(file, image, TextureOptions::LINEAR);
                    *entry = Texture::Ready(handle);
                }
                Ok(None) | Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    *entry = Texture::Failed;
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => {}
            }
        }
        match entry {
            Texture::Ready(handle) => Some(handle.id()),
            Texture::Loading(_) | Texture::Failed => None,
        }
    }
}

/// Writes a picture pasted from the clipboard as a PNG file in `folder`, named by the time
/// (`粘贴图片-20261130-154900.png`, with a number added if that name is taken): a layout refers
/// to its pictures by file and never holds them.
pub fn save_pasted(
    image: &ColorImage,
    folder: &std::path::Path,
) -> anyhow::Result<std::path::PathBuf> {
    let rgba: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(|p| p.to_srgba_unmultiplied())
        .collect();
    let [w, h] = image.size;
    let picture = image::RgbaImage::from_raw(w as u32, h as u32, rgba)
        .ok_or_else(|| anyhow::anyhow!("the pasted picture's size does not match its pixels"))?;
    let mut png = std::io::Cursor::new(Vec::new());
    picture.write_to(&mut png, image::ImageFormat::Png)?;
    std::fs::create_dir_all(folder)?;
    let now = time::OffsetDateTime::now_utc();
    let stamp = format!(
        "{:04}{:02}{:02}-{:02}{:02}{:02}",
        now.year(),
        now.month() as u8,
        now.day(),
        now.hour(),
        now.minute(),
        now.second()
    );
    let path = (1..)
        .map(|n| match n {
            1 => folder.join(format!("粘贴图片-{stamp}.png")),
            n => folder.join(format!("粘贴图片-{stamp}-{n}.png")),
        })
        .find(|p| !p.exists())
        .ok_or_else(|| anyhow::anyhow!("no free file name in {}", folder.display()))?;
    crate::store::write_atomic(&path, &png.into_inner())?;
    Ok(path)
}
