//! Subscription tokens: the only key to a voter's status and manage pages, so they must be
//! unguessable: 128 bits from the operating system's CSPRNG (via `rand::rng`).

use rand::RngCore;
use sha2::{Digest, Sha256};

pub const TOKEN_BYTES: usize = 16;

/// 32 lowercase hex characters.
pub fn generate() -> String {
    let mut bytes = [0u8; TOKEN_BYTES];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What a subscription is found by: the SHA-256 of its token, in hex. The database compares
/// hashes, which tell an attacker nothing about the stored token.
pub fn lookup_key(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Compares a presented token with the stored one in time that does not depend on where
/// they differ.
pub fn same(presented: &str, stored: &str) -> bool {
    let (a, b) = (presented.as_bytes(), stored.as_bytes());
    if a.len() != b.len() {
        return false; // every token has the same length; a different one is no token
    }
    let difference = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    std::hint::black_box(difference) == 0
}

#[cfg(test)]
mod tests {
    #[test]
    fn tokens_are_128_bit_hex_and_distinct() {
        let a = super::generate();
        let b = super::generate();
        assert_eq!(a.len(), 32);
        assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }

    #[test]
    fn lookup_keys_are_sha256_and_comparison_is_exact() {
        assert_eq!(
            super::lookup_key("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert!(super::same("0123", "0123"));
        assert!(!super::same("0123", "0124"));
        assert!(!super::same("0123", "01234"));
    }
}
