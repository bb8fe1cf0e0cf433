//! `index.html`, the issue: the paper's name, number and date, the page navigator (版面导航),
//! and each page as its picture with every article's area on it a link, and the list of the
//! page's headlines (标题导航).

use super::markup::{escape, head};
use super::story::Story;

/// An article's area on a page's picture: where one of its frames stands, as a share of the
/// page (for the link laid over the picture) and in millimetres (as `info --json` gives it).
pub struct Area {
    /// The story it leads to.
    pub story: usize,
    /// Left, top, width, height as shares of the page's width and height.
    pub share: [f32; 4],
    /// Left, top, width, height in millimetres from the page's top-left corner.
    pub mm: [f32; 4],
}

/// A page of the e-paper.
pub struct SitePage {
    /// Its anchor in `index.html` (`page-2`).
    pub anchor: String,
    /// Its label: `第2版 综合`.
    pub label: String,
    /// Its picture at screen resolution, and at twice that for sharp screens.
    pub images: (String, String),
    /// The picture's size in pixels at screen resolution.
    pub size: (u32, u32),
    /// The areas of its articles.
    pub areas: Vec<Area>,
    /// The stories that start on it, in flow order.
    pub stories: Vec<usize>,
}

/// The page.
pub fn index_page(title: &str, subtitle: &str, pages: &[SitePage], stories: &[Story]) -> String {
    let image = pages.first().map(|p| p.images.0.as_str());
    let description = format!("{title} {subtitle}");
    let mut out = head(title, description.trim(), image, true);
    out.push_str("<body>\n<header class=\"masthead\">\n");
    out.push_str(&format!("<h1>{}</h1>\n", escape(title)));
    if !subtitle.is_empty() {
        out.push_str(&format!("<p>{}</p>\n", escape(subtitle)));
    }
    out.push_str(
        "</header>\n<nav class=\"pages\" aria-label=\"版面导航\">\n<h2>版面导航</h2>\n<ol>\n",
    );
    for page in pages {
        out.push_str(&format!(
            "<li><a href=\"#{}\">{}</a></li>\n",
            escape(&page.anchor),
            escape(&page.label)
        ));
    }
    out.push_str("</ol>\n</nav>\n");
    for page in pages {
        out.push_str(&format!(
            "<section class=\"page\" id=\"{}\">\n<h2>{}</h2>\n",
            escape(&page.anchor),
            escape(&page.label)
        ));
        out.push_str(&format!(
            "<div class=\"sheet\">\n<img src=\"{}\" srcset=\"{} 1x, {} 2x\" width=\"{}\" height=\"{}\" alt=\"{}\" usemap=\"#map-{}\" />\n",
            escape(&page.images.0),
            escape(&page.images.0),
            escape(&page.images.1),
            page.size.0,
            page.size.1,
            escape(&page.label),
            escape(&page.anchor)
        ));
        for area in &page.areas {
            let Some(story) = stories.get(area.story) else {
                continue;
            };
            let [l, t, w, h] = area.share.map(|v| v * 100.0);
            let [x, y, mw, mh] = area.mm;
            out.push_str(&format!(
                "<a class=\"area\" href=\"{}\" title=\"{}\" style=\"left:{l:.3}%;top:{t:.3}%;width:{w:.3}%;height:{h:.3}%\" data-x-mm=\"{x:.2}\" data-y-mm=\"{y:.2}\" data-width-mm=\"{mw:.2}\" data-height-mm=\"{mh:.2}\"><span>{}</span></a>\n",
                escape(&story.file),
                escape(&story.title),
                escape(&story.title)
            ));
        }
        // The same areas as an image map, in the picture's pixels, for readers of the page
        // that follow maps rather than the links laid over it.
        out.push_str(&format!(
            "<map name=\"map-{0}\" id=\"map-{0}\">\n",
            escape(&page.anchor)
        ));
        for area in &page.areas {
            let Some(story) = stories.get(area.story) else {
                continue;
            };
            let (w, h) = (page.size.0 as f32, page.size.1 as f32);
            let [l, t, aw, ah] = area.share;
            out.push_str(&format!(
                "<area shape=\"rect\" coords=\"{},{},{},{}\" href=\"{}\" alt=\"{}\" />\n",
                (l * w).ceil(),
                (t * h).ceil(),
                ((l + aw) * w).floor(),
                ((t + ah) * h).floor(),
                escape(&story.file),
                escape(&story.title)
            ));
        }
        out.push_str("</map>\n</div>\n<ol class=\"headlines\">\n");
        for &k in &page.stories {
            if let Some(story) = stories.get(k) {
                out.push_str(&format!(
                    "<li><a href=\"{}\">{}</a></li>\n",
                    escape(&story.file),
                    escape(&story.title)
                ));
            }
        }
        out.push_str("</ol>\n</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// The site's style sheet: phone first, a readable size and line height for Chinese, the page
/// pictures scaled to the screen with their areas outlined on hover.
pub const STYLE: &str = "\
html { font-size: 18px; }
body { margin: 0 auto; max-width: 46rem; padding: 1rem; line-height: 1.8; color: #222;
  font-family: \"Noto Serif CJK SC\", \"Source Han Serif SC\", \"Songti SC\", serif; }
h1, h2 { font-family: \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", sans-serif;
  line-height: 1.4; }
.masthead { text-align: center; border-bottom: 3px double #222; margin-bottom: 1rem; }
.pages ol { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; }
.sheet { position: relative; line-height: 0; margin: 0 -1rem; }
.sheet img { width: 100%; height: auto; }
.area { position: absolute; display: block; outline: 2px solid transparent; }
.area span { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.area:hover, .area:focus { outline-color: #c00; background: rgba(200, 0, 0, 0.08); }
.story p { text-indent: 2em; margin: 0 0 0.8rem; text-align: justify; }
.story .kicker, .story .subtitle, .story .byline { text-indent: 0; text-align: center; }
.story h1 { text-align: center; margin: 0.2rem 0; }
.story .byline { color: #666; font-size: 0.9rem; }
figure { margin: 1rem 0; }
figure img { max-width: 100%; height: auto; display: block; margin: 0 auto; }
figcaption { font-size: 0.9rem; color: #555; }
.turn { display: flex; flex-direction: column; gap: 0.4rem; border-top: 1px solid #ccc;
  padding-top: 0.8rem; }
@media (min-width: 60rem) { body { max-width: 60rem; } .sheet { margin: 0; } }
";
