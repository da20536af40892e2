//! Turning a ballot status change into messages: one per channel the voter turned on, queued
//! in the caller's transaction, texts and calls held until the recipient's contact hours.

use crate::clock::Timestamp;
use crate::domain::contact_hours::earliest_contact;
use crate::domain::event_record::EventRecord;
use crate::domain::message_links::{inert, Links};
use crate::domain::messages::{self, Office, StatusContext};
use crate::store::outbox::MessageKind;
use crate::store::outbox::{self, NewMessage};
use crate::store::subscriptions::Subscription;
use crate::store::voters::MatchedVoter;
use crate::store::Tx;
use ballot_shared::channels::Channel;
use ballot_shared::date::CivilDate;
use ballot_shared::i18n::{Catalog, Message};
use ballot_shared::quiet_hours::QuietHours;

/// "December 1, 2026" from `2026-12-01`, in the catalog's language (`date-long`).
pub fn spoken_date(catalog: &Catalog, iso: &str) -> String {
    match CivilDate::parse_iso(iso) {
        Some(d) => catalog.format(
            &Message::new("date-long")
                .number("month", i64::from(d.month()))
                .number("day", i64::from(d.day()))
                .number("year", i64::from(d.year())),
        ),
        None => iso.to_string(),
    }
}

/// The Pacific-time day of an RFC 3339 instant, as `spoken_date` says it: county events are
/// about California offices.
pub fn pacific_day(catalog: &Catalog, at: Timestamp) -> String {
    let at = at.to_jiff();
    let zone = jiff::tz::TimeZone::get("America/Los_Angeles").unwrap_or(jiff::tz::TimeZone::UTC);
    let local = at.to_zoned(zone);
    spoken_date(
        catalog,
        &format!(
            "{:04}-{:02}-{:02}",
            local.year(),
            local.month(),
            local.day()
        ),
    )
}

/// Queues the notification of `event` for each channel of `subscription`; returns how many.
/// `cure_page`: this deployment takes signature cures, so a signature problem links to them.
#[allow(clippy::too_many_arguments)]
pub async fn enqueue_status_update(
    tx: &mut Tx,
    subscription: &Subscription,
    voter: &MatchedVoter,
    office: &Office,
    event: &EventRecord,
    public_url: &str,
    cure_page: bool,
    now: Timestamp,
) -> Result<u64, sqlx::Error> {
    let links = Links { public_url };
    let catalog = crate::domain::locales::for_code(&subscription.language);
    let occurred_on = pacific_day(catalog, event.occurred_at);
    let cure_deadline = event
        .detail
        .cure_deadline
        .as_deref()
        .map(|d| spoken_date(catalog, d));
    let expected_delivery = event
        .detail
        .expected_delivery
        .as_deref()
        .map(|d| spoken_date(catalog, d));
    // Text an operator wrote goes in with any slot marks broken (`message_links::inert`).
    let cure_url = event.detail.cure_url.as_deref().map(inert);
    let reason = event.detail.reason.as_deref().map(inert);
    let ctx = StatusContext {
        catalog,
        first_name: &voter.first_name,
        office,
        occurred_on: &occurred_on,
        cure_deadline: cure_deadline.as_deref(),
        cure_url: cure_url.as_deref(),
        reason: reason.as_deref(),
        expected_delivery: expected_delivery.as_deref(),
        links,
        cure_page,
    };
    let kind = MessageKind::Status(event.status);
    enqueue_per_channel(
        tx,
        subscription,
        kind,
        Some(&event.election_id),
        now,
        public_url,
        |channel| messages::status_update(channel, event.status, &ctx),
    )
    .await
}

/// Queues one message per channel the subscription has on, composed by `compose`: email at
/// once, texts and calls at the recipient's contact hours. Returns how many were queued.
pub async fn enqueue_per_channel(
    tx: &mut Tx,
    subscription: &Subscription,
    kind: MessageKind,
    election_id: Option<&str>,
    now: Timestamp,
    public_url: &str,
    compose: impl Fn(Channel) -> messages::Composed,
) -> Result<u64, sqlx::Error> {
    let never = Timestamp::new(jiff::Timestamp::MAX);
    enqueue_per_channel_before(
        tx,
        subscription,
        kind,
        election_id,
        now,
        public_url,
        never,
        compose,
    )
    .await
}

/// As `enqueue_per_channel`, leaving out a channel whose contact hours would hold its message
/// until `not_from` or later (a reminder that would arrive on its deadline's day).
#[allow(clippy::too_many_arguments)]
pub async fn enqueue_per_channel_before(
    tx: &mut Tx,
    subscription: &Subscription,
    kind: MessageKind,
    election_id: Option<&str>,
    now: Timestamp,
    public_url: &str,
    not_from: Timestamp,
    compose: impl Fn(Channel) -> messages::Composed,
) -> Result<u64, sqlx::Error> {
    let quiet =
        QuietHours::parse(&subscription.quiet_start, &subscription.quiet_end).unwrap_or_default();
    let destinations = [
        (Channel::Email, subscription.email_address.as_deref()),
        (Channel::Sms, subscription.sms_phone.as_deref()),
        (Channel::Voice, subscription.voice_phone.as_deref()),
    ];
    let mut queued = 0;
    for (channel, destination) in destinations {
        let Some(recipient) = destination else {
            continue;
        };
        let due_at = due_at(channel, recipient, &quiet, now);
        if due_at >= not_from {
            continue;
        }
        queue(
            tx,
            &Outgoing {
                subscription_id: subscription.subscription_id,
                channel,
                kind,
                recipient,
                message: &compose(channel),
                due_at,
                destination_request_id: None,
                election_id,
                public_url,
            },
            now,
        )
        .await?;
        queued += 1;
    }
    Ok(queued)
}

/// When a message on `channel` may go: email at once, texts and calls at the recipient's
/// contact hours.
pub fn due_at(channel: Channel, recipient: &str, quiet: &QuietHours, now: Timestamp) -> Timestamp {
    match channel {
        Channel::Email => now,
        Channel::Sms | Channel::Voice => {
            Timestamp::new(earliest_contact(now.to_jiff(), recipient, quiet))
        }
    }
}

/// One message to queue.
pub struct Outgoing<'a> {
    pub subscription_id: i64,
    pub channel: Channel,
    pub kind: MessageKind,
    pub recipient: &'a str,
    pub message: &'a messages::Composed,
    pub due_at: Timestamp,
    pub destination_request_id: Option<i64>,
    pub election_id: Option<&'a str>,
    pub public_url: &'a str,
}

/// Queues one message in the caller's transaction, with a fresh reference (one already taken,
/// about one in a hundred thousand at ten million messages, is drawn again); an email gets
/// its one-click unsubscribe link (RFC 8058).
pub async fn queue(tx: &mut Tx, out: &Outgoing<'_>, now: Timestamp) -> Result<i64, sqlx::Error> {
    let unsubscribe = Links {
        public_url: out.public_url,
    }
    .unsubscribe();
    let message = NewMessage {
        subscription_id: out.subscription_id,
        channel: out.channel,
        kind: out.kind,
        recipient: out.recipient,
        sender: &out.message.sender,
        subject: out.message.subject.as_deref(),
        body_text: &out.message.body_text,
        body_html: out.message.body_html.as_deref(),
        due_at: out.due_at,
        list_unsubscribe: (out.channel == Channel::Email).then_some(unsubscribe.as_str()),
        destination_request_id: out.destination_request_id,
        election_id: out.election_id,
        language: out.message.language.code(),
    };
    loop {
        let reference = crate::domain::message_links::new_reference();
        if let Some(id) = outbox::enqueue(tx, &message, &reference, now).await? {
            return Ok(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use ballot_shared::language::Language;

    #[test]
    fn dates_in_words() {
        let english = crate::domain::locales::catalog(Language::English);
        assert_eq!(spoken_date(english, "2026-12-01"), "December 1, 2026");
        // 02:00 UTC on Nov 4 is still Nov 3 in California.
        assert_eq!(
            pacific_day(english, "2026-11-04T02:00:00Z".parse().unwrap()),
            "November 3, 2026"
        );
    }

    #[test]
    fn dates_in_the_voters_language() {
        let say = |language| spoken_date(crate::domain::locales::catalog(language), "2026-11-03");
        assert_eq!(say(Language::Spanish), "3 de noviembre de 2026");
        assert_eq!(say(Language::Chinese), "2026年11月3日");
        assert_eq!(say(Language::Vietnamese), "ngày 3 tháng 11 năm 2026");
        for language in Language::ALL {
            let date = say(language);
            assert!(
                date.contains("2026") && date.contains('3'),
                "{language:?}: {date}"
            );
        }
    }
}
