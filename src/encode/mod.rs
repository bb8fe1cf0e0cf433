//! Text → bytes in the encoding a file came in: the text export writes a page back as it was
//! read, and the importer checks that GB18030 text was really GBK. A leaf below both.

mod big5_hkscs;

use encoding_rs::{BIG5, Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// Encodes text in `encoding`; `None` if some character cannot be written in it.
pub fn encode(text: &str, encoding: &'static Encoding) -> Option<Vec<u8>> {
    if encoding == UTF_16LE {
        return Some(text.encode_utf16().flat_map(u16::to_le_bytes).collect());
    }
    if encoding == UTF_16BE {
        return Some(text.encode_utf16().flat_map(u16::to_be_bytes).collect());
    }
    if encoding == BIG5 {
        return big5_hkscs::encode(text);
    }
    let (bytes, used, had_errors) = encoding.encode(text);
    (!had_errors && used == encoding).then(|| bytes.into_owned())
}

/// The byte order mark of an encoding, for writing a file that had one.
pub fn bom(encoding: &'static Encoding) -> &'static [u8] {
    if encoding == UTF_16LE {
        b"\xFF\xFE"
    } else if encoding == UTF_16BE {
        b"\xFE\xFF"
    } else if encoding == UTF_8 {
        b"\xEF\xBB\xBF"
    } else {
        b""
    }
}
