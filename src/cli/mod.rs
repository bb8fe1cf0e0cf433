//! The command line: parse arguments, run one command, report errors once.

mod args;
mod check;
mod info;
mod print_problems;

use std::io::{Read as _, Write as _};
use std::path::Path;

use anyhow::{Context as _, bail};
use clap::Parser as _;

use banmian::fonts::Fonts;
use banmian::model::Em;
use banmian::{export, import, store, typeset};

use args::{Args, Command, ExportFormat};

/// Parses the command line and runs it.
pub fn run() -> anyhow::Result<()> {
    let args = match Args::try_parse() {
        Ok(args) => args,
        Err(e) => return parse_error(e),
    };
    // The installed fonts, for the families a layout's styles name: listed on first use.
    let installed = Fonts::new();
    match args.command {
        None => banmian::ui::run(args.file.as_deref(), args.screenshot.as_deref()),
        Some(Command::Import {
            files,
            output,
            format,
            encoding,
            verbose,
            fill,
            pages,
            template,
            paper,
            number,
            date,
        }) => {
            refuse_overwriting_input(output.as_deref(), &files)?;
            let encoding = encoding
                .map(|e| import::encoding_named(&e))
                .transpose()
                .map_err(|e| anyhow::anyhow!("--encoding: {e}"))?;
            let (mut doc, reports) =
                import::import_files_in(&files, format.map(Into::into), encoding)?;
            for r in &reports {
                for warning in &r.warnings {
                    eprintln!("warning: {}: {warning}", r.file.display());
                }
                if verbose {
                    eprintln!("{}", report_line(r));
                }
            }
            let template = template.as_deref().map(store::load_template).transpose()?;
            let pages = issue_of(&mut doc, template.as_ref(), (paper, number, date), pages);
            banmian::edit::arrange_pages(&mut doc, &installed, pages, fill);
            // Pictures are named relative to where the layout goes (or the current folder).
            let dir = output
                .as_deref()
                .map_or(Path::new("."), banmian::disk::folder_of);
            let ron = store::to_ron_in(&doc, dir).with_context(|| {
                output
                    .as_deref()
                    .map_or_else(|| "standard output".to_owned(), |o| o.display().to_string())
            })?;
            write_output(output.as_deref(), ron.as_bytes())
        }
        Some(Command::Export {
            layout,
            output,
            format,
            dpi,
            print_ready,
            bleed,
            force,
            page,
            strict,
            grayscale,
            reset,
            fonts,
        }) => {
            refuse_overwriting_input(output.as_deref(), std::slice::from_ref(&layout))?;
            let mut doc = store::load(&layout)?;
            if reset {
                doc.reset_lines();
            }
            // The family asked for first, the style's own after it for what it lacks.
            for (role, family) in fonts {
                let mut style = doc.styles.get(role);
                style.prefer(&family);
                doc.styles.set(role, style);
            }
            let pages = doc.pages.len();
            let page = match page {
                Some(n) if (1..=pages).contains(&n) => Some(n - 1),
                Some(n) => bail!("--page {n}: {} has pages 1 to {pages}", layout.display()),
                None => None,
            };
            if format == ExportFormat::Html {
                let Some(dir) = output else {
                    bail!("{}: the e-paper is a folder: give -o DIR", layout.display());
                };
                let composed = printable(&doc, &installed, strict)
                    .with_context(|| layout.display().to_string())?;
                let files = export::html::build_site(&doc, &composed)
                    .with_context(|| layout.display().to_string())?;
                export::html::write_site(&dir, &files, force)?;
                return Ok(());
            }
            if print_ready && format != ExportFormat::Pdf {
                bail!("--print-ready makes a PDF for the print shop: give --format pdf");
            }
            let options = export::PrintOptions {
                grayscale,
                page,
                print_ready: print_ready.then(|| bleed.unwrap_or(export::DEFAULT_BLEED_MM)),
            };
            if format == ExportFormat::Png && page.is_none() && pages > 1 {
                // One picture per page: OUT-1.png, OUT-2.png …
                let Some(output) = output else {
                    bail!(
                        "{}: the issue has {pages} pages, one PNG each: give -o OUT.png, or --page N",
                        layout.display()
                    );
                };
                let composed = printable(&doc, &installed, strict)
                    .with_context(|| layout.display().to_string())?;
                for index in 0..pages {
                    let options = export::PrintOptions {
                        page: Some(index),
                        ..options
                    };
                    let bytes = export::png::export_png(&composed, dpi, &options)
                        .with_context(|| layout.display().to_string())?;
                    write_output(Some(&numbered(&output, index + 1)), &bytes)?;
                }
                return Ok(());
            }
            let bytes = export_bytes(&doc, &installed, format, dpi, strict, &options)
                .with_context(|| layout.display().to_string())?;
            write_output(output.as_deref(), &bytes)
        }
        Some(Command::Info { layout, json }) => {
            let doc = store::load(&layout)?;
            let text = if json {
                info::json(&doc, &installed, banmian::disk::folder_of(&layout))?
            } else {
                info::table(&doc)
            };
            write_output(None, text.as_bytes())
        }
        Some(Command::Check { file, json }) => check::run(&file, &installed, json),
        Some(Command::Reflow { measure, indent }) => reflow(measure, indent),
        Some(Command::Fonts { json }) => {
            write_output(None, fonts_list(&installed, json)?.as_bytes())
        }
    }
}

/// Makes the imported document an issue where a template or an issue field is given: the
/// template's next issue with the articles in it, the fields given overriding its own. Returns
/// how many pages to arrange over: those asked for, else the template's, else one.
fn issue_of(
    doc: &mut banmian::model::Document,
    template: Option<&banmian::model::Template>,
    (paper, number, date): (
        Option<String>,
        Option<u32>,
        Option<banmian::model::IssueDate>,
    ),
    pages: Option<usize>,
) -> usize {
    if let Some(template) = template {
        let mut issue = template.next_issue();
        issue.articles = std::mem::take(&mut doc.articles);
        issue.source = std::mem::take(&mut doc.source);
        *doc = issue;
    }
    if paper.is_some() || number.is_some() || date.is_some() {
        let issue = doc.issue.get_or_insert_with(Default::default);
        if let Some(paper) = paper {
            issue.paper = paper;
        }
        if let Some(number) = number {
            issue.number = number;
        }
        if date.is_some() {
            issue.date = date;
        }
    }
    pages.unwrap_or(doc.pages.len()).max(1)
}

/// One file of an import report: `FILE: headline · byline · N chars · M photos`.
fn report_line(r: &import::Report) -> String {
    let articles = match r.articles {
        1 => String::new(),
        n => format!(" · {n} articles"),
    };
    let photos = match r.photos {
        1 => "1 photo".to_owned(),
        n => format!("{n} photos"),
    };
    format!(
        "{}: {} · {}{articles} · {} chars · {photos}",
        r.file.display(),
        r.headline,
        r.byline.as_deref().unwrap_or("no byline"),
        r.chars,
    )
}

/// The page in the chosen format. Printing (PDF, PNG) leaves overset text out: a warning names
/// the articles concerned, or with `strict` nothing is written.
fn export_bytes(
    doc: &banmian::model::Document,
    fonts: &Fonts,
    format: ExportFormat,
    dpi: f32,
    strict: bool,
    options: &export::PrintOptions,
) -> anyhow::Result<Vec<u8>> {
    if format == ExportFormat::Text {
        let (bytes, fallback) = export::export_text_or_utf8(doc, fonts)?;
        if let Some(reason) = fallback {
            eprintln!("warning: {reason}; the text is written as UTF-8 instead");
        }
        return Ok(bytes);
    }
    let page = printable(doc, fonts, strict)?;
    Ok(match format {
        ExportFormat::Pdf => export::pdf::export_pdf(&page, &export::page_title(doc), options)?,
        _ => export::png::export_png(&page, dpi, options)?,
    })
}

/// The issue composed for printing, once its problems are told: warnings, or with `strict` the
/// first of them as the error.
fn printable(
    doc: &banmian::model::Document,
    fonts: &Fonts,
    strict: bool,
) -> anyhow::Result<banmian::compose::ComposedPage> {
    let page = banmian::compose::compose_page(doc, fonts);
    for message in print_problems::problems(doc, &page) {
        if strict {
            bail!("{message}");
        }
        eprintln!("warning: {message}");
    }
    Ok(page)
}

/// Help and version are printed as asked; a mistake on the command line is one line, ending
/// with where to read more.
fn parse_error(e: clap::Error) -> anyhow::Result<()> {
    use clap::error::ErrorKind;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        e.exit();
    }
    let rendered = e.render().to_string();
    let mut lines = rendered.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines
        .next()
        .unwrap_or("the command line is not understood")
        .trim_start_matches("error: ");
    // clap lists what it expected on the following lines (`[possible values: …]`, `<LAYOUT>`).
    let expected: Vec<&str> = lines
        .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more"))
        .collect();
    let detail = if expected.is_empty() {
        String::new()
    } else {
        format!(" {}", expected.join(" "))
    };
    // One line, as every error is: scripts read the first line of stderr.
    eprintln!("error: {first}{detail} (see banmian --help, or banmian COMMAND --help)");
    std::process::exit(2);
}

/// Refuses an output path that is one of the input files: writing would destroy the input.
fn refuse_overwriting_input(
    output: Option<&Path>,
    inputs: &[std::path::PathBuf],
) -> anyhow::Result<()> {
    let Some(out) = output.and_then(|o| std::fs::canonicalize(o).ok()) else {
        return Ok(());
    };
    for input in inputs {
        if std::fs::canonicalize(input).is_ok_and(|i| i == out) {
            bail!(
                "{}: is also the input file; writing there would destroy it, so choose another name",
                output.map_or(out.as_path(), |o| o).display()
            );
        }
    }
    Ok(())
}

/// Writes to the file atomically (nothing is created if anything failed before), or to stdout.
/// `OUT.png` as page `n`'s file: `OUT-n.png`.
fn numbered(path: &Path, n: usize) -> std::path::PathBuf {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    let name = match path.extension() {
        Some(ext) => format!("{stem}-{n}.{}", ext.to_string_lossy()),
        None => format!("{stem}-{n}"),
    };
    path.with_file_name(name)
}

pub(crate) fn write_output(path: Option<&Path>, bytes: &[u8]) -> anyhow::Result<()> {
    match path {
        Some(path) => {
            banmian::disk::write_atomic(path, bytes).with_context(|| path.display().to_string())
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(bytes)
                .and_then(|()| out.flush())
                .context("<stdout>")
        }
    }
}

fn reflow(measure: f32, indent: Option<f32>) -> anyhow::Result<()> {
    if !(measure.is_finite() && measure >= 1.0) {
        bail!("--measure {measure}: the measure must be at least 1 em");
    }
    let mut style = typeset::Style::default();
    if let Some(indent) = indent {
        if !(indent.is_finite() && (0.0..measure).contains(&indent)) {
            bail!("--indent {indent}: the indent must be from 0 to less than the measure");
        }
        style = style.with_indent(Em(indent));
    }
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .context("<stdin>")?;
    let text = if bytes.is_empty() {
        String::new()
    } else {
        import::decode::decode(&bytes)
            .map(|d| d.text)
            .or_else(|e| match e {
                import::ErrorKind::Blank => Ok(String::new()),
                e => Err(e),
            })
            .context("<stdin>")?
    };
    let paragraphs: Vec<String> = text
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|p| {
            typeset::typeset(p, &style, Em(measure), true)
                .iter()
                .map(|l| format!("{}\n", l.text(p)))
                .collect()
        })
        .collect();
    write_output(None, paragraphs.join("\n").as_bytes())
}

/// The families banmian can use, one per line (name, where it comes from, coverage of the
/// 通用规范汉字表), or as JSON.
fn fonts_list(fonts: &Fonts, json: bool) -> anyhow::Result<String> {
    let families = fonts.families();
    let total = banmian::fonts::tongyong_total();
    if json {
        let list: Vec<serde_json::Value> = families
            .iter()
            .map(|f| {
                serde_json::json!({
                    "family": f.name,
                    "bundled": f.bundled,
                    "tongyong_chars": f.coverage,
                    "tongyong_total": total,
                })
            })
            .collect();
        return Ok(serde_json::to_string_pretty(&serde_json::json!({ "families": list }))? + "\n");
    }
    let mut out = String::new();
    for f in families {
        let source = if f.bundled { "bundled" } else { "installed" };
        let share = f.coverage as f32 * 100.0 / total as f32;
        out.push_str(&format!(
            "{}\t{source}\t{}/{total} of the 通用规范汉字表 ({share:.1}%)\n",
            f.name, f.coverage
        ));
    }
    Ok(out)
}

/// A list for a one-line message: the first dozen items, then how many there are in all
/// (`at_least` when the list was cut short where it was made).
pub(crate) fn listed(items: Vec<String>, at_least: bool) -> String {
    const SHOWN: usize = 12;
    let total = items.len();
    let mut text = items.into_iter().take(SHOWN).collect::<Vec<_>>().join(", ");
    if total > SHOWN {
        let or_more = if at_least { " or more" } else { "" };
        text.push_str(&format!(" … ({total}{or_more} in all)"));
    }
    text
}
