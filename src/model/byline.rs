//! Bylines: who wrote the article or took the photo, and where the page prints it.

use serde::{Deserialize, Serialize};

use super::Gap;

/// Who can sign a story, longest first so that `本报记者` is not read as `本报` + `记者`; in
/// simplified and traditional script, since manuscripts from Hong Kong and Taiwan sign `通訊員`.
pub const BYLINE_ROLES: &[&str] = &[
    "本报特约通讯员",
    "本報特約通訊員",
    "特约通讯员",
    "特約通訊員",
    "本报通讯员",
    "本報通訊員",
    "见习通讯员",
    "見習通訊員",
    "本报记者",
    "本報記者",
    "特约记者",
    "特約記者",
    "见习记者",
    "見習記者",
    "通讯员",
    "通訊員",
    "实习生",
    "實習生",
    "记者",
    "記者",
    "文/图",
    "文/圖",
    "图/文",
    "圖/文",
    "摄影",
    "攝影",
];

/// An article's byline as printed, e.g. `通讯员 侯宪锋` or the photo credit `■通讯员 熊继勇 摄`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Byline {
    /// The byline text without surrounding spaces or brackets.
    pub text: String,
    /// Where the byline is printed.
    #[serde(default)]
    pub placement: BylinePlacement,
    /// What separates a run-in byline from the body text (one space on the seed page).
    #[serde(default = "one_space", skip_serializing_if = "is_one_space")]
    pub separator: String,
    /// Blank lines after a byline printed on its own line.
    #[serde(default, skip_serializing_if = "Gap::is_default")]
    pub gap: Gap,
    /// The byline exactly as the source had it (`（通讯员　张三）`, odd spaces and all), where that
    /// differs from `text`; written back by export until the byline is edited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub printed: Option<String>,
}

fn one_space() -> String {
    " ".to_owned()
}

fn is_one_space(s: &str) -> bool {
    s == " "
}

impl Byline {
    /// A byline that export places where it fits (run in, else on its own line).
    pub fn new(text: impl Into<String>) -> Self {
        Byline {
            text: text.into(),
            placement: BylinePlacement::Auto,
            separator: one_space(),
            gap: Gap::default(),
            printed: None,
        }
    }

    /// The byline as export writes it: as printed while nobody edited it, else its text.
    pub fn as_written(&self) -> &str {
        self.printed.as_deref().unwrap_or(&self.text)
    }

    /// Replaces the text; the printed form no longer applies.
    pub fn set_text(&mut self, text: impl Into<String>) {
        let text = text.into();
        if text != self.text {
            self.text = text;
            self.printed = None;
        }
    }

    /// Whether this is a photo credit (`… 摄`) rather than a writer's byline.
    pub fn is_photo_credit(&self) -> bool {
        self.text.ends_with('摄')
    }
}

/// Where a byline is printed relative to the body.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum BylinePlacement {
    /// Run in after the last body line when it fits there, else on a line of its own.
    #[default]
    Auto,
    /// Run in at the end of the last body line, as printed.
    RunIn,
    /// On a line of its own after the body, as printed.
    OwnLine,
    /// Inside the lead (`本报讯（通讯员 陈静）…`): the body already prints it.
    InLead,
}
