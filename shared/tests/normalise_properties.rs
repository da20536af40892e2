//! Issue 5, bad input: every parser in `shared` never panics on any text, and normalising is
//! idempotent: parsing a value's normal form gives the same value back. Cases per property
//! come from PROPTEST_CASES (256 by default; a long run: PROPTEST_CASES=1000000).

use ballot_shared::date::CivilDate;
use ballot_shared::dob::{typing, DateOfBirth, Edit};
use ballot_shared::email::EmailAddress as Email;
use ballot_shared::i18n::{lite, Arg};
use ballot_shared::language::Language;
use ballot_shared::name::{last_name_key, name_key, NameField, PersonName};
use ballot_shared::phone::PhoneNumber as Phone;
use ballot_shared::quiet_hours::QuietHours;
use ballot_shared::zip::CaliforniaZip;
use proptest::prelude::*;

fn today() -> CivilDate {
    CivilDate::new(2026, 11, 25).unwrap()
}

proptest! {
    #[test]
    fn dates_of_birth(text in "\\PC{0,16}|[0-9/ .-]{0,12}") {
        let end = text.encode_utf16().count();
        let _ = typing("", &text, end, Edit::Insert);
        let parsed = [DateOfBirth::parse_typed(&text, today()), DateOfBirth::parse_strict(&text, today())];
        for dob in parsed.into_iter().flatten() {
            let canonical = dob.canonical();
            prop_assert_eq!(DateOfBirth::parse_strict(&canonical, today()), Ok(dob));
            prop_assert_eq!(DateOfBirth::parse_typed(&canonical, today()), Ok(dob));
            let retyped = typing(&canonical, &canonical, canonical.len(), Edit::Insert);
            prop_assert_eq!(retyped.text, canonical);
        }
    }

    #[test]
    fn zip_codes(text in "\\PC{0,12}|9[0-9 -]{4,10}") {
        if let Ok(zip) = CaliforniaZip::parse(&text) {
            let again = CaliforniaZip::parse(zip.as_str()).unwrap();
            prop_assert_eq!(again.as_str(), zip.as_str());
        }
    }

    #[test]
    fn phone_numbers(text in "\\PC{0,20}|[+(]?[0-9() .-]{7,18}") {
        if let Ok(phone) = Phone::parse(&text) {
            let again = Phone::parse(phone.e164()).unwrap();
            prop_assert_eq!(again.e164(), phone.e164());
            let shown = Phone::parse(&phone.display()).unwrap();
            prop_assert_eq!(shown.e164(), phone.e164());
        }
    }

    #[test]
    fn email_addresses(text in "\\PC{0,30}|[a-zA-Z0-9._+ -]{1,12}@[a-zA-Z0-9.-]{1,12}") {
        if let Ok(email) = Email::parse(&text) {
            let again = Email::parse(email.as_str()).unwrap();
            prop_assert_eq!(again.as_str(), email.as_str());
        }
    }

    #[test]
    fn names(text in "\\PC{0,24}") {
        for field in [NameField::First, NameField::Last] {
            if let Ok(name) = PersonName::parse(&text, field) {
                let again = PersonName::parse(name.as_str(), field).unwrap();
                prop_assert_eq!(again.as_str(), name.as_str());
            }
        }
        let key = name_key(&text);
        prop_assert_eq!(name_key(&key), key.clone());
        let last = last_name_key(&text);
        prop_assert_eq!(last_name_key(&last), last.clone());
    }

    #[test]
    fn quiet_hours(start in "\\PC{0,6}|[0-9]{1,2}:[0-9]{2}", end in "\\PC{0,6}|[0-9]{1,2}:[0-9]{2}") {
        if let Ok(hours) = QuietHours::parse(&start, &end) {
            let again = QuietHours::parse(&hours.start(), &hours.end()).unwrap();
            prop_assert_eq!(again.start(), hours.start());
            prop_assert_eq!(again.end(), hours.end());
        }
    }

    #[test]
    fn accept_language(text in "\\PC{0,40}|([a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})?(;q=[01](\\.[0-9]{0,4})?)?, ?){0,5}") {
        // Whatever a browser or a client sends: a language we offer, or none.
        if let Some(language) = Language::negotiate(&text) {
            prop_assert!(Language::ALL.contains(&language));
            prop_assert_eq!(Language::parse(language.code()), Ok(language));
        }
    }

    #[test]
    fn the_browsers_fluent_resolver(source in "\\PC{0,80}|([a-z]{1,6} = [a-z {}$*\\[\\]-]{0,24}\n){1,4}", value in "\\PC{0,12}", n in any::<i64>()) {
        // A locale file as a server might send it, broken or not: an error or a bundle, and
        // every message it has formats without a panic.
        if let Ok(bundle) = lite::Bundle::new(Language::Spanish, &[&source]) {
            for id in source.lines().filter_map(|l| l.split(" = ").next()) {
                let args = [("x", Arg::Text(value.clone())), ("n", Arg::Number(n))];
                let _ = bundle.format(id, &args);
            }
        }
    }
}
