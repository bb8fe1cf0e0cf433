//! The composed page: an open list of positioned items (text runs, rules, boxes), each tagged with
//! where it came from. The editor's canvas, the PDF and the PNG draw this list and nothing else,
//! so what the editor shows is what prints.

use std::collections::HashMap;
use std::sync::Arc;

use crate::fonts::{Fonts, ascent};

use crate::model::{
    Article, ArticleId, Document, Em, Frame, FrameContent, FrameId, FrameKind, PageSetup, Role,
};

use super::chain::{Placement, set_article};
use super::distribute::{SetArticle, SetKind};
use super::faces::PageFaces;
use super::furniture::{article_box, article_rules, compose_furniture_frame};
use super::headline::{HeadBlock, set_head_block_within};
use super::jump::{Jump, jump_slot, jumps_of};
use super::output::{
    Align, Furniture, FurnitureKind, Item, ItemKind, Origin, TextRun, face_runs, solid_run,
};
use super::photo::{ComposedPhoto, compose_photo_frame};
use super::regions::{Column, Exclusion, wrap_exclusion};
use crate::model::{FrameGeometry, PageGeometry};

/// Where the baseline sits in a CJK face's ideographic em box, from its top: 0.88 em (the
/// ideographic box runs from 0.88 em above the baseline to 0.12 em below it, in Noto CJK as in
/// most CJK faces). A run's `top` puts the baseline at the font's ascender, which is taller; a
/// headline line measured as an em box is moved up by the difference.
const IDEOGRAPHIC_ASCENT: f32 = 0.88;

/// One frame, composed.
#[derive(Clone, Debug, PartialEq)]
pub struct ComposedFrame {
    /// The frame.
    pub id: FrameId,
    /// The page it is on.
    pub page: usize,
    /// What it holds.
    pub kind: FrameKind,
    /// The article set in it.
    pub article: Option<ArticleId>,
    /// Where it is on the page.
    pub geometry: FrameGeometry,
    /// Its text columns.
    pub columns: Vec<Column>,
    /// Grid lines the headline block takes at its top (the first frame of a chain).
    pub head_lines: u32,
}

/// One article, composed.
#[derive(Clone, Debug, PartialEq)]
pub struct ComposedArticle {
    /// The article.
    pub id: ArticleId,
    /// Its frames in chain order (empty when unplaced).
    pub frames: Vec<FrameId>,
    /// Every line, subhead and byline, placed or overset.
    pub set: SetArticle,
    /// Whether a headline line had to be set smaller than its style asks.
    pub head_shrunk: bool,
    /// Whether its vertical headline could not keep the main line larger than the kicker and
    /// subtitle at a readable size (see [`HeadBlock::out_of_order`]).
    pub head_out_of_order: bool,
}

impl ComposedArticle {
    /// Whether the article has a frame.
    pub fn placed(&self) -> bool {
        !self.frames.is_empty()
    }
}

/// The whole document, composed.
#[derive(Clone, Debug, PartialEq)]
pub struct ComposedPage {
    /// The grid.
    pub geometry: PageGeometry,
    /// How many pages the issue has (some may be empty).
    pub pages: usize,
    /// What prints besides the articles' text and photos: jump lines, rules, boxes, masthead
    /// and page headers.
    pub furniture: Vec<Furniture>,
    /// Everything drawn, in drawing order.
    pub items: Vec<Item>,
    /// The frames, in the document's order.
    pub frames: Vec<ComposedFrame>,
    /// The articles, in flow order.
    pub articles: Vec<ComposedArticle>,
    /// Characters no face has, once each in order of appearance: printed as [`MISSING_GLYPH`].
    pub missing_chars: Vec<char>,
    /// Families the styles name that are not installed: their text prints in the bundled faces.
    pub missing_families: Vec<String>,
    /// Every photo of every article, placed or not: the placed ones in frame order, then the
    /// unplaced in flow order.
    pub photos: Vec<ComposedPhoto>,
}

impl ComposedPage {
    /// An article, composed.
    pub fn article(&self, id: ArticleId) -> Option<&ComposedArticle> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// A frame, composed.
    pub fn frame(&self, id: FrameId) -> Option<&ComposedFrame> {
        self.frames.iter().find(|f| f.id == id)
    }

    /// Grid lines an article's body needs (0 for an unknown one).
    pub fn lines_needed(&self, article: ArticleId) -> u32 {
        self.article(article).map_or(0, |a| a.set.lines_needed())
    }

    /// The text runs on page `page`.
    pub fn runs(&self, page: usize) -> impl Iterator<Item = &TextRun> {
        self.items.iter().filter_map(move |i| match &i.kind {
            ItemKind::Text(run) if i.origin.page == page => Some(run),
            _ => None,
        })
    }
}

/// Composes every page of the document, and sets every article (unplaced ones at their own
/// measure, for the text export and the lists).
pub fn compose_page(doc: &Document, fonts: &Fonts) -> ComposedPage {
    ComposeCache::default().compose(doc, fonts)
}

/// Keeps each article's composition and composes an article again only when something it
/// depends on changed: its text, its frames, the blocks that wrap text on their pages, or the
/// page setup. An edit to one paragraph recomposes one article.
#[derive(Default)]
pub struct ComposeCache {
    parts: HashMap<ArticleId, (ArticleKey, Arc<Part>)>,
    /// The faces of the styles they were found for: finding an installed family takes a while.
    faces: Option<(crate::model::Styles, Arc<PageFaces>)>,
}

/// Everything an article's composition depends on.
#[derive(Clone, PartialEq)]
struct ArticleKey {
    article: Article,
    chain: Vec<(usize, Frame)>,
    /// The frame of its own that the headline block stands in, if any.
    headline: Option<(usize, Frame)>,
    wraps: Vec<(usize, FrameId, Exclusion)>,
    setup: PageSetup,
    faces: Arc<PageFaces>,
}

/// What composing one article adds to the page.
struct Part {
    geometry: PageGeometry,
    /// The page each frame of the chain is on.
    frame_pages: Vec<(FrameId, usize)>,
    items: Vec<Item>,
    /// Its jump lines.
    furniture: Vec<Furniture>,
    /// Each frame's columns and headline block height.
    frames: Vec<(FrameId, Vec<Column>, u32)>,
    article: Option<ComposedArticle>,
    /// Characters no face has.
    missing: Vec<char>,
    /// Families the article's own headline lines name that are not installed.
    missing_families: Vec<String>,
}

impl Part {
    fn page_of(&self, frame: FrameId) -> usize {
        self.frame_pages
            .iter()
            .find(|(f, _)| *f == frame)
            .map_or(0, |(_, p)| *p)
    }
}

impl ComposeCache {
    /// The composed document, its styles' families found in `fonts`, reusing what did not
    /// change since the last call.
    pub fn compose(&mut self, doc: &Document, fonts: &Fonts) -> ComposedPage {
        let geometry = PageGeometry::new(&doc.setup);
        let faces = match self.faces.take() {
            Some((styles, faces)) if styles == doc.styles && faces.fonts() == fonts => faces,
            _ => Arc::new(PageFaces::new(fonts, &doc.styles)),
        };
        self.faces = Some((doc.styles.clone(), faces.clone()));
        let mut page = ComposedPage {
            geometry,
            pages: doc.pages.len().max(1),
            furniture: Vec::new(),
            items: Vec::new(),
            frames: Vec::new(),
            articles: Vec::with_capacity(doc.articles.len()),
            missing_chars: Vec::new(),
            missing_families: faces.missing_families.clone(),
            photos: Vec::new(),
        };
        let wraps: Vec<(usize, FrameId, Exclusion)> = doc
            .frames()
            .filter_map(|(p, f)| Some((p, f.id, wrap_exclusion(f)?)))
            .collect();
        // Each article's photos (their pictures and captions) follow its text, so that a PDF
        // reads headline, byline, body, then caption; boxes of no article come last.
        let mut photo_items: Vec<(Option<ArticleId>, Vec<Item>)> = Vec::new();
        for (index, frame) in doc.frames() {
            page.frames.push(ComposedFrame {
                id: frame.id,
                page: index,
                kind: frame.kind(),
                article: doc.frame_article(frame.id),
                geometry: geometry.frame(frame),
                columns: Vec::new(),
                head_lines: 0,
            });
            match frame.kind() {
                FrameKind::Box | FrameKind::Photo => {
                    let photo = frame.picture().and_then(|p| doc.photo(p.photo));
                    let (items, composed) = compose_photo_frame(
                        frame,
                        index,
                        photo,
                        &faces,
                        &geometry,
                        &mut page.missing_chars,
                    );
                    let owner = photo.map(|p| p.0);
                    photo_items.push((owner, items));
                    page.photos.extend(composed);
                }
                FrameKind::Masthead | FrameKind::Header => {
                    let drawn = compose_furniture_frame(
                        doc,
                        index,
                        frame,
                        &faces,
                        &geometry,
                        &mut page.missing_chars,
                    );
                    if let Some(drawn) = drawn {
                        page.items.extend(drawn.items);
                        page.furniture.push(drawn.furniture);
                    }
                }
                FrameKind::Text | FrameKind::Headline => {}
            }
        }
        for index in 0..doc.pages.len() {
            for (item, furniture) in article_rules(doc, index, &geometry) {
                page.items.push(item);
                page.furniture.push(furniture);
            }
        }
        for (article, photo) in doc.photos() {
            if !page.photos.iter().any(|p| p.id == photo.id) {
                page.photos.push(ComposedPhoto {
                    id: photo.id,
                    article,
                    frame: None,
                    effective_dpi: None,
                    status: photo.status,
                });
            }
        }
        let mut parts = HashMap::with_capacity(doc.articles.len());
        for article in &doc.articles {
            let chain = doc.chain_frames(article);
            let pages: Vec<usize> = chain.iter().map(|(p, _)| *p).collect();
            let key = ArticleKey {
                article: article.clone(),
                wraps: wraps
                    .iter()
                    .filter(|(p, id, _)| {
                        pages.contains(p) && chain.iter().all(|(_, f)| f.id != *id)
                    })
                    .copied()
                    .collect(),
                chain,
                headline: doc
                    .frames()
                    .find(|(_, f)| {
                        f.content
                            == FrameContent::Headline {
                                article: article.id,
                            }
                    })
                    .map(|(p, f)| (p, f.clone())),
                setup: doc.setup.clone(),
                faces: faces.clone(),
            };
            let part = match self.parts.remove(&article.id) {
                Some((old, part)) if old == key => part,
                _ => Arc::new(compose_article(&key, geometry)),
            };
            for (id, columns, head_lines) in &part.frames {
                if let Some(f) = page.frames.iter_mut().find(|f| f.id == *id) {
                    f.columns.clone_from(columns);
                    f.head_lines = *head_lines;
                }
            }
            page.items.extend(part.items.iter().cloned());
            page.furniture.extend(part.furniture.iter().cloned());
            for (_, items) in photo_items
                .iter_mut()
                .filter(|(a, _)| *a == Some(article.id))
            {
                page.items.append(items);
            }
            page.articles.extend(part.article.clone());
            for &c in &part.missing {
                if !page.missing_chars.contains(&c) {
                    page.missing_chars.push(c);
                }
            }
            for name in &part.missing_families {
                if !page.missing_families.contains(name) {
                    page.missing_families.push(name.clone());
                }
            }
            parts.insert(article.id, (key, part));
        }
        for (_, items) in photo_items {
            page.items.extend(items);
        }
        self.parts = parts;
        page.furniture.sort_by_key(|f| f.page);
        page
    }
}

/// Composes one article in its chain of frames.
fn compose_article(key: &ArticleKey, g: PageGeometry) -> Part {
    let article = &key.article;
    let mut part = Part {
        geometry: g,
        frame_pages: key
            .chain
            .iter()
            .chain(&key.headline)
            .map(|(p, f)| (f.id, *p))
            .collect(),
        items: Vec::new(),
        furniture: Vec::new(),
        frames: Vec::new(),
        article: None,
        missing: Vec::new(),
        missing_families: key.faces.missing_head_families(article),
    };
    let placement = Placement {
        chain: &key.chain,
        own_headline: key.headline.is_some(),
        wraps: &key.wraps,
    };
    let setting = set_article(article, &placement, &key.faces, &g);
    // A box's shading goes under everything of the article, its border over it.
    let mut border = Vec::new();
    if let Some(boxed) = article.boxed {
        let frames: Vec<(usize, &Frame)> = key
            .chain
            .iter()
            .chain(&key.headline)
            .map(|(p, f)| (*p, f))
            .collect();
        let (under, over, furniture) = article_box(boxed, &frames, article.id, &g);
        part.items.extend(under);
        border = over;
        part.furniture.extend(furniture);
    }
    let mut head_shrunk = false;
    let mut head_out_of_order = false;
    if let (Some((head, left)), Some((_, first))) = (&setting.head, key.chain.first()) {
        head_shrunk = head.lines.iter().any(|l| l.shrunk);
        head_out_of_order = head.out_of_order;
        push_head(
            &mut part,
            &key.faces,
            head,
            *left,
            g.line_y(first.line + setting.inset_lines),
            first.id,
            article.id,
        );
    }
    for (k, (columns, (_, frame))) in setting.columns.iter().zip(&key.chain).enumerate() {
        if key.setup.column_rules {
            push_column_rules(&mut part, columns, frame.id);
        }
        let head_lines = if k == 0 { setting.head_lines() } else { 0 };
        part.frames.push((frame.id, columns.to_vec(), head_lines));
    }
    if let Some((_, frame)) = &key.headline {
        // The block stands alone, set across its frame.
        let block = set_head_block_within(
            article,
            &key.faces,
            frame.width.get() * g.em,
            g.em,
            g.pitch,
            frame.height,
        );
        if let Some(head) = block {
            head_shrunk = head.lines.iter().any(|l| l.shrunk);
            push_head(
                &mut part,
                &key.faces,
                &head,
                frame.x,
                g.line_y(frame.line),
                frame.id,
                article.id,
            );
            part.frames.push((frame.id, Vec::new(), head.grid_lines));
        }
    }
    let set = setting.set;
    // Read in order: where the text comes from, the text, where it goes on.
    let jumps = (
        &key.chain[..],
        &setting.columns[..],
        article.id,
        &*key.faces,
    );
    push_jumps(&mut part, jumps, true);
    push_set(&mut part, &set, article, &key.faces);
    push_jumps(&mut part, jumps, false);
    part.items.extend(border);
    part.article = Some(ComposedArticle {
        id: article.id,
        frames: key.chain.iter().map(|(_, f)| f.id).collect(),
        set,
        head_shrunk,
        head_out_of_order,
    });
    part
}

fn push_head(
    part: &mut Part,
    faces: &PageFaces,
    head: &HeadBlock,
    left: Em,
    top: f32,
    frame: FrameId,
    article: ArticleId,
) {
    let x0 = part.geometry.x(left);
    let on_page = part.page_of(frame);
    let origin = Origin {
        page: on_page,
        frame: Some(frame),
        article: Some(article),
        ..Origin::default()
    };
    for line in &head.lines {
        let primary = line.font.primary();
        // The block measured each line as an em box: its ideographs' ink stands in it.
        let top = top + line.top + (IDEOGRAPHIC_ASCENT - ascent(primary)) * line.size;
        let glyphs = line.glyphs.iter().map(|&(c, x)| (c, x0 + x, None));
        let runs = face_runs(faces, &line.font, line.size, top, glyphs, &mut part.missing);
        part.items.extend(runs.into_iter().map(|run| Item {
            origin,
            kind: ItemKind::Text(run),
        }));
    }
}

/// The 转版 jump lines of a chain's frames (see [`super::jump`]) that say where the text comes
/// from (`incoming`) or where it goes, in the jump-line style (a tenth smaller than body type
/// unless the style sets a size), flush left where it comes from and flush right where it goes
/// on.
fn push_jumps(part: &mut Part, (chain, columns, article, faces): Jumps<'_>, incoming: bool) {
    let g = part.geometry;
    let size = faces.size(Role::Jump).unwrap_or(g.em * 0.9);
    for (k, ((page, frame), columns)) in chain.iter().zip(columns).enumerate() {
        let (from, to) = jumps_of(chain, k);
        let jump = if incoming { from } else { to };
        if let Some(jump) = jump
            && let Some((x, width, line)) = jump_slot(columns, jump)
        {
            let text = jump.text();
            let align = match jump {
                Jump::From(_) => Align::Left,
                Jump::To(_) => Align::Right,
            };
            let (x, room, top) = (g.x(x), width.get() * g.em, g.line_y(line));
            let runs = solid_run(
                &text,
                faces,
                faces.chain(Role::Jump),
                size,
                x,
                room,
                top,
                align,
                &mut part.missing,
            );
            let origin = Origin {
                page: *page,
                frame: Some(frame.id),
                article: Some(article),
                block: None,
                line: Some(line),
            };
            part.items.extend(runs.into_iter().map(|run| Item {
                origin,
                kind: ItemKind::Text(run),
            }));
            part.furniture.push(Furniture {
                page: *page,
                kind: FurnitureKind::Jump,
                text,
                rect: [x, top, room, g.pitch],
            });
        }
    }
}

fn push_column_rules(part: &mut Part, columns: &[Column], frame: FrameId) {
    let g = part.geometry;
    let on_page = part.page_of(frame);
    for pair in columns.windows(2) {
        let x = g.x(pair[1].x) - g.gutter / 2.0;
        part.items.push(Item {
            origin: Origin {
                page: on_page,
                frame: Some(frame),
                ..Origin::default()
            },
            kind: ItemKind::Rule {
                from: (x, g.line_y(pair[1].top)),
                to: (x, g.line_y(pair[1].bottom)),
                width: super::RULE_WIDTH,
            },
        });
    }
}

/// The placed lines, subheads and byline of an article as text runs.
fn push_set(part: &mut Part, set: &SetArticle, article: &Article, faces: &PageFaces) {
    let g = part.geometry;
    let byline = article.byline.as_ref().map_or("", |b| b.text.as_str());
    for item in &set.items {
        let Some(slot) = item.slot else {
            continue;
        };
        let on_page = part.page_of(slot.frame);
        let origin = Origin {
            page: on_page,
            frame: Some(slot.frame),
            article: Some(article.id),
            block: item.block,
            line: Some(slot.line),
        };
        let x = g.x(slot.x);
        let top = g.line_y(slot.line);
        let in_room = |text: &str, role: Role, top: f32, align: Align, missing: &mut Vec<char>| {
            let size = faces.size(role).unwrap_or(g.em);
            let chain = faces.chain(role);
            solid_run(
                text,
                faces,
                chain,
                size,
                x,
                slot.room.get() * g.em,
                top,
                align,
                missing,
            )
        };
        let missing = &mut part.missing;
        let runs = match &item.kind {
            SetKind::Line { line, run_in, .. } => {
                let glyphs = line
                    .glyphs
                    .iter()
                    .map(|p| (p.ch, x + p.x.get() * g.em, Some(p.width.get() * g.em)));
                let chain = faces.chain(Role::Body);
                let mut runs = face_runs(faces, chain, g.em, top, glyphs, missing);
                if *run_in {
                    runs.extend(in_room(byline, Role::Byline, top, Align::Right, missing));
                }
                runs
            }
            SetKind::Subhead { text } => {
                let box_top = top + (super::SUBHEAD_LINES as f32 - 1.0) * g.pitch / 2.0;
                in_room(text, Role::Subhead, box_top, Align::Centre, missing)
            }
            SetKind::Byline => in_room(byline, Role::Byline, top, Align::Right, missing),
        };
        part.items.extend(runs.into_iter().map(|run| Item {
            origin,
            kind: ItemKind::Text(run),
        }));
    }
}

/// What the jump lines of a chain are set from: its frames with their pages, their columns, the
/// article and the faces.
type Jumps<'a> = (
    &'a [(usize, Frame)],
    &'a [Vec<Column>],
    ArticleId,
    &'a PageFaces,
);
