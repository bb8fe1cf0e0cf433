//! Picture files: what they are (format, size, orientation, hash) and their pixels, oriented.
//!
//! JPEG and PNG are read through the `image` crate. A JPEG keeps its bytes for print (the PDF
//! embeds it as it is); the screen and the PNG export decode it, turned as its EXIF orientation
//! says.

use std::path::{Path, PathBuf};

use image::metadata::Orientation;
use image::{ColorType, DynamicImage, ImageDecoder, ImageFormat, ImageReader, RgbaImage};

use crate::model::{Document, PhotoStatus};

mod scaled;

/// The picture formats banmian places.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// JPEG, from phones and cameras.
    Jpeg,
    /// PNG, from screenshots and graphics.
    Png,
}

/// Why a picture file cannot be placed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Occurs when the file cannot be read.
    #[error("{}: {error}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The system's error.
        error: std::io::Error,
    },
    /// Occurs when the picture has more pixels than banmian decodes (see [`MAX_PIXELS`]).
    #[error(
        "{}: the picture is {} × {} pixels, more than banmian prints (at most {} million pixels, {} each way); save it smaller",
        path.display(), pixels.0, pixels.1, MAX_PIXELS / 1_000_000, MAX_SIDE
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its width and height as stored.
        pixels: (u32, u32),
    },
    /// Occurs when the bytes are not a JPEG or PNG picture banmian can read.
    #[error("{}: not a JPEG or PNG picture banmian can read ({reason})", path.display())]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// What the decoder said.
        reason: String,
    },
}

/// What a picture file is, read without decoding its pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct Probe {
    /// JPEG or PNG.
    pub format: Format,
    /// Width and height in pixels as the picture is seen, after its orientation.
    pub pixels: (u32, u32),
    /// The EXIF orientation: how the stored pixels are turned to be seen upright.
    pub orientation: Orientation,
}

/// The most pixels a picture may have: a 200-megapixel phone's photo. A picture decoded whole
/// takes four bytes a pixel, so a header declaring more (a damaged or crafted file says
/// 100000 × 100000) would ask for tens of gigabytes.
pub const MAX_PIXELS: u64 = 200_000_000;

/// The longest side a picture may have, in pixels: what a layout file holds.
pub const MAX_SIDE: u32 = 100_000;

/// The most memory one decoding may take, past the pixels themselves (a 16-bit PNG, the
/// decoder's buffers): the `image` crate refuses beyond it instead of the allocator aborting.
const MAX_DECODE_BYTES: u64 = 1024 * 1024 * 1024;

/// Whether a picture of this size is more than banmian decodes and prints.
pub fn is_too_large((w, h): (u32, u32)) -> bool {
    w > MAX_SIDE || h > MAX_SIDE || u64::from(w) * u64::from(h) > MAX_PIXELS
}

/// The hash a photo records of its file's bytes.
pub fn hash(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

/// Whether a file name says it is a picture banmian places (`.jpg`, `.jpeg`, `.png`).
pub fn is_picture_path(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["jpg", "jpeg", "png"].contains(&e.to_ascii_lowercase().as_str()))
}

/// A decoder for a JPEG or PNG picture's bytes, and which of the two it is; `path` names it in
/// errors.
fn open<'a>(bytes: &'a [u8], path: &Path) -> Result<(Format, impl ImageDecoder + 'a), Error> {
    let unreadable = |reason: String| Error::Unreadable {
        path: path.to_owned(),
        reason,
    };
    let mut reader = ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| unreadable(e.to_string()))?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let format = match reader.format() {
        Some(ImageFormat::Jpeg) => Format::Jpeg,
        Some(ImageFormat::Png) => Format::Png,
        Some(other) => return Err(unreadable(format!("{other:?} is not placed"))),
        None => return Err(unreadable("no picture format recognised".to_owned())),
    };
    let decoder = reader.into_decoder().map_err(|e| match e {
        image::ImageError::Limits(_) => Error::TooLarge {
            path: path.to_owned(),
            pixels: header_size(bytes).unwrap_or((u32::MAX, u32::MAX)),
        },
        e => unreadable(e.to_string()),
    })?;
    let pixels = decoder.dimensions();
    if is_too_large(pixels) {
        return Err(Error::TooLarge {
            path: path.to_owned(),
            pixels,
        });
    }
    Ok((format, decoder))
}

/// The size a picture's header declares, read without limits (to name it in a message).
fn header_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let mut reader = ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .ok()?;
    reader.no_limits();
    reader.into_dimensions().ok()
}

/// Reads a picture's format, size and orientation; `path` names it in errors. A picture with
/// more pixels than banmian prints is refused (see [`is_too_large`]).
pub fn probe(bytes: &[u8], path: &Path) -> Result<Probe, Error> {
    let (format, mut decoder) = open(bytes, path)?;
    let (w, h) = decoder.dimensions();
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    if w == 0 || h == 0 {
        return Err(Error::Unreadable {
            path: path.to_owned(),
            reason: "the picture has no pixels".to_owned(),
        });
    }
    Ok(Probe {
        format,
        pixels: if turns_sideways(orientation) {
            (h, w)
        } else {
            (w, h)
        },
        orientation,
    })
}

/// The largest picture file read, in bytes: far above any camera's JPEG, and a bound on what a
/// damaged layout naming some other file can make banmian read.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Reads a picture file: its bytes and what they are.
pub fn read(path: &Path) -> Result<(Vec<u8>, Probe), Error> {
    let bytes = read_bytes(path)?;
    let probe = probe(&bytes, path)?;
    Ok((bytes, probe))
}

/// A file's bytes, if it is a regular file of at most [`MAX_FILE_BYTES`]: a layout may name a
/// device or a pipe, which would never end.
fn read_bytes(path: &Path) -> Result<Vec<u8>, Error> {
    let error = |error| Error::Read {
        path: path.to_owned(),
        error,
    };
    let meta = std::fs::metadata(path).map_err(error)?;
    if !meta.is_file() {
        return Err(error(std::io::Error::other("not a regular file")));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(error(std::io::Error::other(format!(
            "larger than {} MB",
            MAX_FILE_BYTES / 1024 / 1024
        ))));
    }
    std::fs::read(path).map_err(error)
}

/// Whether an orientation swaps width and height.
pub fn turns_sideways(orientation: Orientation) -> bool {
    matches!(
        orientation,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    )
}

/// Decodes a picture upright, shrunk (never enlarged) so that its long side is at most
/// `max_side` pixels; `path` names it in errors.
pub fn decode(bytes: &[u8], path: &Path, max_side: u32) -> Result<DynamicImage, Error> {
    let unreadable = |e: image::ImageError| Error::Unreadable {
        path: path.to_owned(),
        reason: e.to_string(),
    };
    let (format, mut decoder) = open(bytes, path)?;
    let jpeg = format == Format::Jpeg;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let (w, h) = decoder.dimensions();
    // A JPEG twice as large as asked for is decoded at a fraction of its size to begin with.
    let eight_bit = matches!(decoder.color_type(), ColorType::Rgb8 | ColorType::L8);
    let shrunk = (jpeg && eight_bit && w.max(h) / 2 >= max_side)
        .then(|| scaled::decode_jpeg(bytes, max_side))
        .flatten();
    let mut image = match shrunk {
        Some(image) => image,
        None => DynamicImage::from_decoder(decoder).map_err(unreadable)?,
    };
    if image.width().max(image.height()) > max_side {
        image = image.thumbnail(max_side, max_side);
    }
    image.apply_orientation(orientation);
    Ok(image)
}

/// Decodes a picture upright as RGBA, at most `max_side` pixels on its long side.
pub fn decode_rgba(bytes: &[u8], path: &Path, max_side: u32) -> Result<RgbaImage, Error> {
    decode(bytes, path, max_side).map(|i| i.into_rgba8())
}

/// Looks at every photo's file: missing, changed since it was placed, or found as it was.
pub fn check_files(doc: &mut Document) {
    if let Some(title) = doc.issue.as_mut().and_then(|i| i.title_picture.as_mut()) {
        title.status = if Path::new(&title.file).is_file() {
            PhotoStatus::Found
        } else {
            PhotoStatus::Missing
        };
    }
    for article in &mut doc.articles {
        for photo in &mut article.photos {
            photo.status = match read_bytes(Path::new(&photo.file)) {
                Err(_) => PhotoStatus::Missing,
                Ok(bytes) if !photo.hash.is_empty() && hash(&bytes) != photo.hash => {
                    PhotoStatus::Changed
                }
                Ok(_) => PhotoStatus::Found,
            };
        }
    }
}

/// A picture in shades of grey, upright, as PNG bytes (lossless), its transparency kept: at its
/// full size, or shrunk so that its long side is at most `max_side` pixels (the size it prints
/// at), so that a large photo is never decoded whole for print.
pub fn grey_png(bytes: &[u8], path: &Path, max_side: u32) -> Result<Vec<u8>, Error> {
    let image = decode(bytes, path, max_side)?;
    let grey = if image.color().has_alpha() {
        DynamicImage::ImageLumaA8(image.to_luma_alpha8())
    } else {
        DynamicImage::ImageLuma8(image.to_luma8())
    };
    let mut out = std::io::Cursor::new(Vec::new());
    grey.write_to(&mut out, ImageFormat::Png)
        .map_err(|e| Error::Unreadable {
            path: path.to_owned(),
            reason: e.to_string(),
        })?;
    Ok(out.into_inner())
}

/// Writes a picture's bytes into `folder` (made if need be) as `name`, or as `name-2`, `name-3`…
/// where a different file has that name; a file there with the same bytes is used as it is.
pub fn save_into(folder: &Path, name: &str, bytes: &[u8]) -> Result<PathBuf, Error> {
    let io = |error| Error::Read {
        path: folder.to_owned(),
        error,
    };
    std::fs::create_dir_all(folder).map_err(io)?;
    let path = Path::new(name);
    let stem = path
        .file_stem()
        .map_or_else(|| "picture".into(), |s| s.to_string_lossy());
    let ext = path.extension().map(|e| e.to_string_lossy());
    let wanted = hash(bytes);
    for n in 1..10_000 {
        let numbered = match n {
            1 => stem.to_string(),
            n => format!("{stem}-{n}"),
        };
        let candidate = match &ext {
            Some(ext) => folder.join(format!("{numbered}.{ext}")),
            None => folder.join(numbered),
        };
        if !candidate.exists() {
            crate::disk::write_atomic(&candidate, bytes)
                .map_err(|e| io(std::io::Error::other(e.to_string())))?;
            return Ok(candidate);
        }
        if read_bytes(&candidate).is_ok_and(|b| hash(&b) == wanted) {
            return Ok(candidate);
        }
    }
    Err(io(std::io::Error::other("no free file name")))
}
