//! What the server hands a page it rendered: the fields of a form posted without the app (no
//! JavaScript, or a submit pressed before the app arrived), and the API's answer it got for
//! the page (to that form, or the status a status page shows).
//!
//! The server renders the page with it as context; it writes the same value into the page as
//! JSON (`<script type="application/json" id="handed-over">`) so that the app, taking over,
//! starts from the same state instead of showing a blank form or "Loading" again.

use crate::api_client::ApiFailure;
use ballot_shared::error::ErrorBody;
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// The id of the JSON script the server writes.
pub const SCRIPT_ID: &str = "handed-over";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HandedOver {
    /// The posted form's fields by name (the inputs' ids), in the order sent.
    #[serde(default)]
    pub fields: Vec<(String, String)>,
    /// The form was sent (not only a switch flipped): errors show.
    #[serde(default)]
    pub submitted: bool,
    /// The API's answer: its HTTP status and JSON body.
    #[serde(default)]
    pub answer: Option<(u16, String)>,
    /// Answers to what the form did, by name (the manage page's `save` and `stop`, a fresh
    /// link's `link`), as `answer`.
    #[serde(default)]
    pub answers: Vec<(String, (u16, String))>,
}

impl HandedOver {
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The answer as the API client would have read it.
    pub fn read<T: DeserializeOwned>(&self) -> Option<Result<T, ApiFailure>> {
        read(self.answer.as_ref()?)
    }

    /// A named answer (see `answers`), as the API client would have read it.
    pub fn read_named<T: DeserializeOwned>(&self, name: &str) -> Option<Result<T, ApiFailure>> {
        read(&self.answers.iter().find(|(n, _)| n == name)?.1)
    }
}

fn read<T: DeserializeOwned>(answer: &(u16, String)) -> Option<Result<T, ApiFailure>> {
    {
        let (status, body) = answer;
        // An answer without a body (204) reads as `null`, which `()` is.
        let body = if body.is_empty() {
            "null"
        } else {
            body.as_str()
        };
        Some(if (200..300).contains(status) {
            serde_json::from_str(body).map_err(|e| ApiFailure::Network(e.to_string()))
        } else {
            match serde_json::from_str::<ErrorBody>(body) {
                Ok(body) => Err(ApiFailure::Api {
                    status: *status,
                    body,
                }),
                Err(_) => Err(ApiFailure::Network(format!("HTTP {status}"))),
            }
        })
    }
}

/// What the server handed this page, if anything.
pub fn handed_over() -> HandedOver {
    use_context::<HandedOver>().unwrap_or_default()
}

/// A posted field's value, or empty.
pub fn field(name: &str) -> String {
    use_context::<HandedOver>()
        .and_then(|h| h.field(name).map(str::to_string))
        .unwrap_or_default()
}

/// Whether a posted switch was on (its hidden field says `on`).
pub fn switch_on(name: &str) -> bool {
    use_context::<HandedOver>().is_some_and(|h| h.field(name) == Some("on"))
}

/// Rendered on the server, where the page works as plain HTML forms until the app takes over
/// (switches submit the form, the error summary takes focus on load).
pub const ON_SERVER: bool = cfg!(not(target_arch = "wasm32"));
