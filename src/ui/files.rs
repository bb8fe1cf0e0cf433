//! File dialogs off the UI thread, behind a trait so tests use a fake and never open one.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};

use super::i18n::Lang;

/// What a file dialog is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialog {
    /// Pick a layout (.ron) to open.
    OpenLayout,
    /// Pick text files to import.
    ImportText,
    /// Pick picture files to place.
    PlacePicture,
    /// Pick where to save the layout.
    SaveLayout,
    /// Pick where to export the page's text.
    ExportText,
    /// Pick where to export the page as PDF.
    ExportPdf,
    /// Pick where to export the page as PNG.
    ExportPng,
    /// Pick where to export the issue as the print shop's PDF.
    ExportPrintPdf,
    /// Pick the folder to collect the layout and its pictures in.
    CollectFolder,
    /// Pick where to save the template.
    SaveTemplate,
    /// Pick the folder to write the e-paper in.
    ExportSite,
    /// Pick a template (or a last issue's layout) to start a new issue from.
    OpenTemplate,
}

/// Shows file dialogs. The answer comes back on a channel, so the window keeps drawing.
pub trait FilePicker {
    /// Starts a dialog, its file types named in `lang`; the receiver gets the chosen paths (none
    /// if cancelled).
    fn pick(&self, dialog: Dialog, suggested_name: &str, lang: Lang) -> Receiver<Vec<PathBuf>>;
}

/// The system's file dialogs (the XDG portal, or zenity), run on a thread of their own.
pub struct SystemPicker;

impl FilePicker for SystemPicker {
    fn pick(&self, dialog: Dialog, suggested_name: &str, lang: Lang) -> Receiver<Vec<PathBuf>> {
        let (tx, rx) = channel();
        let name = suggested_name.to_owned();
        let t = lang.texts();
        std::thread::spawn(move || {
            let layout = (t.layout_files, &["ron"][..]);
            let text = (t.text_files, &["txt", "text"][..]);
            let manuscripts = (
                t.manuscript_files,
                &["txt", "text", "docx", "jpg", "jpeg", "png"][..],
            );
            let paths = match dialog {
                Dialog::OpenLayout | Dialog::OpenTemplate => rfd::FileDialog::new()
                    .add_filter(layout.0, layout.1)
                    .pick_file()
                    .into_iter()
                    .collect(),
                Dialog::ImportText => rfd::FileDialog::new()
                    .add_filter(manuscripts.0, manuscripts.1)
                    .pick_files()
                    .unwrap_or_default(),
                Dialog::PlacePicture => rfd::FileDialog::new()
                    .add_filter(
                        t.picture_files,
                        &["jpg", "jpeg", "png", "JPG", "JPEG", "PNG"],
                    )
                    .pick_files()
                    .unwrap_or_default(),
                Dialog::SaveLayout | Dialog::SaveTemplate => save_as(layout, &name, "ron"),
                Dialog::ExportText => save_as(text, &name, "txt"),
                Dialog::ExportPdf | Dialog::ExportPrintPdf => {
                    save_as(("PDF", &["pdf"]), &name, "pdf")
                }
                Dialog::ExportPng => save_as(("PNG", &["png"]), &name, "png"),
                Dialog::CollectFolder | Dialog::ExportSite => {
                    rfd::FileDialog::new().pick_folder().into_iter().collect()
                }
            };
            // The window may have closed meanwhile; then nobody is waiting.
            tx.send(paths).ok();
        });
        rx
    }
}

/// A save dialog with one file type, suggesting `name.extension`.
fn save_as(filter: (&str, &[&str]), name: &str, extension: &str) -> Vec<PathBuf> {
    rfd::FileDialog::new()
        .add_filter(filter.0, filter.1)
        .set_file_name(format!("{name}.{extension}"))
        .save_file()
        .into_iter()
        .collect()
}
