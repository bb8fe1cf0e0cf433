//! Writing Big5 as Hong Kong files are written: Big5-HKSCS. encoding_rs reads the HKSCS
//! characters (its Big5 decoder is the WHATWG one, which is Big5-HKSCS) but, as the WHATWG
//! encoder does, does not write them, so a Hong Kong name read from a Big5 file could not be
//! exported to it. The missing half of the table is the decoder's own, read backwards.

use std::collections::HashMap;
use std::sync::OnceLock;

use encoding_rs::{BIG5, EncoderResult};

/// Encodes text as Big5-HKSCS; `None` if some character is in neither Big5 nor HKSCS.
pub fn encode(text: &str) -> Option<Vec<u8>> {
    let mut encoder = BIG5.new_encoder();
    let mut out = Vec::with_capacity(text.len());
    let mut rest = text;
    let mut buffer = [0u8; 4096];
    loop {
        let (result, read, written) =
            encoder.encode_from_utf8_without_replacement(rest, &mut buffer, true);
        out.extend_from_slice(&buffer[..written]);
        rest = &rest[read..];
        match result {
            EncoderResult::InputEmpty => return Some(out),
            EncoderResult::OutputFull => {}
            EncoderResult::Unmappable(c) => out.extend_from_slice(hkscs().get(&c)?),
        }
    }
}

/// The HKSCS characters (and any other the decoder reads but the encoder does not write), each
/// with the first byte pair that reads as it.
fn hkscs() -> &'static HashMap<char, [u8; 2]> {
    static TABLE: OnceLock<HashMap<char, [u8; 2]>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = HashMap::new();
        let trails = (0x40..=0x7Eu8).chain(0xA1..=0xFE);
        for lead in 0x81..=0xFEu8 {
            for trail in trails.clone() {
                let pair = [lead, trail];
                let (text, had_errors) = BIG5.decode_without_bom_handling(&pair);
                let mut chars = text.chars();
                if let (Some(c), None, false) = (chars.next(), chars.next(), had_errors) {
                    let (_, _, unwritable) = BIG5.encode(c.encode_utf8(&mut [0; 4]));
                    if unwritable {
                        table.entry(c).or_insert(pair);
                    }
                }
            }
        }
        table
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hong_kong_characters_round_trip() {
        // 0x8840 and 0x8DF5 are HKSCS pairs; 0xA4A4 is 中 in Big5 proper.
        let bytes = [0x88, 0x40, 0xA4, 0xA4, 0x8D, 0xF5, b'\n'];
        let (text, had_errors) = BIG5.decode_without_bom_handling(&bytes);
        assert!(!had_errors);
        assert_eq!(encode(&text).as_deref(), Some(&bytes[..]));
        assert_eq!(encode("\u{10FFFD}"), None);
    }
}
