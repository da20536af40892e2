//! The TwiML the provider reads: a call's words (`<Say>` in the voice of their language,
//! `voices`), and the replies to its webhooks. From `api/templates/*.xml` (askama), which
//! escapes what it fills in: HTML's escaping (`&`, `<`, `>`, `"`, `'` as character
//! references) is also XML's.

use crate::domain::voices;
use askama::Template;
use ballot_shared::language::Language;

/// Words read aloud, in the voice of their language if the provider has one.
#[derive(Template)]
#[template(path = "say.xml")]
struct Say<'a> {
    voice: Option<(&'a str, &'a str)>,
    text: &'a str,
}

impl<'a> Say<'a> {
    fn new(language: Language, text: &'a str) -> Self {
        Self {
            voice: voices::voice_for(language),
            text,
        }
    }
}

/// A call placed with inline TwiML: its words twice, or for a confirmation, inside a
/// `<Gather>` of one key posted to `action`, then `no_key`.
#[derive(Template)]
#[template(path = "call.xml")]
struct Call<'a> {
    say: Say<'a>,
    action: Option<&'a str>,
    no_key: Say<'a>,
}

/// The TwiML of a call: the words twice (people pick up mid-sentence), in the voice of their
/// language, or for a confirmation, once inside a `<Gather>` of one key posted to `key_press`.
pub fn call(language: Language, text: &str, key_press: Option<&str>) -> String {
    let no_key = crate::domain::locales::catalog(language).text("confirm-voice-no-key");
    Call {
        say: Say::new(language, text),
        action: key_press,
        no_key: Say::new(language, &no_key),
    }
    .to_string()
}

/// What a call says next, in answer to the provider's webhook.
#[derive(Template)]
#[template(path = "spoken.xml")]
struct Spoken<'a> {
    say: Say<'a>,
}

/// The answer to the voice webhook: `text`, read in `language`.
pub fn spoken(language: Language, text: &str) -> String {
    Spoken {
        say: Say::new(language, text),
    }
    .to_string()
}

/// The answer to the SMS webhook: the text to send back.
#[derive(Template)]
#[template(path = "sms_reply.xml")]
struct SmsReply<'a> {
    text: &'a str,
}

/// The answer to the SMS webhook: `text`, sent back to the voter.
pub fn sms_reply(text: &str) -> String {
    SmsReply { text }.to_string()
}
