//! `banmian --screenshot OUT.png`: open the window, let the page settle, save a PNG, exit.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use anyhow::bail;
use eframe::egui;

use super::app::BanmianApp;

/// Frames drawn before the picture is taken: the first frames lay out panels, fit the page and
/// load glyphs into the font atlas.
const SETTLE_FRAMES: u32 = 8;

/// Where the result of the screenshot is reported: `None` while pending.
type Outcome = Arc<Mutex<Option<Result<(), String>>>>;

/// A screenshot to take.
pub struct Shot {
    path: PathBuf,
    outcome: Outcome,
}

impl Shot {
    /// A screenshot to be saved at `path`.
    pub fn new(path: &Path) -> Self {
        Shot {
            path: path.to_owned(),
            outcome: Arc::default(),
        }
    }

    /// Where the outcome will be reported.
    pub fn outcome(&self) -> Outcome {
        self.outcome.clone()
    }
}

/// Turns the outcome into the command's result.
pub fn finish(outcome: &Outcome) -> anyhow::Result<()> {
    match outcome.lock().map(|o| o.clone()) {
        Ok(Some(Ok(()))) => Ok(()),
        Ok(Some(Err(e))) => bail!(e),
        _ => bail!("the window closed before the screenshot was taken"),
    }
}

/// The editor, taking a screenshot of itself once settled.
pub struct ScreenshotApp {
    app: BanmianApp,
    shot: Shot,
    frames: u32,
    requested: bool,
}

impl ScreenshotApp {
    /// Wraps the editor.
    pub fn new(app: BanmianApp, shot: Shot) -> Self {
        ScreenshotApp {
            app,
            shot,
            frames: 0,
            requested: false,
        }
    }
}

impl eframe::App for ScreenshotApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app.frame_ui(ui);
        self.frames += 1;
        let ctx = ui.ctx().clone();
        let done = self
            .shot
            .outcome
            .lock()
            .map(|o| o.is_some())
            .unwrap_or(true);
        if done {
            self.app.close_without_asking(&ctx);
            return;
        }
        if self.frames >= SETTLE_FRAMES && !self.requested {
            self.requested = true;
            let path = self.shot.path.clone();
            let outcome = self.shot.outcome.clone();
            let repaint = ctx.clone();
            ctx.request_screenshot(move |image: Arc<egui::ColorImage>| {
                let [w, h] = image.size;
                let result = image::save_buffer(
                    &path,
                    image.as_raw(),
                    w as u32,
                    h as u32,
                    image::ExtendedColorType::Rgba8,
                )
                .map_err(|e| format!("{}: {e}", path.display()));
                if let Ok(mut o) = outcome.lock() {
                    *o = Some(result);
                }
                repaint.request_repaint();
            });
        }
        ctx.request_repaint();
    }
}
