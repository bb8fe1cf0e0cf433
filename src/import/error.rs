//! What can go wrong reading a text file.

use std::path::PathBuf;

/// A text file that could not be imported, and why.
#[derive(Debug, thiserror::Error)]
#[error("{}: {kind}", path.display())]
pub struct Error {
    /// The file.
    pub path: PathBuf,
    /// What went wrong.
    pub kind: ErrorKind,
}

/// Why a text file could not be imported.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Occurs when the file cannot be read (missing, a folder, no permission).
    #[error("cannot read the file: {0}")]
    Read(#[from] std::io::Error),
    /// Occurs when the file has no bytes at all.
    #[error("the file is empty")]
    Empty,
    /// Occurs when the file holds nothing but blank lines.
    #[error("the file holds only blank lines, no text")]
    Blank,
    /// Occurs when the bytes are not text (NUL bytes or many control characters).
    #[error("this is a binary file, not text (at byte {offset})")]
    Binary {
        /// Where the first non-text byte is.
        offset: usize,
    },
    /// Occurs when the bytes are not valid in the encoding they were detected as.
    #[error("{line}: not valid {encoding} text")]
    Malformed {
        /// The encoding tried.
        encoding: &'static str,
        /// The line (1-based) with the first bad byte sequence.
        line: usize,
    },
}
