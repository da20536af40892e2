//! Ballot status updates: what happened to the ballot, in the county's words if it has its
//! own, on every channel.

use super::{render, Composed, Kind, Office, Words};
use crate::domain::message_links::Links;
use ballot_shared::channels::Channel;
use ballot_shared::i18n::{Catalog, Message};
use ballot_shared::status::BallotStatus;

/// What a status notification needs to know. Dates are already in the voter's words
/// ("November 3, 2026", `dates::long`).
pub struct StatusContext<'a> {
    /// The voter's language.
    pub catalog: &'a Catalog,
    pub first_name: &'a str,
    pub office: &'a Office,
    /// The day the event happened, in Pacific time.
    pub occurred_on: &'a str,
    pub cure_deadline: Option<&'a str>,
    pub cure_url: Option<&'a str>,
    pub reason: Option<&'a str>,
    pub expected_delivery: Option<&'a str>,
    pub links: Links<'a>,
    /// This deployment takes signature cures (`CURE_ENCRYPTION_KEY`): a signature problem's
    /// email and text link to the cure page, where the voter signs from their phone.
    pub cure_page: bool,
}

impl StatusContext<'_> {
    /// The cure page's link, for a signature problem where this deployment takes cures.
    pub fn cure_page_for(&self, status: BallotStatus) -> Option<String> {
        (self.cure_page && status.is_signature_problem()).then(|| self.links.cure())
    }
}

/// What happened, said plainly: never more than the county's data says (no "will be
/// counted"), and with what to do and by when for a problem. A county's own wording for the
/// channel (or for all channels; `None` is the status page) replaces ours.
pub fn status_sentence(
    status: BallotStatus,
    channel: Option<Channel>,
    ctx: &StatusContext<'_>,
) -> String {
    if let Some(text) = ctx
        .office
        .override_for(status, channel, ctx.catalog.language())
    {
        return fill_placeholders(text, ctx);
    }
    let say = |id: &'static str| {
        let mut message = Message::new(id)
            .text("office", &ctx.office.sender)
            .text("date", ctx.occurred_on);
        if let Some(deadline) = ctx.cure_deadline {
            message = message.text("deadline", deadline);
        }
        if let Some(url) = ctx.cure_url {
            message = message.text("cure_url", url);
        }
        if let Some(reason) = ctx.reason {
            message = message.text("reason", reason);
        }
        if let Some(day) = ctx.expected_delivery {
            message = message.text("expected_delivery", day);
        }
        ctx.catalog.format(&message)
    };
    // The form to return: "unsigned" for a missing signature, "mismatch" for one that could
    // not be verified; the sentence says by when and where to get it, as far as we know.
    let cure = |form: &str| {
        let id = match (form, ctx.cure_deadline.is_some(), ctx.cure_url.is_some()) {
            ("unsigned", true, true) => "cure-unsigned-deadline-url",
            ("unsigned", true, false) => "cure-unsigned-deadline",
            ("unsigned", false, true) => "cure-unsigned-url",
            ("unsigned", false, false) => "cure-unsigned",
            (_, true, true) => "cure-mismatch-deadline-url",
            (_, true, false) => "cure-mismatch-deadline",
            (_, false, true) => "cure-mismatch-url",
            (_, false, false) => "cure-mismatch",
        };
        say(id)
    };
    match status {
        BallotStatus::Mailed => say("sentence-mailed"),
        BallotStatus::InTransitToVoter if ctx.expected_delivery.is_some() => {
            say("sentence-in-transit-to-voter-expected")
        }
        BallotStatus::InTransitToVoter => say("sentence-in-transit-to-voter"),
        BallotStatus::Delivered => say("sentence-delivered"),
        BallotStatus::Undeliverable => say("sentence-undeliverable"),
        BallotStatus::InTransitToCounty => say("sentence-in-transit-to-county"),
        BallotStatus::Received => say("sentence-received"),
        BallotStatus::InReview => say("sentence-in-review"),
        BallotStatus::Counted => say("sentence-counted"),
        BallotStatus::SignatureMissing => {
            sentences(&say("sentence-signature-missing"), &cure("unsigned"))
        }
        BallotStatus::SignatureMismatch => {
            sentences(&say("sentence-signature-mismatch"), &cure("mismatch"))
        }
        BallotStatus::Cured => say("sentence-cured"),
        BallotStatus::NotCounted if ctx.reason.is_some() => say("sentence-not-counted-reason"),
        BallotStatus::NotCounted => say("sentence-not-counted"),
        BallotStatus::Reissued => say("sentence-reissued"),
        BallotStatus::VotedInPerson => say("sentence-voted-in-person"),
    }
}

/// Two sentences as one text: a space between them, except after a Chinese or Japanese full
/// stop, which needs none.
fn sentences(first: &str, second: &str) -> String {
    if first.ends_with(['。', '．']) {
        format!("{first}{second}")
    } else {
        format!("{first} {second}")
    }
}

fn fill_placeholders(text: &str, ctx: &StatusContext<'_>) -> String {
    text.replace("{office}", &ctx.office.sender)
        .replace("{first_name}", ctx.first_name)
        .replace("{date}", ctx.occurred_on)
        .replace("{deadline}", ctx.cure_deadline.unwrap_or(""))
        .replace("{cure_url}", ctx.cure_url.unwrap_or(""))
        .replace("{reason}", ctx.reason.unwrap_or(""))
        .replace("{expected_delivery}", ctx.expected_delivery.unwrap_or(""))
}

/// A status notification: the status, and what the sentence needs.
struct StatusUpdate<'a> {
    status: BallotStatus,
    ctx: &'a StatusContext<'a>,
}

/// A status notification on one channel.
pub fn status_update(channel: Channel, status: BallotStatus, ctx: &StatusContext<'_>) -> Composed {
    render(&StatusUpdate { status, ctx }, channel)
}

impl Kind for StatusUpdate<'_> {
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
        let sender = ctx.office.sender.as_str();
        let sentence = status_sentence(self.status, Some(channel), ctx);
        let say = |message: Message| catalog.format(&message.text("office", sender));
        match channel {
            Channel::Email => Words::Email {
                subject: say(Message::new("update-email-subject")
                    .text("status", catalog.text(self.status.title_id()))),
                paragraphs: [
                    say(Message::new("greeting").text("first_name", ctx.first_name)),
                    sentence,
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
            // A text starts with who sends it, unless the county's own sentence already does
            // ("Fresno County …: Fresno County … got your ballot" read as a mistake).
            // A signature problem links to the cure page instead of the status page (which links
            // to it too), and leaves the county's form link out: one link keeps it short.
            Channel::Sms => {
                let cure_page = ctx.cure_page_for(self.status);
                let sentence = match &cure_page {
                    Some(_) => status_sentence(
                        self.status,
                        Some(channel),
                        &StatusContext {
                            cure_url: None,
                            ..*ctx
                        },
                    ),
                    None => sentence,
                };
                let named = sentence.trim_start().starts_with(sender);
                let id = match (named, cure_page.is_some()) {
                    (false, false) => "update-sms",
                    (true, false) => "update-sms-named",
                    (false, true) => "update-sms-cure",
                    (true, true) => "update-sms-cure-named",
                };
                Words::Short(say(Message::new(id)
                    .text("sentence", sentence)
                    .text("status_url", ctx.links.status())
                    .text("cure_page_url", cure_page.unwrap_or_default())))
            }
            // Read aloud by the provider: who is calling, what happened, and a number to call.
            Channel::Voice => Words::Short(say(Message::new("update-voice")
                .text("sentence", sentence)
                .text("help", ctx.office.phone_help(catalog)))),
        }
    }
}
