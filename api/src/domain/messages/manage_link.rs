//! A fresh manage link, asked for from a page (an old or read-only link).

use super::{render, Composed, Kind, Office, OnFileContext, Words};
use crate::domain::message_links::Links;
use ballot_shared::channels::Channel;
use ballot_shared::i18n::{Catalog, Message};

struct ManageLink<'a>(&'a OnFileContext<'a>);

/// A fresh manage link, asked for from a page (an old or read-only link). Email and text only.
pub fn manage_link(to: Channel, ctx: &OnFileContext<'_>) -> Option<Composed> {
    (to != Channel::Voice).then(|| render(&ManageLink(ctx), to))
}

impl Kind for ManageLink<'_> {
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
        let say =
            |message: Message| ctx.say(catalog, message.text("manage_url", ctx.links.manage()));
        match to {
            Channel::Email => Words::Email {
                subject: say(Message::new("manage-link-email-subject")),
                paragraphs: vec![
                    say(Message::new("manage-link-email-body")),
                    say(Message::new("manage-link-email-ignore")),
                ],
            },
            // No call is made (`manage_link`).
            Channel::Sms | Channel::Voice => Words::Short(say(Message::new("manage-link-sms"))),
        }
    }
}
