//! A photo's caption and credit written in a manuscript's body (`图为…`, `通讯员 张三 摄`): they
//! belong to the photo, and move to it when the article gets one. Until then they stay in the
//! body, where they are seen and exported, so that nothing is lost.

use crate::model::{Article, Block, Photo, SourceOrder};

use super::byline::parse_byline;
use super::picture::split_caption;

/// Whether `line` is a photo credit, `通讯员 合公新 记者 李斐 摄`: a byline that ends in 摄. It
/// names who took the picture, not who wrote the article.
pub(crate) fn is_photo_credit(line: &str) -> bool {
    let line = line.trim();
    (line.ends_with('摄') || line.ends_with('攝')) && parse_byline(line).is_some()
}

/// Whether a paragraph is a photo caption: it opens with 图为 ("the picture shows").
fn is_caption(text: &str) -> bool {
    let text = text.trim_start();
    text.starts_with("图为") || text.starts_with("圖為")
}

/// Moves a manuscript's `图为…` caption and its photo credit out of its body into `photo`, where
/// the photo has none of its own (a caption file beside the picture comes first). A printed
/// page's text stays as it was printed.
pub fn give_photo_its_text(article: &mut Article, photo: &mut Photo) {
    if !matches!(article.order, SourceOrder::Manuscript { .. }) {
        return;
    }
    let mut k = 0;
    while k < article.body.len() {
        let Block::Paragraph(p) = &article.body[k] else {
            k += 1;
            continue;
        };
        if photo.caption.is_none() && is_caption(&p.text) {
            // A caption may end with its credit: `图为…。■通讯员 张三 摄`.
            let (caption, credit) = split_caption(&p.text);
            photo.caption = caption;
            photo.credit = photo.credit.take().or(credit);
            article.body.remove(k);
        } else if photo.credit.is_none() && is_photo_credit(&p.text) {
            photo.credit = Some(p.text.trim().to_owned());
            article.body.remove(k);
        } else {
            k += 1;
        }
    }
}
