use std::path::PathBuf;

use banmian::import::{self, Format};
use banmian::model::{Block, BylinePlacement};
use encoding_rs::{GB18030, UTF_16LE};

use crate::util::*;

/// Kicker, headline and subtitle; paragraphs indented with ideographic spaces; the byline as the
/// last line; GB18030 with CRLF, as Windows writes it.
const INDENTED: &str = "金乡县公安局\r\n守护蒜乡万家灯火\r\n——记金乡县公安局创安创满工作\r\n\r\n\u{3000}\u{3000}金乡县公安局以“创最优平安环境、建最满意公安队伍”为目标，扎实推进创安、创满两项主责主业。\r\n\u{3000}\u{3000}全县人民群众安全感、满意度继续保持全市首位。\r\n通讯员 苏培银\r\n";

/// Headline, the byline in brackets under it, paragraphs hard-wrapped and separated by blank lines.
const BLANK_SEPARATED: &str = "创建全国文明典范城市再发力\n（通讯员 褚良 李勇）\n\n近日，市公安局召开创建全国文明典范城市动员会议，\n传达全市创建全国文明典范城市动员会议精神。\n\n会议要求，进一步聚焦关键、落细措施，\n聚力攻坚社会治安治理。\n";

/// The byline inside the lead; subheads on lines of their own; one paragraph per line.
const LEAD_BYLINE: &str = "百日行动初战告捷\n本报讯（通讯员 陈静）9月1日，微山县公安局召开会议，部署百日行动。\n加强领导 组织有力\n县公安局党委先后对反电诈等当前重点业务工作进行安排部署。\n队所联动 加强协作\n各派出所和责任区刑侦中队加强协作配合联动。\n";

fn manuscript(bytes: &[u8]) -> banmian::model::Article {
    let doc = import_doc(bytes, None);
    assert_eq!(doc.articles.len(), 1, "one manuscript, one article");
    doc.articles.into_iter().next().expect("one article")
}

fn paragraph_texts(a: &banmian::model::Article) -> Vec<&str> {
    a.paragraphs().map(|p| p.text.as_str()).collect()
}

#[test]
fn indented_gb18030_crlf() {
    let (bytes, _, _) = GB18030.encode(INDENTED);
    let a = manuscript(&bytes);
    assert_eq!(a.kicker.as_deref(), Some("金乡县公安局"));
    assert_eq!(a.headline.as_deref(), Some("守护蒜乡万家灯火"));
    assert_eq!(a.subtitle.as_deref(), Some("——记金乡县公安局创安创满工作"));
    assert_eq!(
        a.byline.as_ref().map(|b| b.text.as_str()),
        Some("通讯员 苏培银")
    );
    assert_eq!(
        paragraph_texts(&a),
        [
            "金乡县公安局以“创最优平安环境、建最满意公安队伍”为目标，扎实推进创安、创满两项主责主业。",
            "全县人民群众安全感、满意度继续保持全市首位。"
        ]
    );
}

#[test]
fn bracketed_byline_and_hard_wrapped_paragraphs() {
    let a = manuscript(BLANK_SEPARATED.as_bytes());
    assert_eq!(a.kicker, None);
    assert_eq!(a.headline.as_deref(), Some("创建全国文明典范城市再发力"));
    assert_eq!(
        a.byline.as_ref().map(|b| b.text.as_str()),
        Some("通讯员 褚良 李勇")
    );
    assert_eq!(
        paragraph_texts(&a),
        [
            "近日，市公安局召开创建全国文明典范城市动员会议，传达全市创建全国文明典范城市动员会议精神。",
            "会议要求，进一步聚焦关键、落细措施，聚力攻坚社会治安治理。"
        ]
    );
}

#[test]
fn byline_in_the_lead_and_subheads() {
    let a = manuscript(LEAD_BYLINE.as_bytes());
    assert_eq!(a.headline.as_deref(), Some("百日行动初战告捷"));
    let byline = a.byline.as_ref().expect("the byline in the lead");
    assert_eq!(byline.text, "通讯员 陈静");
    assert_eq!(byline.placement, BylinePlacement::InLead);
    assert!(
        paragraph_texts(&a)[0].starts_with("本报讯（通讯员 陈静）9月1日"),
        "the lead keeps its text"
    );
    assert_eq!(a.subheads(), ["加强领导 组织有力", "队所联动 加强协作"]);
    assert!(matches!(a.body[1], Block::Subhead(_)));
}

#[test]
fn utf16_manuscript() {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(BLANK_SEPARATED.encode_utf16().flat_map(u16::to_le_bytes));
    let a = manuscript(&bytes);
    assert_eq!(a.headline.as_deref(), Some("创建全国文明典范城市再发力"));
    let doc = import_doc(&bytes, None);
    assert_eq!(doc.source.encoding, UTF_16LE.name());
}

/// Issue 22: a manuscript is written back as a manuscript: its headings first, then each
/// paragraph on a line of its own, indented, and the byline where it stood.
#[test]
fn a_manuscript_exports_headline_first() {
    let doc = import_doc(INDENTED.as_bytes(), None);
    let text = String::from_utf8(export(&doc)).expect("UTF-8");
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(
        lines[..7],
        [
            "金乡县公安局",
            "",
            "守护蒜乡万家灯火",
            "",
            "——记金乡县公安局创安创满工作",
            "",
            "\u{3000}\u{3000}金乡县公安局以“创最优平安环境、建最满意公安队伍”为目标，扎实推进创安、创满两项主责主业。",
        ]
    );
    assert!(text.contains("首位。\r\n\r\n通讯员 苏培银\r\n"), "{text}");
    assert_eq!(
        export(&through_ron(&doc)),
        export(&doc),
        "saved, it is still a manuscript"
    );
    // Read back as a manuscript, it is the same article.
    let reread = import_doc(text.as_bytes(), Some(Format::Manuscript));
    let (a, b) = (&reread.articles[0], &doc.articles[0]);
    assert_eq!(
        (&a.kicker, &a.headline, &a.subtitle),
        (&b.kicker, &b.headline, &b.subtitle)
    );
    assert_eq!(
        a.byline.as_ref().map(|x| &x.text),
        b.byline.as_ref().map(|x| &x.text)
    );
    assert_eq!(paragraph_texts(a), paragraph_texts(b));
    // A byline under the headline stays there; hard-wrapped paragraphs come back whole.
    let doc = import_doc(BLANK_SEPARATED.as_bytes(), None);
    let text = String::from_utf8(export(&doc)).expect("UTF-8");
    assert!(
        text.starts_with(
            "创建全国文明典范城市再发力\n\n（通讯员 褚良 李勇）\n\n\u{3000}\u{3000}近日，市公安局召开创建全国文明典范城市动员会议，传达"
        ),
        "{text}"
    );
}

#[test]
fn several_manuscripts_make_several_articles() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut paths: Vec<PathBuf> = Vec::new();
    for (i, text) in [INDENTED, BLANK_SEPARATED, LEAD_BYLINE].iter().enumerate() {
        let path = dir.path().join(format!("{i}.txt"));
        std::fs::write(&path, text).expect("write");
        paths.push(path);
    }
    let doc = import::import_files(&paths, None).expect("imports");
    let headlines: Vec<_> = doc
        .articles
        .iter()
        .map(|a| a.headline.clone().unwrap_or_default())
        .collect();
    assert_eq!(
        headlines,
        [
            "守护蒜乡万家灯火",
            "创建全国文明典范城市再发力",
            "百日行动初战告捷"
        ]
    );
    let ids: Vec<u32> = doc.articles.iter().map(|a| a.id.0).collect();
    assert_eq!(ids, [0, 1, 2]);
}

#[test]
fn format_override() {
    let doc = import_doc(seed_bytes().as_slice(), Some(Format::Manuscript));
    assert_eq!(doc.articles.len(), 1, "read as one manuscript when told so");
}

/// A manuscript as correspondents send one with a photo (issue 22, point 5): the byline in
/// brackets under the headline, a `图为…` caption paragraph and the photo credit after the body.
pub(crate) const WITH_PHOTO_TEXT: &str = "民警进校园宣讲防诈骗\n（记者 王林 通讯员 李强）\n\u{3000}\u{3000}近日，城区派出所民警走进实验小学，为师生讲解防范电信诈骗知识。\n\u{3000}\u{3000}图为民警向学生发放宣传资料。\n通讯员 合公新 记者 李斐 摄\n";

/// Issue 22, point 5: a line ending in 摄 is the photo's credit, not the byline, and a `图为…`
/// paragraph is its caption: with a picture they go to the photo; without one they stay in the
/// body, and nothing is lost.
#[test]
fn a_photo_credit_and_caption_go_with_the_photo() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = dir.path().join("稿件.txt");
    let picture = dir.path().join("现场.jpg");
    std::fs::write(&text, WITH_PHOTO_TEXT).expect("written");
    std::fs::write(&picture, jpeg_declaring(1200, 800)).expect("written");

    let doc = import::import_files(&[text.clone(), picture], None).expect("imports");
    let a = &doc.articles[0];
    assert_eq!(
        a.byline.as_ref().map(|b| b.text.as_str()),
        Some("记者 王林 通讯员 李强")
    );
    assert_eq!(
        paragraph_texts(a),
        ["近日，城区派出所民警走进实验小学，为师生讲解防范电信诈骗知识。"]
    );
    let photo = &a.photos[0];
    assert_eq!(
        photo.caption.as_deref(),
        Some("图为民警向学生发放宣传资料。")
    );
    assert_eq!(photo.credit.as_deref(), Some("通讯员 合公新 记者 李斐 摄"));

    // Without the picture the credit is no byline, and both stay in the body.
    let doc = import::import_files(&[text], None).expect("imports");
    let a = &doc.articles[0];
    assert_eq!(
        a.byline.as_ref().map(|b| b.text.as_str()),
        Some("记者 王林 通讯员 李强")
    );
    assert_eq!(paragraph_texts(a).len(), 3);
    let alone = WITH_PHOTO_TEXT.replace("（记者 王林 通讯员 李强）\n", "");
    let a = manuscript(alone.as_bytes());
    assert!(
        a.byline.as_ref().is_none_or(|b| !b.text.ends_with('摄')),
        "a photo credit is not the byline: {:?}",
        a.byline
    );
    assert!(paragraph_texts(&a).contains(&"通讯员 合公新 记者 李斐 摄"));
}

/// Issue 22, point 5: where a reprinted article comes from is its byline, on a line of its own
/// after the body or under the headline.
#[test]
fn a_source_line_is_the_byline() {
    let as_manuscript = |text: &str| {
        let doc = import_doc(text.as_bytes(), Some(Format::Manuscript));
        doc.articles.into_iter().next().expect("one article")
    };
    for (source, byline) in [
        ("来源：济宁市公安局", "来源：济宁市公安局"),
        ("（来源：大众网）", "来源：大众网"),
        ("据《大众日报》报道", "据《大众日报》报道"),
    ] {
        let last = format!(
            "社区民警上门提醒\n\u{3000}\u{3000}近日，社区民警走访辖区群众，提醒防范诈骗。\n{source}\n"
        );
        let a = as_manuscript(&last);
        assert_eq!(a.headline.as_deref(), Some("社区民警上门提醒"), "{source}");
        assert_eq!(
            a.byline.as_ref().map(|b| b.text.as_str()),
            Some(byline),
            "{source}"
        );
        assert_eq!(paragraph_texts(&a).len(), 1, "{source}");
        let under = format!(
            "社区民警上门提醒\n{source}\n\u{3000}\u{3000}近日，社区民警走访辖区群众，提醒防范诈骗。\n"
        );
        let a = as_manuscript(&under);
        assert_eq!(a.headline.as_deref(), Some("社区民警上门提醒"), "{source}");
        assert_eq!(a.subtitle, None, "{source}");
        assert_eq!(
            a.byline.as_ref().map(|b| b.text.as_str()),
            Some(byline),
            "{source}"
        );
    }
    // A sentence that begins with 据 is body text.
    let text = "社区民警上门提醒\n\u{3000}\u{3000}近日，社区民警走访辖区群众。\n据统计，今年以来共走访三千余户，发放资料五千份。\n";
    assert_eq!(as_manuscript(text).byline, None);
}
