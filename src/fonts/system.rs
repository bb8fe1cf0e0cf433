//! Installed fonts: the families the system has (through `fontique`, which asks fontconfig,
//! DirectWrite or Core Text), plus the folders listed in `BANMIAN_FONT_DIRS` (a print shop's
//! font folder, used without installing it). The list is read once, on first use: opening the
//! sample page never waits for it.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, OnceLock};

use fontique::{
    Collection, CollectionOptions, FontStyle, FontWeight, FontWidth, SourceCache,
    SourceCacheOptions,
};

use super::coverage::tongyong_coverage;
use super::registry::{self, FaceId};

/// The environment variable naming extra font folders, separated like `PATH`.
pub const FONT_DIRS_VAR: &str = "BANMIAN_FONT_DIRS";

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

/// The installed fonts, listed on first use.
fn system() -> Option<MutexGuard<'static, System>> {
    static SYSTEM: OnceLock<Mutex<System>> = OnceLock::new();
    SYSTEM
        .get_or_init(|| {
            let mut collection = Collection::new(CollectionOptions {
                shared: false,
                system_fonts: true,
            });
            if let Some(dirs) = std::env::var_os(FONT_DIRS_VAR) {
                collection.load_fonts_from_paths(std::env::split_paths(&dirs));
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

impl System {
    /// Loads a face of the collection, once.
    fn load(&mut self, family: &str, font: &fontique::FontInfo) -> Option<FaceId> {
        let key = (font.source().id().to_u64(), font.index());
        if let Some(&id) = self.loaded.get(&key) {
            return Some(id);
        }
        let blob = font.load(Some(&mut self.cache))?;
        // A face stays loaded for the life of the process (see `registry`).
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

/// The face of the family called `name` (any of its names: "LXGW WenKai" or "霞鹜文楷") nearest
/// to `weight`: a bundled face when the name is a bundled family's, else an installed one.
/// `None` when no such family is installed.
pub fn find_family(name: &str, weight: u16) -> Option<FaceId> {
    let off = |id: FaceId| id.loaded().weight.abs_diff(weight);
    let bundled = [FaceId::serif(), FaceId::sans_bold()]
        .into_iter()
        .find(|&id| registry::family_name(id).eq_ignore_ascii_case(name.trim()));
    match bundled {
        // The bundled face has one weight; an installed face of the family nearer the weight
        // asked for (Noto Sans CJK SC Regular, say) is the better match.
        Some(id) if off(id) > 100 => {
            let installed = system().and_then(|mut sys| sys.family_face(name.trim(), weight));
            Some(
                installed
                    .filter(|&other| off(other) < off(id))
                    .unwrap_or(id),
            )
        }
        Some(id) => Some(id),
        None => system()?.family_face(name.trim(), weight),
    }
}

/// An installed face that has `ch`, for a character none of the chosen faces has: the regular
/// face of the first family, by name, that covers it, so that every run prints the same way.
/// Remembered per character.
pub(crate) fn face_with(ch: char) -> Option<FaceId> {
    let mut sys = system()?;
    if let Some(found) = sys.fallback.get(&ch) {
        return *found;
    }
    let candidates = sys.candidates();
    let found = candidates
        .iter()
        .copied()
        .find(|&id| registry::has_glyph(id, ch));
    sys.fallback.insert(ch, found);
    found
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

/// Every family banmian can use, the bundled ones first, then the installed ones by name.
/// Reading each family's coverage opens its font, which takes a moment on a machine with many
/// fonts: the list is made once, when first asked for (`banmian fonts`, the Styles dialog).
pub fn families() -> &'static [FamilyInfo] {
    static FAMILIES: OnceLock<Vec<FamilyInfo>> = OnceLock::new();
    FAMILIES.get_or_init(list_families)
}

fn list_families() -> Vec<FamilyInfo> {
    let mut list: Vec<FamilyInfo> = [FaceId::serif(), FaceId::sans_bold()]
        .into_iter()
        .map(|id| FamilyInfo {
            name: registry::family_name(id).to_owned(),
            bundled: true,
            coverage: tongyong_coverage(id),
        })
        .collect();
    let Some(mut sys) = system() else {
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
