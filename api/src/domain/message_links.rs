//! Links and references in messages. A message is queued with placeholders where its links'
//! tokens and its reference go, and the worker fills them with fresh tokens as it sends it
//! (`fill`), recording only their hashes. So no stored message body holds a working link, a
//! retried message gets links of its own, and each link opens only what it is for.

use crate::clock::Timestamp;
use crate::store::access_tokens::{NewToken, TokenKind};
use crate::store::outbox::OutboxMessage;
use ballot_shared::channels::Channel;
use rand::Rng;
use std::collections::BTreeMap;

use crate::config::LinkLifetimes;

/// Where a token goes in a queued message.
pub fn slot(kind: TokenKind) -> &'static str {
    match kind {
        TokenKind::Status => "{{token:status}}",
        TokenKind::Manage => "{{token:manage}}",
        TokenKind::Unsubscribe => "{{token:unsubscribe}}",
        TokenKind::Confirm => "{{token:confirm}}",
        TokenKind::Undo => "{{token:undo}}",
    }
}

/// Where the message's reference goes, written `7KQM-4MXZ`.
pub const REFERENCE: &str = "{{ref}}";
/// The reference spelled out for a voice message: `7 K Q M, 4 M X Z`.
pub const REFERENCE_SPOKEN: &str = "{{ref:spoken}}";

/// Whether text from an operator or a voter file holds `{{` or `}}`: slot marks, which only
/// our templates may write (text that carried `{{token:manage}}` into a message would get a
/// working link filled in wherever it went). Such text is refused where it comes in.
pub fn holds_slot_marks(text: &str) -> bool {
    text.contains("{{") || text.contains("}}")
}

/// The error that refuses such text, for the field that held it.
pub const SLOT_MARKS_REFUSED: &str = "must not contain {{ or }}";

/// Whether a value that goes into messages (a name, the office's sender or contact, a reason)
/// holds a brace. None needs one, and a brace beside another from a template could make a
/// slot mark.
pub fn holds_braces(text: &str) -> bool {
    text.contains(['{', '}'])
}

/// The error that refuses a brace in such a value.
pub const BRACES_REFUSED: &str = "must not contain { or }";

/// Outside text as it may go into a message, with any slot marks broken apart: a second line
/// of defence behind refusing them, for text stored before they were refused.
pub fn inert(text: &str) -> String {
    text.replace("{{", "{ {").replace("}}", "} }")
}

/// The addresses of the pages a message links to, with their tokens' slots.
#[derive(Debug, Clone, Copy)]
pub struct Links<'a> {
    pub public_url: &'a str,
}

impl Links<'_> {
    pub fn status(&self) -> String {
        format!("{}/status/{}", self.public_url, slot(TokenKind::Status))
    }
    /// The cure page: a status link's token, on the page where the voter signs (issue 16).
    pub fn cure(&self) -> String {
        format!("{}/cure/{}", self.public_url, slot(TokenKind::Status))
    }
    pub fn manage(&self) -> String {
        format!("{}/manage/{}", self.public_url, slot(TokenKind::Manage))
    }
    pub fn unsubscribe(&self) -> String {
        format!(
            "{}/api/v1/unsubscribe/{}",
            self.public_url,
            slot(TokenKind::Unsubscribe)
        )
    }
    pub fn confirm(&self) -> String {
        format!("{}/confirm/{}", self.public_url, slot(TokenKind::Confirm))
    }
    pub fn undo(&self) -> String {
        format!("{}/undo/{}", self.public_url, slot(TokenKind::Undo))
    }
    /// The sign-up page.
    pub fn signup(&self) -> String {
        format!("{}/", self.public_url)
    }
    /// The public page that checks a reference.
    pub fn verify(&self) -> String {
        format!("{}/verify", self.public_url)
    }
    /// Where the provider posts the key a voter pressed on a confirmation call.
    pub fn voice_confirmation(&self) -> String {
        format!(
            "{}/api/v1/webhooks/voice/confirmations/{}",
            self.public_url,
            slot(TokenKind::Confirm)
        )
    }
}

/// A message ready to send: its placeholders filled, with the tokens that filled them.
#[derive(Debug, Clone)]
pub struct Filled {
    pub message: OutboxMessage,
    pub tokens: BTreeMap<TokenKind, String>,
}

/// Fills the placeholders of `message` with new tokens; returns the message and the tokens
/// to record (by hash) before it is sent.
pub fn fill(
    message: &OutboxMessage,
    lifetimes: &LinkLifetimes,
    now: Timestamp,
) -> (Filled, Vec<NewToken>) {
    let mut filled = message.clone();
    let mut tokens = BTreeMap::new();
    let mut records = Vec::new();
    let texts = || {
        [
            Some(message.body_text.as_str()),
            message.body_html.as_deref(),
            message.subject.as_deref(),
            message.list_unsubscribe.as_deref(),
        ]
        .into_iter()
        .flatten()
    };
    for kind in TokenKind::ALL {
        // A voice confirmation's key press goes to a link that is not in its words.
        let voice_confirmation = kind == TokenKind::Confirm
            && message.channel == Channel::Voice
            && message.destination_request_id.is_some();
        if !voice_confirmation && !texts().any(|t| t.contains(slot(kind))) {
            continue;
        }
        let token = crate::domain::token::generate();
        let expires = match kind {
            TokenKind::Status | TokenKind::Unsubscribe => None,
            TokenKind::Manage => Some(now.plus(lifetimes.manage)),
            TokenKind::Confirm => Some(now.plus(lifetimes.confirm)),
            TokenKind::Undo => Some(now.plus(lifetimes.undo)),
        };
        records.push(NewToken {
            token_hash: crate::domain::token::lookup_key(&token),
            kind,
            subscription_id: message.subscription_id,
            // An unsubscribe link in a confirmation request cancels that request only.
            destination_request_id: match kind {
                TokenKind::Confirm | TokenKind::Undo | TokenKind::Unsubscribe => {
                    message.destination_request_id
                }
                _ => None,
            },
            channel: match kind {
                TokenKind::Unsubscribe => Some(message.channel),
                _ => None,
            },
            recipient: (kind == TokenKind::Unsubscribe).then(|| message.recipient.clone()),
            expires_at: expires,
        });
        tokens.insert(kind, token);
    }
    let reference = message.reference.clone().unwrap_or_default();
    let fill = |text: Option<&str>| text.map(|t| fill_slots(t, &reference, &tokens));
    filled.body_text = fill_slots(&message.body_text, &reference, &tokens);
    filled.body_html = fill(message.body_html.as_deref());
    filled.subject = fill(message.subject.as_deref());
    filled.list_unsubscribe = fill(message.list_unsubscribe.as_deref());
    (
        Filled {
            message: filled,
            tokens,
        },
        records,
    )
}

/// `text` with its reference and token slots filled.
fn fill_slots(text: &str, reference: &str, tokens: &BTreeMap<TokenKind, String>) -> String {
    let mut text = text
        .replace(REFERENCE_SPOKEN, &spoken(reference))
        .replace(REFERENCE, reference);
    for (kind, token) in tokens {
        text = text.replace(slot(*kind), token);
    }
    text
}

use ballot_shared::reference::ALPHABET;

/// A new message reference, `7KQM-4MXZ` (`ballot_shared::reference`): 40 random bits, so
/// guessing one that exists is hopeless at the rate `/verify` allows.
pub fn new_reference() -> String {
    let mut rng = rand::rng();
    let mut text = String::with_capacity(9);
    for i in 0..8 {
        if i == 4 {
            text.push('-');
        }
        text.push(ALPHABET[rng.random_range(0..32)] as char);
    }
    text
}

/// `7KQM-4MXZ` read aloud one symbol at a time, with a pause in the middle.
fn spoken(reference: &str) -> String {
    reference
        .split('-')
        .map(|half| half.chars().map(String::from).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn queued(body: &str, channel: &str) -> OutboxMessage {
        OutboxMessage {
            outbox_message_id: 1,
            subscription_id: 7,
            channel: Channel::parse(channel).unwrap(),
            kind: crate::store::outbox::MessageKind::Status(
                ballot_shared::status::BallotStatus::Received,
            ),
            recipient: "maria@example.com".into(),
            sender: "Sacramento County Elections".into(),
            subject: Some(format!("Ref {REFERENCE}")),
            body_text: body.into(),
            body_html: None,
            state: crate::store::outbox::OutboxState::Sending,
            attempts: 1,
            created_at: "2026-11-30T00:00:00Z".parse().unwrap(),
            sent_at: None,
            last_error: None,
            list_unsubscribe: Some(
                Links {
                    public_url: "https://x",
                }
                .unsubscribe(),
            ),
            reference: Some("7KQM-4MXZ".into()),
            destination_request_id: None,
            language: "en".into(),
        }
    }

    #[test]
    fn each_link_gets_its_own_fresh_token_and_only_its_hash_is_kept() {
        let links = Links {
            public_url: "https://x",
        };
        let body = format!("See {} or change {}", links.status(), links.manage());
        let message = queued(&body, "email");
        let now = Timestamp::from_unix_seconds(1_800_000_000).unwrap();
        let (filled, records) = fill(&message, &LinkLifetimes::default(), now);
        let kinds: Vec<TokenKind> = records.iter().map(|r| r.kind).collect();
        assert_eq!(
            kinds,
            [TokenKind::Status, TokenKind::Manage, TokenKind::Unsubscribe]
        );
        let status = &filled.tokens[&TokenKind::Status];
        let manage = &filled.tokens[&TokenKind::Manage];
        assert_ne!(status, manage);
        assert!(filled
            .message
            .body_text
            .contains(&format!("https://x/status/{status}")));
        assert!(!filled.message.body_text.contains("{{"));
        assert_eq!(filled.message.subject.as_deref(), Some("Ref 7KQM-4MXZ"));
        for record in &records {
            assert!(!record.token_hash.contains(status.as_str()));
            assert_eq!(record.token_hash.len(), 64);
        }
        assert!(
            records[0].expires_at.is_none(),
            "status links do not expire"
        );
        assert!(records[1].expires_at.is_some(), "manage links do");
        assert_eq!(records[2].channel, Some(Channel::Email));
        assert_eq!(records[2].recipient.as_deref(), Some("maria@example.com"));
        // Sent again (a retry), it gets other tokens.
        let (again, _) = fill(&message, &LinkLifetimes::default(), now);
        assert_ne!(again.tokens[&TokenKind::Status], *status);
    }

    #[test]
    fn new_references_read_back_as_themselves() {
        let reference = new_reference();
        assert_eq!(reference.len(), 9);
        assert_eq!(
            ballot_shared::reference::MessageReference::parse(&reference)
                .unwrap()
                .as_str(),
            reference
        );
        assert_eq!(spoken("7KQM-4MXZ"), "7 K Q M, 4 M X Z");
    }
}
