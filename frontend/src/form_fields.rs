//! What the forms share: which input each API field's error points at, and the date as the
//! API wants it.

use crate::dom;
use ballot_shared::api::field;
use ballot_shared::dob::DateOfBirth;

/// The id of the input an error about `field_key` (the API's `fields` key) links to.
pub fn input_id(field_key: &str) -> Option<&'static str> {
    Some(match field_key {
        field::FIRST_NAME => "first-name",
        field::LAST_NAME => "last-name",
        field::DATE_OF_BIRTH => "date-of-birth",
        field::ZIP => "zip",
        field::VOTER_ID => "voter-id",
        field::CHANNELS => "email-switch",
        field::EMAIL => "email-address",
        field::SMS => "sms-phone",
        field::VOICE => "voice-phone",
        ballot_shared::cure::cure_field::METHOD => "method-drawn",
        ballot_shared::cure::cure_field::IMAGE => "signature-image",
        ballot_shared::cure::cure_field::TYPED_NAME => "typed-name",
        _ => return None,
    })
}

/// The date as the API wants it (`MM-DD-YYYY`), if what was typed is a date; the caller sends
/// what was typed otherwise, so the shared rules say what is wrong with it.
pub fn canonical_date(typed: &str) -> Option<String> {
    DateOfBirth::parse_typed(typed, dom::today())
        .ok()
        .map(DateOfBirth::canonical)
}
