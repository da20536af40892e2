//! The county office behind a voter's messages, with the county's own settings applied.

use crate::outbox::templates::{sender_name, Office};
use crate::store::counties;
use crate::store::Tx;

pub async fn office_for(tx: &mut Tx, county: &str) -> Result<Office, sqlx::Error> {
    Ok(match counties::get(tx, county).await? {
        None => Office::default_for(county),
        Some(row) => Office {
            sender: row
                .sender_name
                .filter(|s| !s.trim().is_empty())
                .unwrap_or_else(|| sender_name(county)),
            contact: row.contact.filter(|c| !c.trim().is_empty()),
            // Checked when saved (routes::admin::put_county), so this only fails on hand edits.
            overrides: serde_json::from_str(&row.templates).unwrap_or_default(),
        },
    })
}
