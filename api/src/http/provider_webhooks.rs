//! Requests from the SMS and voice provider (texts from voters, keys pressed on calls) are
//! signed with the provider's auth token (`X-Twilio-Signature`). Unsigned ones are refused:
//! without this anyone could send STOP for a voter's number, or confirm a number on a call
//! they never got. Only a development setup without a provider may accept them
//! (`ALLOW_UNSIGNED_WEBHOOKS`).

use crate::http::error::ApiError;
use crate::http::state::AppState;
use axum::http::HeaderMap;

/// Accepts a provider request to `path` (under the public address) with these form fields,
/// or refuses it.
pub fn authenticate(
    state: &AppState,
    headers: &HeaderMap,
    path_and_query: &str,
    params: &[(String, String)],
) -> Result<(), ApiError> {
    let Some(twilio) = &state.config.twilio else {
        return if state.config.allow_unsigned_webhooks {
            Ok(())
        } else {
            Err(ApiError::Unauthorized)
        };
    };
    let url = format!("{}{path_and_query}", state.config.public_url);
    let presented = headers
        .get("x-twilio-signature")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if signature_matches(
        &twilio_signature(&twilio.auth_token, &url, params),
        presented,
    ) {
        Ok(())
    } else {
        Err(ApiError::Unauthorized)
    }
}

/// Twilio's request signature: base64 of HMAC-SHA1, keyed with the auth token, over the full
/// URL followed by each POST parameter's name and value, sorted by name.
pub fn twilio_signature(auth_token: &str, url: &str, params: &[(String, String)]) -> String {
    use base64::Engine;
    use hmac::{Hmac, Mac};
    let mut sorted: Vec<&(String, String)> = params.iter().collect();
    sorted.sort();
    let mut mac =
        Hmac::<sha1::Sha1>::new_from_slice(auth_token.as_bytes()).expect("any key length");
    mac.update(url.as_bytes());
    for (name, value) in sorted {
        mac.update(name.as_bytes());
        mac.update(value.as_bytes());
    }
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// Compares in constant time, so the signature cannot be guessed byte by byte.
pub fn signature_matches(expected: &str, presented: &str) -> bool {
    let (a, b) = (expected.as_bytes(), presented.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_matches_twilios_documented_example() {
        // The example of Twilio's security documentation (auth token 12345), whose signature
        // other independent implementations also compute as below.
        let params: Vec<(String, String)> = [
            ("CallSid", "CA1234567890ABCDE"),
            ("Caller", "+12349013030"),
            ("Digits", "1234"),
            ("From", "+12349013030"),
            ("To", "+18005551212"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let signature = twilio_signature(
            "12345",
            "https://mycompany.com/myapp.php?foo=1&bar=2",
            &params,
        );
        assert_eq!(signature, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
        assert!(signature_matches(
            &signature,
            "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
        ));
        assert!(!signature_matches(
            &signature,
            "0/KCTR6DLpKmkAf8muzZqo1nDgR="
        ));
    }
}
