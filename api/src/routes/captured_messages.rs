//! `GET /messages`: the messages the embedded default captured instead of sending, newest
//! first, so a newcomer can read the confirmation they just triggered. Only mounted while
//! messages are captured (never with a real provider: it would show voters' messages).

use crate::app::AppState;
use crate::error::ApiError;
use crate::outbox::templates::escape_html;
use crate::store::outbox;
use axum::extract::State;
use axum::response::Html;

const SHOWN: i64 = 100;

pub async fn list(State(state): State<AppState>) -> Result<Html<String>, ApiError> {
    let messages = outbox::list_recent(state.store.pool(), SHOWN).await?;
    let folder = escape_html(&state.config.capture_dir.display().to_string());
    let mut html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Captured messages - Where's My Ballot?</title><style>\
         body{{font-family:system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1b1b1b}}\
         article{{border:1px solid #565c65;border-radius:4px;padding:.75rem 1rem;margin:1rem 0}}\
         pre{{white-space:pre-wrap;overflow-wrap:anywhere;font-family:inherit;margin:.5rem 0 0}}\
         dl{{display:grid;grid-template-columns:max-content 1fr;gap:0 1rem;margin:0}}dd{{margin:0;overflow-wrap:anywhere}}\
         </style></head><body><main><h1>Captured messages</h1>\
         <p>No email, text or call leaves this computer: each message is written to <code>{folder}</code> and listed here, newest first.</p>"
    );
    if messages.is_empty() {
        html.push_str("<p>No messages yet. Sign up on the <a href=\"/\">sign-up page</a>.</p>");
    }
    for m in messages {
        let subject = m.subject.as_deref().map(escape_html).unwrap_or_default();
        html.push_str(&format!(
            "<article><h2>{channel} to {to}</h2><dl><dt>From</dt><dd>{from}</dd>{subject_row}\
             <dt>State</dt><dd>{state}</dd><dt>Queued</dt><dd>{queued}</dd></dl><pre>{body}</pre></article>",
            channel = match m.channel.as_str() {
                "email" => "Email",
                "sms" => "Text message",
                _ => "Voice call",
            },
            to = escape_html(&m.recipient),
            from = escape_html(&m.sender),
            subject_row = if subject.is_empty() {
                String::new()
            } else {
                format!("<dt>Subject</dt><dd>{subject}</dd>")
            },
            state = escape_html(&m.state),
            queued = escape_html(&m.created_at),
            body = escape_html(&m.body_text),
        ));
    }
    html.push_str("</main></body></html>");
    Ok(Html(html))
}
