//! Time, read in one place so that formats stay consistent. The workspace has one time crate,
//! `jiff` (it also knows IANA zones: contact hours and certification dates are California's).
//!
//! [`Timestamp`] is an instant in UTC to the microsecond, typed from the database to the JSON:
//! PostgreSQL stores it as `TIMESTAMPTZ` (through `jiff-sqlx`), SQLite as fixed-width RFC 3339
//! text (`2026-11-24T22:33:00.123456Z`), which sorts and compares in time order with the rows
//! written before timestamps were typed; JSON carries the same text.

use ballot_shared::date::CivilDate;
use jiff::SignedDuration;
use std::fmt;
use std::str::FromStr;

/// An instant, in UTC, to the microsecond (what PostgreSQL keeps: a value read back equals the
/// one written).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(jiff::Timestamp);

impl Timestamp {
    /// `at`, truncated to the microsecond.
    pub fn new(at: jiff::Timestamp) -> Self {
        let micros = at.as_microsecond();
        Self(jiff::Timestamp::from_microsecond(micros).unwrap_or(at))
    }

    pub fn from_unix_seconds(seconds: i64) -> Option<Self> {
        jiff::Timestamp::from_second(seconds).ok().map(Self)
    }

    pub fn to_jiff(self) -> jiff::Timestamp {
        self.0
    }

    pub fn unix_seconds(self) -> i64 {
        self.0.as_second()
    }

    /// `self + duration`, or `self` at the ends of time.
    pub fn plus(self, duration: SignedDuration) -> Self {
        Self::new(self.0.checked_add(duration).unwrap_or(self.0))
    }

    /// `self - duration`, or `self` at the ends of time.
    pub fn minus(self, duration: SignedDuration) -> Self {
        Self::new(self.0.checked_sub(duration).unwrap_or(self.0))
    }

    /// The minute it falls in, as a fixed-width text key (`2026-11-24T22:33:00Z`).
    pub fn minute_key(self) -> String {
        let text = self.to_string();
        format!("{}:00Z", &text[..16])
    }
}

impl From<jiff::Timestamp> for Timestamp {
    fn from(at: jiff::Timestamp) -> Self {
        Self::new(at)
    }
}

impl From<Timestamp> for jiff::Timestamp {
    fn from(at: Timestamp) -> Self {
        at.0
    }
}

/// Fixed-width RFC 3339 in UTC with six fractional digits: as text it sorts in time order.
impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = self.0.to_zoned(jiff::tz::TimeZone::UTC);
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:06}Z",
            at.year(),
            at.month(),
            at.day(),
            at.hour(),
            at.minute(),
            at.second(),
            at.subsec_nanosecond() / 1_000
        )
    }
}

/// A time that cannot be a `Timestamp`.
#[derive(Debug, thiserror::Error)]
pub enum TimestampError {
    #[error(transparent)]
    Parse(#[from] jiff::Error),
    /// Before year 0000 in UTC: jiff reads negative extended years (`-000001-…`), which the
    /// fixed-width text cannot hold, so SQLite could not read them back.
    #[error("the year must be 0000 to 9999")]
    Year,
}

/// Any RFC 3339 time (any offset, any number of fractional digits) in years 0000 to 9999 UTC.
impl FromStr for Timestamp {
    type Err = TimestampError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let at = text.parse::<jiff::Timestamp>()?;
        let year = at.to_zoned(jiff::tz::TimeZone::UTC).year();
        if !(0..=9999).contains(&year) {
            return Err(TimestampError::Year);
        }
        Ok(Self::new(at))
    }
}

impl serde::Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Timestamp {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// In the OpenAPI document: a string, `format: date-time`.
impl utoipa::PartialSchema for Timestamp {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::schema::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .format(Some(utoipa::openapi::schema::SchemaFormat::KnownFormat(
                utoipa::openapi::schema::KnownFormat::DateTime,
            )))
            .description(Some("RFC 3339, in UTC to the microsecond"))
            .examples(["2026-11-24T22:33:00.123456Z"])
            .into()
    }
}

impl utoipa::ToSchema for Timestamp {}

mod sql {
    //! How a [`Timestamp`] is stored: `TIMESTAMPTZ` on PostgreSQL (jiff-sqlx's binary
    //! encoding), fixed-width text on SQLite. `jiff_sqlx::Timestamp` is not used on SQLite: it
    //! writes jiff's shortest form (`…:00Z`, `…:00.5Z`), which does not sort as text among
    //! the six-digit rows already stored (`.` sorts before `Z`).
    use super::Timestamp;
    use sqlx::encode::IsNull;
    use sqlx::error::BoxDynError;
    use sqlx::postgres::{PgArgumentBuffer, PgTypeInfo, PgValueRef};
    use sqlx::sqlite::{SqliteArgumentValue, SqliteTypeInfo, SqliteValueRef};
    use sqlx::{Decode, Encode, Postgres, Sqlite, Type};

    impl Type<Sqlite> for Timestamp {
        fn type_info() -> SqliteTypeInfo {
            <str as Type<Sqlite>>::type_info()
        }

        fn compatible(ty: &SqliteTypeInfo) -> bool {
            <str as Type<Sqlite>>::compatible(ty)
        }
    }

    impl<'q> Encode<'q, Sqlite> for Timestamp {
        fn encode_by_ref(
            &self,
            buf: &mut Vec<SqliteArgumentValue<'q>>,
        ) -> Result<IsNull, BoxDynError> {
            <String as Encode<'q, Sqlite>>::encode(self.to_string(), buf)
        }
    }

    impl<'r> Decode<'r, Sqlite> for Timestamp {
        fn decode(value: SqliteValueRef<'r>) -> Result<Self, BoxDynError> {
            let text = <&str as Decode<'r, Sqlite>>::decode(value)?;
            Ok(text.parse()?)
        }
    }

    impl Type<Postgres> for Timestamp {
        fn type_info() -> PgTypeInfo {
            <jiff_sqlx::Timestamp as Type<Postgres>>::type_info()
        }

        fn compatible(ty: &PgTypeInfo) -> bool {
            <jiff_sqlx::Timestamp as Type<Postgres>>::compatible(ty)
        }
    }

    impl Encode<'_, Postgres> for Timestamp {
        fn encode_by_ref(&self, buf: &mut PgArgumentBuffer) -> Result<IsNull, BoxDynError> {
            <jiff_sqlx::Timestamp as Encode<'_, Postgres>>::encode(self.0.into(), buf)
        }
    }

    impl<'r> Decode<'r, Postgres> for Timestamp {
        fn decode(value: PgValueRef<'r>) -> Result<Self, BoxDynError> {
            let at = <jiff_sqlx::Timestamp as Decode<'r, Postgres>>::decode(value)?;
            Ok(Timestamp::new(at.to_jiff()))
        }
    }
}

pub fn now() -> Timestamp {
    Timestamp::new(jiff::Timestamp::now())
}

pub fn now_plus(duration: SignedDuration) -> Timestamp {
    now().plus(duration)
}

/// `days` whole days of 24 hours.
pub const fn days(days: i64) -> SignedDuration {
    SignedDuration::from_hours(24 * days)
}

/// Any RFC 3339 time, as a [`Timestamp`].
pub fn parse(text: &str) -> Option<Timestamp> {
    text.parse().ok()
}

/// The date used to refuse dates of birth "in the future": the date in UTC+14, the earliest
/// time zone on Earth, so the server never refuses a date the voter's own browser accepted.
pub fn today_anywhere() -> CivilDate {
    let now = jiff::Timestamp::now().as_second() + 14 * 3600;
    CivilDate::from_days_since_unix_epoch(now.div_euclid(86_400))
}

/// The date in California `days` days ago, `YYYY-MM-DD`: certification dates are California's.
pub fn california_date_days_ago(days: i64) -> String {
    let zone = jiff::tz::TimeZone::get("America/Los_Angeles").unwrap_or(jiff::tz::TimeZone::UTC);
    let then = jiff::Timestamp::now()
        .checked_sub(SignedDuration::from_hours(24 * days))
        .unwrap_or_else(|_| jiff::Timestamp::now())
        .to_zoned(zone);
    format!("{:04}-{:02}-{:02}", then.year(), then.month(), then.day())
}

#[cfg(test)]
mod tests {

    #[test]
    fn years_the_fixed_width_text_cannot_hold_are_refused() {
        assert!(parse("-000001-01-01T00:00:00Z").is_none());
        // Year 0000 in its own offset, year -1 in UTC.
        assert!(parse("0000-01-01T01:00:00+05:00").is_none());
        assert!(parse("+010000-01-01T00:00:00Z").is_none());
        let earliest = parse("0000-01-01T00:00:00Z").unwrap();
        assert_eq!(parse(&earliest.to_string()), Some(earliest));
        // jiff's latest instant.
        let latest = parse("9999-12-30T22:00:00.999999Z").unwrap();
        assert_eq!(parse(&latest.to_string()), Some(latest));
    }
    use super::*;

    #[test]
    fn timestamps_are_fixed_width_and_parse_back() {
        let at = Timestamp::from_unix_seconds(1_764_000_000).unwrap();
        let text = at.to_string();
        assert_eq!(text, "2025-11-24T16:00:00.000000Z");
        assert_eq!(parse(&text), Some(at));
        assert_eq!(at.minute_key(), "2025-11-24T16:00:00Z");
    }

    #[test]
    fn timestamps_are_kept_to_the_microsecond_and_sort_as_text() {
        let at: Timestamp = "2026-11-24T14:33:00.123456789-08:00".parse().unwrap();
        assert_eq!(at.to_string(), "2026-11-24T22:33:00.123456Z");
        let later = at.plus(SignedDuration::from_micros(1));
        assert!(later > at && later.to_string() > at.to_string());
        let whole = parse("2026-11-24T22:33:01Z").unwrap();
        assert!(whole > at && whole.to_string() > at.to_string());
    }

    #[test]
    fn json_is_the_fixed_width_text() {
        let at = parse("2026-11-24T22:33:00.5Z").unwrap();
        let json = serde_json::to_string(&at).unwrap();
        assert_eq!(json, "\"2026-11-24T22:33:00.500000Z\"");
        assert_eq!(serde_json::from_str::<Timestamp>(&json).unwrap(), at);
    }
}
