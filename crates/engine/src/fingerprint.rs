//! A stable fingerprint of the input files (128-bit FNV-1a over names and bytes, files
//! in name order), so a scenario can tell whether it was computed on the same data.

/// Hex fingerprint of named byte strings; the order of the list does not matter.
pub fn fingerprint<'a>(files: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> String {
    const OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;
    const PRIME: u128 = 0x0000000001000000000000000000013B;
    let mut files: Vec<(&str, &[u8])> = files.into_iter().collect();
    files.sort();
    let mut h = OFFSET;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            h ^= u128::from(*b);
            h = h.wrapping_mul(PRIME);
        }
    };
    for (name, bytes) in files {
        feed(&(name.len() as u64).to_le_bytes());
        feed(name.as_bytes());
        feed(&(bytes.len() as u64).to_le_bytes());
        feed(bytes);
    }
    format!("{h:032x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_and_order_free() {
        let a = fingerprint([("a.csv", &b"x"[..]), ("b.csv", &b"y"[..])]);
        let b = fingerprint([("b.csv", &b"y"[..]), ("a.csv", &b"x"[..])]);
        assert_eq!(a, b);
        assert_ne!(a, fingerprint([("a.csv", &b"xy"[..]), ("b.csv", &b""[..])]));
        assert_eq!(fingerprint([]), "6c62272e07bb014262b821756295c58d");
    }
}
