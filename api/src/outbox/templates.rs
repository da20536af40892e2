//! The words of each message, per channel.
//!
//! Lessons from the public complaints about the service we replace (SPEC.md): say who sends
//! the message (the voter's county, by name), say what happened and nothing more, and give a
//! way to stop in every message.

use ballot_shared::channels::Channel;
use ballot_shared::status::BallotStatus;

pub const PROGRAM_NAME: &str = "Where's My Ballot?";

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
    pub fn questions(&self) -> String {
        match &self.contact {
            Some(contact) => format!("Questions? Contact {} at {contact}.", self.sender),
            None => format!(
                "Questions? Contact {}, or call the California Secretary of State at {STATE_HOTLINE}.",
                self.sender
            ),
        }
    }

    /// Who to call, for a voice message.
    pub fn phone_help(&self) -> String {
        match &self.contact {
            Some(contact) => format!("For help, contact {} at {contact}.", self.sender),
            None => format!("For help, call the California Secretary of State at {STATE_HOTLINE}."),
        }
    }

    fn override_for(&self, status: BallotStatus, channel: Option<Channel>) -> Option<&String> {
        let by_channel = self.overrides.get(status.code())?;
        channel
            .and_then(|c| by_channel.get(c.code()))
            .or_else(|| by_channel.get("all"))
    }
}

/// What a confirmation needs to know.
pub struct ConfirmationContext<'a> {
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
    let sender = ctx.office.sender.clone();
    match channel {
        Channel::Email => {
            let subject = format!("You're signed up for ballot notifications from {sender}");
            let paragraphs = [
                format!("Hello {},", ctx.first_name),
                format!(
                    "You are signed up for {PROGRAM_NAME} notifications from {sender}. We will email you at {} when your vote-by-mail ballot is mailed, received and counted, and right away if there is a problem you need to fix.",
                    ctx.destination_display
                ),
                format!("See your ballot status at any time: {}", ctx.status_url),
                format!("Change or stop these notifications: {}", ctx.manage_url),
                format!(
                    "You are getting this email because this address was entered when signing up for {PROGRAM_NAME}. If that was not you, stop these emails at the link above."
                ),
            ];
            Some(Composed {
                sender,
                subject: Some(subject),
                body_text: paragraphs.join("\n\n") + "\n",
                body_html: Some(html_paragraphs(&paragraphs)),
            })
        }
        // CTIA: the first text names the program, says how often, that rates may apply, and
        // how to get help and to stop.
        Channel::Sms => Some(Composed {
            sender: sender.clone(),
            subject: None,
            body_text: format!(
                "{sender}: You're signed up for {PROGRAM_NAME} ballot alerts. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel. Status: {}",
                ctx.status_url
            ),
            body_html: None,
        }),
        Channel::Voice => None,
    }
}

/// Escapes text for HTML and turns URLs into links, one `<p>` per paragraph.
fn html_paragraphs(paragraphs: &[String]) -> String {
    let mut html = String::from("<!doctype html><html lang=\"en\"><body>");
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
/// ("November 3, 2026").
pub struct StatusContext<'a> {
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
    if let Some(text) = ctx.office.override_for(status, channel) {
        return fill_placeholders(text, ctx);
    }
    let sender = ctx.office.sender.clone();
    let date = ctx.occurred_on;
    let cure = |statement: &str| {
        match (ctx.cure_deadline, ctx.cure_url) {
        (Some(deadline), Some(url)) => format!(
            "To have your ballot counted, return the {statement} by {deadline}. Get the form at {url}"
        ),
        (Some(deadline), None) => format!(
            "To have your ballot counted, return the {statement} to {sender} by {deadline}."
        ),
        (None, Some(url)) => format!(
            "To have your ballot counted, return the {statement} as soon as you can. Get the form at {url}"
        ),
        (None, None) => format!(
            "To have your ballot counted, contact {sender} as soon as you can to return the {statement}."
        ),
    }
    };
    match status {
        BallotStatus::Mailed => format!("Your vote-by-mail ballot was handed to the postal service on {date}."),
        BallotStatus::InTransitToVoter => match ctx.expected_delivery {
            Some(day) => format!("The postal service expects to deliver your ballot around {day}."),
            None => "Your ballot is on its way to you through the postal service.".to_string(),
        },
        BallotStatus::Undeliverable => format!(
            "Your ballot was returned to {sender} as undeliverable. Contact them to get a ballot you can vote."
        ),
        BallotStatus::InTransitToCounty => format!(
            "The postal service scanned your returned ballot on its way to {sender} on {date}."
        ),
        BallotStatus::Received => format!("{sender} received your ballot on {date}."),
        BallotStatus::InReview => {
            "Your ballot is being reviewed, for example to check your signature. You do not need to do anything now.".to_string()
        }
        BallotStatus::Counted => "Your ballot was accepted and counted.".to_string(),
        BallotStatus::SignatureMissing => format!(
            "Your ballot envelope is not signed. {}",
            cure("unsigned ballot statement")
        ),
        BallotStatus::SignatureMismatch => format!(
            "The signature on your ballot envelope could not be verified. {}",
            cure("signature verification statement")
        ),
        BallotStatus::Cured => "Your signature problem is fixed.".to_string(),
        BallotStatus::NotCounted => match ctx.reason {
            Some(reason) => format!("Your ballot was not counted. The reason {sender} gave: {reason}."),
            None => format!("Your ballot was not counted. Contact {sender} to learn why."),
        },
        BallotStatus::Reissued => {
            "A replacement ballot was issued to you, and the earlier ballot is cancelled. Vote and return only the new one.".to_string()
        }
        BallotStatus::VotedInPerson => {
            "You voted in person. Your mail ballot is no longer needed.".to_string()
        }
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
    let sender = ctx.office.sender.clone();
    let sentence = status_sentence(status, Some(channel), ctx);
    match channel {
        Channel::Email => {
            let paragraphs = [
                format!("Hello {},", ctx.first_name),
                sentence,
                format!("See your ballot's status at any time: {}", ctx.status_url),
                ctx.office.questions(),
                format!("Change or stop these notifications: {}", ctx.manage_url),
            ];
            Composed {
                subject: Some(format!("Your ballot: {} - {sender}", status.title())),
                sender,
                body_text: paragraphs.join("\n\n") + "\n",
                body_html: Some(html_paragraphs(&paragraphs)),
            }
        }
        Channel::Sms => Composed {
            body_text: format!("{sender}: {sentence} Status: {} Reply STOP to stop.", ctx.status_url),
            sender,
            subject: None,
            body_html: None,
        },
        // Read aloud by the provider: who is calling, what happened, and a number to call.
        Channel::Voice => Composed {
            body_text: format!(
                "Hello. This is {sender}, with an update about your vote-by-mail ballot. {sentence} {} Goodbye.",
                ctx.office.phone_help()
            ),
            sender,
            subject: None,
            body_html: None,
        },
    }
}

/// The return-deadline reminder: to voters whose ballot was mailed but not yet received.
pub fn return_reminder(
    channel: Channel,
    first_name: &str,
    office: &Office,
    deadline: &str,
    status_url: &str,
    manage_url: &str,
) -> Composed {
    let sender = office.sender.clone();
    let sentence = format!(
        "{sender} has not yet received your vote-by-mail ballot. Return it by {deadline} so that it can be counted: mail it, postmarked by Election Day, or drop it off as your county's voter guide describes."
    );
    match channel {
        Channel::Email => {
            let paragraphs = [
                format!("Hello {first_name},"),
                sentence,
                format!("If you already returned it, you do not need to do anything. See your ballot's status: {status_url}"),
                office.questions(),
                format!("Change or stop these notifications: {manage_url}"),
            ];
            Composed {
                subject: Some(format!("Reminder: return your ballot by {deadline} - {sender}")),
                sender,
                body_text: paragraphs.join("\n\n") + "\n",
                body_html: Some(html_paragraphs(&paragraphs)),
            }
        }
        Channel::Sms => Composed {
            body_text: format!("{sender}: {sentence} Status: {status_url} Reply STOP to stop."),
            sender,
            subject: None,
            body_html: None,
        },
        Channel::Voice => Composed {
            body_text: format!(
                "Hello. This is {sender}, with a reminder about your vote-by-mail ballot. {sentence} {} Goodbye.",
                office.phone_help()
            ),
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
    fn voting_in_person_is_not_a_counted_mail_ballot() {
        let text = status_sentence(BallotStatus::VotedInPerson, None, &ctx());
        assert!(text.contains("voted in person"));
        assert!(!text.contains("counted"));
    }
}
