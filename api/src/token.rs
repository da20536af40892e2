//! Subscription tokens: the only key to a voter's status and manage pages, so they must be
//! unguessable: 128 bits from the operating system's CSPRNG (via `rand::rng`).

use rand::RngCore;

pub const TOKEN_BYTES: usize = 16;

/// 32 lowercase hex characters.
pub fn generate() -> String {
    let mut bytes = [0u8; TOKEN_BYTES];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
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
}
