//! How a message leaves the building: email over SMTP (lettre), texts and calls through a
//! provider's HTTP API in Twilio's REST shape (reqwest). A channel without a provider
//! configured is captured as a file instead, which is the embedded default.

use crate::config::{Config, DkimConfig, TwilioConfig};
use crate::domain::message_links::{Filled, Links};
use crate::store::access_tokens::TokenKind;
use crate::store::outbox::OutboxMessage;
use ballot_shared::channels::Channel;
use ballot_shared::language::Language;
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Deliveries in flight at once per worker: providers answer in tens of milliseconds, so
/// sending one at a time would leave the worker waiting on the network.
pub(crate) const CONCURRENCY: usize = 32;

#[derive(Clone)]
pub struct Delivery {
    email: EmailDelivery,
    phone: PhoneDelivery,
    /// For the address a confirmation call's key press is posted to.
    public_url: String,
}

#[derive(Clone)]
enum EmailDelivery {
    Capture(PathBuf),
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
        dkim: Option<std::sync::Arc<lettre::message::dkim::DkimConfig>>,
        /// The domain of every Message-ID: the signing domain, else the sender's.
        message_id_domain: String,
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
            Some(url) => {
                let from: Mailbox = config.smtp_from.parse()?;
                EmailDelivery::Smtp {
                    transport: AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?
                        .timeout(Some(Duration::from_secs(20)))
                        // One connection per delivery the worker has in flight: an SMTP
                        // transaction is several round trips, so the connections are the pace.
                        .pool_config(PoolConfig::new().max_size(CONCURRENCY as u32))
                        .build(),
                    message_id_domain: config
                        .dkim
                        .as_ref()
                        .map(|d| d.domain.clone())
                        .unwrap_or_else(|| from.email.domain().to_string()),
                    dkim: config
                        .dkim
                        .as_ref()
                        .map(dkim_config)
                        .transpose()?
                        .map(std::sync::Arc::new),
                    from,
                }
            }
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
        Ok(Self {
            email,
            phone,
            public_url: config.public_url.clone(),
        })
    }

    /// Whether every channel is captured rather than sent: only then may the local message
    /// viewer show them (it would otherwise show real voters' messages).
    pub fn captures_every_channel(&self) -> bool {
        matches!(self.email, EmailDelivery::Capture(_))
            && matches!(self.phone, PhoneDelivery::Capture(_))
    }

    pub async fn deliver(&self, filled: &Filled) -> Result<(), DeliveryError> {
        let message = &filled.message;
        let gather = self.key_press_address(filled);
        match (message.channel, &self.email, &self.phone) {
            (Channel::Email, EmailDelivery::Capture(dir), _) => capture(dir, message, None).await,
            (Channel::Email, EmailDelivery::Smtp { .. }, _) => {
                send_email(&self.email, message).await
            }
            (_, _, PhoneDelivery::Capture(dir)) => capture(dir, message, gather.as_deref()).await,
            (Channel::Sms, _, PhoneDelivery::Twilio { client, config }) => {
                send_sms(client, config, message).await
            }
            (_, _, PhoneDelivery::Twilio { client, config }) => {
                place_call(client, config, message, gather.as_deref()).await
            }
        }
    }

    /// Delivers a message with no links to mint (a broadcast's test send to an operator).
    pub async fn deliver_test(&self, message: &OutboxMessage) -> Result<(), DeliveryError> {
        self.deliver(&Filled {
            message: message.clone(),
            tokens: Default::default(),
        })
        .await
    }

    /// A confirmation call's: where the provider posts the key the voter pressed.
    fn key_press_address(&self, filled: &Filled) -> Option<String> {
        let token = filled.tokens.get(&TokenKind::Confirm)?;
        (filled.message.channel == Channel::Voice).then(|| {
            Links {
                public_url: &self.public_url,
            }
            .voice_confirmation()
            .replace(
                crate::domain::message_links::slot(TokenKind::Confirm),
                token,
            )
        })
    }
}

/// lettre's DKIM settings: relaxed canonicalisation of headers and body (its default, simple
/// headers, signs a folded header that verifiers then read differently and reject).
fn dkim_config(dkim: &DkimConfig) -> anyhow::Result<lettre::message::dkim::DkimConfig> {
    use lettre::message::dkim::{
        DkimCanonicalization, DkimCanonicalizationType, DkimConfig as Lettre, DkimSigningAlgorithm,
        DkimSigningKey,
    };
    let key = DkimSigningKey::new(&dkim.private_key_pem, DkimSigningAlgorithm::Rsa)
        .map_err(|e| anyhow::anyhow!("DKIM key: {e:?}"))?;
    // Not Content-Type: lettre writes a multipart message's Content-Type with its body, after
    // signing, so a signature over it would be over the header's absence, and fail (dkimpy
    // showed it: scripts/provider_check.py).
    let headers = [
        "From",
        "To",
        "Subject",
        "Date",
        "Message-ID",
        "MIME-Version",
        "List-Unsubscribe",
        "List-Unsubscribe-Post",
    ]
    .into_iter()
    .map(HeaderName::new_from_ascii_str)
    .collect();
    Ok(Lettre::new(
        dkim.selector.clone(),
        dkim.domain.clone(),
        key,
        headers,
        DkimCanonicalization {
            header: DkimCanonicalizationType::Relaxed,
            body: DkimCanonicalizationType::Relaxed,
        },
    ))
}

/// The file name of a captured message: its outbox id, so a redelivery overwrites, not adds.
pub fn capture_file_name(message: &OutboxMessage) -> String {
    if message.outbox_message_id == 0 {
        // Not from the outbox (a broadcast's test send): named by when it was made.
        return format!(
            "test-{}-{}-{}.txt",
            message.created_at.to_string().replace([':', '.'], ""),
            message.channel.code(),
            message.kind
        );
    }
    format!(
        "{:08}-{}-{}.txt",
        message.outbox_message_id,
        message.channel.code(),
        message.kind
    )
}

async fn capture(
    dir: &Path,
    message: &OutboxMessage,
    key_press: Option<&str>,
) -> Result<(), DeliveryError> {
    let retry = |e: std::io::Error| DeliveryError::Retryable(format!("capture folder: {e}"));
    tokio::fs::create_dir_all(dir).await.map_err(retry)?;
    let mut text = format!(
        "Channel: {}\nFrom: {}\nTo: {}\nLanguage: {}\nReference: {}\n",
        message.channel.code(),
        message.sender,
        message.recipient,
        message.language,
        message.reference.as_deref().unwrap_or("")
    );
    if let Some(subject) = &message.subject {
        text.push_str(&format!("Subject: {subject}\n"));
    }
    if let Some(url) = &message.list_unsubscribe {
        text.push_str(&format!("List-Unsubscribe: <{url}>\n"));
    }
    if let Some(address) = key_press {
        // Where the provider would post the key pressed (the message viewer offers it).
        text.push_str(&format!("Key-Press: {address}\n"));
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

async fn send_email(email: &EmailDelivery, message: &OutboxMessage) -> Result<(), DeliveryError> {
    let EmailDelivery::Smtp {
        transport,
        from,
        dkim,
        message_id_domain,
    } = email
    else {
        return Err(DeliveryError::Permanent("no SMTP server".into()));
    };
    let permanent = |e: String| DeliveryError::Permanent(e);
    // The county is the sender by name; the address is the service's own.
    let from = Mailbox::new(Some(message.sender.clone()), from.email.clone());
    let to: Mailbox = message
        .recipient
        .parse()
        .map_err(|e| permanent(format!("recipient: {e}")))?;
    // Mailbox providers refuse mail without a Message-ID (RFC 5322 makes it a SHOULD; Gmail a
    // must); lettre adds Date itself.
    let mut builder = lettre::Message::builder()
        .from(from)
        .to(to)
        .message_id(Some(format!(
            "<{}.{}@{message_id_domain}>",
            message.outbox_message_id,
            crate::domain::token::generate()
        )))
        .date_now()
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
        .unwrap_or_else(|| crate::domain::messages::plain_html(&message.body_text));
    let mut email = builder
        .multipart(MultiPart::alternative_plain_html(
            message.body_text.clone(),
            html,
        ))
        .map_err(|e| permanent(format!("building the email: {e}")))?;
    if let Some(dkim) = dkim {
        email.sign(dkim);
    }
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

/// A call that reads the message aloud (inline TwiML), in its language's voice. A
/// confirmation call waits for a key (`<Gather>`), which the provider posts to `key_press`.
async fn place_call(
    client: &reqwest::Client,
    config: &TwilioConfig,
    message: &OutboxMessage,
    key_press: Option<&str>,
) -> Result<(), DeliveryError> {
    let url = format!(
        "{}/2010-04-01/Accounts/{}/Calls.json",
        config.api_base, config.account_sid
    );
    let twiml = call_twiml(message, key_press);
    let form = [
        ("To", message.recipient.as_str()),
        ("From", config.from.as_str()),
        ("Twiml", twiml.as_str()),
    ];
    post_to_provider(client, config, &url, &form).await
}

/// The TwiML of a call: the words twice (people pick up mid-sentence), in the voice of their
/// language (`voices`), or for a confirmation, once inside a `<Gather>` of one key.
pub fn call_twiml(message: &OutboxMessage, key_press: Option<&str>) -> String {
    let language = Language::parse(&message.language).unwrap_or_default();
    super::twiml::call(language, &message.body_text, key_press)
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
impl crate::domain::broadcasts::SendNow for Delivery {
    type Error = DeliveryError;

    async fn send_now(&self, message: &OutboxMessage) -> Result<(), DeliveryError> {
        self.deliver_test(message).await
    }
}
