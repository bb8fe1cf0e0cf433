//! The editor without a GPU: startup to the first frame, a frame with the whole seed page placed,
//! and a frame that re-typesets an article (as typing or dragging does). CPU time only: the pass
//! and its tessellation, which is all the app's own work.

mod common;

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui;

use banmian::edit::Edit;
use banmian::ui::command::Action;
use banmian::ui::files::{Dialog, FilePicker};
use banmian::ui::i18n::Lang;
use banmian::ui::{AppOptions, BanmianApp};

/// No dialogs are opened here.
struct NoDialogs;

impl FilePicker for NoDialogs {
    fn pick(&self, _: Dialog, _: &str, _: Lang) -> Receiver<Vec<PathBuf>> {
        channel().1
    }
}

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1440.0, 900.0),
        )),
        ..Default::default()
    }
}

fn frame(ctx: &egui::Context, app: &mut BanmianApp) -> usize {
    let output = ctx.run_ui(input(), |ui| app.frame_ui(ui));
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}

fn start(data: &Path) -> (egui::Context, BanmianApp) {
    let ctx = egui::Context::default();
    let app = BanmianApp::new(
        &ctx,
        AppOptions {
            file: Some(common::seed_path()),
            data_dir: data.to_owned(),
            picker: Box::new(NoDialogs),
            lang: Some(Lang::Chinese),
        },
    );
    (ctx, app)
}

fn bench(c: &mut Criterion) {
    let data = tempfile::tempdir().expect("temp dir");
    let mut group = c.benchmark_group("editor");
    group.sample_size(10);
    group.bench_function("startup to first frame", |b| {
        b.iter(|| {
            let (ctx, mut app) = start(data.path());
            frame(&ctx, &mut app)
        })
    });
    let (ctx, mut app) = start(data.path());
    for _ in 0..3 {
        frame(&ctx, &mut app);
    }
    group.sample_size(50);
    group.bench_function("frame, seed page placed", |b| {
        b.iter(|| frame(&ctx, &mut app))
    });
    let article = app.doc().articles[0].id;
    let mut tick = false;
    group.bench_function("frame re-typesetting an article", |b| {
        b.iter(|| {
            // Alternate the text of the lead paragraph, so each frame re-typesets and recomposes.
            tick = !tick;
            let text = if tick {
                "近日，全市公安局长会议召开。"
            } else {
                "近日，全市公安局长会议召开了。"
            };
            let edit = Edit::SetBlockText {
                article,
                block: 0,
                text: text.to_owned(),
            };
            app.apply(&ctx, vec![Action::Edit(edit, None)]);
            frame(&ctx, &mut app)
        })
    });
    // The lowest frame has free page under it to move into.
    let lowest = app
        .doc()
        .frames()
        .map(|(_, f)| f.clone())
        .max_by_key(|f| f.bottom())
        .expect("a frame");
    let mut line = 0;
    group.bench_function("frame moving a frame", |b| {
        b.iter(|| {
            line = (line + 1) % 20;
            let edit = Edit::MoveFrame {
                frame: lowest.id,
                x: lowest.x,
                line: lowest.line + line,
            };
            app.apply(&ctx, vec![Action::Edit(edit, None)]);
            frame(&ctx, &mut app)
        })
    });
    // The issue open, its navigator showing four pages.
    let pictures = tempfile::tempdir().expect("temp dir");
    let issue = common::issue(pictures.path(), 4);
    let path = pictures.path().join("issue.ron");
    banmian::store::save(&issue, &path).expect("saves");
    let ctx = egui::Context::default();
    let mut app = BanmianApp::new(
        &ctx,
        AppOptions {
            file: Some(path),
            data_dir: data.path().to_owned(),
            picker: Box::new(NoDialogs),
            lang: Some(Lang::Chinese),
        },
    );
    for _ in 0..3 {
        frame(&ctx, &mut app);
    }
    assert_eq!(app.doc().pages.len(), 4);
    group.bench_function("frame, a 4-page issue with the navigator", |b| {
        b.iter(|| frame(&ctx, &mut app))
    });
    group.finish();
}

/// Frames while camera photos load: a 24-megapixel JPEG placed on the page decodes off the UI
/// thread, so no frame waits for it. Prints the slowest frame until the photo shows.
fn frames_while_a_photo_loads(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("camera.jpg");
    common::write_photo(&path, 6000, 4000, 0);
    let (ctx, mut app) = start(dir.path());
    frame(&ctx, &mut app);
    let photo = banmian::import::picture::read_photo(&path, banmian::model::PhotoId(0), &[])
        .expect("a photo");
    let place = Edit::PlacePhoto {
        article: None,
        photo: Box::new(photo),
        at: None,
        page: 0,
    };
    app.apply(&ctx, vec![Action::Edit(place, None)]);
    let started = std::time::Instant::now();
    let mut slowest = std::time::Duration::ZERO;
    let mut frames = 0;
    // Until the texture is made (the worker then has nothing left) or ten seconds pass.
    while started.elapsed() < std::time::Duration::from_secs(10) {
        let t = std::time::Instant::now();
        frame(&ctx, &mut app);
        slowest = slowest.max(t.elapsed());
        frames += 1;
        if ctx.tex_manager().read().num_allocated() > 1 && frames > 2 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    println!(
        "a 24-megapixel photo showed after {:.0} ms; slowest of {frames} frames meanwhile: {:.1} ms",
        started.elapsed().as_secs_f64() * 1000.0,
        slowest.as_secs_f64() * 1000.0
    );
    let bytes = std::fs::read(&path).expect("the photo");
    let mut group = c.benchmark_group("photos");
    group.sample_size(10);
    group.bench_function("decode a 24-megapixel JPEG to a 2048-px texture", |b| {
        b.iter(|| banmian::picture::decode_rgba(&bytes, &path, 2048).expect("decodes"))
    });
    group.finish();
}

criterion_group!(benches, bench, frames_while_a_photo_loads);
criterion_main!(benches);
