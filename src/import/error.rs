//! What can go wrong reading a text file.

use std::path::PathBuf;

/// A text file that could not be imported, and why.
#[derive(Debug, thiserror::Error)]
pub struct Error {
    /// The file.
    pub path: PathBuf,
    /// What went wrong.
    pub kind: ErrorKind,
}

impl std::fmt::Display for Error {
    /// `FILE: why`, or `FILE:LINE:COL: why` where the trouble has a place.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.kind {
            ErrorKind::Malformed { line, col, .. } => {
                write!(f, "{}:{line}:{col}: {}", self.path.display(), self.kind)
            }
            kind => write!(f, "{}: {kind}", self.path.display()),
        }
    }
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
    /// Occurs when the bytes are not valid in the encoding they were read in: a damaged or cut
    /// file. Nothing is imported; the place of the first bad byte is named.
    #[error(
        "not valid {encoding} text here ({count} bad byte sequence(s) in the file); the file may be damaged: fix it, or give --encoding if it is in another encoding"
    )]
    Malformed {
        /// The encoding read in.
        encoding: &'static str,
        /// The line (1-based) with the first bad byte sequence.
        line: usize,
        /// Its column (1-based, in characters).
        col: usize,
        /// How many bad sequences the file has.
        count: usize,
    },
    /// Occurs when the encoding cannot be told with confidence: importing would risk mojibake.
    #[error(
        "cannot tell this file's encoding for sure (it looks like {guess}); give it with --encoding, for example --encoding gb18030"
    )]
    UnsureEncoding {
        /// What the detector guessed.
        guess: &'static str,
    },
    /// Occurs for a Word 97–2003 `.doc`, a WPS `.wps` or a password-protected `.docx`: formats
    /// banmian does not read.
    #[error(
        "this is an old Word (.doc), WPS or password-protected Word file, which banmian cannot read; open it in Word or WPS and save it as .docx (without a password) or as .txt, then import that"
    )]
    OldWord,
    /// Occurs when a `.docx` cannot be read; says why.
    #[error(
        "not a readable Word .docx: {0}; open it in Word or WPS and save it again as .docx or .txt"
    )]
    Docx(String),
    /// Occurs when a picture file is not a JPEG or PNG that can be read.
    #[error("not a JPEG or PNG picture banmian can read ({0})")]
    Picture(String),
    /// Occurs when a picture has more pixels than banmian prints (width, height).
    #[error(
        "the picture is {} × {} pixels, more than banmian prints (at most {} million pixels, {} each way); save it smaller",
        .0.0, .0.1, crate::picture::MAX_PIXELS / 1_000_000, crate::picture::MAX_SIDE
    )]
    PictureTooLarge((u32, u32)),
    /// Occurs when one text (a line, a paragraph) is longer than a layout holds (see
    /// [`MAX_TEXT_CHARS`](crate::model::ranges::MAX_TEXT_CHARS)).
    #[error(
        "{} holds {chars} characters, more than one paragraph may ({}); break it into paragraphs",
        line.map_or_else(|| "a paragraph".to_owned(), |l| format!("line {l}")),
        crate::model::ranges::MAX_TEXT_CHARS
    )]
    TextTooLong {
        /// The line (1-based) of a text file, if the text is one line.
        line: Option<usize>,
        /// How many characters it holds.
        chars: usize,
    },
    /// Occurs when `--encoding` names no encoding this build knows.
    #[error("unknown encoding {0:?}; try utf-8, gb18030, gbk, big5 or utf-16le")]
    UnknownEncoding(String),
}
