//! Messages to many voters at once: return-deadline reminders, a county's own notices, and
//! corrections. In February 2025 a reminder with a blank date went to nearly every subscriber
//! of a county; so a broadcast cannot go wrong quietly:
//!
//! - it is previewed first: its audience by county beside each county's subscribers, and
//!   every message rendered from real data for every recipient; a placeholder that would be
//!   blank or unfilled refuses it;
//! - it is sent to the operator first (a test send), and only then approved, by a second
//!   operator's key when the audience is over `BROADCAST_APPROVAL_THRESHOLD`;
//! - until it starts it can be cancelled; when it starts, an audience grown past what was
//!   approved holds it instead;
//! - once sent, a correction goes to exactly the same recipients (`broadcast_recipient`).

use crate::clock::{self, Timestamp};
use crate::config::Config;
use crate::domain::api_keys::Scope;
use crate::domain::message_links::Links;
use crate::domain::messages::{self, Composed, NoticeContext, Office, ReminderContext};
use crate::domain::notifications::{due_at, queue, spoken_date, Outgoing};
use crate::domain::offices::Offices;
use crate::store::broadcasts::{self, Broadcast, BroadcastKind, NewBroadcast, RecipientDetail};
use crate::store::Store;
use ballot_shared::channels::Channel;
use ballot_shared::date::CivilDate;
use ballot_shared::language::Language;
use ballot_shared::quiet_hours::QuietHours;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, thiserror::Error)]
pub enum BroadcastError {
    #[error("invalid broadcast")]
    Invalid(Vec<(&'static str, String)>),
    #[error("no such broadcast")]
    NotFound,
    #[error("another county's broadcast")]
    Forbidden,
    /// The broadcast is not in a state that allows this; says which.
    #[error("{0}")]
    Conflict(String),
    /// The test send did not go through.
    #[error("test send failed: {0}")]
    TestSendFailed(#[source] Box<dyn std::error::Error + Send + Sync>),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// What an operator asks for (`POST /api/v1/admin/broadcasts`).
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct BroadcastRequest {
    /// `return_reminder` or `notice`.
    #[serde(default)]
    pub kind: String,
    /// The county; a statewide key may leave it out to reach every county.
    #[serde(default)]
    pub county: Option<String>,
    #[serde(default)]
    pub election_id: String,
    /// Return reminders: the deadline they name, `YYYY-MM-DD`.
    #[serde(default)]
    pub return_deadline: Option<String>,
    /// Notices: the county's words by language code (`en` required); `{first_name}` and
    /// `{office}` are filled for each voter.
    #[serde(default)]
    pub texts: BTreeMap<String, String>,
    /// When to send, RFC 3339.
    #[serde(default)]
    pub send_at: String,
}

/// A correction of a broadcast that was sent (`POST …/broadcasts/{id}/corrections`).
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct CorrectionRequest {
    #[serde(default)]
    pub texts: BTreeMap<String, String>,
    #[serde(default)]
    pub send_at: String,
}

/// Where the operator wants the test send (`POST …/broadcasts/{id}/test`).
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct TestSendRequest {
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
}

/// A broadcast as its preview shows it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Preview {
    pub broadcast_id: i64,
    pub kind: String,
    /// `draft`, `tested`, `approved`, `sending`, `sent`, `held` or `cancelled`.
    pub state: String,
    pub county: Option<String>,
    pub election_id: String,
    pub send_at: Timestamp,
    /// Subscriptions it would reach now.
    pub audience: i64,
    /// Per county: whom it reaches beside how many subscribe there at all.
    pub by_county: Vec<CountyAudience>,
    /// What the first recipient would get, per channel.
    pub sample: BTreeMap<String, String>,
    /// Above this audience a second operator's key must approve.
    pub approval_threshold: i64,
    pub needs_second_approver: bool,
    pub held_reason: Option<String>,
    /// Subscriptions it was sent to, once it has been.
    pub sent: Option<i64>,
    pub corrects: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct CountyAudience {
    pub county: String,
    pub audience: i64,
    pub subscribers: i64,
}

fn state_of(b: &Broadcast) -> &'static str {
    match () {
        _ if b.cancelled_at.is_some() => "cancelled",
        _ if b.finished_at.is_some() => "sent",
        _ if b.held_reason.is_some() => "held",
        _ if b.started_at.is_some() => "sending",
        _ if b.approved_at.is_some() => "approved",
        _ if b.tested_at.is_some() => "tested",
        _ => "draft",
    }
}

/// Placeholders a county's notice may use.
const NOTICE_PLACEHOLDERS: [&str; 2] = ["{first_name}", "{office}"];

/// How a broadcast's words come out for one recipient.
struct Renderer<'a> {
    broadcast: &'a Broadcast,
    texts: BTreeMap<String, String>,
    public_url: &'a str,
}

impl Renderer<'_> {
    /// Every message the recipient would get, one per channel they have, and each problem
    /// found in them (a blank value, a placeholder left unfilled).
    fn render(
        &self,
        recipient: &RecipientDetail,
        office: &Office,
    ) -> (Vec<(Channel, Composed)>, Vec<String>) {
        let catalog = crate::domain::locales::for_code(&recipient.language);
        let links = Links {
            public_url: self.public_url,
        };
        let mut problems = Vec::new();
        if recipient.first_name.trim().is_empty() {
            problems.push("a voter's first name is blank".to_string());
        }
        if office.sender.trim().is_empty() {
            problems.push(format!(
                "{} County's sender name is blank",
                recipient.county
            ));
        }
        let deadline = self
            .broadcast
            .return_deadline
            .as_deref()
            .map(|d| spoken_date(catalog, d))
            .unwrap_or_default();
        let text = self
            .texts
            .get(catalog.language().code())
            .or_else(|| self.texts.get("en"))
            .map(|t| {
                crate::domain::message_links::inert(t)
                    .replace("{first_name}", &recipient.first_name)
                    .replace("{office}", &office.sender)
            })
            .unwrap_or_default();
        let mut messages = Vec::new();
        for (channel, destination) in [
            (Channel::Email, &recipient.email_address),
            (Channel::Sms, &recipient.sms_phone),
            (Channel::Voice, &recipient.voice_phone),
        ] {
            if destination.is_none() {
                continue;
            }
            let message = match self.broadcast.kind {
                BroadcastKind::ReturnReminder => messages::return_reminder(
                    channel,
                    &ReminderContext {
                        catalog,
                        first_name: &recipient.first_name,
                        office,
                        deadline: &deadline,
                        links,
                    },
                ),
                kind => messages::notice(
                    channel,
                    &NoticeContext {
                        catalog,
                        first_name: &recipient.first_name,
                        office,
                        text: &text,
                        correction: kind == BroadcastKind::Correction,
                        links,
                    },
                ),
            };
            for part in [Some(&message.body_text), message.subject.as_ref()]
                .into_iter()
                .flatten()
            {
                if let Some(left) = unfilled(part) {
                    problems.push(format!(
                        "the {} message leaves {left} unfilled",
                        channel.code()
                    ));
                }
            }
            messages.push((channel, message));
        }
        if self.broadcast.kind == BroadcastKind::ReturnReminder && deadline.trim().is_empty() {
            problems.push("the return deadline is blank".into());
        }
        if self.broadcast.kind != BroadcastKind::ReturnReminder && text.trim().is_empty() {
            problems.push("the text is blank".into());
        }
        (messages, problems)
    }
}

/// A placeholder left in a rendered message (`{deadline}`, `{ $date }`), other than the link
/// and reference slots filled at delivery.
fn unfilled(text: &str) -> Option<String> {
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let end = rest[start..]
            .find('}')
            .map_or(rest.len(), |e| start + e + 1);
        let found = &rest[start..end];
        let slot = found.starts_with("{{token:") || found.starts_with("{{ref");
        if !slot {
            return Some(found.to_string());
        }
        // Skip the whole `{{…}}` slot.
        rest = rest[end..].strip_prefix('}').unwrap_or(&rest[end..]);
    }
    None
}

/// A request's fields, checked.
struct Checked {
    kind: BroadcastKind,
    county: Option<String>,
    election_id: String,
    deadline: Option<String>,
    texts: BTreeMap<String, String>,
    send_at: Timestamp,
}

/// Checks what can be checked before any voter is looked at.
fn check_request(scope: &Scope, request: &BroadcastRequest) -> Result<Checked, BroadcastError> {
    let mut errors: Vec<(&'static str, String)> = Vec::new();
    let county = request
        .county
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_string);
    let county = match (scope, county) {
        (Scope::County(own), None) => Some(own.clone()),
        (Scope::Statewide, county) => county,
        (scope, Some(county)) if scope.allows(&county) => Some(county),
        (Scope::County(_), Some(_)) => return Err(BroadcastError::Forbidden),
    };
    if !matches!(request.kind.as_str(), "return_reminder" | "notice") {
        errors.push(("kind", "Use return_reminder or notice".into()));
    }
    let election_id = request.election_id.trim().to_string();
    if election_id.is_empty() || election_id.len() > 64 {
        errors.push((
            "election_id",
            "Give the election's id, as in the ballot events".into(),
        ));
    }
    let send_at = clock::parse(request.send_at.trim());
    if send_at.is_none() {
        errors.push((
            "send_at",
            "Give the time as RFC 3339, like 2026-10-30T09:00:00-07:00".into(),
        ));
    }
    let deadline = match (request.kind.as_str(), request.return_deadline.as_deref()) {
        ("return_reminder", Some(d)) => match CivilDate::parse_iso(d.trim()) {
            Some(d) => Some(d.to_iso()),
            None => {
                errors.push(("return_deadline", "Give the date as YYYY-MM-DD".into()));
                None
            }
        },
        ("return_reminder", None) => {
            errors.push((
                "return_deadline",
                "A return reminder needs its deadline, YYYY-MM-DD".into(),
            ));
            None
        }
        _ => None,
    };
    let texts = check_texts(&request.kind, &request.texts, &mut errors);
    if !errors.is_empty() {
        return Err(BroadcastError::Invalid(errors));
    }
    Ok(Checked {
        // Checked above: a return reminder or a notice.
        kind: BroadcastKind::parse(&request.kind).unwrap_or(BroadcastKind::Notice),
        county,
        election_id,
        deadline,
        texts,
        send_at: send_at.unwrap_or_else(clock::now),
    })
}

fn check_texts(
    kind: &str,
    texts: &BTreeMap<String, String>,
    errors: &mut Vec<(&'static str, String)>,
) -> BTreeMap<String, String> {
    if kind == "return_reminder" {
        if !texts.is_empty() {
            errors.push((
                "texts",
                "A return reminder uses our words in every language; leave texts out".into(),
            ));
        }
        return BTreeMap::new();
    }
    let mut problems = Vec::new();
    if texts.get("en").is_none_or(|t| t.trim().is_empty()) {
        problems.push("an English text is required (other languages fall back to it)".to_string());
    }
    for (code, text) in texts {
        if Language::parse(code).is_err() {
            problems.push(format!("{code:?} is not a language code we serve"));
        }
        if text.trim().is_empty() || text.chars().count() > 480 {
            problems.push(format!("the {code} text must be 1 to 480 characters"));
        }
        if crate::domain::message_links::holds_slot_marks(text) {
            problems.push(format!(
                "the {code} text {}",
                crate::domain::message_links::SLOT_MARKS_REFUSED
            ));
        } else if let Some(left) = unfilled(
            &NOTICE_PLACEHOLDERS
                .iter()
                .fold(text.clone(), |t, p| t.replace(p, "x")),
        ) {
            problems.push(format!(
                "{left} is not a placeholder we fill (use {{first_name}} or {{office}})"
            ));
        }
    }
    if !problems.is_empty() {
        errors.push(("texts", problems.join("; ")));
    }
    texts
        .iter()
        .map(|(k, v)| (k.clone(), v.trim().to_string()))
        .collect()
}

/// Renders every message for every recipient of `broadcast` as it stands: the audience, the
/// preview's sample, and every problem found.
async fn dry_run(
    store: &Store,
    offices: &Offices,
    config: &Config,
    broadcast: &Broadcast,
) -> Result<(Vec<RecipientDetail>, BTreeMap<String, String>, Vec<String>), BroadcastError> {
    let audience = broadcasts::audience(store.pool(), broadcast).await?;
    let ids: Vec<i64> = audience.iter().map(|r| r.subscription_id).collect();
    let details = broadcasts::recipient_details(store.pool(), &ids).await?;
    let renderer = Renderer {
        broadcast,
        texts: serde_json::from_str(&broadcast.texts).unwrap_or_default(),
        public_url: &config.public_url,
    };
    let mut counties: HashMap<String, Office> = HashMap::new();
    let mut sample = BTreeMap::new();
    let mut problems: BTreeMap<String, usize> = BTreeMap::new();
    for recipient in &details {
        if !counties.contains_key(&recipient.county) {
            let office = offices.get(store, &recipient.county).await?;
            counties.insert(recipient.county.clone(), office);
        }
        let office = &counties[&recipient.county];
        let (messages, found) = renderer.render(recipient, office);
        for problem in found {
            *problems.entry(problem).or_default() += 1;
        }
        for (channel, message) in messages {
            sample
                .entry(channel.code().to_string())
                .or_insert_with(|| match &message.subject {
                    Some(subject) => format!("{subject}\n\n{}", message.body_text),
                    None => message.body_text.clone(),
                });
        }
    }
    let problems = problems
        .into_iter()
        .map(|(problem, n)| format!("{problem} (for {n} voters)"))
        .collect();
    Ok((details, sample, problems))
}

async fn preview_of(
    store: &Store,
    offices: &Offices,
    config: &Config,
    broadcast: &Broadcast,
) -> Result<Preview, BroadcastError> {
    let (details, sample, _) = dry_run(store, offices, config, broadcast).await?;
    let mut by_county: BTreeMap<String, i64> = BTreeMap::new();
    for recipient in &details {
        *by_county.entry(recipient.county.clone()).or_default() += 1;
    }
    let subscribers =
        broadcasts::subscribers_by_county(store.pool(), broadcast.county.as_deref()).await?;
    let by_county = subscribers
        .into_iter()
        .map(|(county, subscribers)| CountyAudience {
            audience: by_county.get(&county).copied().unwrap_or(0),
            county,
            subscribers,
        })
        .collect();
    let audience = details.len() as i64;
    Ok(Preview {
        broadcast_id: broadcast.broadcast_id,
        kind: broadcast.kind.code().to_string(),
        state: state_of(broadcast).to_string(),
        county: broadcast.county.clone(),
        election_id: broadcast.election_id.clone(),
        send_at: broadcast.send_at,
        audience: if broadcast.finished_at.is_some() {
            broadcast.audience
        } else {
            audience
        },
        by_county,
        sample,
        approval_threshold: config.broadcast_approval_threshold,
        needs_second_approver: broadcast.audience.max(audience)
            > config.broadcast_approval_threshold,
        held_reason: broadcast.held_reason.clone(),
        sent: broadcast.sent,
        corrects: broadcast.corrects,
    })
}

/// Creates a broadcast after rendering it for its whole audience; refused if any message
/// would go out with a blank or unfilled placeholder, or to nobody.
pub async fn create(
    store: &Store,
    offices: &Offices,
    config: &Config,
    scope: &Scope,
    api_key_id: i64,
    request: &BroadcastRequest,
) -> Result<Preview, BroadcastError> {
    let Checked {
        kind,
        county,
        election_id,
        deadline,
        texts,
        send_at,
    } = check_request(scope, request)?;
    let texts_json = serde_json::to_string(&texts).unwrap_or_else(|_| "{}".into());
    let draft = Broadcast {
        kind,
        county: county.clone(),
        election_id: election_id.clone(),
        return_deadline: deadline.clone(),
        texts: texts_json.clone(),
        send_at,
        ..unsaved(api_key_id)
    };
    save(store, offices, config, draft).await
}

/// A broadcast `api_key_id` is creating, before its words and audience are filled in.
fn unsaved(api_key_id: i64) -> Broadcast {
    Broadcast {
        broadcast_id: 0,
        kind: BroadcastKind::Notice,
        county: None,
        election_id: String::new(),
        return_deadline: None,
        texts: "{}".into(),
        corrects: None,
        send_at: clock::now(),
        audience: 0,
        created_by: Some(api_key_id),
        created_at: clock::now(),
        tested_at: None,
        approved_by: None,
        approved_at: None,
        cancelled_at: None,
        started_at: None,
        finished_at: None,
        held_reason: None,
        sent: None,
    }
}

/// Checks a draft against its whole audience and saves it.
async fn save(
    store: &Store,
    offices: &Offices,
    config: &Config,
    draft: Broadcast,
) -> Result<Preview, BroadcastError> {
    let (details, _, problems) = dry_run(store, offices, config, &draft).await?;
    if !problems.is_empty() {
        return Err(BroadcastError::Invalid(vec![(
            "messages",
            problems.join("; "),
        )]));
    }
    if details.is_empty() {
        return Err(BroadcastError::Invalid(vec![(
            "audience",
            "Nobody would get it: check the county and the election id".into(),
        )]));
    }
    let id = broadcasts::insert(
        store.pool(),
        &NewBroadcast {
            kind: draft.kind,
            county: draft.county.as_deref(),
            election_id: &draft.election_id,
            return_deadline: draft.return_deadline.as_deref(),
            texts_json: &draft.texts,
            corrects: draft.corrects,
            send_at: draft.send_at,
            audience: details.len() as i64,
            created_by: draft.created_by.unwrap_or_default(),
        },
        clock::now(),
    )
    .await?;
    let saved = broadcasts::get(store.pool(), id)
        .await?
        .ok_or(BroadcastError::NotFound)?;
    preview_of(store, offices, config, &saved).await
}

/// A broadcast the key may see and act on.
async fn find(store: &Store, scope: &Scope, id: i64) -> Result<Broadcast, BroadcastError> {
    let broadcast = broadcasts::get(store.pool(), id)
        .await?
        .ok_or(BroadcastError::NotFound)?;
    let allowed = match (&broadcast.county, scope) {
        (_, Scope::Statewide) => true,
        (Some(county), scope) => scope.allows(county),
        (None, Scope::County(_)) => false,
    };
    if allowed {
        Ok(broadcast)
    } else {
        Err(BroadcastError::NotFound)
    }
}

pub async fn preview(
    store: &Store,
    offices: &Offices,
    config: &Config,
    scope: &Scope,
    id: i64,
) -> Result<Preview, BroadcastError> {
    let broadcast = find(store, scope, id).await?;
    preview_of(store, offices, config, &broadcast).await
}

/// Sends a message at once, outside the outbox: a broadcast's test goes to the operator while
/// they wait. The outbox's `Delivery` is the one in use; the domain says only what to send.
pub trait SendNow {
    type Error: std::error::Error + Send + Sync + 'static;
    fn send_now(
        &self,
        message: &crate::store::outbox::OutboxMessage,
    ) -> impl std::future::Future<Output = Result<(), Self::Error>> + Send;
}

/// Sends the first recipient's messages to the operator instead, with links that open
/// nothing; a broadcast is approved only after this went through.
#[allow(clippy::too_many_arguments)]
pub async fn test_send(
    store: &Store,
    offices: &Offices,
    config: &Config,
    delivery: &impl SendNow,
    scope: &Scope,
    id: i64,
    to: &TestSendRequest,
) -> Result<Preview, BroadcastError> {
    let broadcast = find(store, scope, id).await?;
    if broadcast.started_at.is_some() || broadcast.cancelled_at.is_some() {
        return Err(BroadcastError::Conflict(format!(
            "broadcast {id} has {}",
            if broadcast.cancelled_at.is_some() {
                "been cancelled"
            } else {
                "started"
            }
        )));
    }
    let email = to
        .email
        .as_deref()
        .map(ballot_shared::email::EmailAddress::parse)
        .transpose()
        .map_err(|e| BroadcastError::Invalid(vec![("email", e.to_string())]))?;
    let phone = to
        .phone
        .as_deref()
        .map(ballot_shared::phone::PhoneNumber::parse)
        .transpose()
        .map_err(|e| BroadcastError::Invalid(vec![("phone", e.to_string())]))?;
    if email.is_none() && phone.is_none() {
        return Err(BroadcastError::Invalid(vec![(
            "email",
            "Give an email address or a phone number (or both) for the test".into(),
        )]));
    }
    let (details, _, _) = dry_run(store, offices, config, &broadcast).await?;
    let Some(first) = details.into_iter().next() else {
        return Err(BroadcastError::Conflict("nobody would get it now".into()));
    };
    let office = offices.get(store, &first.county).await?;
    let renderer = Renderer {
        broadcast: &broadcast,
        texts: serde_json::from_str(&broadcast.texts).unwrap_or_default(),
        public_url: &config.public_url,
    };
    // The operator's own destinations, in the voter's place.
    let test_recipient = RecipientDetail {
        email_address: email.as_ref().map(|e| e.as_str().to_string()),
        sms_phone: phone.as_ref().map(|p| p.e164().to_string()),
        voice_phone: None,
        ..first
    };
    let (messages, _) = renderer.render(&test_recipient, &office);
    for (channel, message) in messages {
        let recipient = match channel {
            Channel::Email => test_recipient.email_address.clone(),
            _ => test_recipient.sms_phone.clone(),
        }
        .unwrap_or_default();
        let outbox = test_message(channel, &recipient, &message);
        delivery
            .send_now(&outbox)
            .await
            .map_err(|e| BroadcastError::TestSendFailed(Box::new(e)))?;
    }
    broadcasts::mark_tested(store.pool(), id, clock::now()).await?;
    preview(store, offices, config, scope, id).await
}

/// A test message: its links' slots show as such (`TEST`), so they open nothing.
fn test_message(
    channel: Channel,
    recipient: &str,
    message: &Composed,
) -> crate::store::outbox::OutboxMessage {
    let inert = |text: &str| {
        let mut text = text
            .replace(crate::domain::message_links::REFERENCE_SPOKEN, "TEST")
            .replace(crate::domain::message_links::REFERENCE, "TEST");
        for kind in crate::store::access_tokens::TokenKind::ALL {
            text = text.replace(crate::domain::message_links::slot(kind), "TEST");
        }
        text
    };
    crate::store::outbox::OutboxMessage {
        outbox_message_id: 0,
        subscription_id: 0,
        channel,
        kind: crate::store::outbox::MessageKind::BroadcastTest,
        recipient: recipient.to_string(),
        sender: message.sender.clone(),
        subject: message
            .subject
            .as_deref()
            .map(|s| format!("[TEST] {}", inert(s))),
        body_text: inert(&message.body_text),
        body_html: message.body_html.as_deref().map(inert),
        state: crate::store::outbox::OutboxState::Sending,
        attempts: 1,
        created_at: clock::now(),
        sent_at: None,
        last_error: None,
        list_unsubscribe: None,
        reference: Some("TEST".into()),
        destination_request_id: None,
        language: message.language.code().to_string(),
    }
}

/// Approves a tested broadcast; past the threshold, only a key other than its creator's.
pub async fn approve(
    store: &Store,
    offices: &Offices,
    config: &Config,
    scope: &Scope,
    api_key_id: i64,
    id: i64,
) -> Result<Preview, BroadcastError> {
    let broadcast = find(store, scope, id).await?;
    if broadcast.tested_at.is_none() {
        return Err(BroadcastError::Conflict(format!(
            "broadcast {id} has not been sent to you as a test yet (POST …/broadcasts/{id}/test)"
        )));
    }
    let current = broadcasts::audience(store.pool(), &broadcast).await?.len() as i64;
    if grew_much(broadcast.audience, current) {
        return Err(BroadcastError::Conflict(format!(
            "broadcast {id} now reaches {current} voters, not the {} it was previewed for: cancel it and preview it again",
            broadcast.audience
        )));
    }
    let large = broadcast.audience.max(current) > config.broadcast_approval_threshold;
    if large && broadcast.created_by == Some(api_key_id) {
        return Err(BroadcastError::Conflict(format!(
            "broadcast {id} reaches {} voters, more than {}: a second operator's key must approve it",
            broadcast.audience.max(current),
            config.broadcast_approval_threshold
        )));
    }
    // Approved for the audience as it is now; sending holds it if it grows much past that.
    if !broadcasts::approve(store.pool(), id, api_key_id, current, clock::now()).await? {
        return Err(BroadcastError::Conflict(format!(
            "broadcast {id} can no longer be approved: it was cancelled or has started"
        )));
    }
    preview(store, offices, config, scope, id).await
}

pub async fn cancel(
    store: &Store,
    offices: &Offices,
    config: &Config,
    scope: &Scope,
    id: i64,
) -> Result<Preview, BroadcastError> {
    find(store, scope, id).await?;
    if !broadcasts::cancel(store.pool(), id, clock::now()).await? {
        return Err(BroadcastError::Conflict(format!(
            "broadcast {id} has started (or was cancelled already): it cannot be cancelled; send a correction"
        )));
    }
    preview(store, offices, config, scope, id).await
}

/// A correction of a broadcast that went out: a new broadcast to exactly its recipients, which
/// goes through the same preview, test and approval.
#[allow(clippy::too_many_arguments)]
pub async fn correct(
    store: &Store,
    offices: &Offices,
    config: &Config,
    scope: &Scope,
    api_key_id: i64,
    id: i64,
    request: &CorrectionRequest,
) -> Result<Preview, BroadcastError> {
    let original = find(store, scope, id).await?;
    if original.started_at.is_none() {
        return Err(BroadcastError::Conflict(format!(
            "broadcast {id} has not been sent: cancel it instead"
        )));
    }
    let mut errors = Vec::new();
    let texts = check_texts("correction", &request.texts, &mut errors);
    let send_at = clock::parse(request.send_at.trim());
    if send_at.is_none() {
        errors.push(("send_at", "Give the time as RFC 3339".into()));
    }
    if !errors.is_empty() {
        return Err(BroadcastError::Invalid(errors));
    }
    // To the same county and election as the original.
    let draft = Broadcast {
        kind: BroadcastKind::Correction,
        county: original.county,
        election_id: original.election_id,
        texts: serde_json::to_string(&texts).unwrap_or_else(|_| "{}".into()),
        corrects: Some(id),
        send_at: send_at.unwrap_or_else(clock::now),
        ..unsaved(api_key_id)
    };
    save(store, offices, config, draft).await
}

/// Whether an audience of `now` is much larger than the `approved` one (more than a tenth, and
/// more than ten): something changed (a county file, an election id) that a person should see.
fn grew_much(approved: i64, now: i64) -> bool {
    now > approved + (approved / 10).max(10)
}

/// How long a worker's claim on a broadcast holds before another may take it over.
const CLAIM: jiff::SignedDuration = jiff::SignedDuration::from_mins(10);
/// Recipients queued per transaction.
const PER_TRANSACTION: usize = 500;

/// Sends every approved broadcast whose time has come; returns how many voters were sent one.
#[tracing::instrument(skip_all)]
pub async fn send_due(
    store: &Store,
    offices: &Offices,
    public_url: &str,
    approval_threshold: i64,
) -> Result<u64, sqlx::Error> {
    let now = clock::now();
    let stale = clock::now_plus(-CLAIM);
    let mut reached = 0;
    for broadcast in broadcasts::due(store.pool(), now, stale).await? {
        if !broadcasts::claim(store.pool(), broadcast.broadcast_id, clock::now(), stale).await? {
            continue; // another worker has it
        }
        let audience = broadcasts::audience(store.pool(), &broadcast).await?;
        let already = broadcast.sent.unwrap_or(0);
        // Approved for so many: a much larger audience now means something changed (a county
        // file, an election id): hold it for a person to look at rather than send.
        let grown = audience.len() as i64 + already;
        // Its creator alone approved it, for fewer voters than need a second operator: it may
        // not reach more than that.
        let second_needed =
            broadcast.approved_by == broadcast.created_by && grown > approval_threshold;
        if broadcast.started_at.is_none() && (grew_much(broadcast.audience, grown) || second_needed)
        {
            let reason = if second_needed {
                format!(
                    "it now reaches {grown} voters, more than {approval_threshold}, and only its creator approved it; cancel it, preview it again and have a second operator approve it"
                )
            } else {
                format!(
                    "its audience grew from {} at approval to {grown}; cancel it and preview it again",
                    broadcast.audience
                )
            };
            tracing::error!(broadcast_id = broadcast.broadcast_id, %reason, "broadcast held");
            broadcasts::hold(store.pool(), broadcast.broadcast_id, &reason).await?;
            continue;
        }
        let renderer = Renderer {
            broadcast: &broadcast,
            texts: serde_json::from_str(&broadcast.texts).unwrap_or_default(),
            public_url,
        };
        let ids: Vec<i64> = audience.iter().map(|r| r.subscription_id).collect();
        for chunk in ids.chunks(PER_TRANSACTION) {
            let details = broadcasts::recipient_details(store.pool(), chunk).await?;
            let mut tx = store.begin().await?;
            let now = clock::now();
            for recipient in &details {
                let office = offices.get(store, &recipient.county).await?;
                let (messages, problems) = renderer.render(recipient, &office);
                if !problems.is_empty() {
                    // Checked at the preview; data changed since. This voter is skipped.
                    tracing::warn!(
                        broadcast_id = broadcast.broadcast_id,
                        subscription_id = recipient.subscription_id,
                        "broadcast message would have had a blank; skipped"
                    );
                    continue;
                }
                let quiet = QuietHours::parse(&recipient.quiet_start, &recipient.quiet_end)
                    .unwrap_or_default();
                for (channel, message) in &messages {
                    let to = match channel {
                        Channel::Email => &recipient.email_address,
                        Channel::Sms => &recipient.sms_phone,
                        Channel::Voice => &recipient.voice_phone,
                    };
                    let Some(to) = to else { continue };
                    queue(
                        &mut tx,
                        &Outgoing {
                            subscription_id: recipient.subscription_id,
                            channel: *channel,
                            kind: crate::store::outbox::MessageKind::Broadcast(broadcast.kind),
                            recipient: to,
                            message,
                            due_at: due_at(*channel, to, &quiet, now),
                            destination_request_id: None,
                            election_id: Some(&broadcast.election_id),
                            public_url,
                        },
                        now,
                    )
                    .await?;
                }
            }
            let sent: Vec<i64> = details.iter().map(|d| d.subscription_id).collect();
            broadcasts::record_recipients(&mut tx, broadcast.broadcast_id, &sent).await?;
            tx.commit().await?;
            reached += sent.len() as u64;
        }
        let sent = broadcasts::finish(store.pool(), broadcast.broadcast_id, clock::now()).await?;
        tracing::info!(
            broadcast_id = broadcast.broadcast_id,
            sent,
            kind = broadcast.kind.code(),
            "broadcast sent"
        );
    }
    Ok(reached)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_left_in_a_message_are_found_and_link_slots_are_not() {
        assert_eq!(
            unfilled("Return it by {deadline}."),
            Some("{deadline}".into())
        );
        assert_eq!(
            unfilled("Return it by { $deadline }."),
            Some("{ $deadline }".into())
        );
        assert_eq!(
            unfilled("See https://x/status/{{token:status}} Ref {{ref}}"),
            None
        );
        assert_eq!(unfilled("Plain words."), None);
    }
}
