//! The command line's shape (DESIGN.md §5), parsed by clap.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// banmian (版面): lay out a Chinese newspaper page.
#[derive(Debug, Parser)]
#[command(name = "banmian", version, args_conflicts_with_subcommands = true)]
pub struct Args {
    /// What to do; without one, the editor opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Open FILE in the editor window, save a PNG of the window to OUT.png and exit.
    #[arg(long, value_name = "OUT.png")]
    pub screenshot: Option<PathBuf>,
    /// A layout (.ron) to open, or a text file to import.
    pub file: Option<PathBuf>,
}

/// The subcommands for scripts.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Text (page flow or manuscripts) → layout; RON on stdout without -o.
    Import {
        /// The text files, Word .docx manuscripts and pictures, in order.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Where to write the layout.
        #[arg(short, long, value_name = "OUT.ron")]
        output: Option<PathBuf>,
        /// What the files are; detected when not given.
        #[arg(long)]
        format: Option<FormatArg>,
        /// The files' encoding (utf-8, gb18030, gbk, big5, utf-16le…); detected when not given.
        #[arg(long, value_name = "NAME")]
        encoding: Option<String>,
        /// Say on stderr what each file gave: headline, byline, characters, photos.
        #[arg(long)]
        verbose: bool,
        /// Arrange so that the page left free is one block of whole columns at its foot.
        #[arg(long)]
        fill: bool,
        /// Arrange the articles in flow order over this many pages of an issue; a story that
        /// does not fit its page continues on the next (转版).
        #[arg(long, value_name = "N", value_parser = page_count)]
        pages: Option<usize>,
        /// Start the issue from a template (or last issue's layout): its page setup, masthead,
        /// page headers and page names, the number one up and the date one interval on.
        #[arg(long, value_name = "T.ron")]
        template: Option<PathBuf>,
        /// The paper's name, printed in the masthead and page headers.
        #[arg(long, value_name = "NAME")]
        paper: Option<String>,
        /// The issue's number (第N期).
        #[arg(long, value_name = "N")]
        number: Option<u32>,
        /// The issue's date.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = issue_date)]
        date: Option<banmian::model::IssueDate>,
    },
    /// The page as plain text in the source's flow, or as PDF or PNG; stdout without -o.
    Export {
        /// The layout file.
        layout: PathBuf,
        /// Where to write it.
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// What to write.
        #[arg(long, default_value = "text")]
        format: ExportFormat,
        /// Resolution of a PNG, in dots per inch.
        #[arg(long, default_value_t = banmian::export::png::DEFAULT_DPI)]
        dpi: f32,
        /// The PDF for the print shop: text and rules in black ink only, photos in grey, the
        /// TrimBox and BleedBox set, crop marks outside the trim.
        #[arg(long)]
        print_ready: bool,
        /// The bleed round each page for --print-ready, in millimetres.
        #[arg(long, value_name = "MM", requires = "print_ready", value_parser = bleed_mm)]
        bleed: Option<f32>,
        /// Write the e-paper (--format html) into a folder that holds other files.
        #[arg(long)]
        force: bool,
        /// Print only this page of the issue (PDF, PNG), counting from 1.
        #[arg(long, value_name = "N")]
        page: Option<usize>,
        /// Refuse to print (PDF, PNG) a page with overset text, missing characters, missing
        /// or coarse photos or overlapping frames instead of warning.
        #[arg(long)]
        strict: bool,
        /// Print photos in shades of grey (PDF, PNG), for a paper printed in black and white.
        #[arg(long)]
        grayscale: bool,
        /// Set every paragraph afresh from its text in the current frames (重排全部).
        #[arg(long)]
        reset: bool,
        /// Print a role (body, headline, kicker, subtitle, subhead, byline, caption) in another
        /// font family for this export only, e.g. `--font headline=方正小标宋简体`.
        #[arg(long = "font", value_name = "ROLE=FAMILY", value_parser = font_override)]
        fonts: Vec<(banmian::model::Role, String)>,
    },
    /// The font families banmian can use (bundled and installed), with their coverage of the
    /// 8,105 characters of the 通用规范汉字表.
    Fonts {
        /// Print JSON for scripts.
        #[arg(long)]
        json: bool,
    },
    /// Proofing and preflight findings of a layout, or of text imported first; exits 1 when
    /// there are errors.
    Check {
        /// A layout (.ron), or text, .docx or pictures to import and lay out first.
        file: PathBuf,
        /// Print JSON for scripts.
        #[arg(long)]
        json: bool,
    },
    /// A summary of a layout's articles.
    Info {
        /// The layout file.
        layout: PathBuf,
        /// Print JSON for scripts.
        #[arg(long)]
        json: bool,
    },
    /// Typeset paragraphs (one per stdin line) and print their lines, a blank line between.
    Reflow {
        /// Line length in ems.
        #[arg(long, value_name = "EM")]
        measure: f32,
        /// First-line indent in ems (default 2).
        #[arg(long, value_name = "EM")]
        indent: Option<f32>,
    },
}

/// What `export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Plain text in the source's flow and encoding.
    Text,
    /// A one-page PDF at the page setup's size.
    Pdf,
    /// A PNG picture of the page.
    Png,
    /// The e-paper (数字报): a folder of web pages, `-o` naming the folder.
    Html,
}

/// The text formats `import` reads.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FormatArg {
    /// A page in its flow, with printed line breaks.
    Page,
    /// Correspondents' manuscripts, one article per file.
    Manuscript,
}

impl From<FormatArg> for banmian::import::Format {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Page => banmian::import::Format::Page,
            FormatArg::Manuscript => banmian::import::Format::Manuscript,
        }
    }
}

/// Reads the number of pages for `import --pages`: 1 to [`MAX_PAGES`](banmian::model::MAX_PAGES).
fn page_count(arg: &str) -> Result<usize, String> {
    let most = banmian::model::MAX_PAGES;
    match arg.trim().parse::<usize>() {
        Ok(n) if (1..=most).contains(&n) => Ok(n),
        _ => Err(format!("an issue has 1 to {most} pages, not {arg}")),
    }
}

/// Reads the bleed for `export --bleed`: 0 to [`MAX_BLEED_MM`](banmian::export::MAX_BLEED_MM).
fn bleed_mm(arg: &str) -> Result<f32, String> {
    let most = banmian::export::MAX_BLEED_MM;
    match arg.trim().parse::<f32>() {
        Ok(mm) if (0.0..=most).contains(&mm) => Ok(mm),
        _ => Err(format!("a bleed is 0 to {most} mm, not {arg}")),
    }
}

/// Reads the date for `import --date`.
fn issue_date(arg: &str) -> Result<banmian::model::IssueDate, String> {
    banmian::model::IssueDate::parse(arg).map_err(|e| e.to_string())
}

/// Reads `ROLE=FAMILY` for `export --font`.
fn font_override(arg: &str) -> Result<(banmian::model::Role, String), String> {
    let (role, family) = arg
        .split_once('=')
        .ok_or_else(|| format!("{arg:?} is not ROLE=FAMILY"))?;
    let role = banmian::model::Role::from_name(role).ok_or_else(|| {
        let roles: Vec<&str> = banmian::model::Role::ALL.iter().map(|r| r.name()).collect();
        format!("{role:?} is not a role; use one of {}", roles.join(", "))
    })?;
    let family = family.trim();
    if family.is_empty() {
        return Err(format!("{arg:?} names no font family"));
    }
    Ok((role, family.to_owned()))
}
