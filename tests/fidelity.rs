//! Break agreement with the printed seed page (DESIGN.md §3), at the measures the importer
//! inferred for each column segment.

use banmian::model::{Article, Em};
use banmian::typeset::measure::{Agreement, printed_segments};
use banmian::typeset::{Style, first_line_end};

use crate::util::*;

/// The agreement of one article at the measures the importer inferred for each printed line (its
/// segment's, or its cut-in's); prints the lines it misses.
pub fn article_agreement(article: &Article) -> Agreement {
    let mut total = Agreement::default();
    for (segment, paragraphs) in printed_segments(article).iter().enumerate() {
        let mut line = 0;
        for p in paragraphs {
            let text = p.lines.concat() + p.continued;
            let compared = p.lines.len() - usize::from(p.continued.is_empty());
            let mut start = 0;
            for (i, printed) in p.lines.iter().enumerate() {
                if i < compared {
                    let room = banmian::compose::article_flow(article)
                        .rooms
                        .room(segment, line);
                    let style = Style::default().with_measure(room);
                    let end = first_line_end(&text[start..], &style, p.opens && i == 0);
                    total.total += 1;
                    if end == printed.len() {
                        total.matched += 1;
                    } else {
                        println!(
                            "  at {} em: printed {printed:?}, engine {:?}",
                            style.measure.get(),
                            &text[start..start + end]
                        );
                    }
                }
                start += printed.len();
                line += 1;
            }
        }
    }
    total
}

#[test]
fn break_agreement_with_the_printed_page() {
    let doc = import_doc(&seed_bytes(), None);
    let mut total = Agreement::default();
    for (i, article) in doc.articles.iter().enumerate() {
        let a = article_agreement(article);
        println!(
            "article {:2} {:<24} {:>3}/{:<3} {:5.1}%",
            i + 1,
            article.title(),
            a.matched,
            a.total,
            a.ratio() * 100.0
        );
        total += a;
    }
    println!(
        "seed: {}/{} = {:.1}%",
        total.matched,
        total.total,
        total.ratio() * 100.0
    );
    assert_eq!(total.total, 254, "DESIGN.md §3 counts 254 comparable lines");
    assert!(
        total.ratio() >= 0.98,
        "break agreement {:.1}% < 98%",
        total.ratio() * 100.0
    );
}

/// Break agreement as a script outside banmian measures it: each printed line compared with what
/// the engine sets from its start in the room `info --json` reports for it (`line_rooms_em`).
#[test]
fn break_agreement_at_the_rooms_of_the_imported_layout() {
    let mut doc = import_doc(&seed_bytes(), None);
    banmian::compose::arrange::arrange(&mut doc);
    let page = banmian::compose::compose_page(&doc);
    let mut total = Agreement::default();
    for article in &doc.articles {
        let set = &page.article(article.id).expect("composed").set;
        let rooms = banmian::compose::line_rooms(article, set);
        let mut k = 0;
        for paragraphs in printed_segments(article) {
            for p in &paragraphs {
                let mut start = 0;
                let text = p.lines.concat() + p.continued;
                let compared = p.lines.len() - usize::from(p.continued.is_empty());
                for (i, line) in p.lines.iter().enumerate() {
                    let room = rooms.get(k + i).copied().unwrap_or(Em(18.0));
                    if i < compared {
                        let style = Style::default().with_measure(room);
                        let end = first_line_end(&text[start..], &style, p.opens && i == 0);
                        total.total += 1;
                        if end == line.len() {
                            total.matched += 1;
                        } else {
                            println!(
                                "  at {} em: printed {line:?}, engine {:?}",
                                room.get(),
                                &text[start..start + end]
                            );
                        }
                    }
                    start += line.len();
                }
                k += p.lines.len();
            }
        }
    }
    println!(
        "at the layout's rooms: {}/{} = {:.1}%",
        total.matched,
        total.total,
        total.ratio() * 100.0
    );
}
