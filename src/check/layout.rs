//! Layout checks (preflight): what would print wrong or not at all, read from the composed page.

use crate::compose::{ComposedPage, MIN_PHOTO_DPI, SetKind};
use crate::fonts::MISSING_GLYPH;
use crate::model::{ArticleId, Document, FrameId, PhotoStatus};
use crate::typeset::class::CharClass;

use super::{Finding, Severity};

/// A layout finding of an article or frame, with no text range.
fn finding(
    kind: &'static str,
    severity: Severity,
    article: Option<ArticleId>,
    frame: Option<FrameId>,
    excerpt: String,
    message: String,
) -> Finding {
    Finding {
        kind,
        severity,
        article,
        field: None,
        range: None,
        frame,
        photo: None,
        excerpt: excerpt.chars().take(20).collect(),
        message,
        fix: None,
    }
}

/// Every layout finding of the composed page.
pub(super) fn check_layout(doc: &Document, page: &ComposedPage) -> Vec<Finding> {
    let mut out = Vec::new();
    for a in &doc.articles {
        let title = a.title();
        let Some(composed) = page.article(a.id) else {
            continue;
        };
        if !doc.is_placed(a.id) {
            out.push(finding(
                "unplaced",
                Severity::Warning,
                Some(a.id),
                None,
                title.clone(),
                "the article is not on the page and does not print".to_owned(),
            ));
            continue;
        }
        let overset = composed.set.overset_chars();
        if composed.placed() && overset > 0 {
            out.push(finding(
                "overset",
                Severity::Error,
                Some(a.id),
                composed.frames.last().copied(),
                title.clone(),
                format!("{overset} characters do not fit the frames and do not print (超版)"),
            ));
        }
        if composed.head_out_of_order {
            out.push(finding(
                "headline_order",
                Severity::Error,
                Some(a.id),
                composed.frames.first().copied(),
                title.clone(),
                "the vertical headline is too tall for its frame: its main line cannot be set \
                 larger than its kicker and subtitle (竖题字号); make the frame taller"
                    .to_owned(),
            ));
        } else if composed.head_shrunk {
            out.push(finding(
                "headline_shrunk",
                Severity::Warning,
                Some(a.id),
                composed.frames.first().copied(),
                title.clone(),
                "the headline is set smaller than its style asks, to fit".to_owned(),
            ));
        }
        widows_and_subheads(a.id, &composed.set, &mut out);
    }
    for (a, b) in doc.overlapping_frames() {
        out.push(finding(
            "overlapping_frames",
            Severity::Error,
            doc.frame_article(a),
            Some(a),
            format!("#{} × #{}", a.0, b.0),
            format!(
                "frames #{} and #{} overlap and would print on each other",
                a.0, b.0
            ),
        ));
    }
    for (_, f) in doc.frames() {
        let on_grid = |em: f32| ((em * 2.0).round() - em * 2.0).abs() < 1e-3;
        if !on_grid(f.x.get()) || !on_grid(f.width.get()) {
            out.push(finding(
                "frame_off_grid",
                Severity::Warning,
                doc.frame_article(f.id),
                Some(f.id),
                format!("#{}", f.id.0),
                format!(
                    "frame #{} is not on the grid: its edges are not on whole or half ems",
                    f.id.0
                ),
            ));
        }
    }
    for id in doc.frames_off_page() {
        out.push(finding(
            "frame_off_page",
            Severity::Error,
            doc.frame_article(id),
            Some(id),
            format!("#{}", id.0),
            format!("frame #{} reaches past the type area", id.0),
        ));
    }
    if !page.missing_chars.is_empty() {
        let chars: String = page.missing_chars.iter().collect();
        out.push(finding(
            "missing_glyph",
            Severity::Error,
            None,
            None,
            chars.clone(),
            format!("no font has {chars}: they print as {MISSING_GLYPH}"),
        ));
    }
    for family in &page.missing_families {
        out.push(finding(
            "missing_font",
            Severity::Warning,
            None,
            None,
            family.clone(),
            format!("the font {family} is not installed: its text prints in the bundled faces"),
        ));
    }
    photos(doc, page, &mut out);
    title_picture(doc, page, &mut out);
    out
}

/// A paragraph's last line holding a single character (孤字), and a subhead left at the foot of
/// a column with its text in the next.
fn widows_and_subheads(
    article: ArticleId,
    set: &crate::compose::SetArticle,
    out: &mut Vec<Finding>,
) {
    for (k, item) in set.items.iter().enumerate() {
        let Some(slot) = item.slot else {
            continue;
        };
        let next = set.items.get(k + 1);
        match &item.kind {
            SetKind::Line { text, run_in, .. } => {
                let last_of_block = next.is_none_or(|n| n.block != item.block);
                let letters = text
                    .chars()
                    .filter(|c| {
                        !c.is_whitespace()
                            && !matches!(
                                CharClass::of(*c),
                                CharClass::Closing | CharClass::Stop | CharClass::Pause
                            )
                    })
                    .count();
                if last_of_block && !run_in && letters == 1 && k > 0 {
                    out.push(finding(
                        "widow",
                        Severity::Warning,
                        Some(article),
                        Some(slot.frame),
                        text.trim().to_owned(),
                        "a single character alone on the paragraph's last line (孤字)".to_owned(),
                    ));
                }
            }
            SetKind::Subhead { text } => {
                let same_column = next
                    .and_then(|n| n.slot)
                    .is_some_and(|s| s.frame == slot.frame && s.column == slot.column);
                if next.is_some() && !same_column {
                    out.push(finding(
                        "subhead_at_foot",
                        Severity::Warning,
                        Some(article),
                        Some(slot.frame),
                        text.clone(),
                        "the subhead stands at the foot of a column, its text in the next"
                            .to_owned(),
                    ));
                }
            }
            SetKind::Byline => {}
        }
    }
}

/// The masthead's title picture, where its file is missing: a grey box prints in its place.
fn title_picture(doc: &Document, page: &ComposedPage, out: &mut Vec<Finding>) {
    let Some(title) = doc.issue.as_ref().and_then(|i| i.title_picture.as_ref()) else {
        return;
    };
    if title.status != PhotoStatus::Missing {
        return;
    }
    let masthead = page
        .frames
        .iter()
        .find(|f| f.kind == crate::model::FrameKind::Masthead)
        .map(|f| f.id);
    let name = std::path::Path::new(&title.file)
        .file_name()
        .map_or_else(|| title.file.clone(), |n| n.to_string_lossy().into_owned());
    out.push(finding(
        "photo_missing",
        Severity::Error,
        None,
        masthead,
        name,
        format!(
            "the masthead's title picture {} is missing: a grey box prints",
            title.file
        ),
    ));
}

/// Photos that are missing, changed, too large to print, coarse, or without a caption or credit.
fn photos(doc: &Document, page: &ComposedPage, out: &mut Vec<Finding>) {
    for p in &page.photos {
        let Some((article, photo)) = doc.photo(p.id) else {
            continue;
        };
        let name = photo.file_name().to_owned();
        let mut push = |kind, severity, message: String| {
            let mut found = finding(
                kind,
                severity,
                Some(article),
                p.frame,
                name.clone(),
                message,
            );
            found.photo = Some(p.id);
            out.push(found);
        };
        match p.status {
            PhotoStatus::Missing => push(
                "photo_missing",
                Severity::Error,
                format!(
                    "the picture file {} is missing: a grey box prints",
                    photo.file
                ),
            ),
            PhotoStatus::Changed => push(
                "photo_changed",
                Severity::Warning,
                format!(
                    "the picture file {} changed since it was placed",
                    photo.file
                ),
            ),
            PhotoStatus::Found => {}
        }
        if crate::picture::is_too_large(photo.pixels) {
            let (w, h) = photo.pixels;
            push(
                "photo_too_large",
                Severity::Error,
                format!(
                    "the picture file {} is {w} × {h} pixels, more than banmian prints: a grey box prints",
                    photo.file
                ),
            );
        }
        if let Some(dpi) = p.effective_dpi.filter(|d| *d < MIN_PHOTO_DPI) {
            push(
                "photo_coarse",
                Severity::Warning,
                format!("prints at {dpi:.0} dpi, below {MIN_PHOTO_DPI}: it will look coarse"),
            );
        }
        if p.frame.is_some() && (photo.caption.is_none() || photo.credit.is_none()) {
            push(
                "photo_without_caption",
                Severity::Info,
                "the photo has no caption or no credit".to_owned(),
            );
        }
    }
}
