//! Link tokens: each is the only key to what its link opens, so they must be unguessable:
//! 128 bits from the operating system's CSPRNG (via `rand::rng`). Only their SHA-256 is ever
//! stored (`store::access_tokens`), so a copy of the database opens nothing.

use rand::RngCore;
use sha2::{Digest, Sha256};

pub const TOKEN_BYTES: usize = 16;

/// 32 lowercase hex characters.
pub fn generate() -> String {
    let mut bytes = [0u8; TOKEN_BYTES];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What a token is found by: its SHA-256, in hex. The database compares hashes, which tell an
/// attacker nothing about any token, and holds nothing a link could be rebuilt from.
pub fn lookup_key(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Tokens are 32 lowercase hex characters; anything else is not looked up.
pub fn well_formed(token: &str) -> bool {
    token.len() == 2 * TOKEN_BYTES
        && token
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    #[test]
    fn tokens_are_128_bit_hex_and_distinct() {
        let a = super::generate();
        let b = super::generate();
        assert_eq!(a.len(), 32);
        assert!(super::well_formed(&a));
        assert_ne!(a, b);
        assert!(!super::well_formed(&a.to_uppercase()));
        assert!(!super::well_formed("../../etc/passwd"));
    }

    #[test]
    fn lookup_keys_are_sha256() {
        assert_eq!(
            super::lookup_key("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
