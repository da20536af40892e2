//! How a message leaves the building. The embedded default captures messages as files so a
//! newcomer can read them; email over SMTP and SMS/voice through a provider come next.

use crate::store::outbox::OutboxMessage;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub enum Delivery {
    /// Writes each message to a file in this folder.
    Capture(PathBuf),
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
    pub async fn deliver(&self, message: &OutboxMessage) -> Result<(), DeliveryError> {
        match self {
            Delivery::Capture(dir) => capture(dir, message).await,
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
