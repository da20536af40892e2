//! Notes to the destinations on file when someone signs up again with the voter's details.

use super::{render, Composed, Kind, Office, Words};
use crate::domain::message_links::Links;
use ballot_shared::channels::Channel;
use ballot_shared::i18n::{Catalog, Message};

/// What a note to the destinations on file needs to know (also a fresh manage link's).
pub struct OnFileContext<'a> {
    /// The subscription's language.
    pub catalog: &'a Catalog,
    pub first_name: &'a str,
    pub office: &'a Office,
    /// Masked destinations someone asked for, waiting for confirmation.
    pub requested: &'a [String],
    /// How long the manage link works.
    pub manage_days: i64,
    pub links: &'a Links<'a>,
}

impl OnFileContext<'_> {
    /// A message with the voter's name, the office and how long the manage link works.
    pub(super) fn say(&self, catalog: &Catalog, message: Message) -> String {
        catalog.format(
            &message
                .text("office", &self.office.sender)
                .text("first_name", self.first_name)
                .number("days", self.manage_days),
        )
    }
}

struct SignupAgain<'a>(&'a OnFileContext<'a>);

/// To the destinations on file when someone signs up again with the voter's details: nothing
/// changed, what was asked, and a manage link for the voter (who may have lost theirs).
/// Email and text only: a call for this would alarm more than help.
pub fn signup_again(to: Channel, ctx: &OnFileContext<'_>) -> Option<Composed> {
    (to != Channel::Voice).then(|| render(&SignupAgain(ctx), to))
}

impl Kind for SignupAgain<'_> {
    fn catalog(&self) -> &Catalog {
        self.0.catalog
    }
    fn office(&self) -> &Office {
        self.0.office
    }
    fn links(&self) -> Links<'_> {
        *self.0.links
    }
    fn words(&self, to: Channel, catalog: &Catalog) -> Words {
        let ctx = self.0;
        let say = |message| ctx.say(catalog, message);
        match to {
            Channel::Email => {
                let mut paragraphs = vec![say(Message::new("signup-again-email-body"))];
                for destination in ctx.requested {
                    paragraphs.push(say(Message::new("signup-again-new-destination")
                        .text("destination", destination)));
                }
                paragraphs.push(say(
                    Message::new("signup-again-manage").text("manage_url", ctx.links.manage())
                ));
                Words::Email {
                    subject: say(Message::new("signup-again-email-subject")),
                    paragraphs,
                }
            }
            // No call is made (`signup_again`).
            Channel::Sms | Channel::Voice => Words::Short(say(
                Message::new("signup-again-sms").text("manage_url", ctx.links.manage())
            )),
        }
    }
}
