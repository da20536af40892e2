//! Every message kind on every channel, in a few languages, rendered and compared byte for
//! byte with `snapshots/messages.txt`: what voters receive must not change by accident (issue
//! 13 moved the words into templates). Names, destinations and links hold `&`, `<`, `"` and
//! `'` so the escaping of the HTML bodies and of the calls' TwiML is part of the snapshot.
//!
//! After a deliberate change: `UPDATE_MESSAGE_SNAPSHOT=1 cargo test -p ballot-api --lib
//! message_snapshot`, then read the diff of the snapshot file.

use crate::domain::locales::catalog;
use crate::domain::message_links::Links;
use crate::domain::messages::*;
use ballot_shared::channels::Channel;
use ballot_shared::language::Language;
use ballot_shared::status::BallotStatus;
use std::fmt::Write;

const SNAPSHOT: &str = include_str!("snapshots/messages.txt");
const SNAPSHOT_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/src/outbox/snapshots/messages.txt"
);

const LINKS: Links<'static> = Links {
    public_url: "https://ballots.example",
};
const FIRST_NAME: &str = "Ana & <Bo> \"O'Neil\"";

fn offices() -> Vec<Office> {
    let plain = Office::default_for("Sacramento");
    let mut own = Office::default_for("Fresno");
    own.sender = "Fresno County Clerk/Registrar <of> Voters & Co".into();
    own.contact = Some("(559) 600-8683 or help@fresno.example?a=1&b=2".into());
    own.overrides.insert(
        "received".into(),
        [
            (
                "sms".to_string(),
                "{office} got your ballot on {date}, {first_name}.".to_string(),
            ),
            (
                "all".to_string(),
                "We have it <b>{first_name}</b> & {date}; see {cure_url}".to_string(),
            ),
        ]
        .into_iter()
        .collect(),
    );
    vec![plain, own]
}

fn record(out: &mut String, title: &str, composed: &Composed) {
    writeln!(out, "=== {title}").unwrap();
    writeln!(out, "sender: {}", composed.sender).unwrap();
    writeln!(out, "language: {}", composed.language.code()).unwrap();
    if let Some(subject) = &composed.subject {
        writeln!(out, "subject: {subject}").unwrap();
    }
    writeln!(out, "--- text\n{}", composed.body_text).unwrap();
    if let Some(html) = &composed.body_html {
        writeln!(out, "--- html\n{html}").unwrap();
    }
    // A call as the provider gets it.
    let message = crate::store::outbox::OutboxMessage {
        outbox_message_id: 1,
        subscription_id: 1,
        channel: ballot_shared::channels::Channel::Voice,
        kind: crate::store::outbox::MessageKind::Status(
            ballot_shared::status::BallotStatus::Received,
        ),
        recipient: "+19165550100".into(),
        sender: composed.sender.clone(),
        subject: None,
        body_text: composed.body_text.clone(),
        body_html: None,
        state: crate::store::outbox::OutboxState::Pending,
        attempts: 0,
        created_at: crate::clock::now(),
        sent_at: None,
        last_error: None,
        list_unsubscribe: None,
        reference: None,
        destination_request_id: None,
        language: composed.language.code().into(),
    };
    if title.contains("/voice/") {
        writeln!(
            out,
            "--- twiml\n{}",
            crate::outbox::delivery::call_twiml(&message, None)
        )
        .unwrap();
    }
    if title.starts_with("confirmation/voice/") {
        writeln!(
            out,
            "--- twiml (key)\n{}",
            crate::outbox::delivery::call_twiml(
                &message,
                Some("https://ballots.example/k?a=1&b=2")
            )
        )
        .unwrap();
    }
}

fn render_all() -> String {
    let mut out = String::new();
    let languages = [
        Language::English,
        Language::Spanish,
        Language::Chinese,
        Language::Khmer,
    ];
    let requested = [
        "j•••@example.com".to_string(),
        "(•••) •••-•199 <x>".to_string(),
    ];
    for (o, office) in offices().iter().enumerate() {
        for language in languages {
            let catalog = catalog(language);
            let lang = language.code();
            for channel in Channel::ALL {
                let ch = channel.code();
                let statuses: &[BallotStatus] =
                    if o == 0 && matches!(language, Language::English | Language::Spanish) {
                        &BallotStatus::ALL
                    } else {
                        &[
                            BallotStatus::Received,
                            BallotStatus::SignatureMissing,
                            BallotStatus::NotCounted,
                        ]
                    };
                for &status in statuses {
                    // Without a deadline, a form, a reason or a day, where the words differ.
                    let fulls: &[bool] = match status {
                        BallotStatus::InTransitToVoter
                        | BallotStatus::SignatureMissing
                        | BallotStatus::SignatureMismatch
                        | BallotStatus::NotCounted => &[true, false],
                        _ => &[true],
                    };
                    for &full in fulls {
                        let ctx = StatusContext {
                            catalog,
                            first_name: FIRST_NAME,
                            office,
                            occurred_on: "November 3, 2026",
                            cure_deadline: full.then_some("December 1, 2026"),
                            cure_url: full.then_some("https://elections.example/cure?a=1&b=<2>"),
                            reason: full.then_some("Arrived \"late\" & <unsigned>"),
                            expected_delivery: full.then_some("October 9, 2026"),
                            links: LINKS,
                            // The cure page's link, where the deployment takes cures.
                            cure_page: full,
                        };
                        let composed = status_update(channel, status, &ctx);
                        record(
                            &mut out,
                            &format!("status {status} full={full}/{ch}/{lang} office={o}"),
                            &composed,
                        );
                    }
                }
                let composed = confirmation_request(
                    channel,
                    &ConfirmRequestContext {
                        catalog,
                        first_name: FIRST_NAME,
                        office,
                        destination_display: "a&b<c>@example.com",
                        links: &LINKS,
                    },
                );
                record(
                    &mut out,
                    &format!("confirmation/{ch}/{lang} office={o}"),
                    &composed,
                );
                for (changed, replaced) in [
                    (Channel::Email, true),
                    (Channel::Email, false),
                    (Channel::Sms, true),
                ] {
                    {
                        let composed = destination_changed(
                            channel,
                            &ChangeContext {
                                catalog,
                                first_name: FIRST_NAME,
                                office,
                                channel: changed,
                                new_destination: "a•••@example.net",
                                replaced,
                                links: &LINKS,
                            },
                        );
                        record(
                            &mut out,
                            &format!(
                                "changed {} replaced={replaced}/{ch}/{lang} office={o}",
                                changed.code()
                            ),
                            &composed,
                        );
                    }
                }
                let composed = destination_removed(
                    channel,
                    &RemovedContext {
                        catalog,
                        first_name: FIRST_NAME,
                        office,
                        destination: "(•••) •••-•199",
                        links: &LINKS,
                    },
                );
                record(
                    &mut out,
                    &format!("removed/{ch}/{lang} office={o}"),
                    &composed,
                );
                for asked in [&requested[..], &[]] {
                    let ctx = OnFileContext {
                        catalog,
                        first_name: FIRST_NAME,
                        office,
                        requested: asked,
                        manage_days: 14,
                        links: &LINKS,
                    };
                    let n = asked.len();
                    match signup_again(channel, &ctx) {
                        Some(c) => record(
                            &mut out,
                            &format!("signup again {n}/{ch}/{lang} office={o}"),
                            &c,
                        ),
                        None => writeln!(out, "=== signup again {n}/{ch}/{lang}: none").unwrap(),
                    }
                    match manage_link(channel, &ctx) {
                        Some(c) => record(
                            &mut out,
                            &format!("manage link {n}/{ch}/{lang} office={o}"),
                            &c,
                        ),
                        None => writeln!(out, "=== manage link {n}/{ch}/{lang}: none").unwrap(),
                    }
                }
                let composed = return_reminder(
                    channel,
                    &ReminderContext {
                        catalog,
                        first_name: FIRST_NAME,
                        office,
                        deadline: "November 3, 2026",
                        links: LINKS,
                    },
                );
                record(
                    &mut out,
                    &format!("reminder/{ch}/{lang} office={o}"),
                    &composed,
                );
                for correction in [false, true] {
                    let composed = notice(
                        channel,
                        &NoticeContext {
                            catalog,
                            first_name: FIRST_NAME,
                            office,
                            text: "Drop boxes <close> at 8 & see https://ballots.example/a?b=1&c=\"2\" now.",
                            correction,
                            links: LINKS,
                        },
                    );
                    record(
                        &mut out,
                        &format!("notice correction={correction}/{ch}/{lang} office={o}"),
                        &composed,
                    );
                }
                for notice in crate::store::outbox::CureNotice::ALL {
                    let composed = cure_notice(
                        channel,
                        notice,
                        &CureContext {
                            catalog,
                            first_name: FIRST_NAME,
                            office,
                            received_on: "November 20, 2026",
                            reason: Some("The \"typed\" name <differs> & is late"),
                            links: LINKS,
                        },
                    );
                    record(
                        &mut out,
                        &format!("{}/{ch}/{lang} office={o}", notice.code()),
                        &composed,
                    );
                }
                // With the county's form link (mismatch) and without it (missing).
                for (status, cure_url) in [
                    (BallotStatus::SignatureMissing, None),
                    (
                        BallotStatus::SignatureMismatch,
                        Some("https://elections.example/cure?a=1&b=<2>"),
                    ),
                ] {
                    let composed = cure_reminder(
                        channel,
                        &CureReminderContext {
                            status,
                            problem: StatusContext {
                                catalog,
                                first_name: FIRST_NAME,
                                office,
                                occurred_on: "November 5, 2026",
                                cure_deadline: Some("December 1, 2026"),
                                cure_url,
                                reason: None,
                                expected_delivery: None,
                                links: LINKS,
                                cure_page: cure_url.is_some(),
                            },
                        },
                    );
                    record(
                        &mut out,
                        &format!("cure_reminder {status}/{ch}/{lang} office={o}"),
                        &composed,
                    );
                }
            }
        }
    }
    out
}

#[test]
fn every_message_is_as_it_was() {
    let rendered = render_all();
    if std::env::var_os("UPDATE_MESSAGE_SNAPSHOT").is_some() {
        std::fs::write(SNAPSHOT_PATH, &rendered).unwrap();
        return;
    }
    // Message by message, so that a failure names the one that changed.
    let was: Vec<&str> = SNAPSHOT.split("\n=== ").collect();
    let now: Vec<&str> = rendered.split("\n=== ").collect();
    for (was, now) in was.iter().zip(&now) {
        assert_eq!(now, was);
    }
    assert_eq!(now.len(), was.len(), "the number of messages changed");
    assert!(now.len() > 450, "{} messages", now.len());
}
