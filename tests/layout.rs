//! Layout engine 2: pages that print as composed pages: no holes, no overlaps, no ink on ink,
//! headlines whole; and layouts of format version 1 upgraded.

use std::path::Path;

use banmian::compose::compose_page;
use banmian::edit::arrange::arrange;
use banmian::export::png::export_png;
use banmian::model::PageGeometry;
use banmian::model::{ArticleId, Document, Em, Fit, FrameContent, FrameId, PhotoId, Standoff};

use crate::util::*;

/// Side of a cell of the holes measure, in millimetres.
const CELL_MM: f32 = 10.0;
/// How many empty cells one above the other make a hole (30 mm).
const HOLE_CELLS: usize = 3;

/// The type area of printed page `page` (a PNG at 50 dpi) in 10-mm cells, row by row: whether
/// each has ink.
fn ink_grid(doc: &Document, page: usize) -> Vec<Vec<bool>> {
    let options = banmian::export::PrintOptions {
        page: Some(page),
        ..Default::default()
    };
    let png = export_png(&compose_page(doc, fonts()), 50.0, &options).expect("a PNG");
    let img = image::load_from_memory(&png).expect("decodes").to_luma8();
    let g = PageGeometry::new(&doc.setup);
    let px_per_mm = 50.0 / 25.4;
    let px_per_pt = 50.0 / 72.0;
    let (left, top) = (g.margin * px_per_pt, g.margin * px_per_pt);
    let width = g.type_width_em().get() * g.em * px_per_pt;
    let height = g.lines as f32 * g.pitch * px_per_pt;
    let cell = CELL_MM * px_per_mm;
    let (cols, rows) = ((width / cell) as usize, (height / cell) as usize);
    let inked = |c: usize, r: usize| {
        let (x0, y0) = (left + c as f32 * cell, top + r as f32 * cell);
        (y0 as u32..(y0 + cell) as u32)
            .any(|y| (x0 as u32..(x0 + cell) as u32).any(|x| img.get_pixel(x, y).0[0] < 128))
    };
    (0..rows)
        .map(|r| (0..cols).map(|c| inked(c, r)).collect())
        .collect()
}

/// The share of the type area left white under the stories but outside the one free block at
/// the page's foot (issue 22, point 7): each column of cells is white from under its lowest ink
/// down; the free block is the largest rectangle of neighbouring columns that white holds.
fn ragged_white(doc: &Document) -> f64 {
    let grid = ink_grid(doc, 0);
    let rows = grid.len();
    let cols = grid.first().map_or(0, Vec::len);
    let white: Vec<usize> = (0..cols)
        .map(|c| rows - grid.iter().rposition(|row| row[c]).map_or(0, |r| r + 1))
        .collect();
    let block = (0..cols)
        .flat_map(|i| (i..cols).map(move |j| (i, j)))
        .map(|(i, j)| white[i..=j].iter().min().copied().unwrap_or(0) * (j + 1 - i))
        .max()
        .unwrap_or(0);
    (white.iter().sum::<usize>() - block) as f64 / (rows * cols) as f64
}

/// The share of the laid-out area that is holes, measured on the printed page as a reader sees
/// it: the type area cut into 10-mm cells at 50 dpi; a cell is empty when it has no ink; a run of
/// at least 30 mm of empty cells with print below it in the same column of cells is a hole. The
/// laid-out area runs from the top of the type area to the lowest printed cell.
fn holes(doc: &Document, page: usize) -> f64 {
    let grid = ink_grid(doc, page);
    let cols = grid.first().map_or(0, Vec::len);
    let Some(last_row) = grid.iter().rposition(|row| row.iter().any(|&i| i)) else {
        return 0.0;
    };
    let mut hole_cells = 0;
    for c in 0..cols {
        let mut run = 0;
        for row in &grid[..=last_row] {
            if row[c] {
                if run >= HOLE_CELLS {
                    hole_cells += run;
                }
                run = 0;
            } else {
                run += 1;
            }
        }
    }
    if std::env::var_os("BANMIAN_SHOW_HOLES").is_some() {
        for row in &grid[..=last_row] {
            println!(
                "{}",
                row.iter()
                    .map(|&i| if i { '#' } else { '.' })
                    .collect::<String>()
            );
        }
    }
    hole_cells as f64 / ((last_row + 1) * cols) as f64
}

/// The checks every arranged page must pass, with what it is called in messages.
pub(crate) fn assert_composed(doc: &Document, what: &str) {
    assert!(
        doc.overlapping_frames().is_empty(),
        "{what}: frames overlap"
    );
    let page = compose_page(doc, fonts());
    let hits = banmian::compose::ink::collisions(&page);
    assert!(
        hits.is_empty(),
        "{what}: {} ink collisions, first {:?}",
        hits.len(),
        hits.first()
    );
    let on_pictures = banmian::compose::ink::text_on_pictures(&page);
    assert!(
        on_pictures.is_empty(),
        "{what}: {} glyphs on photos, first {:?}",
        on_pictures.len(),
        on_pictures.first()
    );
    for a in &page.articles {
        assert!(!a.head_shrunk || a.placed(), "{what}");
    }
    for page in 0..doc.pages.len() {
        let share = holes(doc, page);
        println!("{what}, page {}: holes {:.1}%", page + 1, share * 100.0);
        assert!(
            share <= 0.03,
            "{what}, page {}: holes {:.1}% > 3%",
            page + 1,
            share * 100.0
        );
    }
}

#[test]
fn the_imported_seed_prints_as_a_composed_page() {
    let mut doc = import_doc(&seed_bytes(), None);
    arrange(&mut doc, fonts());
    assert_eq!(doc.frames().count(), 11);
    assert_composed(&doc, "seed");
    let page = compose_page(&doc, fonts());
    for a in &page.articles {
        assert_eq!(a.set.overset_chars(), 0, "article {:?} overset", a.id);
    }
    // The printed columns are balanced: in each frame, no column is more than a subhead longer
    // than another, except the last.
    assert_same_text(&export(&doc), &seed_bytes());
}

/// The imported seed's columns have straight right edges: a justified line ends at its column's
/// edge, or a cut-in's white (more than half an em) stands beside it. A line printed in a room
/// within half an em of its column fills the column, never stopping a few points short.
#[test]
fn justified_lines_of_the_seed_reach_their_column_edge() {
    let mut doc = import_doc(&seed_bytes(), None);
    arrange(&mut doc, fonts());
    let page = compose_page(&doc, fonts());
    let mut ragged = Vec::new();
    for article in &page.articles {
        for item in &article.set.items {
            let (banmian::compose::SetKind::Line { line, text, .. }, Some(slot)) =
                (&item.kind, &item.slot)
            else {
                continue;
            };
            let short = (slot.room - line.indent - line.width).get();
            if line.justified && short > 0.05 && short <= 0.5 {
                ragged.push(format!("{text} ({short} em short)"));
            }
        }
    }
    assert!(ragged.is_empty(), "{ragged:#?}");
}

#[test]
fn a_page_of_manuscripts_prints_as_a_composed_page() {
    let manuscripts = [
        "全市公安机关\n锐意开拓进取 锻造公安铁军\n\n　　近日，全市公安局长会议召开。会议坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神。\n　　会议总结了2022年工作，分析了当前形势，安排部署了2023年全市公安工作。各级公安机关要坚持稳中求进，推动公安工作高质量发展。\n　　会议强调，要持续深化改革强警，全面提升公安机关核心战斗力。\n通讯员 侯宪锋\n",
        "守护万家灯火\n\n　　金乡县公安局以“创最优平安环境、建最满意公安队伍”为目标，扎实推进创安、创满两项主责主业，持续提升公安机关内生动力。\n　　全县人民群众安全感、满意度继续保持全市首位。\n（通讯员 苏培银）\n",
        "反诈宣传进社区\n\n　　为进一步提高广大群众防范电信网络诈骗的意识，近日，马村派出所持续开展形式多样、内容丰富的反诈宣传活动。\n　　民警向群众讲解电信诈骗的惯用手法、作案方式以及防范技巧。\n通讯员 孙闫慧\n",
    ];
    let mut doc = Document::default();
    for m in manuscripts {
        let imported = import_doc(m.as_bytes(), Some(banmian::import::Format::Manuscript));
        doc.append_articles(imported.articles);
    }
    arrange(&mut doc, fonts());
    assert_eq!(doc.frames().count(), 3);
    assert_composed(&doc, "manuscripts");
}

/// Issue 22, point 7: the sample page's own arrangement puts its short stories side by side
/// across the page, in two bands of four at the widths they were printed, not five of them in
/// one tall stack beside empty columns (ragged white 11.7% then, 6.7% now): no story stands over
/// more than one other, each keeps its printed width, and the page prints with no holes.
#[test]
fn the_seeds_short_stories_stand_side_by_side() {
    let mut doc = import_doc(&seed_bytes(), None);
    arrange(&mut doc, fonts());
    let g = PageGeometry::new(&doc.setup);
    let short: Vec<_> = doc
        .frames()
        .map(|(_, f)| f.clone())
        .filter(|f| f.width.get() < g.type_width_em().get() / 2.0)
        .collect();
    assert_eq!(short.len(), 8, "eight short stories");
    for f in &short {
        let centre = f.x.get() + f.width.get() / 2.0;
        let stacked = short
            .iter()
            .filter(|o| o.x.get() <= centre && centre < o.right().get())
            .count();
        assert!(stacked <= 2, "{stacked} stories stacked over {f:?}");
        // Each keeps the width it was printed at, give or take the em its strip may widen.
        let article = doc.frame_article(f.id).and_then(|id| doc.article(id));
        let printed = printed_measure(article.expect("a story"));
        assert!(
            (f.width.get() - printed.get()).abs() <= 1.0 + 1e-3,
            "{f:?} printed at {printed:?}"
        );
    }
    println!("ragged white {:.1}%", ragged_white(&doc) * 100.0);
    assert_composed(&doc, "the arranged seed");
    assert_same_text(&export(&doc), &seed_bytes());
}

/// Issue 22, point 7: `import --fill` arranges the seed so that the page it leaves free is one
/// block at its foot: ragged white elsewhere at most 3% of the type area, no holes, no overlaps,
/// no text on text; the block is whole base columns, named by `info` (剩余 N 行 × M 栏).
#[test]
fn import_fill_leaves_one_free_block_at_the_foot() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("seed.txt"), seed_bytes()).expect("written");
    let run = |args: &[&str]| {
        let o = crate::cli::banmian(args, dir.path());
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    };
    run(&["import", "seed.txt", "-o", "plain.ron"]);
    run(&["import", "--fill", "seed.txt", "-o", "filled.ron"]);
    let load = |name: &str| banmian::store::load(&dir.path().join(name)).expect("loads");
    let (plain, filled) = (load("plain.ron"), load("filled.ron"));
    let (before, after) = (ragged_white(&plain), ragged_white(&filled));
    println!(
        "ragged white: {:.1}% arranged, {:.1}% filled",
        before * 100.0,
        after * 100.0
    );
    assert!(after <= 0.03, "ragged white {:.1}% > 3%", after * 100.0);
    assert!(after < before, "filling leaves less ragged white");
    assert_composed(&filled, "the filled seed");
    assert_eq!(filled.articles.len(), plain.articles.len());
    assert!(
        filled.articles.iter().all(|a| filled.is_placed(a.id)),
        "every story placed"
    );
    let (lines, columns) = banmian::edit::arrange::free_space(&filled, 0);
    assert!(
        lines > 0 && columns >= 2,
        "a free block of {lines} lines × {columns} columns"
    );
    assert_same_text(&export(&filled), &seed_bytes());
}

#[test]
fn the_seed_set_at_other_measures_prints_as_a_composed_page() {
    let seed = import_doc(&seed_bytes(), None);
    for measure in [15.0, 24.0, 33.0] {
        let mut doc = seed.clone();
        doc.setup.base_column_em = Em(measure);
        for a in &mut doc.articles {
            a.set_afresh();
        }
        let mut reread = import_doc(&export(&doc), None);
        arrange(&mut reread, fonts());
        assert_composed(&reread, &format!("seed at {measure} em"));
    }
}

#[test]
fn every_headline_prints_whole() {
    let mut doc = import_doc(&seed_bytes(), None);
    arrange(&mut doc, fonts());
    let page = compose_page(&doc, fonts());
    let printed = crate::util::printed_text(&page);
    for a in &doc.articles {
        if let Some(h) = &a.headline {
            let h: String = h.chars().filter(|c| !c.is_whitespace()).collect();
            assert!(printed.contains(&h), "{h} is not printed whole");
        }
    }
}

#[test]
fn a_version_1_layout_is_upgraded() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed-v1.ron");
    let doc = banmian::store::load(&path).expect("a version 1 file loads");
    assert_eq!(doc.version, banmian::model::FORMAT_VERSION);
    assert_eq!(doc.articles.len(), 11);
    assert_eq!(doc.frames().count(), 11, "every frame kept");
    let first = doc.first_frame(doc.articles[0].id).expect("placed");
    assert_eq!(
        (first.x, first.width, first.text_columns()),
        (Em(0.0), Em(113.0), 6)
    );
    assert!(doc.articles.iter().all(|a| a.keep_printed_columns));
    assert_same_text(&export(&doc), &seed_bytes());
    // Saved again, it is a current file that reads back the same.
    assert_eq!(through_ron(&doc), doc);
}

/// The seed saved by an older banmian as `fixture`, opened (as the current version), and the
/// seed imported now and laid out in the frames the older banmian gave it (the arrangement has
/// changed since; what an upgrade must keep is the page those frames print).
fn upgraded_and_fresh(fixture: &str) -> (Document, Document) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(fixture);
    let doc = banmian::store::load(&path).expect("an older layout loads");
    assert_eq!(doc.version, banmian::model::FORMAT_VERSION, "{fixture}");
    assert!(
        doc.articles.iter().all(|a| doc.is_placed(a.id)),
        "{fixture}: every article keeps its frames"
    );
    let mut fresh = import_doc(&seed_bytes(), None);
    for (old, new) in doc.articles.iter().zip(&mut fresh.articles) {
        new.frames = old.frames.clone();
    }
    fresh.pages = doc.pages.clone();
    (doc, fresh)
}

#[test]
fn a_version_2_layout_is_upgraded() {
    let (doc, fresh) = upgraded_and_fresh("seed-v2.ron");
    assert_eq!(doc.frames().count(), 11, "every frame kept");
    for (old, new) in doc.articles.iter().zip(&fresh.articles) {
        assert_eq!(
            old.printed, new.printed,
            "article {} keeps the rooms it was printed in",
            old.id.0
        );
    }
    assert_eq!(
        compose_page(&doc, fonts()),
        compose_page(&fresh, fonts()),
        "the same page"
    );
    assert_same_text(&export(&doc), &seed_bytes());
    assert_eq!(through_ron(&doc), doc);
}

/// Version 3 kept the printed measures on every article; version 4 keeps them as its `printed`
/// rooms. The seed saved by version 3 opens with the rooms a fresh import infers, prints and
/// exports as before, and saves as version 4.
#[test]
fn a_version_3_layout_is_upgraded() {
    let (doc, fresh) = upgraded_and_fresh("seed-v3.ron");
    for (old, new) in doc.articles.iter().zip(&fresh.articles) {
        assert!(old.printed.is_some(), "article {} was printed", old.id.0);
        assert_eq!(old.printed, new.printed, "article {}", old.id.0);
    }
    assert_eq!(
        compose_page(&doc, fonts()),
        compose_page(&fresh, fonts()),
        "the same page"
    );
    assert_same_text(&export(&doc), &seed_bytes());
    assert_eq!(through_ron(&doc), doc);
    let saved = banmian::store::to_ron(&doc).expect("serializes");
    assert!(saved.starts_with("(\n    version: 5,"), "{saved}");
    assert!(!saved.contains("segment_measures"), "no measure kept twice");
}

/// A manuscript's measure in version 3 only asked for a column width: it is dropped, and its
/// frame keeps the width it has. A printed article's segments and cut-ins become its rooms; a
/// paragraph's own measure, which no banmian wrote, is let go.
#[test]
fn version_3_measures_become_printed_rooms_only_where_printed() {
    let text = r#"(
    version: 3,
    articles: [
        (id: 0, measure: 22.5, frames: [0], headline: Some("来稿"),
         body: [Paragraph((measure: Some(20.0), text: "正文。"))]),
        (id: 1, measure: 26.5, segment_measures: [26.5], headline: Some("原版"),
         body: [Paragraph((printed_lines: Some([5, 5]), text: "一二三四五六七八九十"))],
         cut_ins: [(segment: 0, first_line: 0, lines: 3, measure: 20.0)]),
    ],
    pages: [(frames: [(id: 0, x: 0.0, width: 22.5, line: 0, height: 10, content: Text(columns: 1))])],
)"#;
    let doc = banmian::store::from_ron(text, Path::new("v3.ron")).expect("loads");
    assert_eq!(doc.version, banmian::model::FORMAT_VERSION);
    assert_eq!(
        doc.articles[0].printed, None,
        "a manuscript was not printed"
    );
    assert_eq!(doc.frame(FrameId(0)).map(|f| f.width), Some(Em(22.5)));
    let rooms = doc.articles[1].printed.as_ref().expect("printed rooms");
    assert_eq!(
        (rooms.measure, rooms.segments.as_slice()),
        (Em(26.5), &[Em(26.5)][..])
    );
    assert_eq!(rooms.cut_ins.len(), 1);
    assert_eq!(rooms.room(0, 1), Em(20.0), "a line beside the cut-in");
    assert_eq!(rooms.room(0, 3), Em(26.5), "a line below it");
    assert_eq!(through_ron(&doc), doc);
}

/// A version 2 file held every kind's fields on every frame and recorded chains as `next`
/// links: each kind keeps what it showed, and a chain keeps its order whatever the frames'
/// order on the page.
#[test]
fn version_2_chains_boxes_photos_and_headline_frames_keep_their_meaning() {
    let text = r#"(
    version: 2,
    articles: [
        (id: 0, headline: Some("长文"), body: [Paragraph((text: "正文。"))],
         photos: [(id: 7, file: "scene.jpg", pixels: (300, 200))]),
        (id: 1, headline: Some("短讯"), body: [Paragraph((text: "短讯正文。"))]),
    ],
    pages: [(frames: [
        (id: 3, kind: Text, article: Some(0), x: 0.0, width: 18.0, line: 20, height: 10, next: Some(4)),
        (id: 4, kind: Text, article: Some(0), x: 19.0, width: 18.0, line: 0, height: 10),
        (id: 5, kind: Text, article: Some(0), x: 0.0, width: 37.0, line: 0, height: 10,
         text_columns: 2, next: Some(3)),
        (id: 6, kind: Box, x: 40.0, width: 10.0, line: 0, height: 5,
         wrap: Some((sides: 2.0, lines: 0)), next: Some(3)),
        (id: 8, kind: Photo, x: 60.0, width: 18.0, line: 0, height: 12, wrap: Some(()),
         picture: Some((photo: 7, fit: Fit, zoom: 1.5, focus: (0.25, 0.75)))),
        (id: 9, kind: Headline, article: Some(1), x: 80.0, width: 18.0, line: 0, height: 4),
        (id: 10, kind: Text, article: Some(1), x: 80.0, width: 18.0, line: 4, height: 10),
    ])],
)"#;
    let doc = banmian::store::from_ron(text, Path::new("old.ron")).expect("loads");
    let ids = |v: &[u32]| v.iter().map(|&i| FrameId(i)).collect::<Vec<_>>();
    assert_eq!(doc.chain(ArticleId(0)), ids(&[5, 3, 4]), "the links' order");
    assert_eq!(doc.chain(ArticleId(1)), ids(&[10]));
    let content = |id: u32| doc.frame(FrameId(id)).map(|f| f.content.clone());
    assert_eq!(content(5), Some(FrameContent::Text { columns: 2 }));
    assert_eq!(
        content(6),
        Some(FrameContent::Box {
            wrap: Some(Standoff {
                sides: Em(2.0),
                lines: 0
            })
        }),
        "a box's stray link is dropped, its wrap kept"
    );
    let picture = doc
        .frame(FrameId(8))
        .and_then(|f| f.picture())
        .expect("a photo");
    assert_eq!(
        (picture.photo, picture.fit, picture.zoom, picture.focus),
        (PhotoId(7), Fit::Fit, 1.5, (0.25, 0.75))
    );
    assert_eq!(
        content(9),
        Some(FrameContent::Headline {
            article: ArticleId(1)
        })
    );
    assert_eq!(doc.frame_article(FrameId(9)), Some(ArticleId(1)));
    assert_eq!(doc.frame_article(FrameId(4)), Some(ArticleId(0)));
    let saved = banmian::store::to_ron(&doc).expect("serializes");
    assert!(saved.starts_with("(\n    version: 5,"), "{saved}");
    assert_eq!(through_ron(&doc), doc);
}

/// A frame meets only the frames of its own page: one on page 2 does not stop a frame of page 1
/// from moving to the same place, and a continuation goes on its frame's page, blocked only by
/// what is there.
#[test]
fn frames_of_other_pages_do_not_block_a_move_or_a_continuation() {
    use banmian::edit::{Edit, apply};
    use banmian::model::{Article, Frame, Page, Paragraph};
    let mut doc = Document::default();
    doc.pages.push(Page::default());
    for k in 0..2u32 {
        let mut a = Article::new(ArticleId(k));
        a.body.push(banmian::model::Block::Paragraph(Paragraph::new(
            "正文。".repeat(400),
        )));
        doc.articles.push(a);
    }
    // Text frames one column wide at the left edge.
    let column =
        |id: u32, line: u32, height: u32| Frame::text(FrameId(id), Em(0.0), Em(18.0), line, height);
    doc.add_text_frame(0, ArticleId(0), column(0, 20, 10));
    doc.add_text_frame(1, ArticleId(1), column(1, 0, 10));
    let to_the_top = Edit::MoveFrame {
        frame: FrameId(0),
        x: Em(0.0),
        line: 0,
    };
    assert!(
        apply(&mut doc, fonts(), to_the_top),
        "page 2's frame is not in the way"
    );
    assert_eq!(doc.frame(FrameId(0)).map(|f| f.line), Some(0));
    // Under page 2's frame there is room on page 2; a frame of page 1 at line 12 would not be.
    doc.add_text_frame(0, ArticleId(0), column(2, 12, 4));
    let on_page_2 = apply(
        &mut doc,
        fonts(),
        Edit::ContinueIn {
            from: FrameId(1),
            x: Em(0.0),
            line: 12,
        },
    );
    assert!(on_page_2, "room on page 2");
    let added = doc.chain(ArticleId(1));
    assert_eq!(added.len(), 2, "{added:?}");
    assert_eq!(doc.page_of(added[1]), 1, "the continuation is on page 2");
    assert!(doc.overlapping_frames().is_empty());
}

#[test]
fn a_session_recomposes_only_what_changed_and_agrees_with_a_fresh_composition() {
    let mut doc = import_doc(&seed_bytes(), None);
    arrange(&mut doc, fonts());
    let mut session = banmian::edit::Session::new(doc, fonts().clone());
    let before = session.composed();
    let article = session.doc().articles[4].id;
    assert!(session.apply(
        banmian::edit::Edit::SetBlockText {
            article,
            block: 0,
            text: "近日，市公安局召开动员大会。".to_owned(),
        },
        None,
    ));
    let after = session.composed();
    assert_eq!(
        *after,
        compose_page(session.doc(), fonts()),
        "the cache gives what composing afresh does"
    );
    // Other articles are set exactly as before.
    for a in &before.articles {
        if a.id != article {
            assert_eq!(Some(a), after.article(a.id));
        }
    }
    assert_ne!(before.article(article), after.article(article));
}

#[test]
fn a_vertical_headline_stands_at_the_frame_edge_with_text_beside_it() {
    let mut doc = import_doc(&seed_bytes(), None);
    arrange(&mut doc, fonts());
    let index = doc
        .articles
        .iter()
        .position(|a| a.headline.as_deref() == Some("公交车“一键报警”新模式运行"))
        .expect("the article");
    doc.articles[index].headline_block.direction = banmian::model::HeadDirection::VerticalRight;
    let id = doc.articles[index].id;
    let frame = doc.first_frame(id).expect("placed").clone();
    let page = compose_page(&doc, fonts());
    let printed = crate::util::printed_text(&page);
    assert!(
        printed.contains("公交车﹃一键报警﹄新模式运行"),
        "printed whole, top to bottom, with the vertical forms of the quotes"
    );
    assert!(banmian::compose::ink::collisions(&page).is_empty());
    // Lines beside the block are set narrower; nothing is set where it stands.
    let set = &page.article(id).expect("composed").set;
    let head = page.frame(frame.id).map_or(0, |f| f.head_lines);
    let beside: Vec<_> = set
        .items
        .iter()
        .filter_map(|i| i.slot)
        .filter(|s| s.line < frame.line + head)
        .collect();
    assert!(!beside.is_empty());
    for s in beside {
        assert!(s.room.get() < frame.width.get(), "{s:?}");
        assert!((s.x + s.room).get() <= frame.right().get() - 1.0 + 1e-3);
    }
}
