//! A fast, counting SMTP sink for the fan-out benchmark (`bench/run.py`) and the soak
//! (`bench/soak.py`): speaks enough of RFC 5321 for lettre, keeps nothing, and prints how many
//! messages it has accepted to standard output each time the count changes (at most every
//! 200 ms). It also prints `confirm <token> <recipient>` for each confirmation link it sees, so the soak
//! can confirm addresses the way their owners would.
//!
//! `cargo run --release -p ballot-api --example smtp_sink -- 127.0.0.1:2525`

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let addr = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:2525".into());
    let listener = TcpListener::bind(&addr).await?;
    println!("listening {}", listener.local_addr()?);
    let count = Arc::new(AtomicU64::new(0));
    let reporter = count.clone();
    tokio::spawn(async move {
        let mut last = 0;
        loop {
            tokio::time::sleep(Duration::from_millis(200)).await;
            let now = reporter.load(Ordering::Relaxed);
            if now != last {
                println!("accepted {now}");
                last = now;
            }
        }
    });
    loop {
        let (stream, _) = listener.accept().await?;
        let count = count.clone();
        tokio::spawn(async move {
            let _ = conversation(stream, &count).await;
        });
    }
}

async fn conversation(stream: TcpStream, count: &AtomicU64) -> std::io::Result<()> {
    stream.set_nodelay(true)?;
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    write.write_all(b"220 sink ESMTP\r\n").await?;
    let mut line = Vec::new();
    let mut recipient = String::new();
    loop {
        line.clear();
        if lines.read_until(b'\n', &mut line).await? == 0 {
            return Ok(());
        }
        let verb = line
            .get(..4)
            .map(|v| v.to_ascii_uppercase())
            .unwrap_or_default();
        match verb.as_slice() {
            b"EHLO" | b"HELO" => write.write_all(b"250 sink\r\n").await?,
            b"DATA" => {
                write.write_all(b"354 go ahead\r\n").await?;
                let mut data = Vec::new();
                loop {
                    line.clear();
                    if lines.read_until(b'\n', &mut line).await? == 0 {
                        return Ok(());
                    }
                    if line == b".\r\n" || line == b".\n" {
                        break;
                    }
                    data.extend_from_slice(&line);
                }
                if let Some(token) = confirmation_token(&data) {
                    println!("confirm {token} {recipient}");
                }
                count.fetch_add(1, Ordering::Relaxed);
                write.write_all(b"250 queued\r\n").await?;
            }
            b"RCPT" => {
                // RCPT TO:<someone@example.com>
                let text = String::from_utf8_lossy(&line);
                recipient = text
                    .split_once('<')
                    .and_then(|(_, rest)| rest.split_once('>'))
                    .map(|(address, _)| address.to_string())
                    .unwrap_or_default();
                write.write_all(b"250 ok\r\n").await?
            }
            b"QUIT" => {
                write.write_all(b"221 bye\r\n").await?;
                return Ok(());
            }
            _ => write.write_all(b"250 ok\r\n").await?,
        }
    }
}

/// The token of the first `/confirm/` link in a message, with quoted-printable soft line
/// breaks (`=` at a line's end) undone first, as a mail client would.
fn confirmation_token(data: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(data)
        .replace("=\r\n", "")
        .replace("=\n", "");
    let start = text.find("/confirm/")? + "/confirm/".len();
    let token: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_hexdigit())
        .collect();
    (token.len() == 32).then_some(token)
}
