//! The words of each message, per channel.
//!
//! Lessons from the public complaints about the service we replace (docs/product.md,
//! Messages): say who sends
//! the message (the voter's county, by name), say what happened and nothing more, and give a
//! way to stop in every message.

use crate::domain::message_links::{Links, REFERENCE, REFERENCE_SPOKEN};
use crate::outbox::voices;
use ballot_shared::channels::Channel;
use ballot_shared::i18n::{Catalog, Message};
use ballot_shared::language::Language;
use ballot_shared::status::BallotStatus;

/// The county elections office as its messages present it: the sender's name, the contact it
/// gives voters, and its own wording of status messages (docs/product.md, Messages: each
/// county may use its own sender name and wording).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Office {
    pub sender: String,
    pub contact: Option<String>,
    /// Status code -> channel code (or "all") -> sentence with placeholders.
    pub overrides: std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
    /// Hosts the county's cure-form links may be on (lower-case).
    pub cure_url_hosts: Vec<String>,
}

/// Placeholders a county's sentence may use.
pub const PLACEHOLDERS: [&str; 7] = [
    "{office}",
    "{first_name}",
    "{date}",
    "{deadline}",
    "{cure_url}",
    "{reason}",
    "{expected_delivery}",
];

impl Office {
    /// The office with no settings of its own: "<County> County Elections".
    pub fn default_for(county: &str) -> Self {
        Self {
            sender: sender_name(county),
            contact: None,
            overrides: Default::default(),
            cure_url_hosts: Vec::new(),
        }
    }

    /// "Questions? …": the county's own contact when it gave one, else the state hotline.
    pub fn questions(&self, catalog: &Catalog) -> String {
        catalog.format(&self.contact_message("questions-contact", "questions-hotline"))
    }

    /// Who to call, for a voice message.
    pub fn phone_help(&self, catalog: &Catalog) -> String {
        catalog.format(&self.contact_message("phone-help-contact", "phone-help-hotline"))
    }

    fn contact_message(&self, with_contact: &'static str, with_hotline: &'static str) -> Message {
        match &self.contact {
            Some(contact) => Message::new(with_contact)
                .text("office", &self.sender)
                .text("contact", contact),
            None => Message::new(with_hotline)
                .text("office", &self.sender)
                .text("hotline", STATE_HOTLINE),
        }
    }

    /// The county's own wording. Counties write it in English, so it replaces only English
    /// messages; voters who chose another language get the translated sentence.
    fn override_for(
        &self,
        status: BallotStatus,
        channel: Option<Channel>,
        language: Language,
    ) -> Option<&String> {
        if language != Language::English {
            return None;
        }
        let by_channel = self.overrides.get(status.code())?;
        channel
            .and_then(|c| by_channel.get(c.code()))
            .or_else(|| by_channel.get("all"))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    pub sender: String,
    pub subject: Option<String>,
    pub body_text: String,
    pub body_html: Option<String>,
    /// The language the words are in: a call is read aloud in it (`voices`).
    pub language: Language,
}

/// The county office that sends messages, by name ("Sacramento County Elections").
pub fn sender_name(county: &str) -> String {
    format!("{county} County Elections")
}

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
    // A call in a language the provider cannot speak is made in English.
    let catalog = match channel {
        Channel::Voice if !voices::speaks(ctx.catalog.language()) => {
            crate::domain::locales::catalog(Language::English)
        }
        _ => ctx.catalog,
    };
    let sender = ctx.office.sender.clone();
    let say = |message: Message| {
        catalog.format(
            &message
                .text("office", &sender)
                .text("first_name", ctx.first_name),
        )
    };
    let composed = match channel {
        Channel::Email => {
            let paragraphs = [
                say(Message::new("confirm-request-email-asked")
                    .text("destination", ctx.destination_display)),
                say(Message::new("confirm-request-email-link")
                    .text("confirm_url", ctx.links.confirm())),
                say(Message::new("confirm-request-email-ignore")),
            ];
            email(
                catalog,
                sender.clone(),
                say(Message::new("confirm-request-email-subject")),
                &paragraphs,
            )
        }
        // CTIA: a recurring program's first text asks for the opt-in and names the program,
        // how often, that rates may apply, and how to get help and to stop.
        Channel::Sms => short(
            catalog,
            sender.clone(),
            say(Message::new("confirm-request-sms").text("confirm_url", ctx.links.confirm())),
        ),
        Channel::Voice => short(
            catalog,
            sender.clone(),
            say(Message::new("confirm-request-voice")),
        ),
    };
    with_reference(channel, ctx.links, composed)
}

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
    let catalog = ctx.catalog;
    let sender = ctx.office.sender.clone();
    let what = if ctx.replaced {
        "changed-replaced"
    } else {
        "changed-added"
    };
    let say = |message: Message| {
        catalog.format(
            &message
                .text("office", &sender)
                .text("first_name", ctx.first_name)
                .text("channel", ctx.channel.code())
                .text("destination", ctx.new_destination),
        )
    };
    let composed = match to {
        Channel::Email => {
            let paragraphs = [
                say(Message::new(what)),
                say(Message::new("changed-undo").text("undo_url", ctx.links.undo())),
                ctx.office.questions(catalog),
            ];
            email(
                catalog,
                sender.clone(),
                say(Message::new("changed-email-subject")),
                &paragraphs,
            )
        }
        Channel::Sms => short(
            catalog,
            sender.clone(),
            say(Message::new("changed-sms").text("undo_url", ctx.links.undo())),
        ),
        Channel::Voice if !voices::speaks(catalog.language()) => {
            voice_language_unavailable(ctx.office)
        }
        Channel::Voice => short(
            catalog,
            sender.clone(),
            say(Message::new("changed-voice").text("help", ctx.office.phone_help(catalog))),
        ),
    };
    with_reference(to, ctx.links, composed)
}

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
    let catalog = ctx.catalog;
    let sender = ctx.office.sender.clone();
    let say = |message: Message| {
        catalog.format(
            &message
                .text("office", &sender)
                .text("first_name", ctx.first_name)
                .text("channel", to.code())
                .text("destination", ctx.destination)
                .text("signup_url", ctx.links.signup()),
        )
    };
    let composed = match to {
        Channel::Email => {
            let paragraphs = [
                say(Message::new("removed-body")),
                say(Message::new("removed-if-not-you")),
                ctx.office.questions(catalog),
            ];
            email(
                catalog,
                sender.clone(),
                say(Message::new("removed-email-subject")),
                &paragraphs,
            )
        }
        Channel::Sms => short(catalog, sender.clone(), say(Message::new("removed-sms"))),
        Channel::Voice if !voices::speaks(catalog.language()) => {
            voice_language_unavailable(ctx.office)
        }
        Channel::Voice => short(
            catalog,
            sender.clone(),
            say(Message::new("removed-voice").text("help", ctx.office.phone_help(catalog))),
        ),
    };
    with_reference(to, ctx.links, composed)
}

/// What a note to the destinations on file needs to know.
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

/// To the destinations on file when someone signs up again with the voter's details: nothing
/// changed, what was asked, and a manage link for the voter (who may have lost theirs).
/// Email and text only: a call for this would alarm more than help.
pub fn signup_again(to: Channel, ctx: &OnFileContext<'_>) -> Option<Composed> {
    let catalog = ctx.catalog;
    let sender = ctx.office.sender.clone();
    let say = |message: Message| {
        catalog.format(
            &message
                .text("office", &sender)
                .text("first_name", ctx.first_name)
                .number("days", ctx.manage_days),
        )
    };
    let composed = match to {
        Channel::Email => {
            let mut paragraphs = vec![say(Message::new("signup-again-email-body"))];
            for destination in ctx.requested {
                paragraphs
                    .push(say(Message::new("signup-again-new-destination")
                        .text("destination", destination)));
            }
            paragraphs.push(say(
                Message::new("signup-again-manage").text("manage_url", ctx.links.manage())
            ));
            email(
                catalog,
                sender.clone(),
                say(Message::new("signup-again-email-subject")),
                &paragraphs,
            )
        }
        Channel::Sms => short(
            catalog,
            sender.clone(),
            say(Message::new("signup-again-sms").text("manage_url", ctx.links.manage())),
        ),
        Channel::Voice => return None,
    };
    Some(with_reference(to, ctx.links, composed))
}

/// A fresh manage link, asked for from a page (an old or read-only link). Email and text only.
pub fn manage_link(to: Channel, ctx: &OnFileContext<'_>) -> Option<Composed> {
    let catalog = ctx.catalog;
    let sender = ctx.office.sender.clone();
    let say = |message: Message| {
        catalog.format(
            &message
                .text("office", &sender)
                .text("first_name", ctx.first_name)
                .number("days", ctx.manage_days)
                .text("manage_url", ctx.links.manage()),
        )
    };
    let composed = match to {
        Channel::Email => {
            let paragraphs = [
                say(Message::new("manage-link-email-body")),
                say(Message::new("manage-link-email-ignore")),
            ];
            email(
                catalog,
                sender.clone(),
                say(Message::new("manage-link-email-subject")),
                &paragraphs,
            )
        }
        Channel::Sms => short(
            catalog,
            sender.clone(),
            say(Message::new("manage-link-sms")),
        ),
        Channel::Voice => return None,
    };
    Some(with_reference(to, ctx.links, composed))
}

/// An email of paragraphs, plain and HTML.
fn email(catalog: &Catalog, sender: String, subject: String, paragraphs: &[String]) -> Composed {
    Composed {
        subject: Some(subject),
        body_text: paragraphs.join("\n\n") + "\n",
        body_html: Some(html_paragraphs(catalog.language(), paragraphs)),
        sender,
        language: catalog.language(),
    }
}

/// A text or a call: words only.
fn short(catalog: &Catalog, sender: String, body_text: String) -> Composed {
    Composed {
        sender,
        subject: None,
        body_text,
        body_html: None,
        language: catalog.language(),
    }
}

/// A call to a voter whose language the provider cannot speak: briefly, in English, that
/// their texts or email say more.
fn voice_language_unavailable(office: &Office) -> Composed {
    let english = crate::domain::locales::catalog(Language::English);
    let text = english.format(
        &Message::new("voice-language-unavailable")
            .text("office", &office.sender)
            .text("help", office.phone_help(english)),
    );
    short(english, office.sender.clone(), text)
}

/// Ends every message with its reference, which anyone can check at /verify: an email says
/// where, a text is kept short, a call spells it out.
fn with_reference(channel: Channel, links: &Links<'_>, mut composed: Composed) -> Composed {
    let catalog = crate::domain::locales::catalog(composed.language);
    match channel {
        Channel::Email => {
            let line = catalog.format(
                &Message::new("reference-email")
                    .text("reference", REFERENCE)
                    .text("verify_url", links.verify()),
            );
            composed.body_text = format!("{}\n\n{line}\n", composed.body_text.trim_end());
            if let Some(html) = composed.body_html.take() {
                let paragraph = html_paragraphs(catalog.language(), &[line]);
                let inner = paragraph
                    .split_once("<body>")
                    .and_then(|(_, rest)| rest.split_once("</body>"))
                    .map(|(inner, _)| inner.to_string())
                    .unwrap_or_default();
                composed.body_html = Some(html.replace("</body>", &format!("{inner}</body>")));
            }
        }
        Channel::Sms => {
            let line = catalog.format(&Message::new("reference-sms").text("reference", REFERENCE));
            composed.body_text = format!("{} {line}", composed.body_text.trim_end());
        }
        Channel::Voice => {
            let line = catalog
                .format(&Message::new("reference-voice").text("reference", REFERENCE_SPOKEN));
            composed.body_text = format!("{} {line}", composed.body_text.trim_end());
        }
    }
    composed
}

/// Escapes text for HTML and turns URLs into links, one `<p>` per paragraph.
fn html_paragraphs(language: Language, paragraphs: &[String]) -> String {
    let mut html = format!(
        "<!doctype html><html lang=\"{}\"><body>",
        language.html_lang()
    );
    for p in paragraphs {
        html.push_str("<p>");
        for (i, word) in p.split(' ').enumerate() {
            if i > 0 {
                html.push(' ');
            }
            let escaped = escape_html(word);
            if word.starts_with("http://") || word.starts_with("https://") {
                html.push_str(&format!("<a href=\"{escaped}\">{escaped}</a>"));
            } else {
                html.push_str(&escaped);
            }
        }
        html.push_str("</p>");
    }
    html.push_str("</body></html>");
    html
}

/// The HTML part of an email composed without one: its text, preformatted.
#[derive(askama::Template)]
#[template(path = "plain_email.html")]
struct PlainHtml<'a> {
    text: &'a str,
}

/// An email's text as its HTML part, for an email that has none of its own.
pub fn plain_html(text: &str) -> String {
    PlainHtml { text }.to_string()
}

pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The California Secretary of State's voter hotline, for voters whose county office is not
/// reachable from a message (and printed on the public help page).
pub const STATE_HOTLINE: &str = "(800) 345-8683";

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

/// A status notification on one channel.
pub fn status_update(channel: Channel, status: BallotStatus, ctx: &StatusContext<'_>) -> Composed {
    let catalog = ctx.catalog;
    let sender = ctx.office.sender.clone();
    let sentence = status_sentence(status, Some(channel), ctx);
    let say = |message: Message| catalog.format(&message.text("office", &sender));
    let composed = match channel {
        Channel::Email => {
            let paragraphs = [
                say(Message::new("greeting").text("first_name", ctx.first_name)),
                sentence,
                say(Message::new("see-status").text("status_url", ctx.links.status())),
                ctx.office.questions(catalog),
                say(Message::new("change-or-stop").text("manage_url", ctx.links.manage())),
            ];
            let subject = say(Message::new("update-email-subject")
                .text("status", catalog.text(status.title_id())));
            email(catalog, sender.clone(), subject, &paragraphs)
        }
        // A text starts with who sends it, unless the county's own sentence already does
        // ("Fresno County …: Fresno County … got your ballot" read as a mistake).
        Channel::Sms => {
            let id = if sentence.trim_start().starts_with(sender.as_str()) {
                "update-sms-named"
            } else {
                "update-sms"
            };
            short(
                catalog,
                sender.clone(),
                say(Message::new(id)
                    .text("sentence", sentence)
                    .text("status_url", ctx.links.status())),
            )
        }
        Channel::Voice if !voices::speaks(catalog.language()) => {
            voice_language_unavailable(ctx.office)
        }
        // Read aloud by the provider: who is calling, what happened, and a number to call.
        Channel::Voice => short(
            catalog,
            sender.clone(),
            say(Message::new("update-voice")
                .text("sentence", sentence)
                .text("help", ctx.office.phone_help(catalog))),
        ),
    };
    with_reference(channel, &ctx.links, composed)
}

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
    let catalog = ctx.catalog;
    let sender = ctx.office.sender.clone();
    let say = |message: Message| {
        catalog.format(
            &message
                .text("office", &sender)
                .text("deadline", ctx.deadline),
        )
    };
    let sentence = say(Message::new("reminder-sentence"));
    let composed = match channel {
        Channel::Email => {
            let paragraphs = [
                say(Message::new("greeting").text("first_name", ctx.first_name)),
                sentence,
                say(Message::new("reminder-email-already").text("status_url", ctx.links.status())),
                ctx.office.questions(catalog),
                say(Message::new("change-or-stop").text("manage_url", ctx.links.manage())),
            ];
            email(
                catalog,
                sender.clone(),
                say(Message::new("reminder-email-subject")),
                &paragraphs,
            )
        }
        Channel::Sms => short(
            catalog,
            sender.clone(),
            say(Message::new("reminder-sms")
                .text("sentence", sentence)
                .text("status_url", ctx.links.status())),
        ),
        Channel::Voice if !voices::speaks(catalog.language()) => {
            voice_language_unavailable(ctx.office)
        }
        Channel::Voice => short(
            catalog,
            sender.clone(),
            say(Message::new("reminder-voice")
                .text("sentence", sentence)
                .text("help", ctx.office.phone_help(catalog))),
        ),
    };
    with_reference(channel, &ctx.links, composed)
}

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
    let catalog = ctx.catalog;
    let sender = ctx.office.sender.clone();
    let say =
        |message: Message| catalog.format(&message.text("office", &sender).text("text", ctx.text));
    let composed = match channel {
        Channel::Email => {
            let mut paragraphs = vec![say(
                Message::new("greeting").text("first_name", ctx.first_name)
            )];
            if ctx.correction {
                paragraphs.push(say(Message::new("correction-intro")));
            }
            paragraphs.extend([
                ctx.text.to_string(),
                say(Message::new("see-status").text("status_url", ctx.links.status())),
                ctx.office.questions(catalog),
                say(Message::new("change-or-stop").text("manage_url", ctx.links.manage())),
            ]);
            let subject = if ctx.correction {
                "correction-email-subject"
            } else {
                "notice-email-subject"
            };
            email(
                catalog,
                sender.clone(),
                say(Message::new(subject)),
                &paragraphs,
            )
        }
        Channel::Sms => short(
            catalog,
            sender.clone(),
            say(Message::new(if ctx.correction {
                "correction-sms"
            } else {
                "notice-sms"
            })),
        ),
        Channel::Voice if !voices::speaks(catalog.language()) => {
            voice_language_unavailable(ctx.office)
        }
        Channel::Voice => short(
            catalog,
            sender.clone(),
            say(Message::new(if ctx.correction {
                "correction-voice"
            } else {
                "notice-voice"
            })
            .text("help", ctx.office.phone_help(catalog))),
        ),
    };
    with_reference(channel, &ctx.links, composed)
}

#[cfg(test)]
mod status_tests {
    use super::*;

    fn ctx() -> StatusContext<'static> {
        let office: &'static Office = Box::leak(Box::new(Office::default_for("Sacramento")));
        StatusContext {
            catalog: crate::domain::locales::catalog(Language::English),
            first_name: "Maria",
            office,
            occurred_on: "November 3, 2026",
            cure_deadline: Some("December 1, 2026"),
            cure_url: Some("https://elections.example/cure"),
            reason: None,
            expected_delivery: None,
            links: Links {
                public_url: "http://localhost",
            },
        }
    }

    #[test]
    fn every_status_has_a_message_on_every_channel() {
        for status in BallotStatus::ALL {
            for channel in Channel::ALL {
                let message = status_update(channel, status, &ctx());
                assert!(
                    message.body_text.contains("Sacramento County Elections"),
                    "{status} {channel:?}"
                );
                let lower = message.body_text.to_lowercase();
                assert!(!lower.contains("will be counted"), "{status} {channel:?}");
                assert!(!lower.contains("polling place"), "{status} {channel:?}");
                if channel == Channel::Sms {
                    assert!(message.body_text.contains("STOP"));
                }
                if channel == Channel::Email {
                    assert!(message
                        .body_text
                        .contains("http://localhost/manage/{{token:manage}}"));
                    assert!(message.body_html.is_some());
                }
                // Every message ends with its reference, filled in when it is sent.
                let reference = if channel == Channel::Voice {
                    REFERENCE_SPOKEN
                } else {
                    REFERENCE
                };
                assert!(
                    message.body_text.trim_end().contains(reference),
                    "{status} {channel:?}"
                );
            }
        }
    }

    #[test]
    fn a_confirmation_request_says_whose_ballot_and_nothing_of_it() {
        let office = Office::default_for("Sacramento");
        let links = Links {
            public_url: "http://localhost",
        };
        let ctx = ConfirmRequestContext {
            catalog: crate::domain::locales::catalog(Language::English),
            first_name: "Maria",
            office: &office,
            destination_display: "maria@example.com",
            links: &links,
        };
        for channel in Channel::ALL {
            let message = confirmation_request(channel, &ctx);
            assert!(message.body_text.contains("Maria"), "{channel:?}");
            assert!(message.body_text.contains("Sacramento County Elections"));
            // No status or manage link: whoever holds this destination has not confirmed it.
            assert!(!message.body_text.contains("/status/"), "{channel:?}");
            assert!(!message.body_text.contains("/manage/"), "{channel:?}");
            match channel {
                Channel::Email => assert!(message.body_text.contains("/confirm/{{token:confirm}}")),
                Channel::Sms => {
                    assert!(message.body_text.contains("Reply YES"));
                    assert!(message.body_text.contains("STOP"));
                    assert!(message.body_text.contains("Msg & data rates may apply"));
                }
                Channel::Voice => assert!(message.body_text.contains("press 1")),
            }
        }
    }

    #[test]
    fn a_change_notice_names_the_new_destination_masked_and_links_the_undo() {
        let office = Office::default_for("Sacramento");
        let links = Links {
            public_url: "http://localhost",
        };
        let ctx = ChangeContext {
            catalog: crate::domain::locales::catalog(Language::English),
            first_name: "Maria",
            office: &office,
            channel: Channel::Email,
            new_destination: "a•••@example.net",
            replaced: true,
            links: &links,
        };
        let email = destination_changed(Channel::Email, &ctx);
        assert!(
            email.body_text.contains("a•••@example.net instead"),
            "{}",
            email.body_text
        );
        assert!(email.body_text.contains("/undo/{{token:undo}}"));
        let sms = destination_changed(Channel::Sms, &ctx);
        assert!(sms.body_text.contains("/undo/{{token:undo}}"));
    }

    #[test]
    fn a_call_in_a_language_without_a_voice_is_a_short_english_pointer() {
        let khmer = StatusContext {
            catalog: crate::domain::locales::catalog(Language::Khmer),
            ..ctx()
        };
        let call = status_update(Channel::Voice, BallotStatus::Received, &khmer);
        assert_eq!(call.language, Language::English);
        assert!(call
            .body_text
            .contains("cannot yet make calls in your language"));
        let text = status_update(Channel::Sms, BallotStatus::Received, &khmer);
        assert_eq!(text.language, Language::Khmer);
    }

    #[test]
    fn signature_problems_say_what_to_do_and_by_when() {
        let text = status_sentence(BallotStatus::SignatureMissing, None, &ctx());
        assert!(text.contains("unsigned ballot statement"));
        assert!(text.contains("December 1, 2026"));
        assert!(text.contains("https://elections.example/cure"));
        let text = status_sentence(BallotStatus::SignatureMismatch, None, &ctx());
        assert!(text.contains("signature verification statement"));
    }

    #[test]
    fn a_county_may_use_its_own_words_and_contact() {
        let mut office = Office::default_for("Fresno");
        office.sender = "Fresno County Clerk/Registrar of Voters".into();
        office.contact = Some("(559) 600-8683".into());
        office.overrides.insert(
            "received".into(),
            [(
                "sms".to_string(),
                "{office} got your ballot on {date}.".to_string(),
            )]
            .into_iter()
            .collect(),
        );
        let ctx = StatusContext {
            office: &office,
            ..ctx()
        };
        let sms = status_update(Channel::Sms, BallotStatus::Received, &ctx);
        // Named once: the county's sentence already says who it is from.
        assert!(
            sms.body_text.starts_with(
                "Fresno County Clerk/Registrar of Voters got your ballot on November 3, 2026. Status: "
            ),
            "{}",
            sms.body_text
        );
        assert_eq!(sms.body_text.matches("Fresno County").count(), 1);
        // Ours names the sender first.
        let ours = status_update(Channel::Sms, BallotStatus::Counted, &ctx);
        assert!(
            ours.body_text
                .starts_with("Fresno County Clerk/Registrar of Voters: "),
            "{}",
            ours.body_text
        );
        let email = status_update(Channel::Email, BallotStatus::Received, &ctx);
        assert!(
            email
                .body_text
                .contains("received your ballot on November 3, 2026"),
            "other channels keep ours"
        );
        assert!(email
            .body_text
            .contains("Contact Fresno County Clerk/Registrar of Voters at (559) 600-8683."));
        let voice = status_update(Channel::Voice, BallotStatus::Counted, &ctx);
        assert!(voice.body_text.contains("(559) 600-8683"));
    }

    #[test]
    fn no_space_between_chinese_sentences() {
        let chinese = StatusContext {
            catalog: crate::domain::locales::catalog(Language::Chinese),
            ..ctx()
        };
        let text = status_sentence(BallotStatus::SignatureMissing, None, &chinese);
        assert!(text.contains('。') && !text.contains("。 "), "{text}");
        let text = status_sentence(BallotStatus::SignatureMissing, None, &ctx());
        assert!(text.contains("not signed. To have"), "{text}");
    }

    #[test]
    fn voting_in_person_is_not_a_counted_mail_ballot() {
        let text = status_sentence(BallotStatus::VotedInPerson, None, &ctx());
        assert!(text.contains("voted in person"));
        assert!(!text.contains("counted"));
    }
}
