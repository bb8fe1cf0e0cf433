//! The editor: an eframe/egui desktop app on top of the library.
//!
//! [`app`] holds the state and runs the frame; panels get a borrowed context and only emit
//! [`command::Action`]s, which the app applies after drawing; every document change is a
//! [`crate::edit::Edit`] through the app's [`crate::edit::Session`], so undo, the unsaved mark and
//! autosave see all of them.

pub mod app;
mod canvas;
mod colors;
pub mod command;
mod dialogs;
mod errors;
pub mod files;
mod fonts;
pub mod i18n;
mod issue_dialog;
mod panels;
mod photos;
mod prefs;
mod recovery;
mod screenshot;
mod styles;

use std::path::Path;

use anyhow::Context as _;
use eframe::egui;

pub use app::{AppOptions, BanmianApp};

/// Opens the editor window on `file` (a layout or a text file to import). With `screenshot`,
/// saves a PNG of the window there once the page has settled, and exits.
pub fn run(file: Option<&Path>, screenshot: Option<&Path>) -> anyhow::Result<()> {
    #[cfg(target_os = "linux")]
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        anyhow::bail!(
            "cannot open the editor window: there is no display (DISPLAY and WAYLAND_DISPLAY are not set); the commands import, export, info and reflow work without one"
        );
    }
    // A screenshot run must not offer to restore an autosave or touch the user's preferences.
    let scratch = match screenshot {
        Some(_) => Some(tempfile::tempdir().context("temporary folder")?),
        None => None,
    };
    let data_dir = scratch
        .as_ref()
        .map_or_else(prefs::data_dir, |d| d.path().to_owned());
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("版面 banmian")
            .with_app_id("banmian")
            .with_inner_size([1440.0, 900.0])
            .with_drag_and_drop(true),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    let file = file.map(Path::to_owned);
    let shot = screenshot.map(screenshot::Shot::new);
    let outcome = shot.as_ref().map(screenshot::Shot::outcome);
    eframe::run_native(
        "banmian",
        options,
        Box::new(move |cc| {
            let app = BanmianApp::new(
                &cc.egui_ctx,
                AppOptions {
                    file,
                    data_dir,
                    picker: Box::new(files::SystemPicker),
                    lang: None,
                },
            );
            Ok(match shot {
                Some(shot) => Box::new(screenshot::ScreenshotApp::new(app, shot)),
                None => Box::new(app),
            })
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the editor window: {e}"))?;
    match outcome {
        Some(outcome) => screenshot::finish(&outcome),
        None => Ok(()),
    }
}
