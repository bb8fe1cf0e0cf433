//! The faces each role prints with on this document: its style's families, found among the
//! bundled and installed fonts, followed by the bundled faces. A family that is not installed
//! is skipped (and reported), never dropped from the document.

use crate::fonts::{FaceChain, FaceId, Fonts, Resolved};
use crate::model::{Article, Face, Role, Styles};

/// The resolved faces and sizes of every role, with the installed fonts they were found in.
#[derive(Clone, Debug, PartialEq)]
pub struct PageFaces {
    fonts: Fonts,
    chains: Vec<FaceChain>,
    sizes: Vec<Option<f32>>,
    weights: Vec<u16>,
    /// Families a style names that no installed font provides, once each.
    pub missing_families: Vec<String>,
}

impl PageFaces {
    /// Finds the faces of every style in `fonts`.
    pub fn new(fonts: &Fonts, styles: &Styles) -> Self {
        let mut missing_families = Vec::new();
        let mut chains = Vec::with_capacity(Role::ALL.len());
        let mut sizes = Vec::with_capacity(Role::ALL.len());
        let mut weights = Vec::with_capacity(Role::ALL.len());
        for role in Role::ALL {
            let style = styles.get(role);
            let mut chosen = Vec::new();
            for name in &style.families {
                match fonts.find_family(name, style.weight) {
                    Some(id) => chosen.push(id),
                    None if !missing_families.contains(name) => missing_families.push(name.clone()),
                    None => {}
                }
            }
            chains.push(FaceChain::new(chosen, bundled(role.is_sans())));
            sizes.push(style.size_pt);
            weights.push(style.weight);
        }
        PageFaces {
            fonts: fonts.clone(),
            chains,
            sizes,
            weights,
            missing_families,
        }
    }

    /// The faces a role prints with.
    pub fn chain(&self, role: Role) -> &FaceChain {
        &self.chains[role as usize]
    }

    /// The size a role's style asks for, if it asks for one.
    pub fn size(&self, role: Role) -> Option<f32> {
        self.sizes[role as usize]
    }

    /// The faces of a headline-block line of `role` that an article sets in `face`, and in
    /// `family` before it if the article names one: the role's style where the article keeps the
    /// role's usual kind of face, else the bundled face of the kind the editor switched this
    /// article to (宋 ↔ 黑). A named family that is not installed is skipped.
    pub fn head(&self, role: Role, face: Face, family: Option<&str>) -> FaceChain {
        let sans = face == Face::Sans;
        let own = family.and_then(|name| self.fonts.find_family(name, self.weights[role as usize]));
        if sans == role.is_sans() {
            let chain = self.chain(role);
            match own {
                Some(id) => FaceChain::new(std::iter::once(id).chain(chain.faces()), bundled(sans)),
                None => *chain,
            }
        } else {
            FaceChain::new(own, bundled(sans))
        }
    }

    /// The families an article's own kicker, headline or subtitle name that are not installed.
    pub fn missing_head_families(&self, article: &Article) -> Vec<String> {
        let b = &article.headline_block;
        let mut missing: Vec<String> = Vec::new();
        for (role, line) in [
            (Role::Kicker, &b.kicker),
            (Role::Headline, &b.headline),
            (Role::Subtitle, &b.subtitle),
        ] {
            let Some(name) = line.as_ref().and_then(|l| l.family.as_ref()) else {
                continue;
            };
            let absent = self
                .fonts
                .find_family(name, self.weights[role as usize])
                .is_none();
            if absent && !missing.contains(name) {
                missing.push(name.clone());
            }
        }
        missing
    }
}

impl PageFaces {
    /// The installed fonts the faces were found in.
    pub fn fonts(&self) -> &Fonts {
        &self.fonts
    }

    /// The face that prints `ch` in `chain`: the chain's own, else an installed face that has
    /// it.
    pub fn resolve(&self, chain: &FaceChain, ch: char) -> Resolved {
        self.fonts.resolve(chain, ch)
    }
}

fn bundled(sans: bool) -> FaceId {
    if sans {
        FaceId::sans_bold()
    } else {
        FaceId::serif()
    }
}
