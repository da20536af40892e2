//! Reminders before a signature cure's deadline (issue 16): 7, 3 and 1 days before the
//! county's `cure_deadline` (California's days), each once, to a voter whose ballot's latest
//! status is still a signature problem and who has sent no statement from the tracker that is
//! waiting or was accepted. A scheduled pass of the worker, like the retention purge, given
//! the time it runs at so that tests can say which day it is.
//!
//! - Once: each reminder is a `cure_reminder` row with a unique key, recorded in the
//!   transaction that queues its messages, so two passes or two workers cannot both send it.
//! - In the voter's contact hours like a status update: email at once, texts and calls held
//!   for the recipient's hours (`notifications`); a text or call that could only go on or after
//!   the deadline's day is not queued.
//! - Stopping: a cure received withdraws the ballot's waiting reminders in its own transaction
//!   (`signature_cures::submit`), as does a new status (`ballot_events`); each pass also
//!   withdraws those of ballots no longer needing one, or whose deadline's day has come.
//! - Missed days are not made up: a worker down on the 7-day mark sends the 3-day one, not a
//!   late 7-day one, so a voter never gets two at once.

use crate::clock::Timestamp;
use crate::domain::event_record::EventDetail;
use crate::domain::message_links::{inert, Links};
use crate::domain::messages::{self, CureReminderContext, StatusContext};
use crate::domain::notifications::{enqueue_per_channel_before, pacific_day, spoken_date};
use crate::domain::offices::Offices;
use crate::store::cure_reminders::{self, NewReminder, UncuredBallot};
use crate::store::outbox::{self, MessageKind};
use crate::store::{subscriptions, voters, Store};
use jiff::civil::Date;
use jiff::tz::TimeZone;

/// How many days before the deadline a reminder goes.
pub const DAYS_BEFORE: [i32; 3] = [7, 3, 1];

/// Why waiting reminders were withdrawn (kept as the message's error, for operators).
pub const WITHDRAWN_STATUS: &str = "withdrawn: the ballot's status changed";
pub const WITHDRAWN_CURE: &str = "withdrawn: the voter sent a signature cure";
const WITHDRAWN_STALE: &str =
    "withdrawn: the ballot no longer needs a cure reminder, or its deadline came";

/// What a pass did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ReminderReport {
    /// Ballots reminded.
    pub ballots: u64,
    /// Messages queued for them.
    pub messages: u64,
    /// Messages queued earlier and withdrawn.
    pub withdrawn: u64,
}

fn california() -> TimeZone {
    TimeZone::get("America/Los_Angeles").unwrap_or(TimeZone::UTC)
}

/// California's date at `at`: cure deadlines are the county's days.
pub fn california_date(at: Timestamp) -> Date {
    at.to_jiff().to_zoned(california()).date()
}

/// The reminder due on `today` for `deadline`, if any: how many days before it `today` is.
pub fn reminder_due(deadline: Date, today: Date) -> Option<i32> {
    DAYS_BEFORE.into_iter().find(|&days| {
        deadline
            .checked_sub(jiff::Span::new().days(days))
            .is_ok_and(|day| day == today)
    })
}

/// The ballot's deadline (`cure_deadline` in its event), if it gave a valid one.
fn deadline_of(ballot: &UncuredBallot) -> Option<(String, Date)> {
    let detail: EventDetail = serde_json::from_str(&ballot.detail).unwrap_or_default();
    let text = detail.cure_deadline?;
    let date = text.parse::<Date>().ok()?;
    Some((text, date))
}

/// One pass at `now`: withdraws the reminders no longer wanted, then queues those due today.
#[tracing::instrument(skip_all)]
pub async fn send_due(
    store: &Store,
    offices: &Offices,
    public_url: &str,
    cure_page: bool,
    now: Timestamp,
) -> Result<ReminderReport, sqlx::Error> {
    let today = california_date(now);
    let mut report = ReminderReport {
        withdrawn: withdraw_stale(store, today).await?,
        ..Default::default()
    };
    for ballot in cure_reminders::uncured_ballots(store.pool(), None).await? {
        let Some((deadline_text, deadline)) = deadline_of(&ballot) else {
            continue;
        };
        let Some(days_before) = reminder_due(deadline, today) else {
            continue;
        };
        let queued = remind(
            store,
            offices,
            public_url,
            cure_page,
            &ballot,
            (&deadline_text, deadline, days_before),
            now,
        )
        .await?;
        if let Some(messages) = queued {
            report.ballots += 1;
            report.messages += messages;
        }
    }
    if report.ballots > 0 || report.withdrawn > 0 {
        tracing::info!(
            ballots = report.ballots,
            messages = report.messages,
            withdrawn = report.withdrawn,
            "cure reminders"
        );
    }
    Ok(report)
}

/// Records and queues one ballot's reminder; `None` if it was already sent (or nobody is left
/// to tell), else how many messages were queued.
async fn remind(
    store: &Store,
    offices: &Offices,
    public_url: &str,
    cure_page: bool,
    ballot: &UncuredBallot,
    (deadline_text, deadline, days_before): (&str, Date, i32),
    now: Timestamp,
) -> Result<Option<u64>, sqlx::Error> {
    let Some(voter) = voters::get(store.pool(), &ballot.voter_id).await? else {
        return Ok(None);
    };
    let office = offices.get(store, &voter.county).await?;
    // Nothing may arrive on the deadline's day: by then the reminder is too late to help.
    let Ok(deadline_day) = deadline.to_zoned(california()) else {
        return Ok(None);
    };
    let deadline_starts = Timestamp::new(deadline_day.timestamp());
    let mut tx = store.begin().await?;
    let recorded = cure_reminders::record(
        &mut tx,
        &NewReminder {
            voter_id: &ballot.voter_id,
            election_id: &ballot.election_id,
            cure_deadline: deadline_text,
            days_before,
            event_id: &ballot.event_id,
            created_at: now,
        },
    )
    .await?;
    if !recorded {
        return Ok(None);
    }
    let Some(subscription) = subscriptions::find_by_voter(&mut tx, &ballot.voter_id).await? else {
        return Ok(None);
    };
    let catalog = crate::domain::locales::for_code(&subscription.language);
    let detail: EventDetail = serde_json::from_str(&ballot.detail).unwrap_or_default();
    let occurred_on = pacific_day(catalog, ballot.occurred_at);
    let spoken_deadline = spoken_date(catalog, deadline_text);
    // Text an operator wrote goes in with any slot marks broken, as in the status update.
    let cure_url = detail.cure_url.as_deref().map(inert);
    let reason = detail.reason.as_deref().map(inert);
    let ctx = CureReminderContext {
        status: ballot.status,
        problem: StatusContext {
            catalog,
            first_name: &voter.first_name,
            office: &office,
            occurred_on: &occurred_on,
            cure_deadline: Some(&spoken_deadline),
            cure_url: cure_url.as_deref(),
            reason: reason.as_deref(),
            expected_delivery: None,
            links: Links { public_url },
            cure_page,
        },
    };
    let queued = enqueue_per_channel_before(
        &mut tx,
        &subscription,
        MessageKind::CureReminder,
        Some(&ballot.election_id),
        now,
        public_url,
        deadline_starts,
        |channel| messages::cure_reminder(channel, &ctx),
    )
    .await?;
    tx.commit().await?;
    Ok(Some(queued))
}

/// Withdraws the waiting reminders of ballots that no longer need one (a cure arrived, the
/// status changed) or whose deadline's day has come (a text held for contact hours or a retry).
async fn withdraw_stale(store: &Store, today: Date) -> Result<u64, sqlx::Error> {
    let mut withdrawn = 0;
    let waiting = outbox::waiting_ballots(store.pool(), MessageKind::CureReminder).await?;
    for (subscription_id, voter_id, election_id) in waiting {
        let still_due = cure_reminders::uncured_ballots(
            store.pool(),
            Some((voter_id.as_str(), election_id.as_str())),
        )
        .await?
        .iter()
        .filter_map(deadline_of)
        .any(|(_, deadline)| today < deadline);
        if still_due {
            continue;
        }
        let mut tx = store.begin().await?;
        withdrawn += outbox::withdraw_kind(
            &mut tx,
            subscription_id,
            &election_id,
            MessageKind::CureReminder,
            WITHDRAWN_STALE,
        )
        .await?;
        tx.commit().await?;
    }
    Ok(withdrawn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reminders_fall_7_3_and_1_days_before_the_deadline() {
        let deadline: Date = "2026-12-01".parse().unwrap();
        let on = |day: &str| reminder_due(deadline, day.parse().unwrap());
        assert_eq!(on("2026-11-24"), Some(7));
        assert_eq!(on("2026-11-28"), Some(3));
        assert_eq!(on("2026-11-30"), Some(1));
        for day in [
            "2026-11-23",
            "2026-11-25",
            "2026-11-29",
            "2026-12-01",
            "2026-12-02",
        ] {
            assert_eq!(on(day), None, "{day}");
        }
    }

    #[test]
    fn the_day_is_californias() {
        // 05:00 UTC on December 1 is still November 30 in California.
        let at: Timestamp = "2026-12-01T05:00:00Z".parse().unwrap();
        assert_eq!(california_date(at).to_string(), "2026-11-30");
    }
}
