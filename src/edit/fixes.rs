//! Proofing findings put right or accepted, as edits (so they undo like any other).

use crate::check::{Field, Finding, fixed_text};
use crate::model::{Document, Ignored};

use super::edits::{Edit, HeaderField};

/// The edit that applies a finding's certain fix, if it has one and its text is still there.
pub fn fix_edit(doc: &Document, finding: &Finding) -> Option<Edit> {
    let article = finding.article?;
    let text = fixed_text(doc, finding)?;
    let header = |field| Edit::SetHeader {
        article,
        field,
        text: text.clone(),
    };
    Some(match finding.field? {
        Field::Kicker => header(HeaderField::Kicker),
        Field::Headline => header(HeaderField::Headline),
        Field::Subtitle => header(HeaderField::Subtitle),
        Field::Byline => Edit::SetByline { article, text },
        Field::Block(block) => Edit::SetBlockText {
            article,
            block,
            text,
        },
    })
}

/// The edit that makes a finding stay quiet in this document.
pub fn ignore_edit(finding: &Finding) -> Edit {
    Edit::Ignore(Ignored {
        kind: finding.kind.to_owned(),
        excerpt: finding.excerpt.clone(),
    })
}
