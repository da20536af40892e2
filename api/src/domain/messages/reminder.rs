//! Return-deadline reminders: to voters whose ballot was mailed but not yet received.

use super::{render, Composed, Kind, Office, Words};
use crate::domain::message_links::Links;
use ballot_shared::channels::Channel;
use ballot_shared::i18n::{Catalog, Message};

/// What a return-deadline reminder needs to know.
pub struct ReminderContext<'a> {
    pub catalog: &'a Catalog,
    pub first_name: &'a str,
    pub office: &'a Office,
    /// Already in the voter's words.
    pub deadline: &'a str,
    pub links: Links<'a>,
}

/// The return-deadline reminder: to voters whose ballot was mailed but not yet received.
pub fn return_reminder(channel: Channel, ctx: &ReminderContext<'_>) -> Composed {
    render(ctx, channel)
}

impl Kind for ReminderContext<'_> {
    fn catalog(&self) -> &Catalog {
        self.catalog
    }
    fn office(&self) -> &Office {
        self.office
    }
    fn links(&self) -> Links<'_> {
        self.links
    }
    fn words(&self, channel: Channel, catalog: &Catalog) -> Words {
        let say = |message: Message| {
            catalog.format(
                &message
                    .text("office", &self.office.sender)
                    .text("deadline", self.deadline),
            )
        };
        let sentence = say(Message::new("reminder-sentence"));
        match channel {
            Channel::Email => Words::Email {
                subject: say(Message::new("reminder-email-subject")),
                paragraphs: vec![
                    say(Message::new("greeting").text("first_name", self.first_name)),
                    sentence,
                    say(Message::new("reminder-email-already")
                        .text("status_url", self.links.status())),
                    self.office.questions(catalog),
                    say(Message::new("change-or-stop").text("manage_url", self.links.manage())),
                ],
            },
            Channel::Sms => Words::Short(say(Message::new("reminder-sms")
                .text("sentence", sentence)
                .text("status_url", self.links.status()))),
            Channel::Voice => Words::Short(say(Message::new("reminder-voice")
                .text("sentence", sentence)
                .text("help", self.office.phone_help(catalog)))),
        }
    }
}
