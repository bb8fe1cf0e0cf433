//! JPEG decoded at a fraction of its size (½, ¼ or ⅛, by the decoder's scaled IDCT): a camera's
//! 24-megapixel photo shown on screen needs a fraction of its pixels, and decoding it whole would
//! take 72 MB for a moment, for each photo decoding.

use image::{DynamicImage, GrayImage, RgbImage};
use jpeg_decoder::{Decoder, PixelFormat};

/// The JPEG decoded at the smallest scale whose long side is still at least `max_side` pixels,
/// or `None` where the scaled decoder does not read it (the full decode then does).
pub(super) fn decode_jpeg(bytes: &[u8], max_side: u32) -> Option<DynamicImage> {
    let side = u16::try_from(max_side).ok()?;
    // The decoder asserts on a few malformed frame headers that the header check before this
    // does not rule out; such a file falls back to the full decode, which reports it.
    std::panic::catch_unwind(|| {
        let mut decoder = Decoder::new(bytes);
        decoder.scale(side, side).ok()?;
        let pixels = decoder.decode().ok()?;
        let info = decoder.info()?;
        let (w, h) = (u32::from(info.width), u32::from(info.height));
        match info.pixel_format {
            PixelFormat::RGB24 => RgbImage::from_raw(w, h, pixels).map(DynamicImage::ImageRgb8),
            PixelFormat::L8 => GrayImage::from_raw(w, h, pixels).map(DynamicImage::ImageLuma8),
            PixelFormat::L16 | PixelFormat::CMYK32 => None,
        }
    })
    .ok()
    .flatten()
}
