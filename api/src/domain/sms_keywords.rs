//! Texts from voters (docs/product.md, Messages; CTIA practice): STOP and its synonyms stop
//! texts at once and are confirmed, START and UNSTOP resume, YES confirms a number waiting for
//! confirmation (else it resumes, as START), HELP answers with the program, where to get help,
//! how to stop, and "Msg & data rates may apply", the same to every number so that it tells
//! nobody whether a number is signed up. Providers retry webhooks, so every keyword is
//! idempotent.

use crate::clock;
use crate::domain::destinations::{self, DestinationError};
use crate::domain::services::Services;

use crate::domain::locales;
use crate::domain::messages::STATE_HOTLINE;
use crate::store::{destination_requests, subscriptions};
use ballot_shared::channels::Channel;
use ballot_shared::i18n::Message;
use ballot_shared::language::Language;
use ballot_shared::phone::PhoneNumber;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keyword {
    Stop,
    Start,
    /// Confirms a number waiting for confirmation; otherwise START.
    Yes,
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
            "START" | "UNSTOP" => Keyword::Start,
            "YES" | "Y" => Keyword::Yes,
            "HELP" | "INFO" => Keyword::Help,
            _ => Keyword::Other,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum KeywordError {
    #[error("could not confirm the number")]
    Confirming(#[from] DestinationError),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Acts on a text from `from` and returns the reply, in the language of the number's
/// subscription (English for a number we do not know; HELP always in English).
pub async fn handle(
    services: Services<'_>,
    from: &str,
    body: &str,
) -> Result<String, KeywordError> {
    let phone = PhoneNumber::parse(from)
        .map(|p| p.e164().to_string())
        .unwrap_or_else(|_| from.to_string());
    let now = clock::now();
    let pool = services.store.pool();
    let language = subscriptions::language_for_sms(pool, &phone).await?;
    let catalog = language
        .as_deref()
        .map_or_else(|| locales::catalog(Language::English), locales::for_code);
    let public_url = services.config.public_url.as_str();
    let keyword = Keyword::parse(body);
    if keyword == Keyword::Yes {
        if let Some(confirmed) =
            destinations::confirm_sms_reply(services.store, services.offices, public_url, &phone)
                .await?
        {
            // The first text of the program, now that the number said yes (CTIA).
            let mut tx = services.store.begin().await?;
            let status =
                crate::domain::signups::mint_status_link(&mut tx, confirmed.subscription_id, now)
                    .await?;
            tx.commit().await?;
            return Ok(locales::catalog(confirmed.language).format(
                &Message::new("confirm-sms")
                    .text("office", confirmed.office.sender.as_str())
                    .text("status_url", format!("{public_url}/status/{status}")),
            ));
        }
    }
    Ok(match keyword {
        Keyword::Stop => {
            // One transaction: a STOP half-applied would leave a confirmation waiting that a
            // later YES could still accept.
            let mut tx = services.store.begin().await?;
            subscriptions::pause_sms(&mut tx, &phone, now).await?;
            destination_requests::cancel_waiting_for(&mut tx, Channel::Sms, &phone, now).await?;
            tx.commit().await?;
            catalog.text("sms-stopped")
        }
        Keyword::Start | Keyword::Yes => {
            let resumed = subscriptions::resume_sms(pool, &phone, now).await?;
            if resumed > 0 {
                catalog.text("sms-resumed")
            } else {
                catalog.format(&Message::new("sms-not-signed-up").text("signup_url", public_url))
            }
        }
        Keyword::Help => locales::catalog(Language::English).format(
            &Message::new("sms-help")
                .text("hotline", STATE_HOTLINE)
                .text("site_url", public_url),
        ),
        Keyword::Other => catalog.text("sms-other"),
    })
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
        for word in ["YES", "yes", "Y"] {
            assert_eq!(Keyword::parse(word), Keyword::Yes);
        }
        assert_eq!(Keyword::parse("help"), Keyword::Help);
        assert_eq!(Keyword::parse("please stop texting me"), Keyword::Other);
    }
}
