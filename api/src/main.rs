//! The `ballot-api` binary: the command line is in `ballot_api::cli`.

// mimalloc rather than the system allocator: the voter import allocates rows on one thread
// and frees them on another, where glibc's malloc spent a third of the import's time
// (measured with perf); mimalloc is built for that.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    ballot_api::cli::run().await
}
