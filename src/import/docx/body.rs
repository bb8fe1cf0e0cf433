//! The body of `word/document.xml` as paragraphs with what marks a header: the style's name,
//! bold, size and centring. Deleted text, field codes, footnote and comment marks, text boxes
//! and fallback drawings are left out; inserted text is kept; a table becomes one paragraph per
//! row.

use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

/// One paragraph of the document (or one table row).
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Para {
    /// Its text; soft line breaks are `\n`, tabs `\t`.
    pub text: String,
    /// The name of its paragraph style, in lower case (`heading 1`, `title`).
    pub style: Option<String>,
    /// Whether it is centred.
    pub centred: bool,
    /// Characters set bold, and characters in all (white space apart).
    pub bold_chars: usize,
    /// See [`Para::bold_chars`].
    pub chars: usize,
    /// Its largest type size, in half points.
    pub size: Option<u32>,
    /// The relationship ids of the pictures in it, in order.
    pub pictures: Vec<String>,
    /// Whether it is a flattened table row.
    pub table_row: bool,
}

impl Para {
    /// Whether all its text is bold.
    pub(super) fn bold(&self) -> bool {
        self.chars > 0 && self.bold_chars == self.chars
    }
}

/// A paragraph style: its name and the bold and size it gives.
#[derive(Clone, Debug, Default)]
pub(super) struct Style {
    name: String,
    bold: bool,
    size: Option<u32>,
}

/// The styles of `word/styles.xml` by id, and the default type size.
#[derive(Clone, Debug, Default)]
pub(super) struct Styles {
    by_id: HashMap<String, Style>,
    default_size: Option<u32>,
}

/// The value of an attribute, by its qualified name.
fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.try_get_attribute(name).ok().flatten().and_then(|a| {
        a.normalized_value(XmlVersion::Implicit1_0)
            .ok()
            .map(|v| v.into_owned())
    })
}

/// Whether a toggle property (`<w:b/>`, `<w:b w:val="0"/>`) is on.
fn on(e: &BytesStart<'_>) -> bool {
    !matches!(
        attr(e, "w:val").as_deref(),
        Some("0" | "false" | "off" | "none")
    )
}

/// Reads `word/styles.xml`.
pub(super) fn read_styles(xml: &str) -> Result<Styles, String> {
    let mut styles = Styles::default();
    let mut reader = Reader::from_str(xml);
    let mut current: Option<(String, Style)> = None;
    let mut in_defaults = false;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("its styles cannot be read ({e})"))?;
        match event {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                "w:style" => {
                    current = attr(&e, "w:styleId").map(|id| (id, Style::default()));
                }
                "w:rPrDefault" => in_defaults = true,
                "w:name" => {
                    if let (Some((_, style)), Some(name)) = (&mut current, attr(&e, "w:val")) {
                        style.name = name.to_lowercase();
                    }
                }
                "w:b" => {
                    if let Some((_, style)) = &mut current {
                        style.bold = on(&e);
                    }
                }
                "w:sz" => {
                    let size = attr(&e, "w:val").and_then(|v| v.parse().ok());
                    match &mut current {
                        Some((_, style)) => style.size = size,
                        None if in_defaults => styles.default_size = size,
                        None => {}
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                "w:style" => {
                    if let Some((id, style)) = current.take() {
                        styles.by_id.insert(id, style);
                    }
                }
                "w:rPrDefault" => in_defaults = false,
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(styles)
}

/// Elements whose content is not the document's text: deleted or moved-away text, field
/// instructions, text boxes, the fallback copy of a drawing, footnote and comment marks.
const SKIPPED: &[&str] = &[
    "w:del",
    "w:moveFrom",
    "w:instrText",
    "w:txbxContent",
    "mc:Fallback",
    "w:footnoteReference",
    "w:endnoteReference",
    "w:commentReference",
];

/// Reads the paragraphs of `word/document.xml`.
pub(super) fn read_body(xml: &str, styles: &Styles) -> Result<Vec<Para>, String> {
    let mut reader = Reader::from_str(xml);
    let mut paras = Vec::new();
    let mut para: Option<Para> = None;
    // Inside a run: whether it is bold and its size.
    let mut run: Option<(bool, Option<u32>)> = None;
    let mut in_run_props = false;
    let mut in_text = false;
    let mut skipping = 0usize;
    // Table nesting, and the cells of the row being read (outermost table only).
    let mut tables = 0usize;
    let mut row: Vec<String> = Vec::new();
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("its text cannot be read ({e})"))?;
        let empty = matches!(event, Event::Empty(_));
        match event {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.name();
                let name = name.as_ref();
                if skipping > 0 || SKIPPED.contains(&name) {
                    if !empty {
                        skipping += 1;
                    }
                    continue;
                }
                match name {
                    "w:tbl" => tables += 1,
                    "w:p" => {
                        para = Some(Para::default());
                    }
                    "w:pStyle" => {
                        if let Some(p) = &mut para {
                            let id = attr(&e, "w:val").unwrap_or_default();
                            p.style = styles.by_id.get(&id).map(|s| s.name.clone());
                            if p.style.is_none() && !id.is_empty() {
                                p.style = Some(id.to_lowercase());
                            }
                        }
                    }
                    "w:jc" => {
                        if let Some(p) = &mut para {
                            p.centred = attr(&e, "w:val").as_deref() == Some("center");
                        }
                    }
                    "w:r" if !empty => {
                        let style = para
                            .as_ref()
                            .and_then(|p| p.style.as_ref())
                            .and_then(|name| styles.by_id.values().find(|s| &s.name == name));
                        let size = style.and_then(|s| s.size).or(styles.default_size);
                        run = Some((style.is_some_and(|s| s.bold), size));
                    }
                    "w:rPr" if run.is_some() && !empty => in_run_props = true,
                    "w:b" if in_run_props => {
                        if let Some(r) = &mut run {
                            r.0 = on(&e);
                        }
                    }
                    "w:sz" if in_run_props => {
                        if let Some(r) = &mut run {
                            r.1 = attr(&e, "w:val").and_then(|v| v.parse().ok()).or(r.1);
                        }
                    }
                    "w:t" if !empty => in_text = true,
                    "w:tab" if run.is_some() => push_text(&mut para, run, "\t"),
                    "w:br" | "w:cr" if run.is_some() => push_text(&mut para, run, "\n"),
                    _ => {}
                }
                let local = e.local_name();
                let picture = match local.as_ref() {
                    "blip" => attr(&e, "r:embed"),
                    "imagedata" => attr(&e, "r:id"),
                    _ => None,
                };
                if let (Some(id), Some(p)) = (picture, &mut para) {
                    p.pictures.push(id);
                }
            }
            Event::End(e) => {
                let name = e.name();
                let name = name.as_ref();
                if skipping > 0 {
                    skipping -= 1;
                    continue;
                }
                match name {
                    "w:t" => in_text = false,
                    "w:rPr" => in_run_props = false,
                    "w:r" => run = None,
                    "w:p" => {
                        let Some(p) = para.take() else {
                            continue;
                        };
                        if tables > 0 {
                            // A cell's paragraphs join into the cell; the row, into one paragraph.
                            let cell = row.last_mut();
                            match cell {
                                Some(cell) if !cell.is_empty() => {
                                    cell.push(' ');
                                    cell.push_str(p.text.trim());
                                }
                                Some(cell) => cell.push_str(p.text.trim()),
                                None => row.push(p.text.trim().to_owned()),
                            }
                        } else {
                            paras.push(p);
                        }
                    }
                    "w:tc" if tables == 1 => row.push(String::new()),
                    "w:tr" if tables == 1 => {
                        let cells: Vec<String> = std::mem::take(&mut row)
                            .into_iter()
                            .filter(|c| !c.is_empty())
                            .collect();
                        if !cells.is_empty() {
                            paras.push(Para {
                                text: cells.join("　"),
                                table_row: true,
                                ..Para::default()
                            });
                        }
                    }
                    "w:tbl" => tables = tables.saturating_sub(1),
                    _ => {}
                }
            }
            Event::Text(t) if in_text && skipping == 0 => {
                let text = t.xml10_content();
                push_text(&mut para, run, &text);
            }
            Event::GeneralRef(r) if in_text && skipping == 0 => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c.to_string()),
                    _ => quick_xml::escape::resolve_xml_entity(&r).map(str::to_owned),
                };
                if let Some(text) = resolved {
                    push_text(&mut para, run, &text);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(paras)
}

/// Adds a run's text to the paragraph, counting its bold characters and its size.
fn push_text(para: &mut Option<Para>, run: Option<(bool, Option<u32>)>, text: &str) {
    let Some(p) = para else {
        return;
    };
    let (bold, size) = run.unwrap_or_default();
    let visible = text.chars().filter(|c| !c.is_whitespace()).count();
    p.chars += visible;
    if bold {
        p.bold_chars += visible;
    }
    if visible > 0 && size.is_some() {
        p.size = p.size.max(size);
    }
    p.text.push_str(text);
}
