//! The county office behind a voter's messages, with the county's own settings applied.

use crate::domain::message_links::inert;
use crate::domain::messages::{sender_name, Office};
use crate::store::counties;
use crate::store::{Store, Tx};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long a process keeps a county's settings. They change a few times a year and are read
/// on every sign-up, lookup and status page; reading them each time was three of a lookup's
/// five database round trips. A change reaches the instance that saved it at once and every
/// other instance within this time.
pub const OFFICE_TTL: Duration = Duration::from_secs(10);

/// Each county's office as last read, per process.
#[derive(Default)]
pub struct Offices {
    entries: Mutex<HashMap<String, (Instant, Office)>>,
}

impl Offices {
    /// The county's office, from the cache while it is fresh, else from the database.
    pub async fn get(&self, store: &Store, county: &str) -> Result<Office, sqlx::Error> {
        let key = county.to_lowercase();
        if let Some((read_at, office)) = self.entries.lock().expect("offices lock").get(&key) {
            if read_at.elapsed() < OFFICE_TTL {
                return Ok(office.clone());
            }
        }
        let mut tx = store.read().await?;
        let office = office_for(&mut tx, county).await?;
        tx.rollback().await?;
        self.entries
            .lock()
            .expect("offices lock")
            .insert(key, (Instant::now(), office.clone()));
        Ok(office)
    }

    /// Drops the county's cached office (after its settings were saved here).
    pub fn forget(&self, county: &str) {
        self.entries
            .lock()
            .expect("offices lock")
            .remove(&county.to_lowercase());
    }
}

pub async fn office_for(tx: &mut Tx, county: &str) -> Result<Office, sqlx::Error> {
    Ok(match counties::get(tx, county).await? {
        None => Office::default_for(county),
        Some(row) => Office {
            sender: row
                .sender_name
                .filter(|s| !s.trim().is_empty())
                .map(|s| inert(&s))
                .unwrap_or_else(|| sender_name(county)),
            contact: row
                .contact
                .filter(|c| !c.trim().is_empty())
                .map(|c| inert(&c)),
            // Checked when saved (routes::admin::put_county), so this only fails on hand edits.
            overrides: serde_json::from_str(&row.templates).unwrap_or_default(),
            cure_url_hosts: serde_json::from_str(&row.cure_url_hosts).unwrap_or_default(),
            cure_methods: cure_methods(&row.cure_methods),
            cure_statements: serde_json::from_str(&row.cure_statements).unwrap_or_default(),
        },
    })
}

/// The methods a county's JSON list names; all of them if it names none we know (checked when
/// saved, so only a hand edit gets here): a county can always be sent a cure some way.
fn cure_methods(json: &str) -> Vec<ballot_shared::cure::CureMethod> {
    let named: Vec<String> = serde_json::from_str(json).unwrap_or_default();
    let methods = ballot_shared::cure::CureMethod::named(&named);
    if methods.is_empty() {
        ballot_shared::cure::CureMethod::ALL.to_vec()
    } else {
        methods
    }
}
