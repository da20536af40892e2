//! Texts from voters (SPEC.md "Messages", CTIA practice): STOP and its synonyms stop texts at
//! once and are confirmed, START and UNSTOP resume, HELP answers with the program, the county,
//! how to stop, and "Msg & data rates may apply". Providers retry webhooks, so every keyword is
//! idempotent.

use crate::app::AppState;
use crate::clock;
use crate::locales;
use crate::outbox::templates::STATE_HOTLINE;
use crate::store::subscriptions;
use ballot_shared::i18n::Message;
use ballot_shared::language::Language;
use ballot_shared::phone::PhoneNumber;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keyword {
    Stop,
    Start,
    Help,
    Other,
}

impl Keyword {
    /// Carriers match the whole message, ignoring case and surrounding spaces.
    pub fn parse(body: &str) -> Self {
        match body
            .trim()
            .trim_end_matches(['.', '!'])
            .to_ascii_uppercase()
            .as_str()
        {
            "STOP" | "STOPALL" | "UNSUBSCRIBE" | "CANCEL" | "END" | "QUIT" => Keyword::Stop,
            "START" | "UNSTOP" | "YES" => Keyword::Start,
            "HELP" | "INFO" => Keyword::Help,
            _ => Keyword::Other,
        }
    }
}

/// Acts on a text from `from` and returns the reply, in the language of the number's
/// subscription (English for a number we do not know).
pub async fn handle(state: &AppState, from: &str, body: &str) -> Result<String, sqlx::Error> {
    let phone = PhoneNumber::parse(from)
        .map(|p| p.e164().to_string())
        .unwrap_or_else(|_| from.to_string());
    let now = clock::now();
    let pool = state.store.pool();
    let known = subscriptions::county_and_language_for_sms(pool, &phone).await?;
    let catalog = known.as_ref().map_or_else(
        || locales::catalog(Language::English),
        |(_, l)| locales::for_code(l),
    );
    Ok(match Keyword::parse(body) {
        Keyword::Stop => {
            subscriptions::pause_sms(pool, &phone, &now).await?;
            catalog.text("sms-stopped")
        }
        Keyword::Start => {
            let resumed = subscriptions::resume_sms(pool, &phone, &now).await?;
            if resumed > 0 {
                catalog.text("sms-resumed")
            } else {
                catalog.format(
                    &Message::new("sms-not-signed-up")
                        .text("signup_url", state.config.public_url.as_str()),
                )
            }
        }
        Keyword::Help => match known {
            Some((county, _)) => {
                let office = state.offices.get(&state.store, &county).await?;
                let contact = office
                    .contact
                    .clone()
                    .unwrap_or_else(|| STATE_HOTLINE.to_string());
                catalog.format(
                    &Message::new("sms-help-county")
                        .text("office", office.sender.as_str())
                        .text("contact", contact),
                )
            }
            None => {
                catalog.format(&Message::new("sms-help-hotline").text("hotline", STATE_HOTLINE))
            }
        },
        Keyword::Other => catalog.text("sms-other"),
    })
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
    fn keywords_as_carriers_read_them() {
        for word in [
            "STOP",
            " stop ",
            "StopAll",
            "unsubscribe",
            "CANCEL",
            "end",
            "Quit.",
        ] {
            assert_eq!(Keyword::parse(word), Keyword::Stop, "{word}");
        }
        for word in ["START", "unstop"] {
            assert_eq!(Keyword::parse(word), Keyword::Start);
        }
        assert_eq!(Keyword::parse("help"), Keyword::Help);
        assert_eq!(Keyword::parse("please stop texting me"), Keyword::Other);
    }

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
