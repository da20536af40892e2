//! Reminders before a signature cure's deadline (issue 16), 7, 3 and 1 days before, to a voter
//! who has not sent a statement from the tracker: the signature problem said again as the
//! status update said it (the form, the deadline, the county's link to it, or the county's own
//! wording), led by "Reminder:", with the status link where the voter can follow it; a text
//! says it shorter.

use super::{render, status_sentence, Composed, Kind, Office, StatusContext, Words};
use crate::domain::message_links::Links;
use ballot_shared::channels::Channel;
use ballot_shared::i18n::{Catalog, Message};
use ballot_shared::status::BallotStatus;

/// What a cure reminder needs to know: the signature-problem status's own context (its
/// deadline is always given) and which problem it is.
pub struct CureReminderContext<'a> {
    pub status: BallotStatus,
    pub problem: StatusContext<'a>,
}

/// The reminder on one channel.
pub fn cure_reminder(channel: Channel, ctx: &CureReminderContext<'_>) -> Composed {
    render(ctx, channel)
}

impl Kind for CureReminderContext<'_> {
    fn catalog(&self) -> &Catalog {
        self.problem.catalog
    }
    fn office(&self) -> &Office {
        self.problem.office
    }
    fn links(&self) -> Links<'_> {
        self.problem.links
    }
    fn words(&self, channel: Channel, catalog: &Catalog) -> Words {
        let ctx = &self.problem;
        // A call falling back to English is not composed here (`render` says it briefly), so
        // the status sentence is always in `catalog`'s language.
        let problem = status_sentence(self.status, Some(channel), ctx);
        let say = |message: Message| {
            catalog.format(
                &message
                    .text("office", &ctx.office.sender)
                    .text("deadline", ctx.cure_deadline.unwrap_or("")),
            )
        };
        let reminder = say(Message::new("cure-reminder-lead").text("sentence", problem.clone()));
        match channel {
            Channel::Email => Words::Email {
                subject: say(Message::new("cure-reminder-email-subject")),
                paragraphs: [
                    say(Message::new("greeting").text("first_name", ctx.first_name)),
                    reminder,
                ]
                .into_iter()
                .chain(
                    ctx.cure_page_for(self.status)
                        .map(|url| say(Message::new("cure-online").text("cure_page_url", url))),
                )
                .chain([
                    say(Message::new("see-status").text("status_url", ctx.links.status())),
                    ctx.office.questions(catalog),
                    say(Message::new("change-or-stop").text("manage_url", ctx.links.manage())),
                ])
                .collect(),
            },
            // A sentence of its own, ours even where the county words its status messages,
            // without the county's form link (the status page gives it), so that the text
            // stays within two segments in English; in the return reminder's frame: who sends
            // it, the reminder, the status link, STOP.
            Channel::Sms => {
                let id = match self.status {
                    BallotStatus::SignatureMismatch => "cure-reminder-sms-mismatch",
                    _ => "cure-reminder-sms-unsigned",
                };
                let cure_page = ctx.cure_page_for(self.status);
                let frame = if cure_page.is_some() {
                    "reminder-sms-cure"
                } else {
                    "reminder-sms"
                };
                Words::Short(say(Message::new(frame)
                    .text("sentence", say(Message::new(id)))
                    .text("status_url", ctx.links.status())
                    .text("cure_page_url", cure_page.unwrap_or_default())))
            }
            // The call already says it is a reminder.
            Channel::Voice => Words::Short(say(Message::new("reminder-voice")
                .text("sentence", problem)
                .text("help", ctx.office.phone_help(catalog)))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::message_links::REFERENCE;
    use ballot_shared::language::Language;

    /// A text of at most two GSM-7 segments (153 characters each once split), with the
    /// county's form link and a status link as long as real ones.
    #[test]
    fn the_english_text_fits_in_two_segments() {
        let office = Office::default_for("San Bernardino");
        for (status, cure_url) in [
            (BallotStatus::SignatureMissing, None),
            (
                BallotStatus::SignatureMismatch,
                Some("https://elections.sbcounty.gov/cure-form"),
            ),
        ] {
            let ctx = CureReminderContext {
                status,
                problem: StatusContext {
                    catalog: crate::domain::locales::catalog(Language::English),
                    first_name: "Maria",
                    office: &office,
                    occurred_on: "November 5, 2026",
                    cure_deadline: Some("September 30, 2026"),
                    cure_url,
                    reason: None,
                    expected_delivery: None,
                    links: Links {
                        public_url: "https://ballots.sos.ca.gov",
                    },
                    cure_page: true,
                },
            };
            let text = cure_reminder(Channel::Sms, &ctx)
                .body_text
                .replace("{{token:status}}", &"0".repeat(32))
                .replace(REFERENCE, "7KQM-4MXZ");
            assert!(text.is_ascii(), "{text}");
            assert!(text.len() <= 2 * 153, "{} characters: {text}", text.len());
            assert!(
                text.starts_with("San Bernardino County Elections: Reminder: your ballot"),
                "{text}"
            );
        }
    }
}
