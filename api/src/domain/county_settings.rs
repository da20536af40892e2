//! A county's own settings: the sender name and contact on its messages, its wording of
//! status messages, and (statewide keys only) the hosts its cure-form links may be on. The
//! rules live here; the HTTP edge (`routes/admin.rs`) only maps their answer.

use crate::domain::api_keys::Scope;
use crate::store::Store;

/// Why settings were refused.
#[derive(Debug, thiserror::Error)]
pub enum CountySettingsError {
    /// The key is another county's (the message names no other county).
    #[error("{0} is not this key's county")]
    OtherCounty(String),
    /// A county key tried to change where cure forms may be.
    #[error("only a statewide key changes cure_url_hosts")]
    HostsStatewideOnly,
    /// A county key tried to change which envelopes are its own.
    #[error("only a statewide key changes mailer_ids")]
    MailerIdsStatewideOnly,
    /// Field by field, what is wrong.
    #[error("invalid settings")]
    Invalid(Vec<(&'static str, String)>),
    #[error(transparent)]
    Store(#[from] sqlx::Error),
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
pub struct CountyRequest {
    /// The name on messages; empty: "<County> County Elections"; absent: unchanged.
    #[serde(default)]
    pub sender_name: Option<String>,
    /// A phone number, email or web address voters can reach the office at; empty: none;
    /// absent: unchanged.
    #[serde(default)]
    pub contact: Option<String>,
    /// Status code -> "email" | "sms" | "voice" | "all" -> sentence, with the placeholders of
    /// `messages::PLACEHOLDERS`; `{}`: our wording; absent: unchanged.
    #[serde(default)]
    pub templates:
        Option<std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>>,
    /// The hosts the county's cure-form links are on (`elections.saccounty.gov`): an event's
    /// `cure_url` must be https on one of them. Statewide keys only (a stolen county key must
    /// not be able to send the county's voters to a form of its own); absent: unchanged.
    #[serde(default)]
    pub cure_url_hosts: Option<Vec<String>>,
    /// The USPS Mailer IDs (6 digits, or 9 beginning with 9) on the county's ballot envelopes'
    /// barcodes: the county's own and its print vendor's. An envelope is recorded for the
    /// county's voters only with one of them. Statewide keys only (a county key must not be
    /// able to claim another county's envelopes); absent: unchanged.
    #[serde(default)]
    pub mailer_ids: Option<Vec<String>>,
    /// The ways the county accepts a signature cure: one or more of `drawn`, `photo`,
    /// `typed` (a typed name, which the county must call the voter back to confirm). The cure
    /// page offers only these and the API refuses the others; absent: unchanged (all three
    /// until set).
    #[serde(default)]
    pub cure_methods: Option<Vec<String>>,
    /// Language code -> the statement a voter signs, as the county's form words it (at most
    /// 2,000 characters each). A voter reads it in their language, else in English, else in
    /// the tracker's own wording; `{}`: ours; absent: unchanged.
    #[serde(default)]
    pub cure_statements: Option<std::collections::BTreeMap<String, String>>,
}

/// The longest statement a county may set: California's envelope statement is about 600
/// characters; room for a county's longer form.
pub const MAX_CURE_STATEMENT_CHARS: usize = 2000;

/// Whether `text` is a Mailer ID: 6 digits not beginning with 9, or 9 beginning with 9.
pub fn is_mailer_id(text: &str) -> bool {
    text.bytes().all(|b| b.is_ascii_digit())
        && match text.len() {
            6 => !text.starts_with('9'),
            9 => text.starts_with('9'),
            _ => false,
        }
}

/// Checks `request` for `county` as `scope` may change it, and saves it. A field left out
/// keeps its value and an empty one clears it (see `CountyRequest`).
pub async fn save(
    store: &Store,
    scope: &Scope,
    county: &str,
    request: &CountyRequest,
) -> Result<(), CountySettingsError> {
    if !scope.allows(county) {
        return Err(CountySettingsError::OtherCounty(county.to_string()));
    }
    let mut errors: Vec<(&'static str, String)> = Vec::new();
    let too_long = |text: &Option<String>| text.as_ref().is_some_and(|t| t.chars().count() > 120);
    if too_long(&request.sender_name) {
        errors.push(("sender_name", "At most 120 characters".into()));
    }
    if too_long(&request.contact) {
        errors.push(("contact", "At most 120 characters".into()));
    }
    for (field, text) in [
        ("sender_name", &request.sender_name),
        ("contact", &request.contact),
    ] {
        if text
            .as_deref()
            .is_some_and(crate::domain::message_links::holds_braces)
        {
            errors.push((field, crate::domain::message_links::BRACES_REFUSED.into()));
        }
    }
    // Every problem of the templates in one message: the field holds one.
    let mut problems: Vec<String> = Vec::new();
    for (status, by_channel) in request.templates.iter().flatten() {
        if ballot_shared::status::BallotStatus::parse(status).is_err() {
            problems.push(format!("{status:?} is not a ballot status code"));
        }
        for (channel, text) in by_channel {
            if channel != "all" && ballot_shared::channels::Channel::parse(channel).is_none() {
                problems.push(format!("{channel:?} is not email, sms, voice or all"));
            }
            if crate::domain::message_links::holds_slot_marks(text) {
                problems.push(format!(
                    "the {status} {channel} text {}",
                    crate::domain::message_links::SLOT_MARKS_REFUSED
                ));
            }
            let mut rest = text.as_str();
            while let Some(start) = rest.find('{') {
                let end = rest[start..]
                    .find('}')
                    .map(|e| start + e + 1)
                    .unwrap_or(rest.len());
                let placeholder = &rest[start..end];
                if !crate::domain::messages::PLACEHOLDERS.contains(&placeholder) {
                    problems.push(format!("{placeholder:?} is not a placeholder we fill"));
                }
                rest = &rest[end..];
            }
            if text.trim().is_empty() || text.chars().count() > 600 {
                problems.push(format!(
                    "the {status} {channel} text must be 1 to 600 characters"
                ));
            }
        }
    }
    if !problems.is_empty() {
        errors.push(("templates", problems.join("; ")));
    }
    // What is left out stays as it was: a statewide key that sets the cure-form hosts must
    // not wipe the county's name, contact and wording.
    let stored = {
        let mut tx = store.read().await?;
        let row = crate::store::counties::get(&mut tx, county.trim()).await?;
        tx.rollback().await?;
        row
    };
    let stored_hosts: Vec<String> = stored
        .as_ref()
        .and_then(|r| serde_json::from_str(&r.cure_url_hosts).ok())
        .unwrap_or_default();
    let hosts: Vec<String> = match &request.cure_url_hosts {
        None => stored_hosts.clone(),
        Some(hosts) => hosts
            .iter()
            .map(|h| h.trim().to_ascii_lowercase())
            .collect(),
    };
    if hosts != stored_hosts && *scope != Scope::Statewide {
        return Err(CountySettingsError::HostsStatewideOnly);
    }
    if let Some(bad) = hosts
        .iter()
        .find(|h| !crate::domain::ballot_events::is_host_name(h))
    {
        errors.push((
            "cure_url_hosts",
            format!("{bad:?} is not a host name like elections.saccounty.gov"),
        ));
    }
    let stored_mailer_ids: Vec<String> = stored
        .as_ref()
        .and_then(|r| serde_json::from_str(&r.mailer_ids).ok())
        .unwrap_or_default();
    let mailer_ids: Vec<String> = match &request.mailer_ids {
        None => stored_mailer_ids.clone(),
        Some(ids) => ids.iter().map(|id| id.trim().to_string()).collect(),
    };
    if mailer_ids != stored_mailer_ids && *scope != Scope::Statewide {
        return Err(CountySettingsError::MailerIdsStatewideOnly);
    }
    if let Some(bad) = mailer_ids.iter().find(|id| !is_mailer_id(id)) {
        errors.push((
            "mailer_ids",
            format!("{bad:?} is not a Mailer ID: 6 digits, or 9 beginning with 9"),
        ));
    }
    if let Some(methods) = &request.cure_methods {
        if methods.is_empty() {
            errors.push((
                "cure_methods",
                "Name at least one of drawn, photo, typed".into(),
            ));
        }
        if let Some(bad) = methods
            .iter()
            .find(|m| ballot_shared::cure::CureMethod::parse(m).is_none())
        {
            errors.push((
                "cure_methods",
                format!("{bad:?} is not drawn, photo or typed"),
            ));
        }
    }
    let mut statement_problems: Vec<String> = Vec::new();
    // Stored by our own code for the language (`es-MX` and `ES` are `es`), as they are looked up.
    let mut statements: std::collections::BTreeMap<&'static str, String> = Default::default();
    for (code, text) in request.cure_statements.iter().flatten() {
        match ballot_shared::language::Language::parse(code) {
            Err(_) => statement_problems.push(format!("{code:?} is not a language we serve")),
            Ok(language) => {
                if statements
                    .insert(language.code(), text.trim().to_string())
                    .is_some()
                {
                    statement_problems.push(format!(
                        "{code:?} is a second statement for {}",
                        language.code()
                    ));
                }
            }
        }
        let length = text.trim().chars().count();
        if length == 0 || length > MAX_CURE_STATEMENT_CHARS {
            statement_problems.push(format!(
                "the {code} statement must be 1 to {MAX_CURE_STATEMENT_CHARS} characters"
            ));
        }
        if crate::domain::message_links::holds_braces(text) {
            statement_problems.push(format!(
                "the {code} statement {}",
                crate::domain::message_links::BRACES_REFUSED
            ));
        }
    }
    if !statement_problems.is_empty() {
        errors.push(("cure_statements", statement_problems.join("; ")));
    }
    if !errors.is_empty() {
        return Err(CountySettingsError::Invalid(errors));
    }
    let cure_methods_json = match &request.cure_methods {
        Some(methods) => {
            let methods: Vec<&str> = ballot_shared::cure::CureMethod::named(methods)
                .into_iter()
                .map(|m| m.code())
                .collect();
            serde_json::to_string(&methods).unwrap_or_default()
        }
        None => stored.as_ref().map_or_else(
            || r#"["drawn","photo","typed"]"#.to_string(),
            |r| r.cure_methods.clone(),
        ),
    };
    let cure_statements_json = match &request.cure_statements {
        Some(_) => serde_json::to_string(&statements).unwrap_or_else(|_| "{}".into()),
        None => stored
            .as_ref()
            .map_or_else(|| "{}".to_string(), |r| r.cure_statements.clone()),
    };
    let templates_json = match &request.templates {
        Some(templates) => serde_json::to_string(templates).unwrap_or_else(|_| "{}".into()),
        None => stored
            .as_ref()
            .map_or_else(|| "{}".to_string(), |r| r.templates.clone()),
    };
    let given_or_stored = |given: &Option<String>, stored: Option<&String>| -> Option<String> {
        match given {
            Some(text) => Some(text.trim().to_string()).filter(|t| !t.is_empty()),
            None => stored.cloned(),
        }
    };
    let sender_name = given_or_stored(
        &request.sender_name,
        stored.as_ref().and_then(|r| r.sender_name.as_ref()),
    );
    let contact = given_or_stored(
        &request.contact,
        stored.as_ref().and_then(|r| r.contact.as_ref()),
    );
    crate::store::counties::upsert(
        store.pool(),
        &crate::store::counties::CountySettings {
            county: county.trim(),
            sender_name: sender_name.as_deref(),
            contact: contact.as_deref(),
            templates_json: &templates_json,
            cure_url_hosts_json: &serde_json::to_string(&hosts).unwrap_or_else(|_| "[]".into()),
            mailer_ids_json: &serde_json::to_string(&mailer_ids).unwrap_or_else(|_| "[]".into()),
            cure_methods_json: &cure_methods_json,
            cure_statements_json: &cure_statements_json,
        },
        crate::clock::now(),
    )
    .await?;
    Ok(())
}
