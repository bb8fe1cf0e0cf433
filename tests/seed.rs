use banmian::model::{Block, BylinePlacement, Em};

use crate::util::*;

/// The article boundaries of the seed, as kicker / headline / byline (issue #2).
pub const SEED_TRIPLES: [(&str, &str, &str); 11] = [
    ("全市公安机关", "锐意开拓进取 锻造公安铁军", "通讯员 侯宪锋"),
    (
        "金乡县公安局",
        "守护蒜乡万家灯火 书写平安满意答卷",
        "通讯员 苏培银",
    ),
    ("–", "–", "通讯员 宋浴铭"),
    ("–", "–", "通讯员 赵方敏"),
    ("市公安局", "创建全国文明典范城市再发力", "通讯员 褚良"),
    ("–", "–", "通讯员 李勇"),
    (
        "微山县公安局",
        "百日行动初战告捷 打击电诈取得实效",
        "通讯员 张凯",
    ),
    ("–", "–", "通讯员 孙闫慧"),
    ("–", "–", "通讯员 石玉栋"),
    ("–", "公交车“一键报警”新模式运行", "通讯员 济公宣"),
    ("–", "–", "■通讯员 熊继勇 高攀登 孔璇 摄"),
];

fn want_triples() -> Vec<(String, String, String)> {
    SEED_TRIPLES
        .iter()
        .map(|(k, h, b)| ((*k).to_owned(), (*h).to_owned(), (*b).to_owned()))
        .collect()
}

#[test]
fn seed_round_trips_byte_for_byte() {
    let bytes = seed_bytes();
    let doc = import_doc(&bytes, None);
    assert_same_text(&export(&doc), &bytes);
}

#[test]
fn seed_round_trips_through_ron() {
    let bytes = seed_bytes();
    let doc = import_doc(&bytes, None);
    let reloaded = through_ron(&doc);
    assert_eq!(reloaded, doc);
    assert_same_text(&export(&reloaded), &bytes);
}

#[test]
fn ron_is_stable() {
    let doc = import_doc(&seed_bytes(), None);
    let first = banmian::store::to_ron(&doc).expect("serializes");
    let second = banmian::store::to_ron(&through_ron(&doc)).expect("serializes");
    assert_eq!(first, second, "load then save changes nothing");
}

#[test]
fn seed_structure() {
    let doc = import_doc(&seed_bytes(), None);
    assert_eq!(doc.articles.len(), 11);
    assert_eq!(triples(&doc), want_triples());
    let paragraphs: usize = doc.articles.iter().map(|a| a.paragraph_count()).sum();
    assert_eq!(paragraphs, 40);
    let breaks: Vec<usize> = doc
        .articles
        .iter()
        .map(|a| a.column_break_count())
        .collect();
    assert_eq!(breaks, [5, 7, 0, 0, 0, 0, 4, 0, 0, 0, 0]);
    let subheads: Vec<Vec<&str>> = doc.articles.iter().map(|a| a.subheads()).collect();
    assert_eq!(
        subheads[6],
        [
            "加强领导 组织有力",
            "队所联动 加强协作",
            "立足防范 综合治理",
            "强力督导 严格考评"
        ]
    );
    assert_eq!(subheads.iter().map(Vec::len).sum::<usize>(), 4);
}

#[test]
fn seed_bylines_know_how_they_were_printed() {
    let doc = import_doc(&seed_bytes(), None);
    let placements: Vec<BylinePlacement> = doc
        .articles
        .iter()
        .map(|a| {
            a.byline
                .as_ref()
                .expect("every seed article is signed")
                .placement
        })
        .collect();
    use BylinePlacement::{OwnLine, RunIn};
    assert_eq!(
        placements,
        [
            OwnLine, OwnLine, RunIn, RunIn, RunIn, OwnLine, RunIn, RunIn, RunIn, RunIn, RunIn
        ]
    );
    assert!(
        doc.articles[10]
            .byline
            .as_ref()
            .is_some_and(|b| b.is_photo_credit())
    );
}

#[test]
fn seed_measures() {
    let doc = import_doc(&seed_bytes(), None);
    for i in [0, 1, 6] {
        let m = printed_measure(&doc.articles[i]).get();
        assert!((17.5..=18.5).contains(&m), "article {} measure {m}", i + 1);
    }
    for i in [2, 3, 4, 5, 7, 8, 9, 10] {
        let m = printed_measure(&doc.articles[i]).get();
        assert!((22.5..=30.5).contains(&m), "article {} measure {m}", i + 1);
    }
}

#[test]
fn column_break_inside_a_paragraph_continues_it() {
    let doc = import_doc(&seed_bytes(), None);
    let body = &doc.articles[0].body;
    let first_break = body
        .iter()
        .position(|b| matches!(b, Block::ColumnBreak))
        .expect("a column break");
    let Some(Block::Paragraph(before)) = body.get(first_break - 1) else {
        panic!("a paragraph before the break");
    };
    let Some(Block::Paragraph(after)) = body.get(first_break + 1) else {
        panic!("a paragraph after the break");
    };
    assert!(before.text.ends_with("在新"));
    assert!(after.continues);
    assert!(after.text.starts_with("时代新征程上"));
    assert!(
        after.gap.is_empty(),
        "line 20 runs into line 21 without a blank line"
    );
    assert_eq!(printed_measure(&doc.articles[0]), Em(18.0));
}
