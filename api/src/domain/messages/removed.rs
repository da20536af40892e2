//! Removal notices: to a destination taken off its channel.

use super::{render, Composed, Kind, Office, Words};
use crate::domain::message_links::Links;
use ballot_shared::channels::Channel;
use ballot_shared::i18n::{Catalog, Message};

/// What a removal notice needs to know.
pub struct RemovedContext<'a> {
    /// The subscription's language.
    pub catalog: &'a Catalog,
    pub first_name: &'a str,
    pub office: &'a Office,
    /// Masked: the destination taken off.
    pub destination: &'a str,
    pub links: &'a Links<'a>,
}

/// "Maria's ballot notifications no longer come here; not you? Sign up again": to a
/// destination taken off its channel, so that no one can silently stop a voter's alerts with a
/// forwarded manage link.
pub fn destination_removed(to: Channel, ctx: &RemovedContext<'_>) -> Composed {
    render(ctx, to)
}

impl Kind for RemovedContext<'_> {
    fn catalog(&self) -> &Catalog {
        self.catalog
    }
    fn office(&self) -> &Office {
        self.office
    }
    fn links(&self) -> Links<'_> {
        *self.links
    }
    fn words(&self, to: Channel, catalog: &Catalog) -> Words {
        let say = |message: Message| {
            catalog.format(
                &message
                    .text("office", &self.office.sender)
                    .text("first_name", self.first_name)
                    .text("channel", to.code())
                    .text("destination", self.destination)
                    .text("signup_url", self.links.signup()),
            )
        };
        match to {
            Channel::Email => Words::Email {
                subject: say(Message::new("removed-email-subject")),
                paragraphs: vec![
                    say(Message::new("removed-body")),
                    say(Message::new("removed-if-not-you")),
                    self.office.questions(catalog),
                ],
            },
            Channel::Sms => Words::Short(say(Message::new("removed-sms"))),
            Channel::Voice => Words::Short(say(
                Message::new("removed-voice").text("help", self.office.phone_help(catalog))
            )),
        }
    }
}
