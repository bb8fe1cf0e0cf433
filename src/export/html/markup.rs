//! Writing HTML safely: text and attribute values escaped, so that whatever a manuscript says
//! (`<script>`, `"><img onerror=…>`) shows as written and never becomes markup.

/// `text` with `&`, `<`, `>`, `"` and `'` written as character references: safe in element
/// content and in quoted attribute values alike.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters have no place in an HTML document.
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// The first `n` characters of `text`, with `…` where it was cut: for descriptions.
pub fn first_chars(text: &str, n: usize) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(n).collect();
    if chars.next().is_some() {
        head + "…"
    } else {
        head
    }
}

/// The head of a page: charset, viewport for phones, title, description and Open Graph tags,
/// `lang="zh-CN"` on the document. `stylesheet` links the site's CSS where given.
pub fn head(title: &str, description: &str, image: Option<&str>, stylesheet: bool) -> String {
    let mut out = String::from("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n");
    out.push_str("<meta charset=\"utf-8\" />\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
    out.push_str(&format!("<title>{}</title>\n", escape(title)));
    out.push_str(&format!(
        "<meta name=\"description\" content=\"{}\" />\n",
        escape(description)
    ));
    out.push_str(&format!(
        "<meta property=\"og:title\" content=\"{}\" />\n",
        escape(title)
    ));
    out.push_str(&format!(
        "<meta property=\"og:description\" content=\"{}\" />\n",
        escape(description)
    ));
    out.push_str("<meta property=\"og:type\" content=\"article\" />\n");
    if let Some(image) = image {
        out.push_str(&format!(
            "<meta property=\"og:image\" content=\"{}\" />\n",
            escape(image)
        ));
    }
    if stylesheet {
        out.push_str("<link rel=\"stylesheet\" href=\"style.css\" />\n");
    }
    out.push_str("</head>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_is_escaped() {
        assert_eq!(
            escape("<script>alert(1)</script>\"><img src=x onerror=alert(1)>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(escape("甲&乙's"), "甲&amp;乙&#39;s");
        assert_eq!(first_chars("一二三四", 2), "一二…");
        assert_eq!(first_chars("一二", 2), "一二");
    }
}
