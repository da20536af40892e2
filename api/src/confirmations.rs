//! The confirmation a voter gets when they turn on email or texts (at sign-up, or later on the
//! manage page): queued in the caller's transaction, sent at once.

use crate::outbox::templates::{self, ConfirmationContext, Office};
use crate::store::outbox;
use crate::store::Tx;
use ballot_shared::channels::{Channel, Channels};
use ballot_shared::language::Language;

pub struct Recipient<'a> {
    /// The language the voter chose: the confirmation is the first message in it.
    pub language: Language,
    pub subscription_id: i64,
    pub token: &'a str,
    pub first_name: &'a str,
    pub office: &'a Office,
}

/// Queues a confirmation for each of `which` that is on and confirms (email, SMS); returns
/// the channels confirmed.
pub async fn enqueue_confirmations(
    tx: &mut Tx,
    recipient: &Recipient<'_>,
    channels: &Channels,
    which: &[Channel],
    public_url: &str,
    now: &str,
) -> Result<Vec<Channel>, sqlx::Error> {
    let status_url = format!("{public_url}/status/{}", recipient.token);
    let manage_url = format!("{public_url}/manage/{}", recipient.token);
    let unsubscribe_url = format!(
        "{public_url}/api/v1/unsubscribe/{}?channel=email",
        recipient.token
    );
    let mut confirmed = Vec::new();
    for &channel in which {
        let Some(destination) = channels.destination(channel) else {
            continue;
        };
        let display = match channel {
            Channel::Email => destination.to_string(),
            Channel::Sms => channels
                .sms
                .as_ref()
                .map(|p| p.display())
                .unwrap_or_default(),
            Channel::Voice => channels
                .voice
                .as_ref()
                .map(|p| p.display())
                .unwrap_or_default(),
        };
        let ctx = ConfirmationContext {
            catalog: crate::locales::catalog(recipient.language),
            first_name: recipient.first_name,
            office: recipient.office,
            destination_display: &display,
            status_url: &status_url,
            manage_url: &manage_url,
        };
        let Some(message) = templates::confirmation(channel, &ctx) else {
            continue;
        };
        outbox::enqueue(
            tx,
            &outbox::NewMessage {
                subscription_id: recipient.subscription_id,
                channel: channel.code(),
                kind: "confirmation",
                recipient: destination,
                sender: &message.sender,
                subject: message.subject.as_deref(),
                body_text: &message.body_text,
                body_html: message.body_html.as_deref(),
                // It answers the voter's own action, so it goes at once.
                due_at: now,
                list_unsubscribe: (channel == Channel::Email).then_some(unsubscribe_url.as_str()),
            },
            now,
        )
        .await?;
        confirmed.push(channel);
    }
    Ok(confirmed)
}
