//! Proofing and preflight (校对与检查): one list of findings from a document and its composed
//! page. Text checks read every header line, paragraph, subhead and byline (punctuation by
//! GB/T 15834, number forms by GB/T 15835, a newsroom's standard expressions); layout checks read
//! the composed page (overset, overlaps, unplaced articles, missing characters, 孤字, photos).
//! The editor's Check panel, `banmian check` and export's warnings all read this list.

mod expressions;
mod layout;
mod text;

use std::ops::Range;

use serde::Serialize;

use crate::compose::ComposedPage;
use crate::model::{ArticleId, Document, FrameId, Photo, PhotoId};

pub use expressions::{Expression, standard_expressions};

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Prints wrong: must be put right before the page goes out.
    Error,
    /// Probably wrong: look at it.
    Warning,
    /// Worth knowing.
    Info,
}

/// Which text of an article a finding is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The kicker (引题).
    Kicker,
    /// The headline (主题).
    Headline,
    /// The subtitle (副题).
    Subtitle,
    /// A body block (paragraph or subhead), by index.
    Block(usize),
    /// The byline.
    Byline,
}

/// A certain fix: the text that replaces the finding's range.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fix {
    /// The replacement.
    pub replacement: String,
}

/// One thing found.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// What kind of problem, a stable name (`half_width_punctuation`).
    pub kind: &'static str,
    /// How serious.
    pub severity: Severity,
    /// The article it is in, if any.
    pub article: Option<ArticleId>,
    /// The text it is in, if it is in text.
    pub field: Option<Field>,
    /// The byte range of the problem in that text.
    pub range: Option<Range<usize>>,
    /// The frame it is in, if any.
    pub frame: Option<FrameId>,
    /// The photo it is about, if any.
    pub photo: Option<PhotoId>,
    /// At most 20 characters of the text around it, the problem included.
    pub excerpt: String,
    /// What is wrong, and what to do.
    pub message: String,
    /// The replacement for `range`, where it is certain.
    pub fix: Option<Fix>,
}

impl Finding {
    /// The photo the finding is about, and the file it names.
    pub fn photo<'a>(&self, doc: &'a Document) -> Option<&'a Photo> {
        doc.photo(self.photo?).map(|(_, p)| p)
    }

    /// The file of the photo the finding is about, else its excerpt: what a warning names.
    pub fn photo_file(&self, doc: &Document) -> String {
        self.photo(doc)
            .map_or_else(|| self.excerpt.clone(), |p| p.file.clone())
    }

    /// The title of the article the finding is in, else its excerpt: what a warning names.
    pub fn article_title(&self, doc: &Document) -> String {
        self.article
            .and_then(|a| doc.article(a))
            .map_or_else(|| self.excerpt.clone(), |a| a.title())
    }

    /// The characters of its article that do not fit its frames (0 where none, or no article).
    pub fn overset_chars(&self, page: &ComposedPage) -> usize {
        self.article
            .and_then(|a| page.article(a))
            .map_or(0, |a| a.set.overset_chars())
    }

    /// Whether the editor has asked for this finding to stay quiet in this document.
    pub fn is_ignored(&self, doc: &Document) -> bool {
        doc.proofing
            .ignored
            .iter()
            .any(|i| i.kind == self.kind && i.excerpt == self.excerpt)
    }
}

/// Every finding on the document, errors first, then in flow order; ignored ones left out.
pub fn check(doc: &Document, page: &ComposedPage) -> Vec<Finding> {
    let mut findings = text::check_text(doc);
    findings.extend(layout::check_layout(doc, page));
    findings.retain(|f| !f.is_ignored(doc));
    let order = |f: &Finding| {
        f.article
            .and_then(|a| doc.articles.iter().position(|x| x.id == a))
            .unwrap_or(usize::MAX)
    };
    findings.sort_by_key(|f| (f.severity, order(f)));
    findings
}

/// The text of an article's field.
pub fn field_text(doc: &Document, article: ArticleId, field: Field) -> Option<&str> {
    let a = doc.article(article)?;
    match field {
        Field::Kicker => a.kicker.as_deref(),
        Field::Headline => a.headline.as_deref(),
        Field::Subtitle => a.subtitle.as_deref(),
        Field::Byline => a.byline.as_ref().map(|b| b.text.as_str()),
        Field::Block(i) => match a.body.get(i)? {
            crate::model::Block::Paragraph(p) => Some(&p.text),
            crate::model::Block::Subhead(s) => Some(&s.text),
            crate::model::Block::ColumnBreak => None,
        },
    }
}

/// The text with a finding's fix applied, if it has one and the text still holds the range.
pub fn fixed_text(doc: &Document, finding: &Finding) -> Option<String> {
    let text = field_text(doc, finding.article?, finding.field?)?;
    let range = finding.range.clone()?;
    let fix = finding.fix.as_ref()?;
    text.get(range.clone())?;
    let mut out = text.to_owned();
    out.replace_range(range, &fix.replacement);
    Some(out)
}

/// At most 20 characters around `range` of `text`, the range included.
pub(crate) fn excerpt(text: &str, range: &Range<usize>) -> String {
    const AROUND: usize = 20;
    let inside = text.get(range.clone()).map_or(0, |t| t.chars().count());
    let side = AROUND.saturating_sub(inside) / 2;
    let before: Vec<char> = text[..range.start].chars().rev().take(side).collect();
    let after: String = text[range.end..].chars().take(side).collect();
    let mut out: String = before.into_iter().rev().collect();
    out.push_str(&text[range.clone()]);
    out.push_str(&after);
    out.chars().take(AROUND).collect()
}
