//! Keeping documents on disk: RON layout files, written atomically.

mod atomic;
mod ron_file;
mod upgrade;

pub use atomic::{WriteError, write_atomic};
pub use ron_file::{Error, from_ron, load, save, to_ron, to_ron_in};
