//! What the voter is told of a signature cure they sent from the tracker (issue 16): that the
//! county has it, then whether the county accepted it, and if not, why. Worded and carried like
//! a status update (its subject, text and call), so a voter reads it the way they read the
//! rest of their ballot's news.

use super::{render, Composed, Kind, Office, Words};
use crate::domain::message_links::Links;
use crate::store::outbox::CureNotice;
use ballot_shared::channels::Channel;
use ballot_shared::i18n::{Catalog, Message};

/// What a cure notice needs to know.
pub struct CureContext<'a> {
    /// The voter's language.
    pub catalog: &'a Catalog,
    pub first_name: &'a str,
    pub office: &'a Office,
    /// The day the cure was received, in Pacific time, in the voter's words.
    pub received_on: &'a str,
    /// The county's reason for a rejection (slot marks already broken: `message_links::inert`).
    pub reason: Option<&'a str>,
    pub links: Links<'a>,
}

struct Notice<'a> {
    notice: CureNotice,
    ctx: &'a CureContext<'a>,
}

/// A cure notice on one channel.
pub fn cure_notice(channel: Channel, notice: CureNotice, ctx: &CureContext<'_>) -> Composed {
    render(&Notice { notice, ctx }, channel)
}

impl Notice<'_> {
    fn sentence(&self, catalog: &Catalog) -> String {
        let ctx = self.ctx;
        let id = match self.notice {
            CureNotice::Received => "cure-received-sentence",
            CureNotice::Accepted => "cure-accepted-sentence",
            CureNotice::Rejected => "cure-rejected-sentence",
        };
        catalog.format(
            &Message::new(id)
                .text("office", &ctx.office.sender)
                .text("date", ctx.received_on)
                .text("reason", ctx.reason.unwrap_or("")),
        )
    }

    fn title(&self, catalog: &Catalog) -> String {
        catalog.text(match self.notice {
            CureNotice::Received => "cure-received-title",
            CureNotice::Accepted => "cure-accepted-title",
            CureNotice::Rejected => "cure-rejected-title",
        })
    }
}

impl Kind for Notice<'_> {
    fn catalog(&self) -> &Catalog {
        self.ctx.catalog
    }
    fn office(&self) -> &Office {
        self.ctx.office
    }
    fn links(&self) -> Links<'_> {
        self.ctx.links
    }
    fn words(&self, channel: Channel, catalog: &Catalog) -> Words {
        let ctx = self.ctx;
        let sentence = self.sentence(catalog);
        let say = |message: Message| catalog.format(&message.text("office", &ctx.office.sender));
        match channel {
            Channel::Email => Words::Email {
                subject: say(
                    Message::new("update-email-subject").text("status", self.title(catalog))
                ),
                paragraphs: vec![
                    say(Message::new("greeting").text("first_name", ctx.first_name)),
                    sentence,
                    say(Message::new("see-status").text("status_url", ctx.links.status())),
                    ctx.office.questions(catalog),
                    say(Message::new("change-or-stop").text("manage_url", ctx.links.manage())),
                ],
            },
            // Most languages' sentence starts with the office: a text then does not name it
            // twice (as `status_update` does for a county's own sentence).
            Channel::Sms => {
                let id = if sentence
                    .trim_start()
                    .starts_with(ctx.office.sender.as_str())
                {
                    "update-sms-named"
                } else {
                    "update-sms"
                };
                Words::Short(say(Message::new(id)
                    .text("sentence", sentence)
                    .text("status_url", ctx.links.status())))
            }
            Channel::Voice => Words::Short(say(Message::new("update-voice")
                .text("sentence", sentence)
                .text("help", ctx.office.phone_help(catalog)))),
        }
    }
}
