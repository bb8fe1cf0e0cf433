//! The furniture of an issue's pages: the masthead (报头) on the first page, a page header (报眉)
//! with its rule on the others, thin rules in the gutters between neighbouring articles, and
//! the boxes (边框, 底纹) round boxed articles.
//! Each is drawn from the document's [`Issue`] and the page's own fields, so it always says the
//! page's number and name as they are now.

use crate::model::{
    ArticleBox, ArticleId, Border, Document, Frame, FrameContent, Issue, Page, PageGeometry, Role,
};

use super::faces::PageFaces;
use super::output::{Align, Furniture, FurnitureKind, Item, ItemKind, Origin, solid_run};

/// The paper's name in the masthead, as a share of the masthead's height.
const PAPER_NAME_SHARE: f32 = 0.55;
/// How much of the masthead's width the paper's name may take; the issue's lines take the rest.
const PAPER_NAME_WIDTH: f32 = 0.6;
/// The thick rule under the masthead and a page header, in points.
const THICK_RULE: f32 = 1.5;

/// What one frame of furniture prints.
pub(super) struct Drawn {
    /// Its items.
    pub items: Vec<Item>,
    /// How scripts see it.
    pub furniture: Furniture,
}

/// A masthead or page header frame on page `index`, drawn; `None` for any other frame.
pub(super) fn compose_furniture_frame(
    doc: &Document,
    index: usize,
    frame: &Frame,
    faces: &PageFaces,
    g: &PageGeometry,
    missing: &mut Vec<char>,
) -> Option<Drawn> {
    let issue = doc.issue.clone().unwrap_or_default();
    let page = doc.pages.get(index)?;
    let fg = g.frame(frame);
    let rect = [fg.x, fg.y, fg.width, fg.height];
    let origin = Origin {
        page: index,
        frame: Some(frame.id),
        ..Origin::default()
    };
    let mut pen = Pen {
        faces,
        missing,
        origin,
        items: Vec::new(),
    };
    let (kind, texts) = match frame.content {
        FrameContent::Masthead => (FurnitureKind::Masthead, masthead(&mut pen, &issue, rect, g)),
        FrameContent::Header => (
            FurnitureKind::Header,
            header(&mut pen, &issue, page, index, rect, g),
        ),
        _ => return None,
    };
    Some(Drawn {
        items: pen.items,
        furniture: Furniture {
            page: index,
            kind,
            text: texts.join(" "),
            rect,
        },
    })
}

/// Sets furniture text and rules as items of one frame.
struct Pen<'a> {
    faces: &'a PageFaces,
    missing: &'a mut Vec<char>,
    origin: Origin,
    items: Vec<Item>,
}

impl Pen<'_> {
    /// `text` in `role`'s faces at `size` points in a room from `x` `room` wide, its line box's
    /// top at `top`.
    fn text(
        &mut self,
        text: &str,
        role: Role,
        size: f32,
        (x, room, top): (f32, f32, f32),
        align: Align,
    ) {
        let chain = self.faces.chain(role);
        let runs = solid_run(
            text,
            self.faces,
            chain,
            size,
            x,
            room,
            top,
            align,
            self.missing,
        );
        let origin = self.origin;
        self.items.extend(runs.into_iter().map(|run| Item {
            origin,
            kind: ItemKind::Text(run),
        }));
    }

    /// A rule across from `x0` to `x1` at `y`, `width` points thick.
    fn rule(&mut self, x0: f32, x1: f32, y: f32, width: f32) {
        self.items.push(Item {
            origin: self.origin,
            kind: ItemKind::Rule {
                from: (x0, y),
                to: (x1, y),
                width,
            },
        });
    }
}

/// The masthead: the paper's name large at the left, the sponsor, number, date and registration
/// stacked at the right, a thick and a thin rule (文武线) under it. Returns the texts printed.
fn masthead(
    pen: &mut Pen<'_>,
    issue: &Issue,
    [x, y, w, h]: [f32; 4],
    g: &PageGeometry,
) -> Vec<String> {
    let rules_room = g.pitch;
    let name_room = w * PAPER_NAME_WIDTH;
    let name_size = (h - rules_room) * PAPER_NAME_SHARE;
    let name_top = y + (h - rules_room - name_size) / 2.0;
    match &issue.title_picture {
        // The title picture at its own shape, as large as the name's room holds, centred there.
        Some(picture) => {
            let (pw, ph) = (picture.pixels.0 as f32, picture.pixels.1 as f32);
            let room_h = h - rules_room - g.pitch;
            let scale = (name_room / pw).min(room_h / ph);
            let (dw, dh) = (pw * scale, ph * scale);
            let rect = [
                x + (name_room - dw) / 2.0,
                y + (h - rules_room - dh) / 2.0,
                dw,
                dh,
            ];
            pen.items.push(Item {
                origin: pen.origin,
                kind: ItemKind::Image {
                    photo: None,
                    file: picture.file.clone(),
                    clip: rect,
                    rect,
                    status: picture.status,
                },
            });
        }
        None if !issue.paper.is_empty() => pen.text(
            &issue.paper,
            Role::Masthead,
            name_size,
            (x, name_room, name_top),
            Align::Centre,
        ),
        None => {}
    }
    let sponsor = (!issue.sponsor.is_empty()).then(|| format!("主办：{}", issue.sponsor));
    let lines: Vec<String> = [
        sponsor,
        Some(issue.number_line()),
        Some(issue.date_line()).filter(|d| !d.is_empty()),
        Some(issue.registration.clone()).filter(|r| !r.is_empty()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let size = g.em * 1.2;
    let step = size * 1.6;
    let block = step * lines.len() as f32;
    let mut top = y + (h - rules_room - block).max(0.0) / 2.0;
    let (right_x, right_room) = (x + name_room + g.em, w - name_room - g.em);
    for line in &lines {
        pen.text(
            line,
            Role::Kicker,
            size,
            (right_x, right_room, top),
            Align::Left,
        );
        top += step;
    }
    let foot = y + h - rules_room / 2.0;
    pen.rule(x, x + w, foot - 1.5, THICK_RULE);
    pen.rule(x, x + w, foot + 0.5, super::RULE_WIDTH);
    std::iter::once(issue.paper.clone())
        .filter(|p| !p.is_empty())
        .chain(lines)
        .collect()
}

/// A page header: the page's number and name at the left, the paper's name in the middle, the
/// date, editor and proofreader at the right, a thick rule under them. Returns the texts.
fn header(
    pen: &mut Pen<'_>,
    issue: &Issue,
    page: &Page,
    index: usize,
    [x, y, w, h]: [f32; 4],
    g: &PageGeometry,
) -> Vec<String> {
    let size = g.em * 1.2;
    let top = y + (g.pitch * 2.0 - size) / 2.0;
    let number = match &page.name {
        Some(name) => format!("第{}版 {name}", index + 1),
        None => format!("第{}版", index + 1),
    };
    let mut right = vec![issue.date_line()];
    right.extend(page.editor.as_ref().map(|e| format!("责任编辑：{e}")));
    right.extend(page.proofreader.as_ref().map(|p| format!("校对：{p}")));
    let right = right
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join("  ");
    let third = w / 3.0;
    pen.text(
        &number,
        Role::Kicker,
        size * 1.2,
        (x, third, top),
        Align::Left,
    );
    if !issue.paper.is_empty() {
        pen.text(
            &issue.paper,
            Role::Masthead,
            size * 1.2,
            (x + third, third, top),
            Align::Centre,
        );
    }
    pen.text(
        &right,
        Role::Kicker,
        size,
        (x + 2.0 * third, third, top),
        Align::Right,
    );
    pen.rule(x, x + w, y + h - g.pitch / 2.0, THICK_RULE);
    [number, issue.paper.clone(), right]
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect()
}

/// The thin rules in the gutters between neighbouring articles on page `index`: where a text or
/// headline frame of one article stands beside or under one of another, a rule runs down the
/// middle of the gutter (or across the space between) for as long as they face each other.
pub(super) fn article_rules(
    doc: &Document,
    index: usize,
    g: &PageGeometry,
) -> Vec<(Item, Furniture)> {
    let Some(page) = doc
        .pages
        .get(index)
        .filter(|p| p.rules && doc.issue.is_some())
    else {
        return Vec::new();
    };
    let owned: Vec<(crate::model::ArticleId, &Frame)> = page
        .frames
        .iter()
        .filter(|f| f.is_text() || matches!(f.content, FrameContent::Headline { .. }))
        .filter_map(|f| Some((doc.frame_article(f.id)?, f)))
        .collect();
    let mut rules = Vec::new();
    let widest_gap = g.gutter * 2.5;
    for (i, (a, fa)) in owned.iter().enumerate() {
        for (b, fb) in &owned[i + 1..] {
            if a == b {
                continue;
            }
            let (ra, rb) = (g.frame(fa), g.frame(fb));
            // Side by side: the gutter between them, as long as they face each other.
            let (left, right) = if ra.x < rb.x { (ra, rb) } else { (rb, ra) };
            let gap = right.x - (left.x + left.width);
            let (top, bottom) = (ra.y.max(rb.y), (ra.y + ra.height).min(rb.y + rb.height));
            if gap > 0.0 && gap <= widest_gap && bottom - top > g.pitch {
                let x = left.x + left.width + gap / 2.0;
                rules.push(rule(index, (x, top), (x, bottom)));
                continue;
            }
            // One under the other: the space between them, as far across as they both reach.
            let (upper, lower) = if ra.y < rb.y { (ra, rb) } else { (rb, ra) };
            let gap = lower.y - (upper.y + upper.height);
            let (from, to) = (ra.x.max(rb.x), (ra.x + ra.width).min(rb.x + rb.width));
            if gap > 0.0 && gap <= g.pitch * 2.5 && to - from > g.em * 2.0 {
                let y = upper.y + upper.height + gap / 2.0;
                rules.push(rule(index, (from, y), (to, y)));
            }
        }
    }
    rules
}

/// A thin rule between articles, as an item and as furniture.
fn rule(page: usize, from: (f32, f32), to: (f32, f32)) -> (Item, Furniture) {
    let item = Item {
        origin: Origin {
            page,
            ..Origin::default()
        },
        kind: ItemKind::Rule {
            from,
            to,
            width: super::RULE_WIDTH,
        },
    };
    let furniture = Furniture {
        page,
        kind: FurnitureKind::Rule,
        text: String::new(),
        rect: [
            from.0.min(to.0),
            from.1.min(to.1),
            (to.0 - from.0).abs(),
            (to.1 - from.1).abs(),
        ],
    };
    (item, furniture)
}

/// Thin line width of a box's border, in points.
const BOX_THIN: f32 = 0.5;
/// Thick line of a 文武线 border, in points.
const BOX_THICK: f32 = 2.0;
/// Space between the two lines of a double border, in points.
const BOX_LINES_APART: f32 = 1.5;
/// Side of a 花边 dot and the space from one to the next, in points.
const DOT: (f32, f32) = (1.2, 2.4);

/// The box round an article's frames `frames` (page, frame): its shading, drawn under the text,
/// and its border, drawn over it, with the furniture scripts see.
pub(super) fn article_box(
    boxed: ArticleBox,
    frames: &[(usize, &Frame)],
    article: ArticleId,
    g: &PageGeometry,
) -> (Vec<Item>, Vec<Item>, Vec<Furniture>) {
    let (mut under, mut over, mut furniture) = (Vec::new(), Vec::new(), Vec::new());
    for &(page, frame) in frames {
        let fg = g.frame(frame);
        let rect = [fg.x, fg.y, fg.width, fg.height];
        let origin = Origin {
            page,
            frame: Some(frame.id),
            article: Some(article),
            ..Origin::default()
        };
        if boxed.shading > 0 {
            under.push(Item {
                origin,
                kind: ItemKind::Fill {
                    rect,
                    grey: f32::from(boxed.shading) / 100.0,
                },
            });
        }
        let mut outline = |inset: f32, width: f32| {
            over.extend(rectangle(rect, inset, width).map(|kind| Item { origin, kind }));
        };
        match boxed.border {
            Border::Plain => outline(BOX_THIN, BOX_THIN * 1.5),
            Border::Double => {
                outline(BOX_THIN / 2.0, BOX_THIN);
                outline(BOX_THIN / 2.0 + BOX_LINES_APART + BOX_THIN, BOX_THIN);
            }
            Border::WenWu => {
                outline(BOX_THICK / 2.0, BOX_THICK);
                outline(BOX_THICK + BOX_LINES_APART + BOX_THIN / 2.0, BOX_THIN);
            }
            Border::Dotted => over.extend(dots(rect).map(|kind| Item { origin, kind })),
        }
        furniture.push(Furniture {
            page,
            kind: FurnitureKind::Box,
            text: boxed.border.chinese().to_owned(),
            rect,
        });
    }
    (under, over, furniture)
}

/// The four sides of `rect` drawn `inset` points inside it, `width` thick, each reaching over
/// the corners so they close.
fn rectangle([x, y, w, h]: [f32; 4], inset: f32, width: f32) -> [ItemKind; 4] {
    let (l, t, r, b) = (x + inset, y + inset, x + w - inset, y + h - inset);
    let half = width / 2.0;
    let rule = |from, to| ItemKind::Rule { from, to, width };
    [
        rule((l - half, t), (r + half, t)),
        rule((l - half, b), (r + half, b)),
        rule((l, t), (l, b)),
        rule((r, t), (r, b)),
    ]
}

/// A 花边 of square dots round the inside of `rect`.
fn dots([x, y, w, h]: [f32; 4]) -> impl Iterator<Item = ItemKind> {
    let (side, step) = (DOT.0, DOT.0 + DOT.1);
    let half = side / 2.0;
    let dot = move |cx: f32, cy: f32| ItemKind::Rule {
        from: (cx - half, cy),
        to: (cx + half, cy),
        width: side,
    };
    let across = ((w - side) / step).floor().max(0.0) as u32;
    let down = ((h - side) / step).floor().max(0.0) as u32;
    let (left, right, top, bottom) = (x + half, x + w - half, y + half, y + h - half);
    let gap_x = (w - side) / across.max(1) as f32;
    let gap_y = (h - side) / down.max(1) as f32;
    let horizontal = (0..=across).flat_map(move |k| {
        let cx = left + k as f32 * gap_x;
        [dot(cx, top), dot(cx, bottom)]
    });
    let vertical = (1..down).flat_map(move |k| {
        let cy = top + k as f32 * gap_y;
        [dot(left, cy), dot(right, cy)]
    });
    horizontal.chain(vertical)
}
