//! Photo frames: the picture, cropped to the frame and keeping its aspect ratio, and under it the
//! caption and credit, set in the caption style across the frame's width.

use crate::model::{ArticleId, Em, Frame, FrameId, Photo, PhotoId, PhotoStatus, Role};
use crate::typeset::{Breaker, Style};

use super::faces::PageFaces;
use super::output::{Item, ItemKind, Origin, TextRun, face_runs};
use crate::model::PageGeometry;

/// The fewest pixels per inch a photo should print at: coarser ones look blurred or blocky.
pub const MIN_PHOTO_DPI: f32 = 150.0;

/// The space between a picture and its caption, in ems of the caption's type.
const CAPTION_GAP: f32 = 0.3;

/// The pitch of caption lines, in ems of the caption's type.
const CAPTION_PITCH: f32 = 1.3;

/// A photo as composed: where it prints and how sharply.
#[derive(Clone, Debug, PartialEq)]
pub struct ComposedPhoto {
    /// The photo.
    pub id: PhotoId,
    /// The article it belongs to.
    pub article: ArticleId,
    /// The frame that shows it, if it is placed.
    pub frame: Option<FrameId>,
    /// Its pixels per inch as printed (the fewer of across and down), if it is placed.
    pub effective_dpi: Option<f32>,
    /// Whether its file was found and unchanged.
    pub status: PhotoStatus,
}

/// The caption's lines of a photo set `width` points wide, at the caption style's size.
fn caption_lines(
    photo: &Photo,
    width: f32,
    faces: &PageFaces,
    g: &PageGeometry,
) -> (f32, Vec<crate::typeset::Line>) {
    let size = faces.size(Role::Caption).unwrap_or(g.em);
    let text = photo.caption_text();
    let style = Style {
        faces: *faces.chain(Role::Caption),
        ..Style::default()
    }
    .with_indent(Em::ZERO);
    let room = Em(width / size);
    let mut breaker = Breaker::new(&text, &style, false);
    let mut lines = Vec::new();
    while let Some(line) = breaker.next_line(room) {
        lines.push(line);
    }
    (size, lines)
}

/// Grid lines the caption of `photo` takes under it in a frame `width` ems wide, the gap above
/// it included (0 without a caption or credit).
pub fn caption_grid_lines(photo: &Photo, width: Em, faces: &PageFaces, g: &PageGeometry) -> u32 {
    let (size, lines) = caption_lines(photo, width.get() * g.em, faces, g);
    if lines.is_empty() {
        return 0;
    }
    let height = (lines.len() as f32 * CAPTION_PITCH + CAPTION_GAP) * size;
    (height / g.pitch).ceil() as u32
}

/// The items of a photo frame on page `page`: the picture (or a grey placeholder naming a
/// missing file) and its caption lines. Characters no face has are added to `missing`.
pub fn compose_photo_frame(
    frame: &Frame,
    page: usize,
    photo: Option<(ArticleId, &Photo)>,
    faces: &PageFaces,
    g: &PageGeometry,
    missing: &mut Vec<char>,
) -> (Vec<Item>, Option<ComposedPhoto>) {
    let fg = g.frame(frame);
    let origin = Origin {
        page,
        frame: Some(frame.id),
        article: photo.map(|(a, _)| a),
        ..Origin::default()
    };
    let (Some(picture), Some((article, photo))) = (frame.picture(), photo) else {
        let empty = ItemKind::Box {
            rect: [fg.x, fg.y, fg.width, fg.height],
        };
        return (
            vec![Item {
                origin,
                kind: empty,
            }],
            None,
        );
    };
    let (size, lines) = caption_lines(photo, fg.width, faces, g);
    let caption_height = if lines.is_empty() {
        0.0
    } else {
        (lines.len() as f32 * CAPTION_PITCH + CAPTION_GAP) * size
    };
    let area = [
        fg.x,
        fg.y,
        fg.width,
        (fg.height - caption_height).max(fg.height.min(g.pitch)),
    ];
    let rect = picture.placement(photo.aspect(), area);
    let mut items = vec![Item {
        origin,
        kind: ItemKind::Image {
            photo: Some(photo.id),
            file: photo.file.clone(),
            clip: intersection(area, rect),
            rect,
            status: photo.status,
        },
    }];
    if photo.status == PhotoStatus::Missing {
        items.extend(
            label(photo.file_name(), area, faces, size, missing)
                .into_iter()
                .map(|run| Item {
                    origin,
                    kind: ItemKind::Text(run),
                }),
        );
    }
    let chain = faces.chain(Role::Caption);
    let mut top = area[1] + area[3] + CAPTION_GAP * size;
    for line in &lines {
        let glyphs = line
            .glyphs
            .iter()
            .map(|p| (p.ch, fg.x + p.x.get() * size, Some(p.width.get() * size)));
        items.extend(
            face_runs(faces, chain, size, top, glyphs, missing)
                .into_iter()
                .map(|run| Item {
                    origin,
                    kind: ItemKind::Text(run),
                }),
        );
        top += CAPTION_PITCH * size;
    }
    let (w, h) = photo.pixels;
    let dpi = (w as f32 * 72.0 / rect[2]).min(h as f32 * 72.0 / rect[3]);
    let composed = ComposedPhoto {
        id: photo.id,
        article,
        frame: Some(frame.id),
        effective_dpi: Some(dpi).filter(|d| d.is_finite()),
        status: photo.status,
    };
    (items, Some(composed))
}

/// The file name of a missing picture, centred in its grey placeholder.
fn label(
    name: &str,
    area: [f32; 4],
    faces: &PageFaces,
    size: f32,
    missing: &mut Vec<char>,
) -> Vec<TextRun> {
    let [x, y, w, h] = area;
    let style = Style::default().with_indent(Em::ZERO);
    let mut breaker = Breaker::new(name, &style, false);
    let Some(line) = breaker.next_line(Em(name.chars().count() as f32 + 2.0)) else {
        return Vec::new();
    };
    let scale = (w * 0.9 / (line.natural_width.get() * size).max(1.0)).min(1.0) * size;
    let left = x + (w - line.natural_width.get() * scale) / 2.0;
    let glyphs = line
        .glyphs
        .iter()
        .map(|p| (p.ch, left + p.x.get() * scale, Some(p.width.get() * scale)));
    face_runs(
        faces,
        faces.chain(Role::Caption),
        scale,
        y + (h - scale) / 2.0,
        glyphs,
        missing,
    )
}

/// The part two rectangles (left, top, width, height) have in common.
fn intersection(a: [f32; 4], b: [f32; 4]) -> [f32; 4] {
    let left = a[0].max(b[0]);
    let top = a[1].max(b[1]);
    let right = (a[0] + a[2]).min(b[0] + b[2]);
    let bottom = (a[1] + a[3]).min(b[1] + b[3]);
    [left, top, (right - left).max(0.0), (bottom - top).max(0.0)]
}
