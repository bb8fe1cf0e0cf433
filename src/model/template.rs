//! Issue templates (版式模板): what one issue hands on to the next — the page setup and styles,
//! the issue's fields, and each page's name, editor, proofreader and rules — without its
//! articles. A new issue started from one comes one number and one interval later.

use serde::{Deserialize, Serialize};

use super::{Document, Issue, Page, PageSetup, Styles};

/// The template format version this build writes; templates with a larger one are refused.
pub const TEMPLATE_VERSION: u32 = 1;

/// One page of a template: what its header says and whether it has rules.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PageTemplate {
    /// The page's name (版名).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Its editor (责任编辑).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub editor: Option<String>,
    /// Its proofreader (校对).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proofreader: Option<String>,
    /// Whether rules stand between its articles.
    pub rules: bool,
}

impl Default for PageTemplate {
    fn default() -> Self {
        PageTemplate {
            name: None,
            editor: None,
            proofreader: None,
            rules: true,
        }
    }
}

/// An issue's template.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Template {
    /// The template format version (see [`TEMPLATE_VERSION`]).
    pub version: u32,
    /// Page size and grid.
    #[serde(default)]
    pub setup: PageSetup,
    /// The text styles.
    #[serde(default, skip_serializing_if = "Styles::is_default")]
    pub styles: Styles,
    /// The fields of the issue it was saved from.
    #[serde(default)]
    pub issue: Issue,
    /// The pages, in order.
    #[serde(default)]
    pub pages: Vec<PageTemplate>,
}

impl Template {
    /// The template of a document: its setup, styles, issue (a default one where it is none)
    /// and pages.
    pub fn of(doc: &Document) -> Template {
        Template {
            version: TEMPLATE_VERSION,
            setup: doc.setup.clone(),
            styles: doc.styles.clone(),
            issue: doc.issue.clone().unwrap_or_default(),
            pages: doc
                .pages
                .iter()
                .map(|p| PageTemplate {
                    name: p.name.clone(),
                    editor: p.editor.clone(),
                    proofreader: p.proofreader.clone(),
                    rules: p.rules,
                })
                .collect(),
        }
    }

    /// The next issue: an empty document of the template's pages with their masthead and
    /// headers, its number one up and its date one interval on.
    pub fn next_issue(&self) -> Document {
        let mut doc = Document {
            setup: self.setup.clone(),
            styles: self.styles.clone(),
            issue: Some(self.issue.next()),
            pages: self
                .pages
                .iter()
                .map(|p| Page {
                    name: p.name.clone(),
                    editor: p.editor.clone(),
                    proofreader: p.proofreader.clone(),
                    rules: p.rules,
                    ..Page::default()
                })
                .collect(),
            ..Document::default()
        };
        if doc.pages.is_empty() {
            doc.pages.push(Page::default());
        }
        doc.furnish();
        doc
    }
}
