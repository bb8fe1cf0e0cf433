//! The e-paper (数字报): the issue as a folder of web pages that works from disk or on any
//! static server, with nothing fetched from the network. `index.html` shows every page as a
//! picture whose articles are links; each article has a page of its own, and a WeChat file
//! beside it with inline styles only.

mod article;
mod index;
mod markup;
mod story;

use std::path::{Path, PathBuf};

use crate::compose::ComposedPage;
use crate::disk::WriteError;
use crate::model::{Document, PT_PER_MM};

use super::PrintOptions;
use super::png::export_png;
use article::{Links, article_page, wechat_page};
use index::{Area, STYLE, SitePage, index_page};
use story::{Story, first_page};

/// The width of a page's picture at screen resolution, in pixels; the sharp one is twice that.
pub const SCREEN_WIDTH_PX: f32 = 900.0;

/// Why the e-paper could not be made or written.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Occurs when the folder holds other files and writing into it was not asked for.
    #[error("{}: the folder holds other files; give --force to write the e-paper into it", .0.display())]
    NotEmpty(PathBuf),
    /// Occurs when a file of the site cannot be written.
    #[error("{}: {error}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        error: WriteError,
    },
    /// Occurs when a page cannot be drawn as a picture.
    #[error(transparent)]
    Png(#[from] super::png::Error),
}

/// A file of the site: where it goes in the folder (`/` between names) and what it holds.
pub struct SiteFile {
    /// Its path in the site's folder.
    pub path: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// The e-paper of a composed issue: every file of the site, the page pictures drawn in parallel.
pub fn build_site(doc: &Document, page: &ComposedPage) -> Result<Vec<SiteFile>, Error> {
    let g = page.geometry;
    let dpi = SCREEN_WIDTH_PX / (g.width / 72.0);
    let pictures = page_pictures(page, dpi)?;
    let mut files: Vec<SiteFile> = Vec::new();
    // The placed articles, in flow order, with their photos copied into the site.
    let mut stories: Vec<Story> = Vec::new();
    let mut article_story = Vec::new();
    for article in &doc.articles {
        let Some(on) = first_page(doc, article) else {
            continue;
        };
        let src = |photo: &crate::model::Photo| {
            let bytes = std::fs::read(&photo.file).ok()?;
            let ext = match crate::picture::probe(&bytes, Path::new(&photo.file))
                .ok()?
                .format
            {
                crate::picture::Format::Png => "png",
                crate::picture::Format::Jpeg => "jpg",
            };
            let path = format!("images/photo-{}.{ext}", photo.id.0);
            files.push(SiteFile {
                path: path.clone(),
                bytes,
            });
            Some(path)
        };
        article_story.push((article.id, stories.len()));
        stories.push(Story::of(article, stories.len() + 1, on, src));
    }
    let story_of = |id| {
        article_story
            .iter()
            .find(|(a, _)| *a == id)
            .map(|(_, k)| *k)
    };
    let mm = |pt: f32| pt / PT_PER_MM;
    let mut pages: Vec<SitePage> = Vec::with_capacity(page.pages);
    for (index, (one, two, size)) in pictures.into_iter().enumerate() {
        let label = page_label(doc, index);
        let images = (
            format!("page-{}.png", index + 1),
            format!("page-{}@2x.png", index + 1),
        );
        files.push(SiteFile {
            path: images.0.clone(),
            bytes: one,
        });
        files.push(SiteFile {
            path: images.1.clone(),
            bytes: two,
        });
        let areas = page
            .frames
            .iter()
            .filter(|f| f.page == index)
            .filter_map(|f| {
                let owner = f.article.or_else(|| {
                    let picture = doc.frame(f.id)?.picture()?;
                    Some(doc.photo(picture.photo)?.0)
                })?;
                let fg = f.geometry;
                Some(Area {
                    story: story_of(owner)?,
                    share: [
                        fg.x / g.width,
                        fg.y / g.height,
                        fg.width / g.width,
                        fg.height / g.height,
                    ],
                    mm: [mm(fg.x), mm(fg.y), mm(fg.width), mm(fg.height)],
                })
            })
            .collect();
        pages.push(SitePage {
            anchor: format!("page-{}", index + 1),
            label,
            images,
            size,
            areas,
            stories: (0..stories.len())
                .filter(|&k| stories[k].page == index)
                .collect(),
        });
    }
    let (title, subtitle) = issue_title(doc);
    files.push(SiteFile {
        path: "index.html".to_owned(),
        bytes: index_page(&title, &subtitle, &pages, &stories).into_bytes(),
    });
    files.push(SiteFile {
        path: "style.css".to_owned(),
        bytes: STYLE.as_bytes().to_vec(),
    });
    for (k, story) in stories.iter().enumerate() {
        let links = Links {
            page: pages
                .get(story.page)
                .map(|p| (p.anchor.clone(), p.label.clone()))
                .unwrap_or_default(),
            previous: k.checked_sub(1).and_then(|j| stories.get(j)),
            next: stories.get(k + 1),
        };
        files.push(SiteFile {
            path: story.file.clone(),
            bytes: article_page(
                story,
                &doc.issue
                    .as_ref()
                    .map_or(String::new(), |i| i.paper.clone()),
                &links,
            )
            .into_bytes(),
        });
        files.push(SiteFile {
            path: story.wechat_file.clone(),
            bytes: wechat_page(story).into_bytes(),
        });
    }
    Ok(files)
}

/// An article as WeChat-ready HTML for the clipboard (Edit ▸ Copy for WeChat): inline styles
/// only, its photos named by their files' addresses on this computer.
pub fn wechat_html(doc: &Document, article: crate::model::ArticleId) -> Option<String> {
    let article = doc.article(article)?;
    let page = first_page(doc, article).unwrap_or(0);
    let src = |photo: &crate::model::Photo| {
        let path = std::path::absolute(&photo.file).ok()?;
        Some(format!("file://{}", path.to_string_lossy()))
    };
    Some(wechat_page(&Story::of(article, 1, page, src)))
}

/// A page's picture at screen resolution, at twice that, and the first's size in pixels.
type Pictures = (Vec<u8>, Vec<u8>, (u32, u32));

/// Each page's picture at `dpi` and at twice that, with the first's size in pixels, drawn on a
/// thread each.
fn page_pictures(page: &ComposedPage, dpi: f32) -> Result<Vec<Pictures>, Error> {
    let g = page.geometry;
    let size = (
        (g.width / 72.0 * dpi).ceil() as u32,
        (g.height / 72.0 * dpi).ceil() as u32,
    );
    let draw = |index: usize, dpi: f32| {
        let options = PrintOptions {
            page: Some(index),
            ..PrintOptions::default()
        };
        export_png(page, dpi, &options)
    };
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..page.pages)
            .flat_map(|index| [(index, dpi), (index, dpi * 2.0)])
            .map(|(index, dpi)| scope.spawn(move || draw(index, dpi)))
            .collect();
        let mut drawn = Vec::with_capacity(workers.len());
        for worker in workers {
            let png = worker
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
            drawn.push(png);
        }
        let mut drawn = drawn.into_iter();
        let mut pictures = Vec::new();
        while let (Some(one), Some(two)) = (drawn.next(), drawn.next()) {
            pictures.push((one, two, size));
        }
        Ok(pictures)
    })
}

/// `第2版 综合`.
fn page_label(doc: &Document, index: usize) -> String {
    match doc.pages.get(index).and_then(|p| p.name.as_deref()) {
        Some(name) => format!("第{}版 {name}", index + 1),
        None => format!("第{}版", index + 1),
    }
}

/// The issue's title (the paper's name, else the lead headline) and its number and date.
fn issue_title(doc: &Document) -> (String, String) {
    match &doc.issue {
        Some(issue) if !issue.paper.trim().is_empty() => (
            issue.paper.clone(),
            format!("{} {}", issue.number_line(), issue.date_line())
                .trim()
                .to_owned(),
        ),
        _ => (super::page_title(doc), String::new()),
    }
}

/// Whether writing the site into `dir` would mix it with other files: `dir` exists and holds
/// something.
pub fn holds_other_files(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some())
}

/// Writes the site's files into `dir` (made where it is not there), each atomically. A folder
/// that holds other files is refused unless `force`.
pub fn write_site(dir: &Path, files: &[SiteFile], force: bool) -> Result<(), Error> {
    if !force && holds_other_files(dir) {
        return Err(Error::NotEmpty(dir.to_owned()));
    }
    for file in files {
        let path = file
            .path
            .split('/')
            .fold(dir.to_path_buf(), |path, name| path.join(name));
        let write = |path: &Path| {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(WriteError::Io)?;
            }
            crate::disk::write_atomic(path, &file.bytes)
        };
        write(&path).map_err(|error| Error::Write {
            path: path.clone(),
            error,
        })?;
    }
    Ok(())
}
