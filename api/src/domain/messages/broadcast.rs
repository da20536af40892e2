//! A county's own message to many voters (a notice), or its correction.

use super::{render, Composed, Kind, Office, Words};
use crate::domain::message_links::Links;
use ballot_shared::channels::Channel;
use ballot_shared::i18n::{Catalog, Message};

/// What a county's notice (or its correction) needs to know.
pub struct NoticeContext<'a> {
    pub catalog: &'a Catalog,
    pub first_name: &'a str,
    pub office: &'a Office,
    /// The county's words, in the voter's language if it wrote them in it, with `{first_name}`
    /// and `{office}` already filled.
    pub text: &'a str,
    /// A correction of an earlier broadcast, rather than a notice.
    pub correction: bool,
    pub links: Links<'a>,
}

/// A county's own message to many voters, or its correction, on one channel.
pub fn notice(channel: Channel, ctx: &NoticeContext<'_>) -> Composed {
    render(ctx, channel)
}

impl Kind for NoticeContext<'_> {
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
                    .text("text", self.text),
            )
        };
        let (subject, sms, voice) = if self.correction {
            (
                "correction-email-subject",
                "correction-sms",
                "correction-voice",
            )
        } else {
            ("notice-email-subject", "notice-sms", "notice-voice")
        };
        match channel {
            Channel::Email => {
                let mut paragraphs = vec![say(
                    Message::new("greeting").text("first_name", self.first_name)
                )];
                if self.correction {
                    paragraphs.push(say(Message::new("correction-intro")));
                }
                paragraphs.extend([
                    self.text.to_string(),
                    say(Message::new("see-status").text("status_url", self.links.status())),
                    self.office.questions(catalog),
                    say(Message::new("change-or-stop").text("manage_url", self.links.manage())),
                ]);
                Words::Email {
                    subject: say(Message::new(subject)),
                    paragraphs,
                }
            }
            Channel::Sms => Words::Short(say(Message::new(sms))),
            Channel::Voice => Words::Short(say(
                Message::new(voice).text("help", self.office.phone_help(catalog))
            )),
        }
    }
}
