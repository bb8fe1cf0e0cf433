//! Text pasted from other programs (a web page, a WeChat post, a chat) read as a manuscript,
//! cleaned of what such copies carry: non-breaking and zero-width characters, soft line breaks
//! inside paragraphs, runs of blank lines.

use crate::model::{Article, ArticleId};

use super::ErrorKind;

/// Characters that copies from web pages carry and that print as nothing.
const ZERO_WIDTH: &[char] = &[
    '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{00AD}',
];

/// Pasted text as one article, read by the manuscript rules; `None` when it holds no text. A
/// paragraph longer than a layout holds is refused, as in a file.
pub fn read_pasted(text: &str, id: ArticleId) -> Result<Option<Article>, ErrorKind> {
    let cleaned = clean(text);
    if cleaned.trim().is_empty() {
        return Ok(None);
    }
    let article = super::manuscript::read_manuscript(&cleaned, id);
    super::refuse_long_texts(std::slice::from_ref(&article))?;
    Ok(Some(article))
}

/// The text with Windows and old Mac line ends made `\n`, non-breaking spaces made spaces,
/// zero-width characters removed, trailing spaces cut, and runs of blank lines made one. An
/// indent of ideographic or ordinary spaces stays: it marks a paragraph start, and lines without
/// one inside an indented text are joined to the paragraph before.
pub fn clean(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0;
    for line in text.split('\n') {
        let line: String = line
            .chars()
            .filter(|c| !ZERO_WIDTH.contains(c))
            .map(|c| if c == '\u{00A0}' { ' ' } else { c })
            .collect();
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank_run += 1;
            if blank_run == 1 && !out.is_empty() {
                out.push('\n');
            }
            continue;
        }
        blank_run = 0;
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wechat_copy_reads_as_one_article() {
        let copied = "\u{feff}公安车“一键报警”新模式运行\r\n\r\n\r\n\r\n\u{3000}\u{3000}近日，市公安局联合济宁公交集团\u{200b}召开\u{a0}座谈会，\r\n通报了工作落实情况。\r\n\r\n\u{3000}\u{3000}活动中，与会人员观看了公安车演示。\r\n\r\n\r\n通讯员 济公宣\r\n";
        let article = read_pasted(copied, ArticleId(3))
            .ok()
            .flatten()
            .expect("an article");
        assert_eq!(
            article.headline.as_deref(),
            Some("公安车“一键报警”新模式运行")
        );
        let paragraphs: Vec<&str> = article.paragraphs().map(|p| p.text.as_str()).collect();
        assert_eq!(
            paragraphs,
            [
                "近日，市公安局联合济宁公交集团召开 座谈会，通报了工作落实情况。",
                "活动中，与会人员观看了公安车演示。"
            ]
        );
        assert_eq!(
            article.byline.map(|b| b.text).as_deref(),
            Some("通讯员 济公宣")
        );
        assert!(matches!(
            read_pasted("\u{200b}\n \n", ArticleId(0)),
            Ok(None)
        ));
    }
}
