//! The whole sign-up form's rules, applied in one call by the browser before it submits and by
//! the server when the request arrives.

use crate::api::{
    field, EmailChoice, PhoneChoice, PreferencesRequest, QuietHoursInput, SignupRequest,
};
use crate::channels::Channels;
use crate::date::CivilDate;
use crate::dob::DateOfBirth;
use crate::i18n::{Localize, Message};
use crate::language::Language;
use crate::name::{NameField, PersonName};
use crate::quiet_hours::QuietHours;
use crate::zip::CaliforniaZip;

/// Longest voter ID we look up; California's county systems use short alphanumeric IDs.
pub const MAX_VOTER_ID_CHARS: usize = 32;

/// A sign-up whose every field has passed its rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidSignup {
    pub first_name: PersonName,
    pub last_name: PersonName,
    pub date_of_birth: DateOfBirth,
    pub zip: CaliforniaZip,
    pub language: Language,
    pub channels: Channels,
    pub voter_id: Option<String>,
    pub quiet_hours: QuietHours,
}

/// The voter's identity: the fields that find them in the registration file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub first_name: PersonName,
    pub last_name: PersonName,
    pub date_of_birth: DateOfBirth,
    pub zip: CaliforniaZip,
    pub voter_id: Option<String>,
}

/// Errors as `(field, message)` in the order the form shows the fields.
/// Errors by the API's field key, as messages the caller says in the voter's language.
pub type FieldErrors = Vec<(&'static str, Message)>;

/// Checks the identity fields (also used on their own by status look-ups).
pub fn validate_identity(
    first_name: &str,
    last_name: &str,
    date_of_birth: &str,
    zip: &str,
    voter_id: Option<&str>,
    today: CivilDate,
    errors: &mut FieldErrors,
) -> Option<Identity> {
    let first = PersonName::parse(first_name, NameField::First)
        .map_err(|e| errors.push((field::FIRST_NAME, e.message())))
        .ok();
    let last = PersonName::parse(last_name, NameField::Last)
        .map_err(|e| errors.push((field::LAST_NAME, e.message())))
        .ok();
    let dob = DateOfBirth::parse_strict(date_of_birth, today)
        .map_err(|e| errors.push((field::DATE_OF_BIRTH, e.message())))
        .ok();
    let zip = CaliforniaZip::parse(zip)
        .map_err(|e| errors.push((field::ZIP, e.message())))
        .ok();
    let voter_id = match parse_voter_id(voter_id.unwrap_or("")) {
        Ok(id) => id,
        Err(e) => {
            errors.push((field::VOTER_ID, e.message()));
            None
        }
    };
    Some(Identity {
        first_name: first?,
        last_name: last?,
        date_of_birth: dob?,
        zip: zip?,
        voter_id,
    })
}

/// When more than one voter has the name, date of birth and ZIP code given, the voter ID tells
/// them apart: the form asks for it, and then an empty one is an error, listed after the other
/// identity fields' errors.
pub fn require_voter_id(voter_id: Option<&str>, errors: &mut FieldErrors) {
    let given = voter_id.is_some_and(|id| !id.trim().is_empty());
    if given || errors.iter().any(|(key, _)| *key == field::VOTER_ID) {
        return;
    }
    let identity = [
        field::FIRST_NAME,
        field::LAST_NAME,
        field::DATE_OF_BIRTH,
        field::ZIP,
    ];
    let at = errors
        .iter()
        .position(|(key, _)| !identity.contains(key))
        .unwrap_or(errors.len());
    errors.insert(at, (field::VOTER_ID, Message::new("voter-id-needed")));
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidVoterId;

impl std::fmt::Display for InvalidVoterId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::i18n::write_english(f, self)
    }
}

impl crate::i18n::Localize for InvalidVoterId {
    fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        Message::new("voter-id-invalid")
    }
}

/// Voter IDs are letters, digits and dashes; blank means "not given".
pub fn parse_voter_id(text: &str) -> Result<Option<String>, InvalidVoterId> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let valid = text.chars().count() <= MAX_VOTER_ID_CHARS
        && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if valid {
        Ok(Some(text.to_ascii_uppercase()))
    } else {
        Err(InvalidVoterId)
    }
}

/// The notification choices of a sign-up or of the manage page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preferences {
    pub language: Language,
    pub channels: Channels,
    pub quiet_hours: QuietHours,
}

/// Checks the notification choices (channels, language, quiet hours).
pub fn validate_preferences(
    language: &str,
    email: &EmailChoice,
    sms: &PhoneChoice,
    voice: &PhoneChoice,
    quiet_hours: Option<&QuietHoursInput>,
    errors: &mut FieldErrors,
) -> Option<Preferences> {
    let channels = Channels::parse(
        (email.opt_in, email.address.as_deref()),
        (sms.opt_in, sms.phone.as_deref()),
        (voice.opt_in, voice.phone.as_deref()),
    )
    .map_err(|errs| {
        errors.extend(errs.into_iter().map(|e| (e.field(), e.message())));
    })
    .ok();
    let language = Language::parse(language)
        .map_err(|e| errors.push((field::LANGUAGE, e.message())))
        .ok();
    let quiet_hours = match quiet_hours {
        None => Some(QuietHours::default()),
        Some(q) => QuietHours::parse(&q.start, &q.end)
            .map_err(|e| errors.push((field::QUIET_HOURS, e.message())))
            .ok(),
    };
    Some(Preferences {
        language: language?,
        channels: channels?,
        quiet_hours: quiet_hours?,
    })
}

/// `PUT /api/v1/subscriptions/{token}`.
pub fn validate_preferences_request(
    request: &PreferencesRequest,
) -> Result<Preferences, FieldErrors> {
    let mut errors = FieldErrors::new();
    let preferences = validate_preferences(
        &request.language,
        &request.email,
        &request.sms,
        &request.voice,
        request.quiet_hours.as_ref(),
        &mut errors,
    );
    match preferences {
        Some(p) if errors.is_empty() => Ok(p),
        _ => Err(errors),
    }
}

/// Applies every rule of the look-up form (`/check`, `POST /api/v1/status-lookups`): the
/// identity fields. The browser passes `voter_id_needed` once the server has said that more
/// than one voter matches; the server passes `false` and answers `ambiguous_voter` itself.
pub fn validate_lookup(
    request: &crate::api::StatusLookupRequest,
    today: CivilDate,
    voter_id_needed: bool,
) -> Result<Identity, FieldErrors> {
    let mut errors = FieldErrors::new();
    let identity = validate_identity(
        &request.first_name,
        &request.last_name,
        &request.date_of_birth,
        &request.zip,
        request.voter_id.as_deref(),
        today,
        &mut errors,
    );
    if voter_id_needed {
        require_voter_id(request.voter_id.as_deref(), &mut errors);
    }
    match identity {
        Some(identity) if errors.is_empty() => Ok(identity),
        _ => Err(errors),
    }
}

/// Applies every rule of the sign-up form. `today` is the caller's date (browser or server).
pub fn validate_signup(
    request: &SignupRequest,
    today: CivilDate,
) -> Result<ValidSignup, FieldErrors> {
    let mut errors = FieldErrors::new();
    let identity = validate_identity(
        &request.first_name,
        &request.last_name,
        &request.date_of_birth,
        &request.zip,
        request.voter_id.as_deref(),
        today,
        &mut errors,
    );
    let preferences = validate_preferences(
        &request.language,
        &request.email,
        &request.sms,
        &request.voice,
        request.quiet_hours.as_ref(),
        &mut errors,
    );
    match (identity, preferences) {
        (Some(identity), Some(p)) if errors.is_empty() => Ok(ValidSignup {
            first_name: identity.first_name,
            last_name: identity.last_name,
            date_of_birth: identity.date_of_birth,
            zip: identity.zip,
            language: p.language,
            channels: p.channels,
            voter_id: identity.voter_id,
            quiet_hours: p.quiet_hours,
        }),
        _ => Err(errors),
    }
}

impl ValidSignup {
    pub fn identity(&self) -> Identity {
        Identity {
            first_name: self.first_name.clone(),
            last_name: self.last_name.clone(),
            date_of_birth: self.date_of_birth,
            zip: self.zip,
            voter_id: self.voter_id.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn today() -> CivilDate {
        CivilDate::new(2026, 11, 24).unwrap()
    }

    fn good() -> SignupRequest {
        SignupRequest {
            first_name: "Maria".into(),
            last_name: "Garcia".into(),
            date_of_birth: "01-23-1980".into(),
            zip: "95814".into(),
            language: "en".into(),
            email: EmailChoice {
                opt_in: true,
                address: Some("maria@example.com".into()),
            },
            sms: PhoneChoice {
                opt_in: false,
                phone: None,
            },
            voice: PhoneChoice::default(),
            voter_id: None,
            quiet_hours: None,
        }
    }

    #[test]
    fn a_good_request_passes() {
        let valid = validate_signup(&good(), today()).unwrap();
        assert_eq!(valid.zip.as_str(), "95814");
        assert_eq!(valid.date_of_birth.to_iso(), "1980-01-23");
        assert!(valid.quiet_hours.is_default());
    }

    #[test]
    fn reports_every_bad_field_in_form_order() {
        let request = SignupRequest {
            first_name: " ".into(),
            last_name: "".into(),
            date_of_birth: "1/23/1980".into(),
            zip: "SW1A 1AA".into(),
            language: "xx".into(),
            email: EmailChoice {
                opt_in: false,
                address: None,
            },
            sms: PhoneChoice::default(),
            voice: PhoneChoice::default(),
            voter_id: Some("12 34".into()),
            quiet_hours: Some(QuietHoursInput {
                start: "x".into(),
                end: "08:00".into(),
            }),
        };
        let errors = validate_signup(&request, today()).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            [
                field::FIRST_NAME,
                field::LAST_NAME,
                field::DATE_OF_BIRTH,
                field::ZIP,
                field::VOTER_ID,
                field::CHANNELS,
                field::LANGUAGE,
                field::QUIET_HOURS
            ]
        );
    }

    #[test]
    fn a_look_up_needs_the_voter_id_only_once_asked_for() {
        let today = CivilDate::new(2026, 11, 24).unwrap();
        let request = crate::api::StatusLookupRequest {
            first_name: "John".into(),
            last_name: "Smith".into(),
            date_of_birth: "05-05-1970".into(),
            zip: "90012".into(),
            voter_id: None,
        };
        assert!(validate_lookup(&request, today, false).is_ok());
        let errors = validate_lookup(&request, today, true).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].0, field::VOTER_ID);
        let given = crate::api::StatusLookupRequest {
            voter_id: Some("v000000007".into()),
            ..request
        };
        assert_eq!(
            validate_lookup(&given, today, true).map(|i| i.voter_id),
            Ok(Some("V000000007".into()))
        );
    }

    #[test]
    fn a_needed_voter_id_is_asked_for_after_the_identity_fields() {
        let mut errors: FieldErrors = vec![
            (field::ZIP, Message::new("zip-empty")),
            (field::CHANNELS, Message::new("channels-none-chosen")),
        ];
        require_voter_id(Some("  "), &mut errors);
        let keys: Vec<&str> = errors.iter().map(|(key, _)| *key).collect();
        assert_eq!(keys, [field::ZIP, field::VOTER_ID, field::CHANNELS]);
        let mut errors = FieldErrors::new();
        require_voter_id(Some("AB-123"), &mut errors);
        assert!(errors.is_empty());
        // One error per field: an invalid one keeps its own message.
        let mut errors: FieldErrors = vec![(field::VOTER_ID, InvalidVoterId.message())];
        require_voter_id(None, &mut errors);
        assert_eq!(errors.len(), 1);
    }

    #[test]
    fn voter_ids_are_trimmed_and_upper_cased() {
        assert_eq!(parse_voter_id(" ab-123 "), Ok(Some("AB-123".into())));
        assert_eq!(parse_voter_id("  "), Ok(None));
        assert_eq!(parse_voter_id("1; DROP"), Err(InvalidVoterId));
    }

    proptest! {
        #[test]
        fn never_panics(first in "\\PC{0,8}", last in "\\PC{0,8}", dob in "\\PC{0,10}", zip in "\\PC{0,10}", phone in "\\PC{0,12}") {
            let mut request = good();
            request.first_name = first;
            request.last_name = last;
            request.date_of_birth = dob;
            request.zip = zip;
            request.sms = PhoneChoice { opt_in: true, phone: Some(phone) };
            let _ = validate_signup(&request, today());
        }
    }
}
