//! Return-deadline reminders (SPEC.md "Ballot statuses"): at the time a county set for an
//! election, one reminder to each subscribed voter of that county whose ballot was mailed but
//! not received. Run by the outbox worker; `reminder_sent` makes it once per voter even if the
//! job runs twice or on two workers.

use crate::clock;
use crate::notifications::{enqueue_per_channel, spoken_date};
use crate::outbox::templates;
use crate::store::{reminders, subscriptions, voters, Store};

/// Sends every reminder that is due; returns how many voters were reminded.
#[tracing::instrument(skip_all)]
pub async fn send_due_reminders(store: &Store, public_url: &str) -> Result<u64, sqlx::Error> {
    let now = clock::now();
    let mut reminded = 0;
    for reminder in reminders::due(store.pool(), &now).await? {
        let mut tx = store.begin().await?;
        let office = crate::offices::office_for(&mut tx, &reminder.county).await?;
        for voter_id in reminders::voters_to_remind(&mut tx, &reminder).await? {
            if !reminders::record_sent(&mut tx, &voter_id, &reminder.election_id, &now).await? {
                continue;
            }
            let (Some(voter), Some(subscription)) = (
                voters::find(&mut tx, &voter_id).await?,
                subscriptions::find_by_voter(&mut tx, &voter_id).await?,
            ) else {
                continue;
            };
            let catalog = crate::locales::for_code(&subscription.language);
            let deadline = spoken_date(catalog, &reminder.return_deadline);
            enqueue_per_channel(
                &mut tx,
                &subscription,
                "return_reminder",
                Some(&reminder.election_id),
                &now,
                public_url,
                |channel| {
                    templates::return_reminder(
                        channel,
                        &templates::ReminderContext {
                            catalog,
                            first_name: &voter.first_name,
                            office: &office,
                            deadline: &deadline,
                            links: crate::message_links::Links { public_url },
                        },
                    )
                },
            )
            .await?;
            reminded += 1;
        }
        reminders::mark_done(&mut tx, &reminder, &now).await?;
        tx.commit().await?;
        tracing::info!(county = %reminder.county, election_id = %reminder.election_id, "return reminders queued");
    }
    Ok(reminded)
}
