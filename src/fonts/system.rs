//! Installed fonts: the families the system has (through `fontique`, which asks fontconfig,
//! DirectWrite or Core Text), plus the folders listed in `BANMIAN_FONT_DIRS` (a print shop's
//! font folder, used without installing it), as the context that finds a face by family name or
//! by a character no chosen face has. Like parley's `FontContext`, it is made by whatever runs
//! banmian (the editor, a command, a test) and passed to what composes a page; nothing in the
//! process holds it but them. The fonts are listed on first use: opening the sample page never
//! waits for them.

use std::collections::HashMap;
use std::ffi::OsString;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use fontique::{
    Collection, CollectionOptions, FontStyle, FontWeight, FontWidth, SourceCache,
    SourceCacheOptions,
};

use super::chain::{FaceChain, Resolved};
use super::coverage::tongyong_coverage;
use super::face::{self, FaceId};

/// The environment variable naming extra font folders, separated like `PATH`.
pub const FONT_DIRS_VAR: &str = "BANMIAN_FONT_DIRS";

/// The fonts banmian can print with beyond the bundled ones, and what has been looked up in
/// them. Cloning it shares it.
#[derive(Clone)]
pub struct Fonts(Arc<Installed>);

struct Installed {
    /// Font folders to read besides the system's, separated like `PATH`.
    dirs: Option<OsString>,
    system: OnceLock<Mutex<System>>,
    families: OnceLock<Vec<FamilyInfo>>,
}

/// The installed fonts, and what has been looked up in them.
struct System {
    collection: Collection,
    cache: SourceCache,
    /// Faces already loaded, by font source and index.
    loaded: HashMap<(u64, u32), FaceId>,
    /// The installed face found for a character no chosen face has (`None`: none has it).
    fallback: HashMap<char, Option<FaceId>>,
    /// The regular face of every installed family, by family name: where a character no chosen
    /// face has is looked for. Loaded the first time one is missing.
    candidates: Option<Vec<FaceId>>,
}

impl Fonts {
    /// The system's fonts and those in the folders `BANMIAN_FONT_DIRS` names.
    pub fn new() -> Self {
        Fonts::with_dirs(std::env::var_os(FONT_DIRS_VAR))
    }

    /// The system's fonts and those in `dirs` (folders separated like `PATH`).
    pub fn with_dirs(dirs: Option<OsString>) -> Self {
        Fonts(Arc::new(Installed {
            dirs,
            system: OnceLock::new(),
            families: OnceLock::new(),
        }))
    }

    /// The installed fonts, listed on first use.
    fn system(&self) -> Option<MutexGuard<'_, System>> {
        self.0
            .system
            .get_or_init(|| {
                let mut collection = Collection::new(CollectionOptions {
                    shared: false,
                    system_fonts: true,
                });
                if let Some(dirs) = &self.0.dirs {
                    collection.load_fonts_from_paths(std::env::split_paths(dirs));
                }
                Mutex::new(System {
                    collection,
                    cache: SourceCache::new(SourceCacheOptions::default()),
                    loaded: HashMap::new(),
                    fallback: HashMap::new(),
                    candidates: None,
                })
            })
            .lock()
            .ok()
    }
}

impl Default for Fonts {
    fn default() -> Self {
        Fonts::new()
    }
}

/// Two contexts are equal when they are the same one: what one found, the other would.
impl PartialEq for Fonts {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fonts").field("dirs", &self.0.dirs).finish()
    }
}

impl System {
    /// Loads a face of the collection, once.
    fn load(&mut self, family: &str, font: &fontique::FontInfo) -> Option<FaceId> {
        let key = (font.source().id().to_u64(), font.index());
        if let Some(&id) = self.loaded.get(&key) {
            return Some(id);
        }
        let blob = font.load(Some(&mut self.cache))?;
        // A face stays loaded for the life of the process (see `face`): its handles never dangle.
        let blob: &'static fontique::Blob<u8> = Box::leak(Box::new(blob));
        let weight = font.weight().value().round().clamp(1.0, 1000.0) as u16;
        let id = FaceId::load(family, weight, blob.data(), font.index());
        self.loaded.insert(key, id);
        Some(id)
    }

    /// The regular face of every installed family, by family name.
    fn candidates(&mut self) -> Vec<FaceId> {
        if let Some(found) = &self.candidates {
            return found.clone();
        }
        let mut names: Vec<String> = self.collection.family_names().map(str::to_owned).collect();
        names.sort();
        names.dedup();
        let mut found: Vec<FaceId> = Vec::with_capacity(names.len());
        for name in &names {
            if let Some(id) = self.family_face(name, 400).filter(|id| !found.contains(id)) {
                found.push(id);
            }
        }
        self.candidates = Some(found.clone());
        found
    }

    /// The upright face of a family nearest to `weight`.
    fn family_face(&mut self, name: &str, weight: u16) -> Option<FaceId> {
        let family = self.collection.family_by_name(name)?;
        let font = family
            .match_font(
                FontWidth::NORMAL,
                FontStyle::Normal,
                FontWeight::new(f32::from(weight)),
                false,
            )?
            .clone();
        self.load(family.name(), &font)
    }
}

impl Fonts {
    /// The face of the family called `name` (any of its names: "LXGW WenKai" or "霞鹜文楷")
    /// nearest to `weight`: a bundled face when the name is a bundled family's, else an
    /// installed one. `None` when no such family is installed.
    pub fn find_family(&self, name: &str, weight: u16) -> Option<FaceId> {
        let off = |id: FaceId| id.loaded().weight.abs_diff(weight);
        let bundled = [FaceId::serif(), FaceId::sans_bold()]
            .into_iter()
            .find(|&id| face::family_name(id).eq_ignore_ascii_case(name.trim()));
        match bundled {
            // The bundled face has one weight; an installed face of the family nearer the weight
            // asked for (Noto Sans CJK SC Regular, say) is the better match.
            Some(id) if off(id) > 100 => {
                let installed = self
                    .system()
                    .and_then(|mut sys| sys.family_face(name.trim(), weight));
                Some(
                    installed
                        .filter(|&other| off(other) < off(id))
                        .unwrap_or(id),
                )
            }
            Some(id) => Some(id),
            None => self.system()?.family_face(name.trim(), weight),
        }
    }

    /// The face that prints `ch` in `chain`: the chain's own, else an installed face that has it.
    pub fn resolve(&self, chain: &FaceChain, ch: char) -> Resolved {
        match chain.resolve(ch) {
            Resolved::Missing => self.face_with(ch).map_or(Resolved::Missing, Resolved::Face),
            found => found,
        }
    }

    /// An installed face that has `ch`, for a character none of the chosen faces has: the regular
    /// face of the first family, by name, that covers it, so that every run prints the same way.
    /// Remembered per character.
    fn face_with(&self, ch: char) -> Option<FaceId> {
        if ch.is_whitespace() || ch.is_control() {
            return None;
        }
        let mut sys = self.system()?;
        if let Some(found) = sys.fallback.get(&ch) {
            return *found;
        }
        let candidates = sys.candidates();
        let found = candidates
            .iter()
            .copied()
            .find(|&id| face::has_glyph(id, ch));
        sys.fallback.insert(ch, found);
        found
    }

    /// Every family banmian can use, the bundled ones first, then the installed ones by name.
    /// Reading each family's coverage opens its font, which takes a moment on a machine with many
    /// fonts: the list is made once, when first asked for (`banmian fonts`, the Styles dialog).
    pub fn families(&self) -> &[FamilyInfo] {
        self.0.families.get_or_init(|| self.list_families())
    }

    fn list_families(&self) -> Vec<FamilyInfo> {
        let mut list: Vec<FamilyInfo> = [FaceId::serif(), FaceId::sans_bold()]
            .into_iter()
            .map(|id| FamilyInfo {
                name: face::family_name(id).to_owned(),
                bundled: true,
                coverage: tongyong_coverage(id),
            })
            .collect();
        let Some(mut sys) = self.system() else {
            return list;
        };
        let mut names: Vec<String> = sys.collection.family_names().map(str::to_owned).collect();
        names.sort();
        names.dedup();
        for name in names {
            if list.iter().any(|f| f.name == name) {
                continue;
            }
            let Some(id) = sys.family_face(&name, 400) else {
                continue;
            };
            list.push(FamilyInfo {
                name,
                bundled: false,
                coverage: tongyong_coverage(id),
            });
        }
        list
    }
}

/// A family banmian can print with, for `banmian fonts` and the Styles dialog.
#[derive(Clone, Debug, PartialEq)]
pub struct FamilyInfo {
    /// Its name.
    pub name: String,
    /// Whether it is built into banmian (always available, embedded in every print).
    pub bundled: bool,
    /// How many of the 8,105 characters of the 通用规范汉字表 its regular face has.
    pub coverage: usize,
}
