//! `banmian check`: proofing and preflight findings, a line each or as JSON; exit 1 on errors.

use std::path::Path;

use anyhow::Context as _;
use serde::Serialize;

use banmian::check::{Finding, Severity};
use banmian::fonts::Fonts;
use banmian::model::Document;

/// One finding for scripts; the keys are the contract of DESIGN.md §5.
#[derive(Serialize)]
pub struct FindingInfo<'a> {
    kind: &'a str,
    severity: Severity,
    /// The article's place in the flow, from 1.
    article: Option<usize>,
    excerpt: &'a str,
    message: &'a str,
    field: Option<banmian::check::Field>,
    frame: Option<u32>,
    fix: Option<&'a str>,
}

/// Checks `file` (a layout, or text to import first) and prints what was found.
pub fn run(file: &Path, fonts: &Fonts, json: bool) -> anyhow::Result<()> {
    let doc = if banmian::store::is_layout_path(file) {
        banmian::store::load(file)?
    } else {
        let mut doc = banmian::import::import_files(&[file.to_owned()], None)?;
        banmian::edit::arrange::arrange(&mut doc, fonts);
        doc
    };
    let page = banmian::compose::compose_page(&doc, fonts);
    let findings = banmian::check::check(&doc, &page);
    let number = |f: &Finding| article_number(&doc, f);
    let out = if json {
        let list = infos(&doc, &findings);
        serde_json::to_string_pretty(&serde_json::json!({ "findings": list }))? + "\n"
    } else {
        lines(file, &findings, number)
    };
    super::write_output(None, out.as_bytes()).context("<stdout>")?;
    if findings.iter().any(|f| f.severity == Severity::Error) {
        std::process::exit(1);
    }
    Ok(())
}

/// A line per finding: `FILE: article N: kind: excerpt — message`.
fn lines(file: &Path, findings: &[Finding], number: impl Fn(&Finding) -> Option<usize>) -> String {
    findings
        .iter()
        .map(|f| {
            let place = number(f).map_or_else(|| "page".to_owned(), |n| format!("article {n}"));
            format!(
                "{}: {place}: {}: {} — {}\n",
                file.display(),
                f.kind,
                f.excerpt,
                f.message
            )
        })
        .collect()
}

/// A finding's article as its place in the flow, from 1.
fn article_number(doc: &Document, f: &Finding) -> Option<usize> {
    f.article
        .and_then(|a| doc.articles.iter().position(|x| x.id == a))
        .map(|i| i + 1)
}

/// The findings for JSON (`check --json`, and `info --json`'s `findings`).
pub fn infos<'a>(doc: &Document, findings: &'a [Finding]) -> Vec<FindingInfo<'a>> {
    findings
        .iter()
        .map(|f| FindingInfo {
            kind: f.kind,
            severity: f.severity,
            article: article_number(doc, f),
            excerpt: &f.excerpt,
            message: &f.message,
            field: f.field,
            frame: f.frame.map(|id| id.0),
            fix: f.fix.as_ref().map(|x| x.replacement.as_str()),
        })
        .collect()
}
