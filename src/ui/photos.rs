//! Photos on the canvas: each picture file decoded once, off the UI thread, into a texture at
//! most [`MAX_TEXTURE_SIDE`] pixels on its long side. Until it is ready the frame shows grey.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

use eframe::egui::{self, ColorImage, TextureHandle, TextureOptions};

/// The long side of a photo's texture, in pixels: a three-column photo is still sharp at four
/// times its printed size, and twenty photos take 140 MB of textures (2048 px would take 220).
pub const MAX_TEXTURE_SIDE: u32 = 1600;

/// Where a picture file's texture stands.
enum Texture {
    /// Waiting for the worker to decode it.
    Loading,
    /// Ready to draw.
    Ready(TextureHandle),
    /// The file is missing or cannot be decoded: the composed page shows a placeholder.
    Failed,
}

/// The textures of the photos the canvas has drawn, by file. One worker thread decodes them in
/// turn: decoding a camera's JPEG takes a large buffer for a moment, and twenty at once would
/// take twenty.
#[derive(Default)]
pub struct PhotoTextures {
    textures: HashMap<String, Texture>,
    worker: Option<Worker>,
}

/// The decoding thread: files go in, decoded pictures come out.
struct Worker {
    jobs: Sender<String>,
    done: Receiver<(String, Option<ColorImage>)>,
}

impl Worker {
    fn start(ctx: &egui::Context) -> Self {
        let (jobs, todo) = channel::<String>();
        let (finished, done) = channel();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            for file in todo {
                let path = PathBuf::from(&file);
                let image = crate::picture::read(&path).ok().and_then(|(bytes, _)| {
                    crate::picture::decode_rgba(&bytes, &path, MAX_TEXTURE_SIDE).ok()
                });
                let image = image.map(|i| {
                    let size = [i.width() as usize, i.height() as usize];
                    ColorImage::from_rgba_unmultiplied(size, i.as_raw())
                });
                // The editor may have closed meanwhile; then nobody is waiting.
                if finished.send((file, image)).is_err() {
                    return;
                }
                ctx.request_repaint();
            }
        });
        Worker { jobs, done }
    }
}

impl PhotoTextures {
    /// The texture of a picture file, asking for it to be decoded if it is new; `None` until it
    /// is ready (a repaint is asked for when it is).
    pub fn get(&mut self, ctx: &egui::Context, file: &str) -> Option<egui::TextureId> {
        let worker = self.worker.get_or_insert_with(|| Worker::start(ctx));
        while let Ok((done, image)) = worker.done.try_recv() {
            let texture = match image {
                Some(image) => {
                    Texture::Ready(ctx.load_texture(&done, image, TextureOptions::LINEAR))
                }
                None => Texture::Failed,
            };
            self.textures.insert(done, texture);
        }
        if !self.textures.contains_key(file) {
            let state = match worker.jobs.send(file.to_owned()) {
                Ok(()) => Texture::Loading,
                Err(_) => Texture::Failed,
            };
            self.textures.insert(file.to_owned(), state);
        }
        match self.textures.get(file) {
            Some(Texture::Ready(handle)) => Some(handle.id()),
            _ => None,
        }
    }
}

/// Writes a picture pasted from the clipboard as a PNG file in `folder`, named by the time
/// (`粘贴图片-20261130-154900.png`, with a number added if another picture has that name): a
/// layout refers to its pictures by file and never holds them.
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
    let name = format!("粘贴图片-{stamp}.png");
    Ok(crate::picture::save_into(folder, &name, &png.into_inner())?)
}
