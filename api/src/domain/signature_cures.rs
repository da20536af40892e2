//! Signature cures from the tracker (issue 16): a voter whose ballot's signature is missing or
//! does not match sends their signature (drawn, photographed, or their name typed) from the
//! status page's link, and the county reviews it.
//!
//! - A link alone is not enough: the voter confirms their date of birth, which must be the
//!   voter file's. Only a wrong one counts against the voter's links, an hour's worth and a
//!   cap per election (`http::middleware::rate_limits`), so a leaked link cannot be used to
//!   try dates, nor to keep the voter holding the right one out.
//! - Only while it can help: the ballot's latest status must be a signature problem, the
//!   county's cure deadline (the event's `cure_deadline`) must not have passed in California,
//!   and the election must not be certified.
//! - An image loses its metadata (`signature_images`) before anything else is done with it.
//! - The voter is told in the transaction that stores the cure, and again when the county
//!   decides (`messages::cure_notice`).
//! - Encrypted at rest: the content is sealed with XChaCha20-Poly1305 under
//!   `CURE_ENCRYPTION_KEY` before it reaches the store, bound to its ballot (the county, voter
//!   and election are the associated data), so a copy of the database, or a sealed value moved
//!   onto another voter's row, gives nothing. Its SHA-256 stays in the clear for the audit.

use crate::clock;
use crate::config::CureKey;
use crate::domain::api_keys::Scope;
use crate::domain::cure_pdf::{self, CureDocument};
use crate::domain::event_record::EventDetail;
use crate::domain::message_links::{inert, Links};
use crate::domain::messages::{self, CureContext, Office};
use crate::domain::notifications::{enqueue_per_channel, pacific_day};
use crate::domain::offices::Offices;
use crate::domain::services::Services;
use crate::domain::signature_images;
use crate::store::outbox::{CureNotice, MessageKind};
use crate::store::signature_cures::{self, CureRow, CureState, NewCure};
use crate::store::subscriptions::{self, Subscription};
use crate::store::{ballot_events, retention, voters, Store, Tx};
use ballot_shared::api::{SignatureCureReceipt, SignatureCureRequest};
use ballot_shared::cure::{cure_field, validate_cure, CureContent};
use ballot_shared::i18n::Localize;
use ballot_shared::language::Language;
use ballot_shared::signup::FieldErrors;
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// Why a voter's cure is refused, besides its fields and its link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The date of birth is not the voter file's.
    DateOfBirth,
    /// The ballot's latest status is not a signature problem (or there is no such ballot).
    NotNeeded,
    /// The county's cure deadline has passed, or the election is certified.
    DeadlinePassed,
    /// The link's subscription has sent too many wrong dates of birth for this election
    /// (`CURE_DOB_MISSES_PER_ELECTION`): the voter cures through the county.
    TooManyDates,
    /// A cure for this ballot is already waiting for the county.
    AlreadySent,
}

#[derive(Debug, thiserror::Error)]
pub enum CureError {
    #[error("invalid input")]
    Invalid(FieldErrors),
    /// No `CURE_ENCRYPTION_KEY`: this deployment takes no cures.
    #[error("signature cures are not offered here: CURE_ENCRYPTION_KEY is not set")]
    NotOffered,
    #[error("cure refused: {0:?}")]
    Refused(Refusal),
    /// No such cure, or another county's.
    #[error("no such cure")]
    NotFound,
    /// The county's decision, when the cure was already decided.
    #[error("the cure was already {0}")]
    AlreadyDecided(&'static str),
    /// An operator's decision that breaks a rule, in English.
    #[error("invalid decision")]
    InvalidDecision(Vec<(&'static str, String)>),
    /// Sealed content that does not open with the key: another key, or altered.
    #[error("the cure's content cannot be decrypted with CURE_ENCRYPTION_KEY")]
    Unreadable,
    /// The PDF's writing stopped (a panic in it).
    #[error("the cure's PDF could not be written: {0}")]
    Rendering(String),
    #[error(transparent)]
    Link(#[from] crate::domain::subscriptions::LinkError),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// The sealed format: this byte, the 24-byte nonce, then the ciphertext with its 16-byte tag.
/// A later key or cipher gets another byte, so old rows stay readable.
const SEALED_V1: u8 = 1;
const NONCE_BYTES: usize = 24;

/// What ties a sealed content to its ballot.
fn associated_data(county_key: &str, voter_id: &str, election_id: &str) -> Vec<u8> {
    format!("signature_cure\0{county_key}\0{voter_id}\0{election_id}").into_bytes()
}

/// Encrypts `plaintext` under `key`. XChaCha20's 192-bit nonces can be drawn at random for
/// every cure without any chance of repeating one under the same key (AES-GCM's 96-bit nonces
/// would need counting across instances).
pub fn seal(key: &CureKey, associated: &[u8], plaintext: &[u8]) -> Vec<u8> {
    let cipher = XChaCha20Poly1305::new(Key::from_slice(&key.0));
    let mut nonce = [0u8; NONCE_BYTES];
    rand::rng().fill_bytes(&mut nonce);
    let ciphertext = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: plaintext,
                aad: associated,
            },
        )
        // Only a message over 256 GiB fails: the body limit keeps cures far below.
        .expect("a cure is small enough to encrypt");
    let mut sealed = Vec::with_capacity(1 + NONCE_BYTES + ciphertext.len());
    sealed.push(SEALED_V1);
    sealed.extend_from_slice(&nonce);
    sealed.extend_from_slice(&ciphertext);
    sealed
}

/// Decrypts what `seal` wrote; `None` for another key, other associated data, or any change.
pub fn open(key: &CureKey, associated: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
    let (&version, rest) = sealed.split_first()?;
    if version != SEALED_V1 || rest.len() < NONCE_BYTES {
        return None;
    }
    let (nonce, ciphertext) = rest.split_at(NONCE_BYTES);
    XChaCha20Poly1305::new(Key::from_slice(&key.0))
        .decrypt(
            XNonce::from_slice(nonce),
            Payload {
                msg: ciphertext,
                aad: associated,
            },
        )
        .ok()
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The request's image, decoded: standard base64, optionally as a data URL
/// (`data:image/png;base64,…`, what a canvas gives). `None` if it does not decode.
fn decoded_image(request: &SignatureCureRequest) -> Option<Vec<u8>> {
    let text = request.image_base64.as_deref()?.trim();
    let text = match text.strip_prefix("data:") {
        Some(url) => url.split_once(',')?.1,
        None => text,
    };
    base64::engine::general_purpose::STANDARD.decode(text).ok()
}

/// Whether any of the link's ballots takes a cure now, by its status and deadline: asked
/// before a cure's body (up to 14 MB) is read, so that a link without a signature problem,
/// which anyone holding a voter-file extract can get by signing up, cannot hold the slots
/// that read bodies (`http::state::CURE_BODIES_AT_ONCE`). `submit` checks the ballot named.
pub async fn precheck(
    services: Services<'_>,
    subscription: &Subscription,
) -> Result<(), CureError> {
    if services.config.cure_key.is_none() {
        return Err(CureError::NotOffered);
    }
    let events = ballot_events::timeline(services.store.pool(), &subscription.voter_id).await?;
    let mut problems = 0;
    let mut elections: Vec<&str> = events.iter().map(|e| e.election_id.as_str()).collect();
    elections.sort_unstable();
    elections.dedup();
    for election in elections {
        let Some((_, detail)) = crate::domain::ballot_status::signature_problem(&events, election)
        else {
            continue;
        };
        problems += 1;
        if !detail.cure_deadline_passed() {
            return Ok(());
        }
    }
    Err(CureError::Refused(if problems == 0 {
        Refusal::NotNeeded
    } else {
        Refusal::DeadlinePassed
    }))
}

/// Checks and stores the voter's cure for one of their ballots. Refusals are checked in this
/// order: the fields, the ballot's status, its deadline and certification, then the date of
/// birth.
pub async fn submit(
    services: Services<'_>,
    subscription: &Subscription,
    request: &SignatureCureRequest,
    language: Language,
) -> Result<SignatureCureReceipt, CureError> {
    let key = services
        .config
        .cure_key
        .as_ref()
        .ok_or(CureError::NotOffered)?;
    let mut cure = validate_cure(request, decoded_image(request), clock::today_anywhere())
        .map_err(CureError::Invalid)?;
    let pool = services.store.pool();
    let voter_id = subscription.voter_id.as_str();
    // The ballot's current status is its latest event (the timeline is oldest first).
    let latest = ballot_events::timeline(pool, voter_id)
        .await?
        .into_iter()
        .rfind(|e| e.election_id == cure.election_id)
        .filter(|e| e.status.is_signature_problem())
        .ok_or(CureError::Refused(Refusal::NotNeeded))?;
    let detail: EventDetail = serde_json::from_str(&latest.detail).unwrap_or_default();
    // Without a deadline from the county, the cure is taken: the county still decides.
    if detail.cure_deadline_passed() {
        return Err(CureError::Refused(Refusal::DeadlinePassed));
    }
    // Once the election is certified its count is final, deadline or not: a cure could no
    // longer change anything, and would sit among data the purge is about to take.
    if retention::get(pool, &cure.election_id)
        .await?
        .is_some_and(|e| e.certified_on.is_some())
    {
        return Err(CureError::Refused(Refusal::DeadlinePassed));
    }
    // The date of birth last: only a ballot that takes a cure counts a wrong date against the
    // link (`reserve_cure_check` counts per election), so made-up election IDs give no fresh
    // tries. The status and deadline told before it are what the link's status page shows.
    let on_file = voters::date_of_birth(pool, voter_id)
        .await?
        .ok_or(CureError::Link(
            crate::domain::subscriptions::LinkError::NotFound,
        ))?;
    if on_file != cure.date_of_birth.to_iso() {
        return Err(CureError::Refused(Refusal::DateOfBirth));
    }
    let voter = voters::get(pool, voter_id).await?.ok_or(CureError::Link(
        crate::domain::subscriptions::LinkError::NotFound,
    ))?;
    let office = services.offices.get(services.store, &voter.county).await?;
    // Only the ways the county accepts (its settings; the cure page offers no other).
    if !office.cure_methods.contains(&cure.method) {
        return Err(CureError::Invalid(vec![(
            cure_field::METHOD,
            ballot_shared::cure::CureError::Method.message(),
        )]));
    }
    // One waits for the county at a time: told before anything is decoded, so the right date
    // of birth sent again and again cannot keep the decoders busy (the insert below still
    // decides when two arrive together).
    if signature_cures::of_voter(pool, voter_id)
        .await?
        .iter()
        .any(|c| c.election_id == cure.election_id && c.state == CureState::Pending)
    {
        return Err(CureError::Refused(Refusal::AlreadySent));
    }
    // What is kept, hashed and shown to the county is the picture encoded anew, without the
    // file's metadata. Decoding costs a core for a second or two, so it comes after every
    // cheaper refusal: only someone who knows the voter's date of birth, for a ballot that
    // takes a cure, gets this far.
    if let CureContent::Image(format, bytes) = &mut cure.content {
        let (kept_format, kept) = signature_images::reencode(*format, std::mem::take(bytes))
            .await
            .map_err(|e| CureError::Invalid(vec![(cure_field::IMAGE, e.message())]))?;
        cure.content = CureContent::Image(kept_format, kept);
    }
    let county_key = voter.county.to_lowercase();
    let plaintext = cure.content.bytes();
    let content_sha256 = sha256_hex(plaintext);
    let sealed = seal(
        key,
        &associated_data(&county_key, voter_id, &cure.election_id),
        plaintext,
    );
    let now = clock::now();
    let mut tx = services.store.begin().await?;
    let id = signature_cures::insert_pending(
        &mut tx,
        &NewCure {
            county_key: &county_key,
            voter_id,
            election_id: &cure.election_id,
            event_id: &latest.event_id,
            method: cure.method.code(),
            language: language.code(),
            content_type: cure.content.content_type(),
            sealed_content: &sealed,
            content_sha256: &content_sha256,
            created_at: now,
        },
    )
    .await?
    .ok_or(CureError::Refused(Refusal::AlreadySent))?;
    // The deadline reminders still waiting stop with it: the voter did what they asked for
    // (`cure_reminders`, whose next pass sends no more while the cure waits or was accepted).
    crate::store::outbox::withdraw_kind(
        &mut tx,
        subscription.subscription_id,
        &cure.election_id,
        MessageKind::CureReminder,
        crate::domain::cure_reminders::WITHDRAWN_CURE,
    )
    .await?;
    // Told in the transaction that records it: a cure is never kept without its notice.
    tell_voter(
        &mut tx,
        &services.config.public_url,
        subscription,
        &Told {
            first_name: &voter.first_name,
            office: &office,
            notice: CureNotice::Received,
            election_id: &cure.election_id,
            received_at: now,
            reason: None,
        },
        now,
    )
    .await?;
    tx.commit().await?;
    tracing::info!(
        signature_cure_id = id,
        method = cure.method.code(),
        "signature cure received"
    );
    Ok(SignatureCureReceipt {
        cure_id: id,
        election_id: cure.election_id,
        method: cure.method.code().to_string(),
        state: CureState::Pending.code().to_string(),
        received_at: now.to_string(),
        content_sha256,
    })
}

/// What a cure notice says.
struct Told<'a> {
    first_name: &'a str,
    office: &'a Office,
    notice: CureNotice,
    election_id: &'a str,
    received_at: clock::Timestamp,
    reason: Option<&'a str>,
}

/// Queues the notice on each channel the voter confirmed, in their language, like a status
/// update: email at once, texts and calls in their contact hours.
async fn tell_voter(
    tx: &mut Tx,
    public_url: &str,
    subscription: &Subscription,
    told: &Told<'_>,
    now: clock::Timestamp,
) -> Result<u64, sqlx::Error> {
    let catalog = crate::domain::locales::for_code(&subscription.language);
    let received_on = pacific_day(catalog, told.received_at);
    // The county's words go in with any slot marks broken, and without a last full stop: the
    // sentence puts its own after it.
    let reason = told
        .reason
        .map(|r| inert(r.trim_end_matches('.').trim_end()));
    let ctx = CureContext {
        catalog,
        first_name: told.first_name,
        office: told.office,
        received_on: &received_on,
        reason: reason.as_deref(),
        links: Links { public_url },
    };
    enqueue_per_channel(
        tx,
        subscription,
        MessageKind::Cure(told.notice),
        Some(told.election_id),
        now,
        public_url,
        |channel| messages::cure_notice(channel, told.notice, &ctx),
    )
    .await
}

/// A cure as the county's review lists it: who, which ballot, how and when it was signed,
/// and the hash of what was sent. The content itself is fetched on its own.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct CureSummary {
    pub cure_id: i64,
    /// The county, lower-case.
    pub county: String,
    pub voter_id: String,
    pub election_id: String,
    /// The signature-problem event the cure answers.
    pub event_id: String,
    /// `drawn`, `photo` or `typed`.
    pub method: String,
    /// The language the voter used.
    pub language: String,
    /// `image/png`, `image/jpeg`, or `text/plain; charset=utf-8` (a typed name).
    pub content_type: String,
    /// SHA-256 of the content kept (the image without its metadata), hex: the content
    /// endpoint's bytes hash to it.
    pub content_sha256: String,
    /// RFC 3339.
    pub received_at: String,
    /// `pending`, `accepted` or `rejected`.
    pub state: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decided_at: Option<String>,
}

impl From<CureRow> for CureSummary {
    fn from(row: CureRow) -> Self {
        Self {
            cure_id: row.signature_cure_id,
            county: row.county_key,
            voter_id: row.voter_id,
            election_id: row.election_id,
            event_id: row.event_id,
            method: row.method,
            language: row.language,
            content_type: row.content_type,
            content_sha256: row.content_sha256,
            received_at: row.created_at.to_string(),
            state: row.state.code().to_string(),
            reason: row.reason,
            decided_at: row.decided_at.map(|at| at.to_string()),
        }
    }
}

/// The most a review page lists at once; the oldest first, so none waits forever.
pub const REVIEW_PAGE: i64 = 500;

/// The cures waiting for review that `scope` may see, oldest first.
pub async fn pending(store: &Store, scope: &Scope) -> Result<Vec<CureSummary>, CureError> {
    let county = match scope {
        Scope::Statewide => None,
        Scope::County(county) => Some(county.to_lowercase()),
    };
    Ok(
        signature_cures::pending(store.pool(), county.as_deref(), REVIEW_PAGE)
            .await?
            .into_iter()
            .map(CureSummary::from)
            .collect(),
    )
}

/// The cure `id` if `scope` may see it; another county's is as if it did not exist.
async fn visible(store: &Store, scope: &Scope, id: i64) -> Result<CureRow, CureError> {
    signature_cures::get(store.pool(), id)
        .await?
        .filter(|row| scope.allows(&row.county_key))
        .ok_or(CureError::NotFound)
}

/// A cure's content, decrypted, with its content type, for the county's review.
pub async fn content(
    store: &Store,
    key: Option<&CureKey>,
    scope: &Scope,
    id: i64,
) -> Result<(String, Vec<u8>), CureError> {
    let (row, plaintext) = decrypted(store, key, scope, id).await?;
    Ok((row.content_type, plaintext))
}

/// The cure `id` if `scope` may see it, and its content decrypted.
async fn decrypted(
    store: &Store,
    key: Option<&CureKey>,
    scope: &Scope,
    id: i64,
) -> Result<(CureRow, Vec<u8>), CureError> {
    let row = visible(store, scope, id).await?;
    let key = key.ok_or(CureError::NotOffered)?;
    let sealed = signature_cures::sealed_content(store.pool(), id)
        .await?
        .ok_or(CureError::NotFound)?;
    let plaintext = open(
        key,
        &associated_data(&row.county_key, &row.voter_id, &row.election_id),
        &sealed,
    )
    .ok_or(CureError::Unreadable)?;
    Ok((row, plaintext))
}

/// A cure as the county files it: a PDF with the statement, the voter, the signature and
/// the audit data (`cure_pdf`).
pub async fn pdf(
    store: &Store,
    key: Option<&CureKey>,
    scope: &Scope,
    id: i64,
) -> Result<Vec<u8>, CureError> {
    let (row, plaintext) = decrypted(store, key, scope, id).await?;
    let voter = voters::full_name(store.pool(), &row.voter_id).await?;
    let (name, county) = match voter {
        Some((first, middle, last, suffix, county)) => (
            [first, middle, last, suffix]
                .iter()
                .map(|part| part.trim())
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join(" "),
            county,
        ),
        // Removed from the voter file since: the voter ID still says who.
        None => (
            "(no longer in the voter file)".into(),
            row.county_key.clone(),
        ),
    };
    // The statement as the county words it in English (its form's wording), and which
    // wording the voter read, when it was not that one.
    let office = {
        let mut tx = store.read().await?;
        let office = crate::domain::offices::office_for(&mut tx, &row.county_key).await?;
        tx.rollback().await?;
        office
    };
    let statement = office
        .cure_statement("en")
        .map_or(cure_pdf::STATEMENT, |(text, _)| text)
        .to_string();
    let statement_note = match office.cure_statement(&row.language) {
        _ if row.language == "en" => None,
        Some((_, "en")) => None,
        Some(_) => Some(format!(
            "The voter read this statement in the county's {} wording.",
            row.language
        )),
        None => Some(format!(
            "The voter read this statement in the tracker's {} translation.",
            row.language
        )),
    };
    let document = CureDocument {
        statement,
        statement_note,
        cure_id: row.signature_cure_id,
        voter_name: name,
        voter_id: row.voter_id,
        county,
        election_id: row.election_id,
        method: row.method,
        received_at: row.created_at,
        content_sha256: row.content_sha256,
        content_type: row.content_type,
        content: plaintext,
    };
    // Decoding and compressing a 10 MB picture takes long enough to hold up other requests.
    tokio::task::spawn_blocking(move || cure_pdf::render(&document))
        .await
        .map_err(|e| CureError::Rendering(e.to_string()))
}

/// `POST /api/v1/admin/signature-cures/{id}/decision`.
#[derive(Debug, Clone, serde::Deserialize, utoipa::ToSchema)]
pub struct DecisionRequest {
    /// `accepted` or `rejected`.
    #[serde(default)]
    pub decision: String,
    /// Why: needed to reject (the voter is owed a reason), optional to accept. At most 500
    /// characters.
    #[serde(default)]
    pub reason: Option<String>,
}

const MAX_REASON_CHARS: usize = 500;

/// Records the county's decision on a pending cure (by `key_id`, or by the command line when
/// `None`), and tells the voter. The ballot's status is the county's to post as an event
/// (`cured`), as for a cure that came by mail.
pub async fn decide(
    store: &Store,
    offices: &Offices,
    public_url: &str,
    scope: &Scope,
    key_id: Option<i64>,
    id: i64,
    request: &DecisionRequest,
) -> Result<CureSummary, CureError> {
    let state = match request.decision.trim() {
        "accepted" => CureState::Accepted,
        "rejected" => CureState::Rejected,
        _ => {
            return Err(CureError::InvalidDecision(vec![(
                "decision",
                "must be accepted or rejected".into(),
            )]))
        }
    };
    let reason = request
        .reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty());
    if state == CureState::Rejected && reason.is_none() {
        return Err(CureError::InvalidDecision(vec![(
            "reason",
            "is needed to reject a cure: the voter is told why".into(),
        )]));
    }
    if let Some(reason) = reason {
        if reason.chars().count() > MAX_REASON_CHARS {
            return Err(CureError::InvalidDecision(vec![(
                "reason",
                format!("must be at most {MAX_REASON_CHARS} characters"),
            )]));
        }
        // The reason goes into the voter's messages, where braces are placeholders.
        if crate::domain::message_links::holds_braces(reason) {
            return Err(CureError::InvalidDecision(vec![(
                "reason",
                crate::domain::message_links::BRACES_REFUSED.into(),
            )]));
        }
    }
    let row = visible(store, scope, id).await?;
    let voter = voters::get(store.pool(), &row.voter_id).await?;
    let office = match &voter {
        Some(voter) => Some(offices.get(store, &voter.county).await?),
        None => None,
    };
    let now = clock::now();
    let mut tx = store.begin().await?;
    if !signature_cures::decide(&mut tx, id, state, reason, key_id, now).await? {
        return Err(CureError::AlreadyDecided(match row.state {
            CureState::Accepted => "accepted",
            CureState::Rejected => "rejected",
            // Decided by another reviewer since it was read.
            CureState::Pending => "decided",
        }));
    }
    // The voter hears the decision in the same transaction, if they still have a subscription.
    let subscription = subscriptions::find_by_voter(&mut tx, &row.voter_id).await?;
    if let (Some(subscription), Some(voter), Some(office)) = (subscription, &voter, &office) {
        let notice = match state {
            CureState::Rejected => CureNotice::Rejected,
            _ => CureNotice::Accepted,
        };
        tell_voter(
            &mut tx,
            public_url,
            &subscription,
            &Told {
                first_name: &voter.first_name,
                office,
                notice,
                election_id: &row.election_id,
                received_at: row.created_at,
                reason,
            },
            now,
        )
        .await?;
    }
    tx.commit().await?;
    let row = visible(store, scope, id).await?;
    tracing::info!(
        signature_cure_id = id,
        state = row.state.code(),
        "signature cure decided"
    );
    Ok(row.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_content_opens_only_with_its_key_and_ballot() {
        let key = CureKey([7; 32]);
        let ballot = associated_data("sacramento", "V1", "g2026");
        let sealed = seal(&key, &ballot, b"Maria Garcia");
        assert_eq!(sealed[0], SEALED_V1);
        assert!(!sealed.windows(5).any(|w| w == b"Maria"));
        assert_eq!(
            open(&key, &ballot, &sealed).as_deref(),
            Some(&b"Maria Garcia"[..])
        );
        // Another key, another voter's row, or one changed byte: nothing.
        assert_eq!(open(&CureKey([8; 32]), &ballot, &sealed), None);
        let other = associated_data("sacramento", "V2", "g2026");
        assert_eq!(open(&key, &other, &sealed), None);
        let mut altered = sealed.clone();
        *altered.last_mut().unwrap() ^= 1;
        assert_eq!(open(&key, &ballot, &altered), None);
        // Each sealing draws its own nonce.
        assert_ne!(seal(&key, &ballot, b"Maria Garcia"), sealed);
    }

    #[test]
    fn images_arrive_as_base64_or_a_data_url() {
        let mut request = SignatureCureRequest {
            image_base64: Some("iVBORw0KGgo=".into()),
            ..Default::default()
        };
        let png = decoded_image(&request).unwrap();
        assert_eq!(&png[..4], b"\x89PNG");
        request.image_base64 = Some("data:image/png;base64,iVBORw0KGgo=".into());
        assert_eq!(decoded_image(&request), Some(png));
        request.image_base64 = Some("not base64!".into());
        assert_eq!(decoded_image(&request), None);
    }
}
