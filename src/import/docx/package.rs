//! The .docx package: a ZIP archive whose parts are read by name (`word/document.xml`, its
//! styles and relationships, the pictures under `word/media/`).

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::XmlVersion;
use zip::ZipArchive;

/// The most bytes one part of a .docx may unpack to: a ZIP bomb must not exhaust memory.
const MAX_PART_BYTES: u64 = 256 * 1024 * 1024;

/// An opened .docx.
pub(super) struct Package {
    zip: ZipArchive<Cursor<Vec<u8>>>,
}

/// Why a .docx cannot be read.
pub(super) type Refusal = String;

impl Package {
    /// Opens the archive and checks it is a Word document.
    pub(super) fn open(bytes: Vec<u8>) -> Result<Self, Refusal> {
        let zip = ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| format!("the ZIP container is broken ({e})"))?;
        let mut package = Package { zip };
        if package.part("word/document.xml")?.is_none() {
            return Err("it has no word/document.xml, so it is not a Word document".to_owned());
        }
        Ok(package)
    }

    /// A part's bytes, or `None` if the package has no such part.
    pub(super) fn part(&mut self, name: &str) -> Result<Option<Vec<u8>>, Refusal> {
        let mut file = match self.zip.by_name(name) {
            Ok(file) => file,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(format!("{name} cannot be read ({e})")),
        };
        if file.encrypted() {
            return Err("it is password-protected".to_owned());
        }
        let mut bytes = Vec::new();
        (&mut file)
            .take(MAX_PART_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("{name} cannot be unpacked ({e})"))?;
        if bytes.len() as u64 > MAX_PART_BYTES {
            return Err(format!("{name} unpacks to more than 256 MB"));
        }
        Ok(Some(bytes))
    }

    /// A part as text (UTF-8, as Word writes its XML), or `None` if there is no such part.
    pub(super) fn text_part(&mut self, name: &str) -> Result<Option<String>, Refusal> {
        self.part(name)?
            .map(|bytes| String::from_utf8(bytes).map_err(|_| format!("{name} is not UTF-8 XML")))
            .transpose()
    }

    /// The targets of the main document's relationships, by id: `rId5` → `word/media/image1.jpeg`.
    pub(super) fn relationships(&mut self) -> Result<HashMap<String, String>, Refusal> {
        let Some(xml) = self.text_part("word/_rels/document.xml.rels")? else {
            return Ok(HashMap::new());
        };
        let mut targets = HashMap::new();
        let mut reader = quick_xml::Reader::from_str(&xml);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Empty(e) | quick_xml::events::Event::Start(e))
                    if e.local_name().as_ref() == "Relationship" =>
                {
                    let value = |name: &str| {
                        e.try_get_attribute(name).ok().flatten().and_then(|a| {
                            a.normalized_value(XmlVersion::Implicit1_0)
                                .ok()
                                .map(|v| v.into_owned())
                        })
                    };
                    if let (Some(id), Some(target)) = (value("Id"), value("Target")) {
                        let target = target.trim_start_matches('/');
                        let path = if target.starts_with("word/") {
                            target.to_owned()
                        } else {
                            format!("word/{target}")
                        };
                        targets.insert(id, path);
                    }
                }
                Ok(quick_xml::events::Event::Eof) => break,
                Err(e) => return Err(format!("its relationships cannot be read ({e})")),
                Ok(_) => {}
            }
        }
        Ok(targets)
    }
}
