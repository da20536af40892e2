//! The words of each message, per channel.
//!
//! Lessons from the public complaints about the service we replace (SPEC.md): say who sends
//! the message (the voter's county, by name), say what happened and nothing more, and give a
//! way to stop in every message.

use ballot_shared::channels::Channel;
use ballot_shared::i18n::{Catalog, Message};
use ballot_shared::language::Language;
use ballot_shared::status::BallotStatus;

/// The county elections office as its messages present it: the sender's name, the contact it
/// gives voters, and its own wording of status messages (SPEC.md: "Each county may override
/// templates and sender name").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Office {
    pub sender: String,
    pub contact: Option<String>,
    /// Status code -> channel code (or "all") -> sentence with placeholders.
    pub overrides: std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
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

/// What a confirmation needs to know.
pub struct ConfirmationContext<'a> {
    /// The voter's language.
    pub catalog: &'a Catalog,
    pub first_name: &'a str,
    pub office: &'a Office,
    pub destination_display: &'a str,
    pub status_url: &'a str,
    pub manage_url: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    pub sender: String,
    pub subject: Option<String>,
    pub body_text: String,
    pub body_html: Option<String>,
}

/// The county office that sends messages, by name ("Sacramento County Elections").
pub fn sender_name(county: &str) -> String {
    format!("{county} County Elections")
}

/// The sign-up confirmation: email and SMS only (no confirmation calls).
pub fn confirmation(channel: Channel, ctx: &ConfirmationContext<'_>) -> Option<Composed> {
    let catalog = ctx.catalog;
    let sender = ctx.office.sender.clone();
    let say = |message: Message| catalog.format(&message.text("office", &sender));
    match channel {
        Channel::Email => {
            let paragraphs = [
                say(Message::new("greeting").text("first_name", ctx.first_name)),
                say(Message::new("confirm-email-signed-up")
                    .text("destination", ctx.destination_display)),
                say(Message::new("confirm-email-see-status").text("status_url", ctx.status_url)),
                say(Message::new("change-or-stop").text("manage_url", ctx.manage_url)),
                say(Message::new("confirm-email-why")),
            ];
            Some(Composed {
                subject: Some(say(Message::new("confirm-email-subject"))),
                body_text: paragraphs.join("\n\n") + "\n",
                body_html: Some(html_paragraphs(catalog.language(), &paragraphs)),
                sender,
            })
        }
        // CTIA: the first text names the program, says how often, that rates may apply, and
        // how to get help and to stop.
        Channel::Sms => Some(Composed {
            body_text: say(Message::new("confirm-sms").text("status_url", ctx.status_url)),
            sender,
            subject: None,
            body_html: None,
        }),
        Channel::Voice => None,
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> ConfirmationContext<'static> {
        let office: &'static Office = Box::leak(Box::new(Office::default_for("Sacramento")));
        ConfirmationContext {
            catalog: crate::locales::catalog(Language::English),
            first_name: "Siobhán <script>",
            office,
            destination_display: "maria@example.com",
            status_url: "http://localhost/status/abc",
            manage_url: "http://localhost/manage/abc",
        }
    }

    #[test]
    fn email_names_the_county_and_links_status_and_stop() {
        let email = confirmation(Channel::Email, &ctx()).unwrap();
        assert_eq!(email.sender, "Sacramento County Elections");
        assert!(email
            .subject
            .unwrap()
            .contains("Sacramento County Elections"));
        assert!(email.body_text.contains("http://localhost/status/abc"));
        assert!(email.body_text.contains("stop these"));
        let html = email.body_html.unwrap();
        assert!(html.contains("<a href=\"http://localhost/manage/abc\">"));
        assert!(html.contains("Siobhán &lt;script&gt;"));
        assert!(!email.body_text.contains("will be counted"));
    }

    #[test]
    fn sms_follows_carrier_practice() {
        let sms = confirmation(Channel::Sms, &ctx()).unwrap();
        for needed in [
            "Sacramento County Elections",
            "STOP",
            "HELP",
            "Msg & data rates may apply",
        ] {
            assert!(sms.body_text.contains(needed), "{needed}");
        }
    }

    #[test]
    fn no_confirmation_call() {
        assert_eq!(confirmation(Channel::Voice, &ctx()), None);
    }
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
    pub status_url: &'a str,
    pub manage_url: &'a str,
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
    match channel {
        Channel::Email => {
            let paragraphs = [
                say(Message::new("greeting").text("first_name", ctx.first_name)),
                sentence,
                say(Message::new("see-status").text("status_url", ctx.status_url)),
                ctx.office.questions(catalog),
                say(Message::new("change-or-stop").text("manage_url", ctx.manage_url)),
            ];
            Composed {
                subject: Some(say(Message::new("update-email-subject")
                    .text("status", catalog.text(status.title_id())))),
                body_text: paragraphs.join("\n\n") + "\n",
                body_html: Some(html_paragraphs(catalog.language(), &paragraphs)),
                sender,
            }
        }
        Channel::Sms => Composed {
            body_text: say(Message::new("update-sms")
                .text("sentence", sentence)
                .text("status_url", ctx.status_url)),
            sender,
            subject: None,
            body_html: None,
        },
        // Read aloud by the provider: who is calling, what happened, and a number to call.
        Channel::Voice => Composed {
            body_text: say(Message::new("update-voice")
                .text("sentence", sentence)
                .text("help", ctx.office.phone_help(catalog))),
            sender,
            subject: None,
            body_html: None,
        },
    }
}

/// What a return-deadline reminder needs to know.
pub struct ReminderContext<'a> {
    pub catalog: &'a Catalog,
    pub first_name: &'a str,
    pub office: &'a Office,
    /// Already in the voter's words.
    pub deadline: &'a str,
    pub status_url: &'a str,
    pub manage_url: &'a str,
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
    match channel {
        Channel::Email => {
            let paragraphs = [
                say(Message::new("greeting").text("first_name", ctx.first_name)),
                sentence,
                say(Message::new("reminder-email-already").text("status_url", ctx.status_url)),
                ctx.office.questions(catalog),
                say(Message::new("change-or-stop").text("manage_url", ctx.manage_url)),
            ];
            Composed {
                subject: Some(say(Message::new("reminder-email-subject"))),
                body_text: paragraphs.join("\n\n") + "\n",
                body_html: Some(html_paragraphs(catalog.language(), &paragraphs)),
                sender,
            }
        }
        Channel::Sms => Composed {
            body_text: say(Message::new("reminder-sms")
                .text("sentence", sentence)
                .text("status_url", ctx.status_url)),
            sender,
            subject: None,
            body_html: None,
        },
        Channel::Voice => Composed {
            body_text: say(Message::new("reminder-voice")
                .text("sentence", sentence)
                .text("help", ctx.office.phone_help(catalog))),
            sender,
            subject: None,
            body_html: None,
        },
    }
}

#[cfg(test)]
mod status_tests {
    use super::*;

    fn ctx() -> StatusContext<'static> {
        let office: &'static Office = Box::leak(Box::new(Office::default_for("Sacramento")));
        StatusContext {
            catalog: crate::locales::catalog(Language::English),
            first_name: "Maria",
            office,
            occurred_on: "November 3, 2026",
            cure_deadline: Some("December 1, 2026"),
            cure_url: Some("https://elections.example/cure"),
            reason: None,
            expected_delivery: None,
            status_url: "http://localhost/status/t",
            manage_url: "http://localhost/manage/t",
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
                    assert!(message.body_text.contains("/manage/t"));
                    assert!(message.body_html.is_some());
                }
            }
        }
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
        assert!(sms.body_text.starts_with("Fresno County Clerk/Registrar of Voters: Fresno County Clerk/Registrar of Voters got your ballot on November 3, 2026."), "{}", sms.body_text);
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
            catalog: crate::locales::catalog(Language::Chinese),
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
