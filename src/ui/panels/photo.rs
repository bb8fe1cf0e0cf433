//! The inspector for a photo frame: the picture's file and sharpness, its caption and credit,
//! how it fills the frame, and its crop.

use crate::ui::colors;
use eframe::egui;

use super::PanelContext;
use super::fields::{size_ui, text_field};
use crate::compose::{ComposedPage, MIN_PHOTO_DPI};
use crate::edit::Edit;
use crate::model::{Fit, Frame, MAX_ZOOM, PhotoStatus, Picture};
use crate::ui::command::{Action, Command};

/// Draws the photo frame's settings.
pub fn photo_ui(
    cx: &PanelContext<'_>,
    ui: &mut egui::Ui,
    frame: &Frame,
    picture: Picture,
    page: &ComposedPage,
    actions: &mut Vec<Action>,
) {
    let t = cx.texts;
    let Some((_, photo)) = cx.doc.photo(picture.photo) else {
        ui.strong(format!("{} #{}", t.photo, frame.id.0));
        return;
    };
    ui.strong(format!(
        "{} #{} · {}",
        t.photo,
        frame.id.0,
        photo.file_name()
    ))
    .on_hover_text(&photo.file);
    let warning = colors::ERROR_RED;
    match photo.status {
        PhotoStatus::Missing => {
            ui.colored_label(warning, format!("{} {}", t.photo_missing, photo.file));
        }
        PhotoStatus::Changed => {
            ui.colored_label(warning, format!("{} {}", t.photo_changed, photo.file));
        }
        PhotoStatus::Found => {}
    }
    let dpi = page
        .photos
        .iter()
        .find(|p| p.id == photo.id)
        .and_then(|p| p.effective_dpi);
    if let Some(dpi) = dpi {
        let (w, h) = photo.pixels;
        let text = format!("{}: {dpi:.0} dpi ({w} × {h} px)", t.effective_dpi);
        if dpi < MIN_PHOTO_DPI {
            ui.colored_label(warning, format!("{text} — {}", t.coarse_photo));
        } else {
            ui.label(text);
        }
    }
    size_ui(ui, t, frame.id, frame, 2.0, actions);
    ui.separator();
    let caption = photo.caption.clone().unwrap_or_default();
    let credit = photo.credit.clone().unwrap_or_default();
    let changed_caption = text_field(ui, t.caption, &caption, true, None);
    let changed_credit = text_field(ui, t.credit, &credit, false, None);
    let edited = match (changed_caption, changed_credit) {
        (Some((text, group)), _) => Some((text, credit, group)),
        (None, Some((text, group))) => Some((caption, text, group)),
        (None, None) => None,
    };
    if let Some((caption, credit, group)) = edited {
        actions.push(Action::Edit(
            Edit::SetPhotoText {
                photo: photo.id,
                caption,
                credit,
            },
            Some(group),
        ));
    }
    ui.separator();
    let mut fit = picture.fit;
    ui.horizontal(|ui| {
        ui.radio_value(&mut fit, Fit::Fill, t.fit_fill);
        ui.radio_value(&mut fit, Fit::Fit, t.fit_whole);
    });
    if fit != picture.fit {
        let picture = Picture { fit, ..picture };
        actions.push(Action::Edit(
            Edit::SetPicture {
                frame: frame.id,
                picture,
            },
            None,
        ));
    }
    let mut zoom = picture.zoom * 100.0;
    let label = ui.label(t.crop_zoom);
    let slider = ui
        .add(egui::Slider::new(&mut zoom, 100.0..=MAX_ZOOM * 100.0).suffix("%"))
        .labelled_by(label.id);
    if slider.changed() {
        let picture = Picture {
            zoom: zoom / 100.0,
            ..picture
        };
        actions.push(Action::Edit(
            Edit::SetPicture {
                frame: frame.id,
                picture,
            },
            Some(slider.id),
        ));
    }
    let mut cropping = cx.cropping == Some(frame.id);
    if ui.toggle_value(&mut cropping, t.adjust_crop).changed() {
        actions.push(Action::Crop(cropping.then_some(frame.id)));
    }
    ui.separator();
    ui.horizontal(|ui| {
        if ui.button(t.remove_frame).clicked() {
            actions.push(Action::Command(Command::RemoveSelectedFrame));
        }
        if ui.button(t.remove_photo).clicked() {
            actions.push(Action::Edit(Edit::RemovePhoto(photo.id), None));
            actions.push(Action::SelectBox(None));
        }
    });
}
