//! The words of each message, per channel: a module per kind of message says what it says
//! (`Kind::words`), and `render` makes any of them into a message on a channel, the same way
//! for all: the call in a language the provider cannot speak, the reference at the end, and
//! an email's HTML, from `api/templates/email.html` (askama, which escapes what it fills in).
//!
//! Lessons from the public complaints about the service we replace (docs/product.md,
//! Messages): say who sends
//! the message (the voter's county, by name), say what happened and nothing more, and give a
//! way to stop in every message.

mod broadcast;
mod changed;
mod confirmation;
mod cure_notice;
mod cure_reminder;
mod manage_link;
mod on_file;
mod reminder;
mod removed;
mod status_update;

pub use broadcast::{notice, NoticeContext};
pub use changed::{destination_changed, ChangeContext};
pub use confirmation::{confirmation_request, ConfirmRequestContext};
pub use cure_notice::{cure_notice, CureContext};
pub use cure_reminder::{cure_reminder, CureReminderContext};
pub use manage_link::manage_link;
pub use on_file::{signup_again, OnFileContext};
pub use reminder::{return_reminder, ReminderContext};
pub use removed::{destination_removed, RemovedContext};
pub use status_update::{status_sentence, status_update, StatusContext};

use crate::domain::message_links::{Links, REFERENCE, REFERENCE_SPOKEN};
use crate::domain::voices;
use askama::Template;
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
    /// The ways the county accepts a cure's signature (issue 16); never empty.
    pub cure_methods: Vec<ballot_shared::cure::CureMethod>,
    /// Its cure statement's wording, by language code; empty: ours.
    pub cure_statements: std::collections::BTreeMap<String, String>,
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
            cure_methods: ballot_shared::cure::CureMethod::ALL.to_vec(),
            cure_statements: Default::default(),
        }
    }

    /// The statement the county asks a voter reading `language` to sign, and the language it
    /// is in: its own wording in that language, else its English wording; `None`: ours.
    pub fn cure_statement(&self, language: &str) -> Option<(&str, &str)> {
        [language, "en"].into_iter().find_map(|code| {
            self.cure_statements
                .get_key_value(code)
                .map(|(code, text)| (text.as_str(), code.as_str()))
        })
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

/// What a message says on a channel, before `render` ends it with its reference.
pub enum Words {
    /// An email: its subject and paragraphs (a URL alone between spaces becomes a link).
    Email {
        subject: String,
        paragraphs: Vec<String>,
    },
    /// A text or a call: words only.
    Short(String),
}

/// A kind of message: what it knows, and what it says on each channel.
pub trait Kind {
    /// The language the message is written in (the voter's, or the page's that asked).
    fn catalog(&self) -> &Catalog;
    fn office(&self) -> &Office;
    fn links(&self) -> Links<'_>;
    /// The words on `channel`, in `catalog` (English for a call when the provider cannot speak
    /// the message's language and `call_in_english`).
    fn words(&self, channel: Channel, catalog: &Catalog) -> Words;
    /// Whether a call in a language the provider cannot speak says the whole message in
    /// English (a confirmation, answered with a key) rather than only pointing to the voter's
    /// texts or email.
    fn call_in_english(&self) -> bool {
        false
    }
}

/// A message of any kind on one channel: its words, in the language the channel can carry,
/// ended by the reference anyone can check at /verify (an email says where, a text is kept
/// short, a call spells it out), with an email's HTML.
pub fn render(kind: &impl Kind, channel: Channel) -> Composed {
    let office = kind.office();
    let mut catalog = kind.catalog();
    let words = if channel == Channel::Voice && !voices::speaks(catalog.language()) {
        catalog = crate::domain::locales::catalog(Language::English);
        if kind.call_in_english() {
            kind.words(channel, catalog)
        } else {
            // Briefly, in English, that their texts or email say more.
            Words::Short(
                catalog.format(
                    &Message::new("voice-language-unavailable")
                        .text("office", &office.sender)
                        .text("help", office.phone_help(catalog)),
                ),
            )
        }
    } else {
        kind.words(channel, catalog)
    };
    let (subject, body_text, body_html) = match words {
        Words::Email {
            subject,
            mut paragraphs,
        } => {
            let reference = catalog.format(
                &Message::new("reference-email")
                    .text("reference", REFERENCE)
                    .text("verify_url", kind.links().verify()),
            );
            let text = format!("{}\n\n{reference}\n", paragraphs.join("\n\n").trim_end());
            paragraphs.push(reference);
            let html = EmailHtml::new(catalog.language(), &paragraphs).to_string();
            (Some(subject), text, Some(html))
        }
        Words::Short(text) => {
            let reference = match channel {
                Channel::Voice => catalog
                    .format(&Message::new("reference-voice").text("reference", REFERENCE_SPOKEN)),
                Channel::Email | Channel::Sms => {
                    catalog.format(&Message::new("reference-sms").text("reference", REFERENCE))
                }
            };
            (None, format!("{} {reference}", text.trim_end()), None)
        }
    };
    Composed {
        sender: office.sender.clone(),
        subject,
        body_text,
        body_html,
        language: catalog.language(),
    }
}

/// An email's HTML: a `<p>` per paragraph, the URLs in it links, everything else text
/// (askama escapes it).
#[derive(Template)]
#[template(path = "email.html")]
struct EmailHtml<'a> {
    lang: &'a str,
    paragraphs: Vec<Vec<Word<'a>>>,
}

/// The HTML part of an email composed without one: its text, preformatted.
#[derive(Template)]
#[template(path = "plain_email.html")]
struct PlainHtml<'a> {
    text: &'a str,
}

/// An email's text as its HTML part, for an email that has none of its own.
pub fn plain_html(text: &str) -> String {
    PlainHtml { text }.to_string()
}

/// A word of a paragraph, between spaces.
struct Word<'a> {
    text: &'a str,
    link: bool,
}

impl<'a> EmailHtml<'a> {
    fn new(language: Language, paragraphs: &'a [String]) -> Self {
        let paragraphs = paragraphs
            .iter()
            .map(|p| {
                p.split(' ')
                    .map(|text| Word {
                        text,
                        link: text.starts_with("http://") || text.starts_with("https://"),
                    })
                    .collect()
            })
            .collect();
        Self {
            lang: language.html_lang(),
            paragraphs,
        }
    }
}

/// The California Secretary of State's voter hotline, for voters whose county office is not
/// reachable from a message (and printed on the public help page).
pub const STATE_HOTLINE: &str = "(800) 345-8683";

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
            cure_page: false,
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
