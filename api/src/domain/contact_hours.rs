//! When a text or call may be placed: 8 AM to 9 PM in the recipient's time zone, or the
//! voter's narrower hours (docs/product.md, Rules: "Quiet hours and contact hours"). Email is
//! never held.
//!
//! The time zone comes from the number: California area codes are Pacific. Another North
//! American number could be anywhere from Hawaii to New York, so it is called only when every
//! US zone is within hours. Abroad, the country code names the zone (its capital's, for the
//! few countries with several); an unknown country is treated as UTC.

use ballot_shared::quiet_hours::QuietHours;
use jiff::tz::TimeZone;
use jiff::Timestamp;

const CALIFORNIA_AREA_CODES: [&str; 38] = [
    "209", "213", "279", "310", "323", "341", "350", "369", "408", "415", "424", "442", "510",
    "530", "559", "562", "619", "626", "628", "650", "657", "661", "669", "707", "714", "747",
    "760", "805", "818", "820", "831", "840", "858", "909", "916", "925", "949", "951",
];

const US_ZONES: [&str; 6] = [
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Anchorage",
    "Pacific/Honolulu",
];

/// Country calling codes of the places overseas voters most often live, and a zone for each.
const COUNTRY_ZONES: [(&str, &str); 38] = [
    ("44", "Europe/London"),
    ("353", "Europe/Dublin"),
    ("33", "Europe/Paris"),
    ("49", "Europe/Berlin"),
    ("34", "Europe/Madrid"),
    ("39", "Europe/Rome"),
    ("31", "Europe/Amsterdam"),
    ("41", "Europe/Zurich"),
    ("46", "Europe/Stockholm"),
    ("47", "Europe/Oslo"),
    ("45", "Europe/Copenhagen"),
    ("48", "Europe/Warsaw"),
    ("90", "Europe/Istanbul"),
    ("7", "Europe/Moscow"),
    ("972", "Asia/Jerusalem"),
    ("971", "Asia/Dubai"),
    ("81", "Asia/Tokyo"),
    ("82", "Asia/Seoul"),
    ("86", "Asia/Shanghai"),
    ("852", "Asia/Hong_Kong"),
    ("886", "Asia/Taipei"),
    ("91", "Asia/Kolkata"),
    ("84", "Asia/Ho_Chi_Minh"),
    ("63", "Asia/Manila"),
    ("66", "Asia/Bangkok"),
    ("855", "Asia/Phnom_Penh"),
    ("65", "Asia/Singapore"),
    ("61", "Australia/Sydney"),
    ("64", "Pacific/Auckland"),
    ("52", "America/Mexico_City"),
    ("55", "America/Sao_Paulo"),
    ("54", "America/Argentina/Buenos_Aires"),
    ("57", "America/Bogota"),
    ("27", "Africa/Johannesburg"),
    ("234", "Africa/Lagos"),
    ("254", "Africa/Nairobi"),
    ("20", "Africa/Cairo"),
    ("62", "Asia/Jakarta"),
];

/// The zones whose local time must all be within hours to reach this E.164 number.
pub fn zones_for(phone_e164: &str) -> Vec<TimeZone> {
    let digits = phone_e164.trim_start_matches('+');
    let names: Vec<&str> = if let Some(national) = digits.strip_prefix('1') {
        if CALIFORNIA_AREA_CODES.contains(&national.get(..3).unwrap_or("")) {
            vec!["America/Los_Angeles"]
        } else {
            US_ZONES.to_vec()
        }
    } else {
        COUNTRY_ZONES
            .iter()
            .filter(|(code, _)| digits.starts_with(code))
            .max_by_key(|(code, _)| code.len())
            .map(|(_, zone)| vec![*zone])
            .unwrap_or_default()
    };
    let zones: Vec<TimeZone> = names
        .into_iter()
        .filter_map(|name| TimeZone::get(name).ok())
        .collect();
    if zones.is_empty() {
        vec![TimeZone::UTC]
    } else {
        zones
    }
}

/// The first minute at or after `now` when a text or call to `phone_e164` is allowed.
pub fn earliest_contact(now: Timestamp, phone_e164: &str, quiet: &QuietHours) -> Timestamp {
    let zones = zones_for(phone_e164);
    let allowed = |at: Timestamp| {
        zones.iter().all(|tz| {
            let local = at.to_zoned(tz.clone());
            quiet.allows(local.hour() as u16 * 60 + local.minute() as u16)
        })
    };
    if allowed(now) {
        return now;
    }
    // Whole minutes from the next one; two days always contain an allowed minute.
    let start = now.as_second() - now.as_second().rem_euclid(60) + 60;
    (0..2 * 24 * 60)
        .map(|m| Timestamp::from_second(start + m * 60).expect("in range"))
        .find(|at| allowed(*at))
        .unwrap_or(now)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[test]
    fn california_numbers_follow_pacific_time() {
        let quiet = QuietHours::default();
        // 10:00 in Sacramento (PST, UTC-8): at once.
        assert_eq!(
            earliest_contact(at("2026-11-24T18:00:00Z"), "+19165550123", &quiet),
            at("2026-11-24T18:00:00Z")
        );
        // 22:30 PST: wait for 08:00 PST the next day.
        assert_eq!(
            earliest_contact(at("2026-11-25T06:30:00Z"), "+19165550123", &quiet),
            at("2026-11-25T16:00:00Z")
        );
        // Summer time (PDT, UTC-7).
        assert_eq!(
            earliest_contact(at("2026-07-01T05:00:00Z"), "+14155550123", &quiet),
            at("2026-07-01T15:00:00Z")
        );
    }

    #[test]
    fn a_voter_may_narrow_the_hours() {
        let quiet = QuietHours::parse("18:00", "10:00").unwrap();
        // 09:00 PST: wait until 10:00 PST.
        assert_eq!(
            earliest_contact(at("2026-11-24T17:00:00Z"), "+19165550123", &quiet),
            at("2026-11-24T18:00:00Z")
        );
    }

    #[test]
    fn other_us_numbers_wait_until_every_us_zone_is_awake() {
        let quiet = QuietHours::default();
        // 08:00 Eastern is 03:00 in Hawaii: wait for 08:00 Hawaii (18:00 UTC in November).
        assert_eq!(
            earliest_contact(at("2026-11-24T13:00:00Z"), "+12125550123", &quiet),
            at("2026-11-24T18:00:00Z")
        );
    }

    #[test]
    fn numbers_abroad_use_their_country() {
        let quiet = QuietHours::default();
        // 22:00 in London: wait for 08:00 London.
        assert_eq!(
            earliest_contact(at("2026-11-24T22:00:00Z"), "+447700900123", &quiet),
            at("2026-11-25T08:00:00Z")
        );
        // 12:00 in Tokyo (UTC+9) is 03:00 UTC: at once.
        assert_eq!(
            earliest_contact(at("2026-11-24T03:00:00Z"), "+81312345678", &quiet),
            at("2026-11-24T03:00:00Z")
        );
        assert_eq!(zones_for("+8551234567").len(), 1);
    }
}
