//! How messages leave: the worker that claims due messages (`worker`), delivery by email,
//! text, call or capture (`delivery`), the TwiML of calls and replies (`twiml`). What a message says, and in
//! which voice a call is read, is the domain's (`domain::messages`, `domain::voices`).

pub mod delivery;
pub mod twiml;
pub mod worker;

#[cfg(test)]
mod message_snapshot;
