//! Change notices: to every destination on file when a new one was confirmed.

use super::{render, Composed, Kind, Office, Words};
use crate::domain::message_links::Links;
use ballot_shared::channels::Channel;
use ballot_shared::i18n::{Catalog, Message};

/// What a change notice needs to know.
pub struct ChangeContext<'a> {
    /// The subscription's language (the notice goes to its destinations on file).
    pub catalog: &'a Catalog,
    pub first_name: &'a str,
    pub office: &'a Office,
    /// The channel that changed.
    pub channel: Channel,
    /// Masked.
    pub new_destination: &'a str,
    /// Whether the new destination took another's place (rather than filling an empty one).
    pub replaced: bool,
    pub links: &'a Links<'a>,
}

/// "Ballot news for Maria now also goes to j•••@example.com; not you? Undo": to every
/// destination that was on file when a new one was confirmed.
pub fn destination_changed(to: Channel, ctx: &ChangeContext<'_>) -> Composed {
    render(ctx, to)
}

impl Kind for ChangeContext<'_> {
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
        let what = if self.replaced {
            "changed-replaced"
        } else {
            "changed-added"
        };
        let say = |message: Message| {
            catalog.format(
                &message
                    .text("office", &self.office.sender)
                    .text("first_name", self.first_name)
                    .text("channel", self.channel.code())
                    .text("destination", self.new_destination),
            )
        };
        match to {
            Channel::Email => Words::Email {
                subject: say(Message::new("changed-email-subject")),
                paragraphs: vec![
                    say(Message::new(what)),
                    say(Message::new("changed-undo").text("undo_url", self.links.undo())),
                    self.office.questions(catalog),
                ],
            },
            Channel::Sms => Words::Short(say(
                Message::new("changed-sms").text("undo_url", self.links.undo())
            )),
            Channel::Voice => Words::Short(say(
                Message::new("changed-voice").text("help", self.office.phone_help(catalog))
            )),
        }
    }
}
