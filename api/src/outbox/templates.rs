//! The words of each message, per channel.
//!
//! Lessons from the public complaints about the service we replace (SPEC.md): say who sends
//! the message (the voter's county, by name), say what happened and nothing more, and give a
//! way to stop in every message.

use ballot_shared::channels::Channel;

pub const PROGRAM_NAME: &str = "Where's My Ballot?";

/// What a confirmation needs to know.
pub struct ConfirmationContext<'a> {
    pub first_name: &'a str,
    pub county: &'a str,
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
    let sender = sender_name(ctx.county);
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
        ConfirmationContext {
            first_name: "Siobhán <script>",
            county: "Sacramento",
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
