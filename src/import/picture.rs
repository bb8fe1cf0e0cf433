//! Pictures in an import: each becomes a photo of the article read just before it, with its
//! caption and credit from a text file of the same name beside it (`scene.jpg` + `scene.txt`).

use std::path::{Path, PathBuf};

use crate::model::{Photo, PhotoId, PhotoStatus};
use crate::picture;

use super::{Error, ErrorKind};

/// The most a caption file holds: a caption and a credit are a few lines. A longer text of the
/// same name is a manuscript (`稿件.txt` beside `稿件.jpg`), not the picture's caption.
const MAX_CAPTION_LINES: usize = 3;
/// See [`MAX_CAPTION_LINES`].
const MAX_CAPTION_CHARS: usize = 300;

/// A photo of the picture file at `path`, its caption read from `NAME.txt` beside it unless that
/// file is one of `manuscripts` (read as an article in the same import) or too long to be one.
pub fn read_photo(path: &Path, id: PhotoId, manuscripts: &[PathBuf]) -> Result<Photo, Error> {
    let error = |kind| Error {
        path: path.to_owned(),
        kind,
    };
    let (bytes, probe) = picture::read(path).map_err(|e| match e {
        picture::Error::Read { error: e, .. } => error(ErrorKind::Read(e)),
        picture::Error::Unreadable { reason, .. } => error(ErrorKind::Picture(reason)),
        picture::Error::TooLarge { pixels, .. } => error(ErrorKind::PictureTooLarge(pixels)),
    })?;
    let file = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let (caption, credit) = caption_beside(path, manuscripts);
    Ok(Photo {
        id,
        file: file.to_string_lossy().into_owned(),
        hash: picture::hash(&bytes),
        pixels: probe.pixels,
        caption,
        credit,
        status: PhotoStatus::Found,
    })
}

/// The caption and credit in the text file beside a picture, if there is one that reads as a
/// caption.
fn caption_beside(path: &Path, manuscripts: &[PathBuf]) -> (Option<String>, Option<String>) {
    let beside = path.with_extension("txt");
    let real = beside.canonicalize().ok();
    let same = |p: &PathBuf| p == &beside || (real.is_some() && p.canonicalize().ok() == real);
    if manuscripts.iter().any(same) {
        return (None, None);
    }
    let Ok(bytes) = std::fs::read(&beside) else {
        return (None, None);
    };
    let Ok(decoded) = super::decode::decode_as(&bytes, None) else {
        return (None, None);
    };
    let lines = decoded
        .text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count();
    // Paragraphs indented with ideographic spaces are a manuscript's; a caption is not indented.
    let indented = decoded.text.lines().any(|l| l.starts_with('\u{3000}'));
    if lines > MAX_CAPTION_LINES || decoded.text.chars().count() > MAX_CAPTION_CHARS || indented {
        return (None, None);
    }
    split_caption(&decoded.text)
}

/// The article of a Word manuscript, its pictures saved as files in a folder beside it
/// (`稿件.docx` → `稿件-图片/image1.jpeg`) and made its photos.
pub fn word_article(
    path: &Path,
    manuscript: super::docx::Manuscript,
) -> Result<super::Imported, ErrorKind> {
    let mut article = manuscript.article;
    let mut warnings = manuscript.warnings;
    let stem = path
        .file_stem()
        .map_or_else(|| "manuscript".into(), |s| s.to_string_lossy());
    let folder = crate::disk::folder_of(path).join(format!("{stem}-图片"));
    for (k, embedded) in manuscript.pictures.into_iter().enumerate() {
        let saved = picture::save_into(&folder, &embedded.name, &embedded.bytes)
            .map_err(|e| ErrorKind::Picture(e.to_string()));
        let photo =
            saved.and_then(|file| read_photo(&file, PhotoId(k as u32), &[]).map_err(|e| e.kind));
        match photo {
            Ok(mut photo) => {
                photo.caption = embedded.caption;
                photo.credit = embedded.credit;
                article.photos.push(photo);
            }
            Err(e) => warnings.push(format!("the picture {} is left out: {e}", embedded.name)),
        }
    }
    Ok(super::Imported {
        articles: vec![article],
        source: crate::model::TextSource::default(),
        format: super::Format::Manuscript,
        warnings,
    })
}

/// Splits a caption text into the caption and the credit. The credit ends in `摄` (`通讯员 张三
/// 摄`): it is the last line, or on a single line what follows a `■` or the last sentence.
pub fn split_caption(text: &str) -> (Option<String>, Option<String>) {
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}'))
        .filter(|l| !l.is_empty())
        .collect();
    let (caption, credit) = match lines.split_last() {
        Some((last, rest)) if last.ends_with('摄') && !rest.is_empty() => {
            (rest.concat(), (*last).to_owned())
        }
        Some((last, _)) if last.ends_with('摄') => {
            let at = last
                .rfind('■')
                .or_else(|| last.rfind(['。', '！', '？']).map(|i| i + '。'.len_utf8()))
                .unwrap_or(0);
            (last[..at].trim().to_owned(), last[at..].to_owned())
        }
        _ => (lines.concat(), String::new()),
    };
    let credit = credit
        .trim_start_matches(['■', ' ', '　'])
        .trim()
        .to_owned();
    (
        Some(caption).filter(|c| !c.is_empty()),
        Some(credit).filter(|c| !c.is_empty()),
    )
}

#[cfg(test)]
mod tests {
    use super::split_caption;

    fn some(s: &str) -> Option<String> {
        Some(s.to_owned())
    }

    #[test]
    fn the_credit_is_the_part_ending_in_she() {
        let expected = (some("图为民警在现场。"), some("通讯员 张三 摄"));
        assert_eq!(
            split_caption("图为民警在现场。\n通讯员 张三 摄\n"),
            expected
        );
        assert_eq!(split_caption("图为民警在现场。 ■通讯员 张三 摄"), expected);
        assert_eq!(split_caption("图为民警在现场。通讯员 张三 摄"), expected);
        assert_eq!(
            split_caption("通讯员 张三 摄"),
            (None, some("通讯员 张三 摄"))
        );
        assert_eq!(split_caption("图为民警。\n"), (some("图为民警。"), None));
    }
}
