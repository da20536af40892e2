//! How a message leaves the building: email over SMTP (lettre), texts and calls through a
//! provider's HTTP API in Twilio's REST shape (reqwest). A channel without a provider
//! configured is captured as a file instead, which is the embedded default.

use crate::config::{Config, TwilioConfig};
use crate::outbox::templates::escape_html;
use crate::store::outbox::OutboxMessage;
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Clone)]
pub struct Delivery {
    email: EmailDelivery,
    phone: PhoneDelivery,
}

#[derive(Clone)]
enum EmailDelivery {
    Capture(PathBuf),
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
}

#[derive(Clone)]
enum PhoneDelivery {
    Capture(PathBuf),
    Twilio {
        client: reqwest::Client,
        config: TwilioConfig,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    /// Worth trying again later (an outage, a full disk, a 429 or 5xx).
    #[error("{0}")]
    Retryable(String),
    /// Will never succeed (a refused address); the message is set aside.
    #[error("{0}")]
    Permanent(String),
}

impl Delivery {
    pub fn from_config(config: &Config) -> anyhow::Result<Self> {
        let email = match &config.smtp_url {
            None => EmailDelivery::Capture(config.capture_dir.clone()),
            Some(url) => EmailDelivery::Smtp {
                transport: AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?
                    .timeout(Some(Duration::from_secs(20)))
                    // One connection per delivery the worker has in flight: an SMTP
                    // transaction is several round trips, so the connections are the pace.
                    .pool_config(PoolConfig::new().max_size(super::worker::CONCURRENCY as u32))
                    .build(),
                from: config.smtp_from.parse()?,
            },
        };
        let phone = match &config.twilio {
            None => PhoneDelivery::Capture(config.capture_dir.clone()),
            Some(twilio) => PhoneDelivery::Twilio {
                client: reqwest::Client::builder()
                    .timeout(Duration::from_secs(20))
                    .build()?,
                config: twilio.clone(),
            },
        };
        Ok(Self { email, phone })
    }

    /// Whether any channel is captured rather than sent (the local message viewer is shown
    /// only then).
    pub fn captures(&self) -> bool {
        matches!(self.email, EmailDelivery::Capture(_))
            || matches!(self.phone, PhoneDelivery::Capture(_))
    }

    pub async fn deliver(&self, message: &OutboxMessage) -> Result<(), DeliveryError> {
        match (message.channel.as_str(), &self.email, &self.phone) {
            ("email", EmailDelivery::Capture(dir), _) => capture(dir, message).await,
            ("email", EmailDelivery::Smtp { transport, from }, _) => {
                send_email(transport, from, message).await
            }
            (_, _, PhoneDelivery::Capture(dir)) => capture(dir, message).await,
            ("sms", _, PhoneDelivery::Twilio { client, config }) => {
                send_sms(client, config, message).await
            }
            (_, _, PhoneDelivery::Twilio { client, config }) => {
                place_call(client, config, message).await
            }
        }
    }
}

/// The file name of a captured message: its outbox id, so a redelivery overwrites, not adds.
pub fn capture_file_name(message: &OutboxMessage) -> String {
    format!(
        "{:08}-{}-{}.txt",
        message.outbox_message_id, message.channel, message.kind
    )
}

async fn capture(dir: &Path, message: &OutboxMessage) -> Result<(), DeliveryError> {
    let retry = |e: std::io::Error| DeliveryError::Retryable(format!("capture folder: {e}"));
    tokio::fs::create_dir_all(dir).await.map_err(retry)?;
    let mut text = format!(
        "Channel: {}\nFrom: {}\nTo: {}\n",
        message.channel, message.sender, message.recipient
    );
    if let Some(subject) = &message.subject {
        text.push_str(&format!("Subject: {subject}\n"));
    }
    text.push_str(&format!(
        "Queued: {}\n\n{}\n",
        message.created_at,
        message.body_text.trim_end()
    ));
    // Write then rename, so a reader never sees half a message.
    let path = dir.join(capture_file_name(message));
    let partial = path.with_extension("part");
    tokio::fs::write(&partial, text).await.map_err(retry)?;
    tokio::fs::rename(&partial, &path).await.map_err(retry)?;
    Ok(())
}

async fn send_email(
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    from: &Mailbox,
    message: &OutboxMessage,
) -> Result<(), DeliveryError> {
    let permanent = |e: String| DeliveryError::Permanent(e);
    // The county is the sender by name; the address is the service's own.
    let from = Mailbox::new(Some(message.sender.clone()), from.email.clone());
    let to: Mailbox = message
        .recipient
        .parse()
        .map_err(|e| permanent(format!("recipient: {e}")))?;
    let mut builder = lettre::Message::builder()
        .from(from)
        .to(to)
        .subject(message.subject.clone().unwrap_or_default());
    if let Some(url) = &message.list_unsubscribe {
        // RFC 8058: mail clients offer one-click unsubscribe and POST to this address.
        builder = builder
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe"),
                format!("<{url}>"),
            ))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                "List-Unsubscribe=One-Click".to_string(),
            ));
    }
    let html = message
        .body_html
        .clone()
        .unwrap_or_else(|| format!("<pre>{}</pre>", escape_html(&message.body_text)));
    let email = builder
        .multipart(MultiPart::alternative_plain_html(
            message.body_text.clone(),
            html,
        ))
        .map_err(|e| permanent(format!("building the email: {e}")))?;
    match transport.send(email).await {
        Ok(_) => Ok(()),
        // 5xx replies mean the server will never take this message; anything else (4xx,
        // connection trouble, timeouts) may pass later.
        Err(e) if e.is_permanent() => Err(permanent(format!("SMTP: {e}"))),
        Err(e) => Err(DeliveryError::Retryable(format!("SMTP: {e}"))),
    }
}

async fn send_sms(
    client: &reqwest::Client,
    config: &TwilioConfig,
    message: &OutboxMessage,
) -> Result<(), DeliveryError> {
    let url = format!(
        "{}/2010-04-01/Accounts/{}/Messages.json",
        config.api_base, config.account_sid
    );
    let form = [
        ("To", message.recipient.as_str()),
        ("From", config.from.as_str()),
        ("Body", message.body_text.as_str()),
    ];
    post_to_provider(client, config, &url, &form).await
}

/// A call that reads the message aloud (inline TwiML).
async fn place_call(
    client: &reqwest::Client,
    config: &TwilioConfig,
    message: &OutboxMessage,
) -> Result<(), DeliveryError> {
    let url = format!(
        "{}/2010-04-01/Accounts/{}/Calls.json",
        config.api_base, config.account_sid
    );
    let said = escape_html(&message.body_text);
    let twiml =
        format!("<Response><Say>{said}</Say><Pause length=\"1\"/><Say>{said}</Say></Response>");
    let form = [
        ("To", message.recipient.as_str()),
        ("From", config.from.as_str()),
        ("Twiml", twiml.as_str()),
    ];
    post_to_provider(client, config, &url, &form).await
}

async fn post_to_provider(
    client: &reqwest::Client,
    config: &TwilioConfig,
    url: &str,
    form: &[(&str, &str)],
) -> Result<(), DeliveryError> {
    let response = client
        .post(url)
        .basic_auth(&config.account_sid, Some(&config.auth_token))
        .form(form)
        .send()
        .await
        .map_err(|e| DeliveryError::Retryable(format!("provider unreachable: {e}")))?;
    let status = response.status();
    if status.is_success() {
        return Ok(());
    }
    let body: String = response
        .text()
        .await
        .unwrap_or_default()
        .chars()
        .take(300)
        .collect();
    if status.as_u16() == 429 || status.is_server_error() {
        Err(DeliveryError::Retryable(format!(
            "provider answered {status}: {body}"
        )))
    } else {
        Err(DeliveryError::Permanent(format!(
            "provider refused ({status}): {body}"
        )))
    }
}
