//! The real window: `banmian --screenshot` on the seed under a display (Xvfb in CI).

use std::process::Command;

use crate::util::*;

#[test]
fn screenshot_of_the_seed_page() {
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run the tests under a display (xvfb-run)"
        );
        eprintln!("no display: the window test needs one (run the tests under xvfb-run)");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("page.png");
    let o = Command::new(env!("CARGO_BIN_EXE_banmian"))
        .arg("--screenshot")
        .arg(&out)
        .arg(seed_path())
        .output()
        .expect("runs banmian");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let image = image::open(&out).expect("a PNG").to_rgba8();
    assert!(
        image.width() >= 800 && image.height() >= 600,
        "{}x{}",
        image.width(),
        image.height()
    );
    // The page is white paper with black type on a grey desk: all three must be there.
    let pixels = image.pixels().count() as f64;
    let share = |f: &dyn Fn(&image::Rgba<u8>) -> bool| {
        image.pixels().filter(|p| f(p)).count() as f64 / pixels
    };
    let white = share(&|p| p[0] > 235 && p[1] > 235 && p[2] > 235);
    let ink = share(&|p| p[0] < 80 && p[1] < 80 && p[2] < 80);
    assert!(white > 0.10, "the page shows ({:.1}% white)", white * 100.0);
    assert!(ink > 0.005, "text is drawn ({:.2}% dark)", ink * 100.0);
}
