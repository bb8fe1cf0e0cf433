//! One article as a web page, and as the WeChat file beside it (inline styles only, ready to
//! paste into the 公众号 editor).

use super::markup::{escape, head};
use super::story::{Part, Story};

/// Where an article page links to: the page it is on, the articles before and after it.
pub struct Links<'a> {
    /// The anchor of its page in `index.html`, and that page's label (第2版 综合).
    pub page: (String, String),
    /// The article before it in flow order.
    pub previous: Option<&'a Story>,
    /// The article after it.
    pub next: Option<&'a Story>,
}

/// The article's page: its headlines, byline, photos with captions and credits, its body, and
/// links to its page and to the articles before and after it.
pub fn article_page(story: &Story, paper: &str, links: &Links<'_>) -> String {
    let title = if paper.is_empty() {
        story.title.clone()
    } else {
        format!("{} · {paper}", story.title)
    };
    let image = story.figures.first().map(|f| f.src.as_str());
    let mut out = head(&title, &story.lead(), image, true);
    out.push_str("<body>\n<article class=\"story\">\n");
    let line = |class: &str, text: &Option<String>| {
        text.as_ref()
            .map(|t| format!("<p class=\"{class}\">{}</p>\n", escape(t)))
            .unwrap_or_default()
    };
    out.push_str(&line("kicker", &story.kicker));
    out.push_str(&format!(
        "<h1>{}</h1>\n",
        escape(story.headline.as_deref().unwrap_or(&story.title))
    ));
    out.push_str(&line("subtitle", &story.subtitle));
    out.push_str(&line("byline", &story.byline));
    for figure in &story.figures {
        out.push_str(&format!(
            "<figure>\n<img src=\"{}\" alt=\"{}\" />\n",
            escape(&figure.src),
            escape(figure.caption.as_deref().unwrap_or(&story.title))
        ));
        if figure.caption.is_some() || figure.credit.is_some() {
            out.push_str("<figcaption>");
            if let Some(caption) = &figure.caption {
                out.push_str(&escape(caption));
            }
            if let Some(credit) = &figure.credit {
                out.push_str(&format!(
                    " <span class=\"credit\">{}</span>",
                    escape(credit)
                ));
            }
            out.push_str("</figcaption>\n");
        }
        out.push_str("</figure>\n");
    }
    for part in &story.body {
        match part {
            Part::Paragraph(text) => out.push_str(&format!("<p>{}</p>\n", escape(text))),
            Part::Subhead(text) => out.push_str(&format!("<h2>{}</h2>\n", escape(text))),
        }
    }
    out.push_str("</article>\n<nav class=\"turn\">\n");
    if let Some(previous) = links.previous {
        out.push_str(&format!(
            "<a rel=\"prev\" href=\"{}\">上一篇：{}</a>\n",
            escape(&previous.file),
            escape(&previous.title)
        ));
    }
    out.push_str(&format!(
        "<a href=\"index.html#{}\">返回{}</a>\n",
        escape(&links.page.0),
        escape(&links.page.1)
    ));
    if let Some(next) = links.next {
        out.push_str(&format!(
            "<a rel=\"next\" href=\"{}\">下一篇：{}</a>\n",
            escape(&next.file),
            escape(&next.title)
        ));
    }
    out.push_str("</nav>\n</body>\n</html>\n");
    out
}

/// Inline styles of the WeChat file, by what they dress.
const WECHAT_BODY: &str = "margin:0;padding:16px;background:#fff;";
const WECHAT_SECTION: &str =
    "font-size:17px;line-height:1.8;color:#222;letter-spacing:0.5px;text-align:justify;";
const WECHAT_KICKER: &str = "margin:0 0 4px;font-size:15px;color:#555;text-align:center;";
const WECHAT_HEADLINE: &str =
    "margin:0 0 6px;font-size:22px;line-height:1.4;font-weight:bold;text-align:center;";
const WECHAT_SUBTITLE: &str = "margin:0 0 8px;font-size:16px;color:#444;text-align:center;";
const WECHAT_BYLINE: &str = "margin:0 0 16px;font-size:14px;color:#888;text-align:center;";
const WECHAT_PARAGRAPH: &str = "margin:0 0 14px;text-indent:2em;";
const WECHAT_SUBHEAD: &str = "margin:20px 0 10px;font-size:18px;font-weight:bold;";
const WECHAT_FIGURE: &str = "margin:0 0 16px;text-align:center;";
const WECHAT_IMAGE: &str = "max-width:100%;height:auto;display:block;margin:0 auto;";
const WECHAT_CAPTION: &str = "margin-top:6px;font-size:14px;color:#666;line-height:1.6;";

/// The WeChat file: the same article with every element's look in its own `style` attribute,
/// no `<style>`, `<link>` or `<script>`, images named relative to the file.
pub fn wechat_page(story: &Story) -> String {
    let mut out = String::from("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n");
    out.push_str("<meta charset=\"utf-8\" />\n");
    out.push_str(&format!("<title>{}</title>\n", escape(&story.title)));
    out.push_str("</head>\n");
    out.push_str(&format!("<body style=\"{WECHAT_BODY}\">\n"));
    out.push_str(&format!("<section style=\"{WECHAT_SECTION}\">\n"));
    let line = |style: &str, tag: &str, text: &Option<String>| {
        text.as_ref()
            .map(|t| format!("<{tag} style=\"{style}\">{}</{tag}>\n", escape(t)))
            .unwrap_or_default()
    };
    out.push_str(&line(WECHAT_KICKER, "p", &story.kicker));
    let headline = Some(
        story
            .headline
            .clone()
            .unwrap_or_else(|| story.title.clone()),
    );
    out.push_str(&line(WECHAT_HEADLINE, "h1", &headline));
    out.push_str(&line(WECHAT_SUBTITLE, "p", &story.subtitle));
    out.push_str(&line(WECHAT_BYLINE, "p", &story.byline));
    for figure in &story.figures {
        out.push_str(&format!(
            "<figure style=\"{WECHAT_FIGURE}\">\n<img style=\"{WECHAT_IMAGE}\" src=\"{}\" alt=\"{}\" />\n",
            escape(&figure.src),
            escape(figure.caption.as_deref().unwrap_or(&story.title))
        ));
        let text: Vec<&str> = [figure.caption.as_deref(), figure.credit.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        if !text.is_empty() {
            out.push_str(&format!(
                "<figcaption style=\"{WECHAT_CAPTION}\">{}</figcaption>\n",
                escape(&text.join(" "))
            ));
        }
        out.push_str("</figure>\n");
    }
    for part in &story.body {
        match part {
            Part::Paragraph(text) => out.push_str(&format!(
                "<p style=\"{WECHAT_PARAGRAPH}\">{}</p>\n",
                escape(text)
            )),
            Part::Subhead(text) => out.push_str(&format!(
                "<h2 style=\"{WECHAT_SUBHEAD}\">{}</h2>\n",
                escape(text)
            )),
        }
    }
    out.push_str("</section>\n</body>\n</html>\n");
    out
}
