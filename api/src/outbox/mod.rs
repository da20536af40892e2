//! Messages to voters: what they say (`templates`), and how they leave (`worker`, `delivery`).

pub mod contact_hours;
pub mod delivery;
pub mod templates;
pub mod twiml;
pub mod voices;
pub mod worker;

#[cfg(test)]
mod message_snapshot;
