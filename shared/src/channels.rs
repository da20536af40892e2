//! Notification channels: email, SMS text, voice call.
//!
//! Each is an opt-in switch. A switch that is on needs its address or number; a switch that is
//! off ignores whatever was typed (the voter may have typed, then changed their mind); at least
//! one must be on, or there is nothing to sign up for.

use crate::email::{EmailAddress, EmailError};
use crate::phone::{PhoneError, PhoneNumber};

/// Stored by its code (`email`, `sms`, `voice`) in a TEXT column (the server's `sqlx` feature).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "sqlx",
    derive(sqlx::Type),
    sqlx(type_name = "TEXT", rename_all = "snake_case")
)]
pub enum Channel {
    Email,
    Sms,
    Voice,
}

impl Channel {
    pub const ALL: [Channel; 3] = [Channel::Email, Channel::Sms, Channel::Voice];

    /// Name used in the API, the database and the outbox.
    pub fn code(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Sms => "sms",
            Channel::Voice => "voice",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The `fields` key of this channel's destination in an error body.
    pub fn field(self) -> &'static str {
        match self {
            Channel::Email => crate::api::field::EMAIL,
            Channel::Sms => crate::api::field::SMS,
            Channel::Voice => crate::api::field::VOICE,
        }
    }

    /// The sentence under a switch that is on: "You will receive text messages at (916) 555-0123".
    /// "You will receive emails at …", under the channel's switch while it is on.
    pub fn will_receive_at(self, destination: &str) -> crate::i18n::Message {
        let id = match self {
            Channel::Email => "channel-will-receive-email",
            Channel::Sms => "channel-will-receive-sms",
            Channel::Voice => "channel-will-receive-voice",
        };
        crate::i18n::Message::new(id).text("destination", destination)
    }
}

/// The destinations of the switches that are on.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Channels {
    pub email: Option<EmailAddress>,
    pub sms: Option<PhoneNumber>,
    pub voice: Option<PhoneNumber>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChannelError {
    NoneChosen,
    Email(EmailError),
    Sms(PhoneError),
    Voice(PhoneError),
}

impl ChannelError {
    pub fn field(self) -> &'static str {
        match self {
            ChannelError::NoneChosen => crate::api::field::CHANNELS,
            ChannelError::Email(_) => Channel::Email.field(),
            ChannelError::Sms(_) => Channel::Sms.field(),
            ChannelError::Voice(_) => Channel::Voice.field(),
        }
    }
}

impl std::fmt::Display for ChannelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::i18n::write_english(f, self)
    }
}

impl crate::i18n::Localize for ChannelError {
    fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            ChannelError::NoneChosen => Message::new("channels-none-chosen"),
            ChannelError::Email(EmailError::Empty) => Message::new("channels-email-empty"),
            ChannelError::Sms(PhoneError::Empty) => Message::new("channels-sms-empty"),
            ChannelError::Voice(PhoneError::Empty) => Message::new("channels-voice-empty"),
            ChannelError::Email(e) => crate::i18n::Localize::message(e),
            ChannelError::Sms(e) | ChannelError::Voice(e) => crate::i18n::Localize::message(e),
        }
    }
}

impl Channels {
    /// Applies the channel rules to the three switches; returns every error, not just the first.
    pub fn parse(
        email: (bool, Option<&str>),
        sms: (bool, Option<&str>),
        voice: (bool, Option<&str>),
    ) -> Result<Self, Vec<ChannelError>> {
        let mut errors = Vec::new();
        if !email.0 && !sms.0 && !voice.0 {
            return Err(vec![ChannelError::NoneChosen]);
        }
        let mut channels = Channels::default();
        if email.0 {
            match EmailAddress::parse(email.1.unwrap_or("")) {
                Ok(address) => channels.email = Some(address),
                Err(e) => errors.push(ChannelError::Email(e)),
            }
        }
        if sms.0 {
            match PhoneNumber::parse(sms.1.unwrap_or("")) {
                Ok(phone) => channels.sms = Some(phone),
                Err(e) => errors.push(ChannelError::Sms(e)),
            }
        }
        if voice.0 {
            match PhoneNumber::parse(voice.1.unwrap_or("")) {
                Ok(phone) => channels.voice = Some(phone),
                Err(e) => errors.push(ChannelError::Voice(e)),
            }
        }
        if errors.is_empty() {
            Ok(channels)
        } else {
            Err(errors)
        }
    }

    pub fn is_on(&self, channel: Channel) -> bool {
        match channel {
            Channel::Email => self.email.is_some(),
            Channel::Sms => self.sms.is_some(),
            Channel::Voice => self.voice.is_some(),
        }
    }

    /// Where a channel's messages go, as stored: the address, or E.164.
    pub fn destination(&self, channel: Channel) -> Option<&str> {
        match channel {
            Channel::Email => self.email.as_ref().map(EmailAddress::as_str),
            Channel::Sms => self.sms.as_ref().map(PhoneNumber::e164),
            Channel::Voice => self.voice.as_ref().map(PhoneNumber::e164),
        }
    }

    /// Masked, for showing back to whoever signed up.
    pub fn masked(&self, channel: Channel) -> Option<String> {
        match channel {
            Channel::Email => self.email.as_ref().map(EmailAddress::masked),
            Channel::Sms => self.sms.as_ref().map(PhoneNumber::masked),
            Channel::Voice => self.voice.as_ref().map(PhoneNumber::masked),
        }
    }
}

/// A stored destination (an address, or E.164), masked for showing to whoever holds a link.
/// Something that no longer parses is masked whole.
pub fn masked_destination(channel: Channel, destination: &str) -> String {
    let masked = match channel {
        Channel::Email => EmailAddress::parse(destination).ok().map(|e| e.masked()),
        Channel::Sms | Channel::Voice => PhoneNumber::parse(destination).ok().map(|p| p.masked()),
    };
    masked.unwrap_or_else(|| "•••".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_destinations_are_masked() {
        assert_eq!(
            masked_destination(Channel::Sms, "+19165550123"),
            "(•••) •••-0123"
        );
        assert!(!masked_destination(Channel::Email, "maria@example.com").contains("maria"));
        assert_eq!(masked_destination(Channel::Email, "garbage"), "•••");
    }

    #[test]
    fn at_least_one_switch_on() {
        assert_eq!(
            Channels::parse((false, Some("a@b.co")), (false, None), (false, None)),
            Err(vec![ChannelError::NoneChosen])
        );
    }

    #[test]
    fn a_switch_that_is_on_needs_its_destination() {
        let result = Channels::parse((true, None), (true, Some("  ")), (true, Some("555")));
        assert_eq!(
            result,
            Err(vec![
                ChannelError::Email(EmailError::Empty),
                ChannelError::Sms(PhoneError::Empty),
                ChannelError::Voice(PhoneError::Format),
            ])
        );
        assert_eq!(
            ChannelError::Sms(PhoneError::Empty).to_string(),
            "Enter the mobile phone number for text messages"
        );
    }

    #[test]
    fn a_switch_that_is_off_ignores_what_was_typed() {
        let channels = Channels::parse(
            (false, Some("not an email")),
            (true, Some("916 555 0123")),
            (false, Some("junk")),
        )
        .unwrap();
        assert_eq!(channels.email, None);
        assert_eq!(channels.voice, None);
        assert_eq!(channels.destination(Channel::Sms), Some("+19165550123"));
    }

    #[test]
    fn sentences_under_the_switches() {
        assert_eq!(
            crate::i18n::english_rules().format(&Channel::Sms.will_receive_at("(916) 555-0123")),
            "You will receive text messages at (916) 555-0123"
        );
    }
}
