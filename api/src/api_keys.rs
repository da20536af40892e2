//! Operator API keys: random, shown once, stored only as a SHA-256 hash. A key has 192 random
//! bits, so a fast hash is enough: there is nothing to brute-force.

use crate::ballot_events::Scope;
use crate::clock;
use crate::store::{api_keys, Store};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// Keys start with this, so a leaked one is recognisable in logs and by secret scanners.
pub const PREFIX: &str = "wmb_";

pub fn hash(key: &str) -> String {
    Sha256::digest(key.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Creates a key for `scope` and returns it; only its hash is kept.
pub async fn create(store: &Store, scope: &Scope, label: &str) -> Result<String, sqlx::Error> {
    let mut bytes = [0u8; 24];
    rand::rng().fill_bytes(&mut bytes);
    let key = format!(
        "{PREFIX}{}",
        bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
    );
    let county = match scope {
        Scope::Statewide => None,
        Scope::County(name) => Some(name.as_str()),
    };
    api_keys::insert(store.pool(), &hash(&key), county, label, &clock::now()).await?;
    Ok(key)
}

/// The scope of a presented key, if it is a live key.
pub async fn authenticate(store: &Store, presented: &str) -> Result<Option<Scope>, sqlx::Error> {
    Ok(identify(store, presented).await?.map(|(_, scope)| scope))
}

/// The id and scope of a presented key, if it is a live key (for the audit trail).
pub async fn identify(store: &Store, presented: &str) -> Result<Option<(i64, Scope)>, sqlx::Error> {
    if !presented.starts_with(PREFIX) {
        return Ok(None);
    }
    Ok(api_keys::find_by_hash(store.pool(), &hash(presented))
        .await?
        .map(|key| {
            let scope = match key.county {
                None => Scope::Statewide,
                Some(county) => Scope::County(county),
            };
            (key.api_key_id, scope)
        }))
}
