//! Which destinations a deployment will send to: in production (`DEPLOYMENT=production`) only
//! channels with a provider configured, so nobody is told "we sent a confirmation" that is
//! never sent; texts and calls only to the countries it accepts (`PHONE_COUNTRY_CODES`, every
//! country by default, for overseas voters). Premium-rate and satellite ranges are refused
//! everywhere, by the phone rule in `shared`.

use ballot_shared::channels::{Channel, Channels};
use ballot_shared::i18n::Message;
use ballot_shared::signup::FieldErrors;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChannelPolicy {
    pub production: bool,
    pub email_provider: bool,
    pub phone_provider: bool,
    /// Country calling codes accepted for texts and calls (`1`, `44`, `852`); `None`: all.
    pub phone_country_codes: Option<Vec<String>>,
}

impl ChannelPolicy {
    /// Whether messages on `channel` can reach anyone here.
    pub fn available(&self, channel: Channel) -> bool {
        !self.production
            || match channel {
                Channel::Email => self.email_provider,
                Channel::Sms | Channel::Voice => self.phone_provider,
            }
    }

    /// Whether an E.164 number is in an accepted country.
    pub fn accepts_number(&self, e164: &str) -> bool {
        match &self.phone_country_codes {
            None => true,
            Some(codes) => codes.iter().any(|code| {
                e164.strip_prefix('+')
                    .is_some_and(|d| d.starts_with(code.as_str()))
            }),
        }
    }

    /// The channels switched on that this deployment cannot serve, as field errors.
    pub fn check(&self, channels: &Channels) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        for channel in Channel::ALL {
            let Some(destination) = channels.destination(channel) else {
                continue;
            };
            if !self.available(channel) {
                errors.push((
                    channel.field(),
                    Message::new("channel-unavailable").text("channel", channel.code()),
                ));
            } else if channel != Channel::Email && !self.accepts_number(destination) {
                errors.push((channel.field(), Message::new("phone-country-refused")));
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ballot_shared::phone::PhoneNumber;

    fn channels(sms: &str) -> Channels {
        Channels {
            email: None,
            sms: Some(PhoneNumber::parse(sms).unwrap()),
            voice: None,
        }
    }

    #[test]
    fn every_country_by_default_and_only_listed_ones_when_set() {
        let open = ChannelPolicy::default();
        assert!(open.check(&channels("+44 20 7946 0958")).is_ok());
        let listed = ChannelPolicy {
            phone_country_codes: Some(vec!["1".into(), "52".into()]),
            ..ChannelPolicy::default()
        };
        assert!(listed.check(&channels("(916) 555-0123")).is_ok());
        assert!(listed.check(&channels("+52 55 1234 5678")).is_ok());
        let refused = listed.check(&channels("+44 20 7946 0958")).unwrap_err();
        assert_eq!(refused[0].1.id, "phone-country-refused");
    }

    #[test]
    fn production_refuses_a_channel_without_a_provider() {
        let policy = ChannelPolicy {
            production: true,
            email_provider: true,
            phone_provider: false,
            phone_country_codes: None,
        };
        let refused = policy.check(&channels("(916) 555-0123")).unwrap_err();
        assert_eq!(refused[0].0, "sms.phone");
        assert_eq!(refused[0].1.id, "channel-unavailable");
        assert!(ChannelPolicy::default()
            .check(&channels("(916) 555-0123"))
            .is_ok());
    }
}
