//! Text styles: for each role text plays on the page (body, headline, kicker…), the font
//! families it is set in, its size and its weight. The file stores family names, not font files:
//! a layout opened where a family is missing falls back and keeps the name, so it prints in the
//! right face again wherever the family is installed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// What a piece of text is on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Role {
    /// Body text (正文).
    Body,
    /// Headlines (主题).
    Headline,
    /// Kickers (引题), over the headline.
    Kicker,
    /// Subtitles (副题), under the headline.
    Subtitle,
    /// Subheads (小标题) between paragraphs.
    Subhead,
    /// Bylines (署名).
    Byline,
    /// Picture captions and editor's notes (图片说明、编者按).
    Caption,
    /// The paper's name in the masthead (报头) and the page headers.
    Masthead,
    /// 转版 jump lines: （下转第N版）, （上接第M版）.
    Jump,
}

impl Role {
    /// Every role, in the order the Styles dialog lists them.
    pub const ALL: [Role; 9] = [
        Role::Body,
        Role::Headline,
        Role::Kicker,
        Role::Subtitle,
        Role::Subhead,
        Role::Byline,
        Role::Caption,
        Role::Masthead,
        Role::Jump,
    ];

    /// Its name on the command line (`--font headline=…`).
    pub fn name(self) -> &'static str {
        match self {
            Role::Body => "body",
            Role::Headline => "headline",
            Role::Kicker => "kicker",
            Role::Subtitle => "subtitle",
            Role::Subhead => "subhead",
            Role::Byline => "byline",
            Role::Caption => "caption",
            Role::Masthead => "masthead",
            Role::Jump => "jump",
        }
    }

    /// The role a command-line name means.
    pub fn from_name(name: &str) -> Option<Role> {
        Role::ALL
            .into_iter()
            .find(|r| r.name().eq_ignore_ascii_case(name.trim()))
    }

    /// Whether the role is set in the bundled sans by default (黑体 for headlines and subheads)
    /// rather than the serif (宋体).
    pub fn is_sans(self) -> bool {
        matches!(self, Role::Headline | Role::Subhead | Role::Masthead)
    }

    /// The style a role has until the editor changes it: the bundled faces, sizes as the page
    /// decides.
    pub fn default_style(self) -> TextStyle {
        let (family, weight) = if self.is_sans() {
            (BUNDLED_SANS, 700)
        } else {
            (BUNDLED_SERIF, 400)
        };
        TextStyle {
            families: vec![family.to_owned()],
            size_pt: None,
            weight,
        }
    }
}

/// The bundled serif family's name.
pub const BUNDLED_SERIF: &str = "Noto Serif CJK SC";
/// The bundled sans family's name.
pub const BUNDLED_SANS: &str = "Noto Sans CJK SC";

/// How the text of one role is set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextStyle {
    /// Font families in order of preference ("方正书宋_GBK", then "Noto Serif CJK SC"). A
    /// character none of them has falls back to the bundled faces, then to any installed font.
    #[serde(deserialize_with = "super::ranges::family_names")]
    pub families: Vec<String>,
    /// Size in points (see [`super::HAO`]); `None` lets the page decide: body text at the page
    /// setup's size, headlines sized to their block, the rest relative to the body.
    #[serde(default, deserialize_with = "super::ranges::optional_size_pt")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size_pt: Option<f32>,
    /// Weight, from 100 (thin) through 400 (regular) and 700 (bold) to 900 (black).
    #[serde(deserialize_with = "super::ranges::weight")]
    pub weight: u16,
}

impl TextStyle {
    /// Puts `family` first, the families before it staying behind it for what it lacks.
    pub fn prefer(&mut self, family: &str) {
        self.families.retain(|f| f != family);
        self.families.insert(0, family.to_owned());
    }
}

/// The document's text styles. Only styles changed from their role's default are stored.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Styles(BTreeMap<Role, TextStyle>);

impl Styles {
    /// The style of a role.
    pub fn get(&self, role: Role) -> TextStyle {
        self.0
            .get(&role)
            .cloned()
            .unwrap_or_else(|| role.default_style())
    }

    /// Sets the style of a role.
    pub fn set(&mut self, role: Role, style: TextStyle) {
        if style == role.default_style() {
            self.0.remove(&role);
        } else {
            self.0.insert(role, style);
        }
    }

    /// Whether every style is its role's default (kept out of layout files).
    pub fn is_default(&self) -> bool {
        self.0.is_empty()
    }

    /// Every family name any style asks for, once each.
    pub fn family_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Role::ALL
            .into_iter()
            .flat_map(|r| self.get(r).families)
            .collect();
        names.sort();
        names.dedup();
        names
    }
}
