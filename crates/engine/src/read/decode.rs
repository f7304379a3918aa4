//! Bytes to text for CSV files: UTF-8 with or without BOM, UTF-16 with BOM (Excel's
//! "Unicode text"), and Windows-1252 as the fallback older Excel versions write.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

/// Decoded text, and whether the Windows-1252 fallback was used.
pub struct Decoded {
    pub text: String,
    pub fallback: bool,
}

/// Decode a CSV file's bytes; binary content (NUL bytes) is refused.
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return utf8(rest);
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let enc = if bytes.starts_with(&[0xFF, 0xFE]) {
            UTF_16LE
        } else {
            UTF_16BE
        };
        let (text, _, errors) = enc.decode(bytes);
        if errors {
            return Err("UTF-16 text with invalid characters".into());
        }
        return Ok(Decoded {
            text: text.into_owned(),
            fallback: false,
        });
    }
    utf8(bytes)
}

fn utf8(bytes: &[u8]) -> Result<Decoded, String> {
    if bytes.contains(&0) {
        return Err("binary content, not text".into());
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: text.to_string(),
            fallback: false,
        }),
        Err(_) => {
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            Ok(Decoded {
                text: text.into_owned(),
                fallback: true,
            })
        }
    }
}
