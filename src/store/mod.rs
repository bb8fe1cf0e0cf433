//! Keeping documents on disk: RON layout files, written atomically, and collected with their
//! pictures for output.

mod collect;
mod ron_file;
mod upgrade;

pub use collect::{Collected, PICTURES_FOLDER, collect};
pub use ron_file::{
    Error, from_ron, is_layout_path, load, load_template, relative_to, save, save_template, to_ron,
    to_ron_in,
};
