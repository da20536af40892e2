//! Confirmation requests: "is this yours? confirm", to a destination nobody has confirmed yet.

use super::{render, Composed, Kind, Office, Words};
use crate::domain::message_links::Links;
use ballot_shared::channels::Channel;
use ballot_shared::i18n::{Catalog, Message};

/// What a confirmation request needs to know. It goes to a destination nobody has confirmed
/// yet, so it says whose ballot it is about and nothing of the ballot.
pub struct ConfirmRequestContext<'a> {
    /// The language of the page that asked.
    pub catalog: &'a Catalog,
    pub first_name: &'a str,
    pub office: &'a Office,
    pub destination_display: &'a str,
    pub links: &'a Links<'a>,
}

/// "Is this yours? Confirm": a link by email, YES (or the link) by text, 1 on a call.
pub fn confirmation_request(channel: Channel, ctx: &ConfirmRequestContext<'_>) -> Composed {
    render(ctx, channel)
}

impl Kind for ConfirmRequestContext<'_> {
    fn catalog(&self) -> &Catalog {
        self.catalog
    }
    fn office(&self) -> &Office {
        self.office
    }
    fn links(&self) -> Links<'_> {
        *self.links
    }
    /// A call in a language the provider cannot speak is made in English: it asks for a key.
    fn call_in_english(&self) -> bool {
        true
    }
    fn words(&self, channel: Channel, catalog: &Catalog) -> Words {
        let say = |message: Message| {
            catalog.format(
                &message
                    .text("office", &self.office.sender)
                    .text("first_name", self.first_name),
            )
        };
        match channel {
            Channel::Email => Words::Email {
                subject: say(Message::new("confirm-request-email-subject")),
                paragraphs: vec![
                    say(Message::new("confirm-request-email-asked")
                        .text("destination", self.destination_display)),
                    say(Message::new("confirm-request-email-link")
                        .text("confirm_url", self.links.confirm())),
                    say(Message::new("confirm-request-email-ignore")),
                ],
            },
            // CTIA: a recurring program's first text asks for the opt-in and names the
            // program, how often, that rates may apply, and how to get help and to stop.
            Channel::Sms => Words::Short(say(
                Message::new("confirm-request-sms").text("confirm_url", self.links.confirm())
            )),
            Channel::Voice => Words::Short(say(Message::new("confirm-request-voice"))),
        }
    }
}
