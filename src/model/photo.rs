//! Photos: the pictures an article carries, referred to by file, and how a photo frame shows one.

use serde::{Deserialize, Serialize};

/// A stable identifier of a photo within a document: photo frames refer to photos by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PhotoId(pub u32);

/// A picture file that belongs to an article, with its caption (图片说明) and credit.
///
/// The picture itself never goes into the layout: the file is named by its path (relative to
/// the layout file on disk, absolute in memory) and recognised by a hash of its bytes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Photo {
    /// Identifies the photo; unique in its document.
    pub id: PhotoId,
    /// The picture file.
    pub file: String,
    /// The BLAKE3 hash of the file's bytes, in hex: a file changed since it was placed is
    /// flagged.
    #[serde(default)]
    pub hash: String,
    /// Width and height in pixels, as the picture is seen (after its EXIF orientation).
    #[serde(deserialize_with = "super::ranges::pixels")]
    pub pixels: (u32, u32),
    /// What the photo shows, printed under it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// Who took it: `通讯员 张三 摄`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
    /// Whether the file was found and unchanged when the layout was read; never saved.
    #[serde(skip)]
    pub status: PhotoStatus,
}

impl Photo {
    /// The file's name without its folder, to name it in messages.
    pub fn file_name(&self) -> &str {
        self.file.rsplit(['/', '\\']).next().unwrap_or(&self.file)
    }

    /// Width over height (1 for a picture without pixels).
    pub fn aspect(&self) -> f32 {
        let (w, h) = self.pixels;
        if w == 0 || h == 0 {
            1.0
        } else {
            w as f32 / h as f32
        }
    }

    /// The caption and credit as one line of print: `图为…… 通讯员 张三 摄`.
    pub fn caption_text(&self) -> String {
        let parts: Vec<&str> = [self.caption.as_deref(), self.credit.as_deref()]
            .into_iter()
            .flatten()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        parts.join(" ")
    }
}

/// What was found of a photo's file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PhotoStatus {
    /// The file is there, as it was placed (or it was not looked at).
    #[default]
    Found,
    /// No file at its path: a grey placeholder prints instead.
    Missing,
    /// The file is there but its bytes changed since it was placed.
    Changed,
}

/// How a picture fills its frame.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Fit {
    /// The picture covers the whole frame and is cropped (裁切).
    #[default]
    Fill,
    /// The whole picture shows inside the frame, with space beside or above it.
    Fit,
}

/// Which photo a photo frame shows, and how: the fit, the zoom and the point of the picture at
/// the frame's centre. The aspect ratio is always kept.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Picture {
    /// The photo shown.
    pub photo: PhotoId,
    /// Fill or fit.
    #[serde(default)]
    pub fit: Fit,
    /// 1 is the fit's own scale; larger shows less of the picture, larger.
    #[serde(default = "one", deserialize_with = "super::ranges::zoom")]
    pub zoom: f32,
    /// The point of the picture kept at the frame's centre, as fractions of its width and height.
    #[serde(default = "centre", deserialize_with = "super::ranges::focus")]
    pub focus: (f32, f32),
}

fn one() -> f32 {
    1.0
}

fn centre() -> (f32, f32) {
    (0.5, 0.5)
}

/// The most a crop may zoom in.
pub const MAX_ZOOM: f32 = 8.0;

impl Picture {
    /// A picture showing `photo`, filling its frame, centred.
    pub fn new(photo: PhotoId) -> Self {
        Picture {
            photo,
            fit: Fit::Fill,
            zoom: 1.0,
            focus: centre(),
        }
    }

    /// Where a picture of `aspect` (width over height) is drawn to show in `area` (x, y, width,
    /// height): the whole picture's rectangle, which reaches past the area where it is cropped.
    pub fn placement(&self, aspect: f32, area: [f32; 4]) -> [f32; 4] {
        let [x, y, w, h] = area;
        let aspect = if aspect.is_finite() && aspect > 0.0 {
            aspect
        } else {
            1.0
        };
        let cover = (w / aspect).max(h);
        let contain = (w / aspect).min(h);
        let height = match self.fit {
            Fit::Fill => cover,
            Fit::Fit => contain,
        } * self.zoom.clamp(1.0, MAX_ZOOM);
        let width = height * aspect;
        let along = |start: f32, room: f32, size: f32, focus: f32| {
            if size <= room {
                start + (room - size) / 2.0
            } else {
                // The focus goes to the middle, as far as the picture still covers the area.
                (start + room / 2.0 - focus.clamp(0.0, 1.0) * size)
                    .clamp(start + room - size, start)
            }
        };
        [
            along(x, w, width, self.focus.0),
            along(y, h, height, self.focus.1),
            width,
            height,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_covers_the_area_and_keeps_the_aspect() {
        let p = Picture::new(PhotoId(0));
        let [x, y, w, h] = p.placement(2.0, [10.0, 20.0, 100.0, 100.0]);
        assert_eq!((w, h), (200.0, 100.0));
        assert_eq!((x, y), (-40.0, 20.0));
    }

    #[test]
    fn fit_shows_it_all_centred() {
        let p = Picture {
            fit: Fit::Fit,
            ..Picture::new(PhotoId(0))
        };
        let [x, y, w, h] = p.placement(2.0, [0.0, 0.0, 100.0, 100.0]);
        assert_eq!((x, y, w, h), (0.0, 25.0, 100.0, 50.0));
    }

    #[test]
    fn the_focus_moves_the_crop_but_never_uncovers_the_area() {
        let p = Picture {
            focus: (0.0, 0.5),
            ..Picture::new(PhotoId(0))
        };
        assert_eq!(p.placement(2.0, [0.0, 0.0, 100.0, 100.0])[0], 0.0);
        let p = Picture {
            focus: (1.0, 0.5),
            zoom: 2.0,
            ..Picture::new(PhotoId(0))
        };
        let [x, _, w, _] = p.placement(2.0, [0.0, 0.0, 100.0, 100.0]);
        assert_eq!(x + w, 100.0);
    }
}
