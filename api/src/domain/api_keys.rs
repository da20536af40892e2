//! Operator API keys: random, shown once, stored only as a SHA-256 hash. A key has 192 random
//! bits, so a fast hash is enough: there is nothing to brute-force.

use crate::clock;
use crate::store::{api_keys, Store};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// What a key may act on: a county key only on its county's voters (the county matched
/// without regard to case, as voter files differ).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    Statewide,
    County(String),
}

impl Scope {
    pub fn allows(&self, county: &str) -> bool {
        match self {
            Scope::Statewide => true,
            Scope::County(own) => own.eq_ignore_ascii_case(county),
        }
    }
}

/// Keys start with this, so a leaked one is recognisable in logs and by secret scanners.
pub const PREFIX: &str = "wmb_";

pub fn hash(key: &str) -> String {
    Sha256::digest(key.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// How long a key works unless its creator says otherwise (`create-api-key --expires-in-days`).
pub const DEFAULT_DAYS: i64 = 365;

/// Creates a key for `scope` that works for `DEFAULT_DAYS`, and returns it.
pub async fn create(store: &Store, scope: &Scope, label: &str) -> Result<String, sqlx::Error> {
    Ok(create_expiring(store, scope, label, DEFAULT_DAYS).await?.1)
}

/// Creates a key for `scope` that works for `days`; returns its id and the key. Only its hash
/// is kept.
pub async fn create_expiring(
    store: &Store,
    scope: &Scope,
    label: &str,
    days: i64,
) -> Result<(i64, String), sqlx::Error> {
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
    let expires_at = clock::now_plus(crate::clock::days(days));
    let id = api_keys::insert(
        store.pool(),
        &hash(&key),
        county,
        label,
        expires_at,
        clock::now(),
    )
    .await?;
    Ok((id, key))
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
    Ok(
        api_keys::find_by_hash(store.pool(), &hash(presented), clock::now())
            .await?
            .map(|key| {
                let scope = match key.county {
                    None => Scope::Statewide,
                    Some(county) => Scope::County(county),
                };
                (key.api_key_id, scope)
            }),
    )
}

#[cfg(test)]
mod tests {
    use super::Scope;

    #[test]
    fn county_scope() {
        assert!(Scope::Statewide.allows("Fresno"));
        assert!(Scope::County("Fresno".into()).allows("fresno"));
        assert!(!Scope::County("Fresno".into()).allows("Kern"));
    }
}
