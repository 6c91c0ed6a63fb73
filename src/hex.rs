//! Bytes as lowercase hexadecimal digits: checksums of bundles and packs, pseudonym keys.

use std::fmt::Write as _;

/// `bytes` as lowercase hex, two digits each.
#[must_use]
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn two_digits_per_byte() {
        assert_eq!(super::hex(&[0, 15, 255]), "000fff");
    }
}
