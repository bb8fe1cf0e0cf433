//! Feeds banmian damaged and crafted inputs for a while (see README.md).

use std::path::Path;
use std::time::{Duration, Instant};

use banmian::fonts::Fonts;
use banmian::model::Em;
use banmian::typeset::{Style, typeset};

/// An input that takes longer than this is reported as a hang.
const SLOW: Duration = Duration::from_secs(2);

const SEED: &str = include_str!("../../seeds/000_3070ad3f5641883a.txt");

/// The installed fonts: one context for the whole run.
fn fonts() -> &'static Fonts {
    static FONTS: std::sync::OnceLock<Fonts> = std::sync::OnceLock::new();
    FONTS.get_or_init(Fonts::new)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let target = args.next().unwrap_or_default();
    let seconds: u64 = match (args.next().as_deref(), args.next()) {
        (Some("--seconds"), Some(n)) => n.parse().unwrap_or(60),
        _ => 60,
    };
    let run: fn(&[u8]) = match target.as_str() {
        "import" => import,
        "ron" => ron,
        "reflow" => reflow,
        "picture" => picture,
        "docx" => docx,
        _ => {
            eprintln!("usage: banmian-fuzz import|ron|reflow|picture|docx [--seconds N]");
            std::process::exit(2);
        }
    };
    let corpus = corpus(&target);
    let mut rng = fastrand::Rng::with_seed(seconds ^ 0x5eed);
    let until = Instant::now() + Duration::from_secs(seconds);
    let (mut tried, mut slowest, mut failures) = (0u64, Duration::ZERO, 0u32);
    std::panic::set_hook(Box::new(|_| {}));
    while Instant::now() < until {
        let Some(base) = rng.choice(&corpus) else {
            break;
        };
        let input = mutate(&mut rng, base, &corpus);
        let start = Instant::now();
        let outcome = std::panic::catch_unwind(|| run(&input));
        let took = start.elapsed();
        tried += 1;
        slowest = slowest.max(took);
        if outcome.is_err() || took > SLOW {
            failures += 1;
            let why = if outcome.is_err() { "panic" } else { "slow" };
            save(&target, why, tried, &input);
        }
    }
    println!(
        "{target}: {tried} inputs in {seconds} s, slowest {:.1} ms, {failures} failing, peak memory {} MB",
        slowest.as_secs_f64() * 1000.0,
        peak_memory_mb()
    );
    if failures > 0 {
        std::process::exit(1);
    }
}

/// Inputs to start from, per target.
fn corpus(target: &str) -> Vec<Vec<u8>> {
    let (gb, _, _) = encoding_rs::GB18030.encode(SEED);
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(SEED.encode_utf16().flat_map(u16::to_le_bytes));
    let manuscript = "全市公安机关\n锐意开拓进取 锻造公安铁军\n——记全市公安局长会议\n\n\u{3000}\u{3000}本报讯（通讯员 陈静）9月1日，全市公安局长会议召开。\n\u{3000}\u{3000}会议强调，要持续深化改革强警。\n通讯员 侯宪锋\n";
    match target {
        "ron" => {
            let imported =
                banmian::import::import_bytes(SEED.as_bytes(), Path::new("seed.txt"), None, 0)
                    .map(|i| banmian::model::Document {
                        articles: i.articles,
                        source: i.source,
                        ..Default::default()
                    })
                    .unwrap_or_default();
            let mut doc = imported;
            banmian::edit::arrange::arrange(&mut doc, fonts());
            // The same page with text styles: installed, missing and bundled families.
            let mut styled = doc.clone();
            for (role, family) in [
                (banmian::model::Role::Body, "LXGW WenKai"),
                (banmian::model::Role::Headline, "方正小标宋简体"),
                (banmian::model::Role::Byline, "Noto Serif CJK SC"),
            ] {
                let mut style = styled.styles.get(role);
                style.families.insert(0, family.to_owned());
                style.size_pt = Some(12.0);
                styled.styles.set(role, style);
            }
            if let Some(a) = styled.articles.first_mut() {
                a.headline_block.kicker = Some(banmian::model::HeadStyle {
                    size_pt: 16.0,
                    face: banmian::model::Face::Serif,
                    family: Some("霞鹜文楷".to_owned()),
                });
            }
            // The same page with a photo placed, its file a real JPEG.
            let mut pictured = doc.clone();
            let file = std::env::temp_dir().join("banmian-fuzz-photo.jpg");
            if std::fs::write(&file, &pictures()[0]).is_ok()
                && let Ok(photo) =
                    banmian::import::picture::read_photo(&file, banmian::model::PhotoId(0), &[])
                && let Some(last) = pictured.articles.last().map(|a| a.id)
            {
                let place = banmian::edit::Edit::PlacePhoto {
                    article: Some(last),
                    photo: Box::new(photo),
                    at: None,
                };
                banmian::edit::apply(&mut pictured, fonts(), place);
            }
            [doc, styled, pictured]
                .iter()
                .map(|d| banmian::store::to_ron(d).unwrap_or_default().into_bytes())
                .collect()
        }
        "reflow" => SEED.lines().map(|l| l.as_bytes().to_vec()).collect(),
        "picture" => pictures(),
        "docx" => vec![word(true), word(false)],
        _ => vec![
            SEED.as_bytes().to_vec(),
            gb.into_owned(),
            utf16,
            manuscript.as_bytes().to_vec(),
            manuscript.replace('\n', "\r\n").into_bytes(),
        ],
    }
}

/// Small pictures as cameras and screenshots make them: a JPEG (turned by its EXIF
/// orientation), a grey JPEG and a PNG with transparency.
fn pictures() -> Vec<Vec<u8>> {
    let colour =
        image::RgbImage::from_fn(64, 48, |x, y| image::Rgb([x as u8 * 4, 90, y as u8 * 5]));
    let mut jpeg = Vec::new();
    let _ = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 80).encode_image(&colour);
    // An EXIF segment saying "turn a quarter clockwise", right after the start marker.
    let exif: &[u8] = b"\xFF\xE1\x00\x22Exif\0\0MM\0\x2a\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01\0\x06\0\0\0\0\0\0";
    if jpeg.len() > 2 {
        jpeg.splice(2..2, exif.iter().copied());
    }
    let grey = image::GrayImage::from_fn(40, 30, |x, y| image::Luma([(x * 6 + y) as u8]));
    let mut grey_jpeg = Vec::new();
    let _ =
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut grey_jpeg, 80).encode_image(&grey);
    let alpha = image::RgbaImage::from_fn(32, 32, |x, _| image::Rgba([200, 20, 20, (x * 8) as u8]));
    let mut png = std::io::Cursor::new(Vec::new());
    let _ = alpha.write_to(&mut png, image::ImageFormat::Png);
    vec![jpeg, grey_jpeg, png.into_inner()]
}

/// A Word manuscript with a kicker, a styled headline, a subhead, a picture with its caption,
/// a table, tracked changes and a field; stored (`compressed` false) or deflated.
fn word(compressed: bool) -> Vec<u8> {
    use std::io::Write as _;
    let body = concat!(
        r#"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>全市公安机关</w:t></w:r></w:p>"#,
        r#"<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="44"/></w:rPr><w:t>锐意开拓进取</w:t></w:r></w:p>"#,
        r#"<w:p><w:r><w:t>　　本报讯（通讯员 陈静）近日，</w:t></w:r><w:del><w:r><w:delText>删</w:delText></w:r></w:del><w:ins><w:r><w:t>会议召开&amp;&#x4E2D;。</w:t></w:r></w:ins></w:p>"#,
        r#"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>加强领导</w:t></w:r></w:p>"#,
        r#"<w:p><w:r><w:drawing><a:blip r:embed="rId7"/></w:drawing></w:r></w:p><w:p><w:r><w:t>图为现场。 通讯员 张三 摄</w:t></w:r></w:p>"#,
        r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>单位</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>3</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#,
        r#"<w:p><w:r><w:t>通讯员 侯宪锋</w:t></w:r></w:p>"#
    );
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let method = if compressed {
        zip::CompressionMethod::Deflated
    } else {
        zip::CompressionMethod::Stored
    };
    let options = zip::write::SimpleFileOptions::default().compression_method(method);
    let parts: [(&str, Vec<u8>); 4] = [
        (
            "word/document.xml",
            format!(r#"<w:document xmlns:w="w"><w:body>{body}</w:body></w:document>"#).into_bytes(),
        ),
        (
            "word/styles.xml",
            br#"<w:styles><w:style w:styleId="1"><w:name w:val="heading 1"/></w:style></w:styles>"#.to_vec(),
        ),
        (
            "word/_rels/document.xml.rels",
            br#"<Relationships><Relationship Id="rId7" Target="media/image1.png"/></Relationships>"#.to_vec(),
        ),
        ("word/media/image1.png", pictures().pop().unwrap_or_default()),
    ];
    for (name, bytes) in parts {
        if zip.start_file(name, options).is_ok() {
            let _ = zip.write_all(&bytes);
        }
    }
    let _ = zip.finish();
    out.into_inner()
}

/// A damaged or crafted copy of `base`: bytes flipped, runs cut, repeated or spliced in from
/// another input, long runs without a break, deep nesting.
fn mutate(rng: &mut fastrand::Rng, base: &[u8], corpus: &[Vec<u8>]) -> Vec<u8> {
    let mut out = base.to_vec();
    for _ in 0..rng.usize(1..6) {
        let len = out.len().max(1);
        let at = rng.usize(..len);
        match rng.u8(..9) {
            0 => {
                if let Some(b) = out.get_mut(at) {
                    *b = rng.u8(..);
                }
            }
            1 => out.insert(at.min(out.len()), rng.u8(..)),
            2 => {
                let end = (at + rng.usize(..64)).min(out.len());
                out.drain(at.min(end)..end);
            }
            3 => out.truncate(at),
            4 => {
                let end = (at + rng.usize(..256)).min(out.len());
                let piece = out[at.min(end)..end].to_vec();
                for _ in 0..rng.usize(1..64) {
                    out.splice(at..at, piece.iter().copied());
                }
            }
            5 => {
                if let Some(other) = rng.choice(corpus) {
                    let from = rng.usize(..other.len().max(1)).min(other.len());
                    let end = (from + rng.usize(..512)).min(other.len());
                    out.splice(
                        at.min(out.len())..at.min(out.len()),
                        other[from..end].iter().copied(),
                    );
                }
            }
            6 => {
                let run: Vec<u8> = std::iter::repeat_n(b'A', rng.usize(..200_000)).collect();
                out.splice(at.min(out.len())..at.min(out.len()), run);
            }
            7 => {
                let deep = "[".repeat(rng.usize(..2_000)) + &"(".repeat(rng.usize(..2_000));
                out.splice(at.min(out.len())..at.min(out.len()), deep.bytes());
            }
            _ => {
                let digits = rng.u64(..).to_string() + "000000000";
                out.splice(at.min(out.len())..at.min(out.len()), digits.bytes());
            }
        }
    }
    out
}

/// Import, then arrange, compose and export what was read.
fn import(bytes: &[u8]) {
    if let Ok(imported) = banmian::import::import_bytes(bytes, Path::new("fuzz.txt"), None, 0) {
        let mut doc = banmian::model::Document {
            articles: imported.articles,
            source: imported.source,
            ..Default::default()
        };
        arrange_and_write(&mut doc);
    }
}

/// Arranges an imported document and writes it as a layout, which must read back (issue 23).
fn arrange_and_write(doc: &mut banmian::model::Document) {
    banmian::edit::arrange::arrange(doc, fonts());
    let _ = banmian::export::export_text(doc, fonts());
    let _ = banmian::compose::compose_page(doc, fonts());
    if let Err(e) = banmian::store::to_ron(doc) {
        panic!("an import wrote a layout that does not read back: {e}");
    }
}

/// Load a layout, then compose, export and print it.
fn ron(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    if let Ok(doc) = banmian::store::from_ron(&text, Path::new("fuzz.ron")) {
        let page = banmian::compose::compose_page(&doc, fonts());
        let _ = banmian::export::export_text(&doc, fonts());
        let _ = banmian::export::pdf::export_pdf(&page, "fuzz", &Default::default());
        let _ = banmian::export::png::export_png(&page, 10.0, &Default::default());
    }
}

/// Read a picture: what it is, its pixels for the screen, and in grey for print.
fn picture(bytes: &[u8]) {
    let path = Path::new("fuzz.jpg");
    if banmian::picture::probe(bytes, path).is_ok() {
        let _ = banmian::picture::decode_rgba(bytes, path, 32);
        let _ = banmian::picture::grey_png(bytes, path, 64);
    }
}

/// Import a Word manuscript as the command line does (from a file), arrange it and write it.
fn docx(bytes: &[u8]) {
    let file = std::env::temp_dir().join(format!("banmian-fuzz-{}.docx", std::process::id()));
    if std::fs::write(&file, bytes).is_err() {
        return;
    }
    if let Ok(imported) = banmian::import::import_file(&file, None, None, 0) {
        let mut doc = banmian::model::Document {
            articles: imported.articles,
            source: imported.source,
            ..Default::default()
        };
        arrange_and_write(&mut doc);
    }
}

/// Set the text at a measure read from its first byte.
fn reflow(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let measure = f32::from(bytes.first().copied().unwrap_or(18)) / 4.0;
    let _ = typeset(&text, &Style::default(), Em(measure.max(1.0)), true);
}

/// Keeps an input that failed, to turn into a regression test.
fn save(target: &str, why: &str, n: u64, input: &[u8]) {
    let dir = Path::new("found");
    std::fs::create_dir_all(dir).ok();
    std::fs::write(dir.join(format!("{target}-{why}-{n}.bin")), input).ok();
    eprintln!("{target}: input {n}: {why} (saved in found/)");
}

/// The process's peak resident memory, from /proc (0 where there is none).
fn peak_memory_mb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .map_or(0, |kb| kb / 1024)
}
