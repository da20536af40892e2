//! The command line: `serve`, `worker`, `import-voters`, `demo`, … (`--help` lists them).
//! Each command reads the configuration, opens the store and calls the domain.

pub mod demo;
pub mod simulate;

use crate::config::Config;
use crate::domain::api_keys::Scope;
use crate::domain::ballot_events;
use crate::domain::mail_pieces;
use crate::domain::{api_keys, voter_file};
use crate::http::app;
use crate::outbox::delivery::Delivery;
use crate::outbox::worker::Worker;
use crate::store::Store;
use anyhow::Context;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use tracing_subscriber::EnvFilter;

#[derive(Parser)]
#[command(
    name = "ballot-api",
    version,
    about = "Where's My Ballot? - vote-by-mail ballot tracking"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API and the web app (from DIST_DIR), and deliver messages.
    Serve,
    /// Deliver messages only (for running workers apart from the API).
    Worker,
    /// Load a voter registration file (CSV), upserting by voter_id.
    ImportVoters {
        /// The CSV file, or - for standard input.
        file: PathBuf,
        /// Import the good rows even if some are bad (bad rows are listed).
        #[arg(long)]
        skip_bad_rows: bool,
    },
    /// Load ballot status events (CSV), idempotent by event_id; notifies subscribed voters.
    ImportEvents {
        /// The CSV file, or - for standard input.
        file: PathBuf,
        /// Apply the good rows even if some are bad (bad rows are listed).
        #[arg(long)]
        skip_bad_rows: bool,
    },
    /// Load the mail-piece file (CSV voter_id,election_id,direction,imb): each ballot
    /// envelope's Intelligent Mail barcode. Idempotent: an envelope posted again changes nothing.
    ImportMailPieces {
        /// The CSV file, or - for standard input.
        file: PathBuf,
        /// Record the good rows even if some are bad (bad rows are listed).
        #[arg(long)]
        skip_bad_rows: bool,
    },
    /// Load the Postal Service's scans of ballot envelopes (IV-MTR piece scan data): JSON, or
    /// the delimited layout (a header row, `|` or commas). Scans of unknown envelopes are
    /// counted and kept aside; unreadable records are listed and the rest kept.
    ImportMailScans {
        /// The file, or - for standard input.
        file: PathBuf,
    },
    /// Create an operator API key and print it (once: only its hash is stored).
    CreateApiKey {
        /// The county whose voters the key may act on, as in the voter file.
        #[arg(
            long,
            conflicts_with = "statewide",
            required_unless_present = "statewide"
        )]
        county: Option<String>,
        /// A key for every county (the Secretary of State).
        #[arg(long)]
        statewide: bool,
        /// A note on who holds the key.
        #[arg(long, default_value = "")]
        label: String,
        /// Days until the key stops working.
        #[arg(long, default_value_t = crate::domain::api_keys::DEFAULT_DAYS)]
        expires_in_days: i64,
    },
    /// Stop an operator API key working at once (by the id `create-api-key` and
    /// `list-api-keys` print).
    RevokeApiKey {
        /// The key's id.
        id: i64,
    },
    /// List operator API keys: id, county, label, when made, when they expire, whether revoked.
    ListApiKeys,
    /// Print the HTTP API's OpenAPI document (JSON), as `GET /api/v1/openapi.json` serves it.
    Openapi,
    /// Record the date an election was certified: its data is purged RETENTION_DAYS after.
    CertifyElection {
        /// The election's id, as in the ballot events.
        election_id: String,
        /// The certification date, YYYY-MM-DD.
        #[arg(long)]
        on: String,
    },
    /// Purge the personal data of elections certified RETENTION_DAYS ago or more (the worker
    /// does this too); with --election, that certified election now.
    Purge {
        #[arg(long)]
        election: Option<String>,
    },
    /// List the signature cures waiting for review, oldest first (issue 16), for offices
    /// without an integration: id, county, voter, election, method, when received, and the
    /// SHA-256 of the content.
    SignatureCures {
        /// Only this county's.
        #[arg(long)]
        county: Option<String>,
    },
    /// Write what a voter sent with a signature cure (the image, or the typed name) to a file.
    SignatureCureContent {
        /// The cure's id, as `signature-cures` lists it.
        id: i64,
        /// Where to write it.
        #[arg(long)]
        out: PathBuf,
        /// Write the cure as the county files it instead: a PDF with the statement, the
        /// voter, the signature and when and how it was signed.
        #[arg(long)]
        pdf: bool,
    },
    /// Accept or reject a signature cure; the voter is told (a rejection with its reason).
    DecideSignatureCure {
        /// The cure's id, as `signature-cures` lists it.
        id: i64,
        #[arg(long, value_parser = ["accepted", "rejected"])]
        decision: String,
        /// Why; needed to reject.
        #[arg(long)]
        reason: Option<String>,
    },
    /// Walk the demo voters' ballots through mailed, received, a signature problem, cured and
    /// counted, a few seconds apart (run it beside `serve` and watch the messages and pages).
    Simulate {
        /// Voter IDs to walk (default: the documented demo voters who can sign up).
        #[arg(long, value_delimiter = ',')]
        voters: Vec<String>,
        /// Seconds between steps.
        #[arg(long, default_value_t = 5)]
        interval: u64,
    },
    /// Write a demo voter file: the documented demo voters plus generated ones.
    Demo {
        /// How many generated voters to add to the documented ones.
        #[arg(long, default_value_t = 1000)]
        voters: u64,
        /// Seed of the generator: the same seed writes the same file.
        #[arg(long, default_value_t = 2026)]
        seed: u64,
        /// Where to write it (default: standard output).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

/// Runs the command given on the command line.
pub async fn run() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    match cli.command {
        Command::Serve => serve().await,
        Command::Worker => worker().await,
        Command::ImportVoters {
            file,
            skip_bad_rows,
        } => import_voters(file, skip_bad_rows).await,
        Command::ImportEvents {
            file,
            skip_bad_rows,
        } => import_events(file, skip_bad_rows).await,
        Command::ImportMailPieces {
            file,
            skip_bad_rows,
        } => import_mail_pieces(file, skip_bad_rows).await,
        Command::ImportMailScans { file } => import_mail_scans(file).await,
        Command::CreateApiKey {
            county,
            label,
            expires_in_days,
            ..
        } => create_api_key(county, label, expires_in_days).await,
        Command::RevokeApiKey { id } => revoke_api_key(id).await,
        Command::ListApiKeys => list_api_keys().await,
        Command::Openapi => {
            println!("{}", crate::http::openapi::json());
            Ok(())
        }
        Command::CertifyElection { election_id, on } => certify_election(election_id, on).await,
        Command::Purge { election } => purge(election).await,
        Command::SignatureCures { county } => list_signature_cures(county).await,
        Command::SignatureCureContent { id, out, pdf } => {
            signature_cure_content(id, out, pdf).await
        }
        Command::DecideSignatureCure {
            id,
            decision,
            reason,
        } => decide_signature_cure(id, decision, reason).await,
        Command::Simulate { voters, interval } => simulate(voters, interval).await,
        Command::Demo { voters, seed, out } => write_demo(voters, seed, out),
    }
}

async fn serve() -> anyhow::Result<()> {
    let config = Config::from_env()?;
    let running = app::start(config.clone()).await?;
    tracing::info!(
        "listening on http://{} (captured messages: {}/messages)",
        running.addr,
        config.public_url
    );
    shutdown_signal().await;
    tracing::info!("shutting down");
    running.stop().await
}

async fn worker() -> anyhow::Result<()> {
    let config = Config::from_env()?;
    let store = Store::open(&config.database_url).await?;
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let worker = Worker::new(store, Delivery::from_config(&config)?, &config);
    let handle = tokio::spawn(worker.run(config.worker_interval, stopped));
    shutdown_signal().await;
    let _ = stop.send(true);
    handle.await?;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            .expect("install SIGTERM handler");
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}

fn open_input(file: &PathBuf) -> anyhow::Result<Box<dyn std::io::Read>> {
    Ok(if file.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::io::BufReader::new(
            std::fs::File::open(file).with_context(|| format!("cannot open {}", file.display()))?,
        ))
    })
}

async fn import_events(file: PathBuf, skip_bad_rows: bool) -> anyhow::Result<()> {
    let config = Config::from_env()?;
    let store = Store::open(&config.database_url).await?;
    let rows = ballot_events::csv_events(open_input(&file)?)?;
    let report = ballot_events::ingest(
        &store,
        rows,
        &Scope::Statewide,
        &config.public_url,
        config.cure_key.is_some(),
        skip_bad_rows,
    )
    .await?;
    crate::domain::audit::command(&store, "import-events", report.committed).await;
    for error in &report.errors {
        eprintln!("{}: {error}", file.display());
    }
    if report.committed {
        println!(
            "Applied {} new events from {} rows ({} already known, {} bad rows skipped); queued {} notifications.",
            report.applied, report.rows, report.duplicates, report.rejected, report.notifications
        );
        Ok(())
    } else {
        anyhow::bail!(
            "{} of {} rows are bad; nothing was applied. Fix them, or pass --skip-bad-rows.",
            report.rejected,
            report.rows
        )
    }
}

async fn import_mail_pieces(file: PathBuf, skip_bad_rows: bool) -> anyhow::Result<()> {
    let config = Config::from_env()?;
    let store = Store::open(&config.database_url).await?;
    let rows = mail_pieces::csv_pieces(open_input(&file)?)?;
    let report = mail_pieces::ingest(&store, rows, &Scope::Statewide, skip_bad_rows).await?;
    crate::domain::audit::command(&store, "import-mail-pieces", report.committed).await;
    for error in &report.errors {
        eprintln!("{}: {error}", file.display());
    }
    if report.committed {
        println!(
            "Recorded {} new envelopes from {} rows ({} already known, {} bad rows skipped).",
            report.recorded, report.rows, report.duplicates, report.rejected
        );
        Ok(())
    } else {
        anyhow::bail!(
            "{} of {} rows are bad; nothing was recorded. Fix them, or pass --skip-bad-rows.",
            report.rejected,
            report.rows
        )
    }
}

async fn import_mail_scans(file: PathBuf) -> anyhow::Result<()> {
    use crate::domain::mail_scans;
    let config = Config::from_env()?;
    let store = Store::open(&config.database_url).await?;
    let mut body = Vec::new();
    std::io::Read::read_to_end(&mut open_input(&file)?, &mut body)
        .with_context(|| format!("cannot read {}", file.display()))?;
    // JSON starts with a bracket; the delimited layout with its header's first name.
    let json = body
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| matches!(b, b'{' | b'['));
    let records = if json {
        mail_scans::read_feed(&body)
    } else {
        mail_scans::read_delimited(&body)
    }
    .with_context(|| format!("{}", file.display()))?;
    drop(body);
    let report = mail_scans::ingest(&store, records, &Scope::Statewide, &config.public_url).await?;
    crate::domain::audit::command(&store, "import-mail-scans", true).await;
    for error in &report.errors {
        eprintln!("{}: {error}", file.display());
    }
    println!(
        "Stored {} new scans of {} records ({} already stored, {} of unknown envelopes kept aside, {} unreadable); {} ballot statuses, {} messages queued.",
        report.stored,
        report.records,
        report.duplicates,
        report.unmatched,
        report.rejected,
        report.statuses,
        report.notifications
    );
    Ok(())
}

async fn simulate(voters: Vec<String>, interval: u64) -> anyhow::Result<()> {
    let config = Config::from_env()?;
    let store = Store::open(&config.database_url).await?;
    let voters = if voters.is_empty() {
        demo::DEMO_VOTERS
            .iter()
            .filter(|v| v.status != "cancelled" && !v.confidential)
            .map(|v| v.voter_id.to_string())
            .collect()
    } else {
        voters
    };
    crate::cli::simulate::run(
        &store,
        &config.public_url,
        config.cure_key.is_some(),
        &voters,
        std::time::Duration::from_secs(interval),
    )
    .await
}

async fn create_api_key(
    county: Option<String>,
    label: String,
    expires_in_days: i64,
) -> anyhow::Result<()> {
    anyhow::ensure!(
        (1..=3650).contains(&expires_in_days),
        "--expires-in-days must be 1 to 3650"
    );
    let config = Config::from_env()?;
    let store = Store::open(&config.database_url).await?;
    let scope = match county {
        Some(county) => Scope::County(county),
        None => Scope::Statewide,
    };
    let (id, key) = api_keys::create_expiring(&store, &scope, &label, expires_in_days).await?;
    crate::domain::audit::command(&store, "create-api-key", true).await;
    eprintln!(
        "Key {id}, working for {expires_in_days} days. It is shown only now; store it safely. \
         Use it as: Authorization: Bearer <key>. Revoke it with: ballot-api revoke-api-key {id}"
    );
    println!("{key}");
    Ok(())
}

async fn revoke_api_key(id: i64) -> anyhow::Result<()> {
    let config = Config::from_env()?;
    let store = Store::open(&config.database_url).await?;
    let revoked = crate::store::api_keys::revoke(store.pool(), id, crate::clock::now()).await?;
    crate::domain::audit::command(&store, "revoke-api-key", revoked).await;
    anyhow::ensure!(revoked, "there is no key {id}, or it was already revoked");
    println!("Key {id} is revoked: requests with it are refused from now on.");
    Ok(())
}

async fn certify_election(election_id: String, on: String) -> anyhow::Result<()> {
    let date = ballot_shared::date::CivilDate::parse_iso(on.trim())
        .ok_or_else(|| anyhow::anyhow!("--on {on:?} is not a date as YYYY-MM-DD"))?;
    if date.to_iso() > crate::clock::california_date_days_ago(0) {
        anyhow::bail!("--on {on:?} has not come yet: give the day the election was certified");
    }
    let config = Config::from_env()?;
    let store = Store::open(&config.database_url).await?;
    crate::store::retention::certify(store.pool(), election_id.trim(), &date.to_iso()).await?;
    crate::domain::audit::command(&store, "certify-election", true).await;
    println!(
        "{} certified on {}: its voters, subscriptions, events and messages will be purged {} days after.",
        election_id.trim(),
        date.to_iso(),
        config.retention_days
    );
    Ok(())
}

async fn purge(election: Option<String>) -> anyhow::Result<()> {
    let config = Config::from_env()?;
    let store = Store::open(&config.database_url).await?;
    let done = match election {
        Some(id) => vec![(
            id.clone(),
            crate::domain::retention::purge_election(&store, id.trim()).await?,
        )],
        None => crate::domain::retention::purge_due(&store, config.retention_days).await?,
    };
    if done.is_empty() {
        println!("No election is due to be purged.");
    }
    let aged = crate::domain::retention::purge_aged(&store, config.retention_days).await?;
    println!(
        "Older than {} days: removed {} destination requests, {} expired links, {} messages about no election and {} scans of unknown envelopes.",
        config.retention_days, aged.destination_requests, aged.links, aged.messages, aged.unmatched_scans
    );
    for (id, purged) in done {
        println!(
            "{id}: removed {} voters, {} subscriptions, {} ballot events, {} ballot envelopes with {} scans, {} signature cures and {} messages.",
            purged.voters, purged.subscriptions, purged.ballot_events, purged.mail_pieces, purged.mail_scans, purged.signature_cures, purged.messages
        );
    }
    Ok(())
}

/// The command line acts for every county, as a statewide key does: it runs on the server.
async fn list_signature_cures(county: Option<String>) -> anyhow::Result<()> {
    let config = Config::from_env()?;
    let store = Store::open(&config.database_url).await?;
    let scope = match county {
        Some(county) => Scope::County(county.trim().to_string()),
        None => Scope::Statewide,
    };
    let pending = crate::domain::signature_cures::pending(&store, &scope).await?;
    crate::domain::audit::command(&store, "signature-cures", true).await;
    println!("id\tcounty\tvoter\telection\tmethod\treceived\tsha256");
    for cure in pending {
        println!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}",
            cure.cure_id,
            cure.county,
            cure.voter_id,
            cure.election_id,
            cure.method,
            cure.received_at,
            cure.content_sha256
        );
    }
    Ok(())
}

async fn signature_cure_content(id: i64, out: PathBuf, pdf: bool) -> anyhow::Result<()> {
    let config = Config::from_env()?;
    let store = Store::open(&config.database_url).await?;
    let key = config.cure_key.as_ref();
    let read = if pdf {
        crate::domain::signature_cures::pdf(&store, key, &Scope::Statewide, id)
            .await
            .map(|bytes| ("application/pdf".to_string(), bytes))
    } else {
        crate::domain::signature_cures::content(&store, key, &Scope::Statewide, id).await
    };
    crate::domain::audit::command(&store, "signature-cure-content", read.is_ok()).await;
    let (content_type, bytes) = read?;
    std::fs::write(&out, &bytes).with_context(|| format!("cannot write {}", out.display()))?;
    println!(
        "Wrote cure {id} ({content_type}, {} bytes) to {}.",
        bytes.len(),
        out.display()
    );
    Ok(())
}

async fn decide_signature_cure(
    id: i64,
    decision: String,
    reason: Option<String>,
) -> anyhow::Result<()> {
    let config = Config::from_env()?;
    let store = Store::open(&config.database_url).await?;
    let decided = crate::domain::signature_cures::decide(
        &store,
        &crate::domain::offices::Offices::default(),
        &config.public_url,
        &Scope::Statewide,
        None,
        id,
        &crate::domain::signature_cures::DecisionRequest { decision, reason },
    )
    .await;
    crate::domain::audit::command(&store, "decide-signature-cure", decided.is_ok()).await;
    let decided = decided.map_err(|error| match error {
        crate::domain::signature_cures::CureError::InvalidDecision(fields) => anyhow::anyhow!(
            "{}",
            fields
                .iter()
                .map(|(field, problem)| format!("--{field} {problem}"))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        other => other.into(),
    })?;
    println!("Cure {id} {}; the voter is told.", decided.state);
    Ok(())
}

async fn list_api_keys() -> anyhow::Result<()> {
    let config = Config::from_env()?;
    let store = Store::open(&config.database_url).await?;
    println!("id\tcounty\tlabel\tcreated\texpires\trevoked");
    for key in crate::store::api_keys::list(store.pool()).await? {
        println!(
            "{}\t{}\t{}\t{}\t{}\t{}",
            key.api_key_id,
            key.county.as_deref().unwrap_or("(statewide)"),
            key.label,
            key.created_at,
            key.expires_at.map_or("never".into(), |at| at.to_string()),
            key.revoked_at.map_or("no".into(), |at| at.to_string())
        );
    }
    Ok(())
}

async fn import_voters(file: PathBuf, skip_bad_rows: bool) -> anyhow::Result<()> {
    let config = Config::from_env()?;
    let store = Store::open(&config.database_url).await?;
    let reader: Box<dyn std::io::Read> = if file.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(
            std::fs::File::open(&file)
                .with_context(|| format!("cannot open {}", file.display()))?,
        )
    };
    let report = voter_file::import(&store, std::io::BufReader::new(reader), skip_bad_rows).await?;
    crate::domain::audit::command(&store, "import-voters", report.committed).await;
    for error in &report.errors {
        eprintln!("{}: {error}", file.display());
    }
    if report.rejected as usize > report.errors.len() {
        eprintln!(
            "... and {} more bad rows",
            report.rejected as usize - report.errors.len()
        );
    }
    if report.committed {
        println!(
            "Imported {} voters from {} rows ({} bad rows skipped).",
            report.imported, report.rows, report.rejected
        );
        Ok(())
    } else {
        anyhow::bail!(
            "{} of {} rows are bad; nothing was imported. Fix them, or pass --skip-bad-rows.",
            report.rejected,
            report.rows
        )
    }
}

fn write_demo(voters: u64, seed: u64, out: Option<PathBuf>) -> anyhow::Result<()> {
    match out {
        Some(path) => {
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent)?;
            }
            let file = std::fs::File::create(&path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            demo::write_voter_file(std::io::BufWriter::new(file), voters, seed)?;
            eprintln!(
                "Wrote {} voters to {}",
                voters + demo::DEMO_VOTERS.len() as u64,
                path.display()
            );
        }
        None => demo::write_voter_file(std::io::stdout().lock(), voters, seed)?,
    }
    Ok(())
}
