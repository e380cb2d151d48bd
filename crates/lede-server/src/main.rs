//! The `lede-server` binary: flags and `LEDE_*` variables, logging, graceful shutdown.

use std::sync::atomic::Ordering;
use std::time::Duration;

use anyhow::{Context, Result};
use clap::{Parser, ValueEnum};
use lede_server::{AppState, Config};

#[derive(Parser, Debug)]
#[command(name = "lede-server", version, about = "lede over HTTP")]
struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080", env = "LEDE_ADDR")]
    addr: String,
    /// Largest request body in bytes.
    #[arg(long, default_value_t = 10 << 20, env = "LEDE_MAX_BODY_BYTES")]
    max_body_bytes: usize,
    /// Extractions at once; further requests get 503 (default: 16 per core).
    #[arg(long, env = "LEDE_CONCURRENCY", value_parser = clap::value_parser!(u32).range(1..))]
    concurrency: Option<u32>,
    /// Longest time one request may take, in milliseconds.
    #[arg(long, default_value_t = 30_000, env = "LEDE_TIMEOUT_MS")]
    timeout_ms: u64,
    /// Log format.
    #[arg(long, value_enum, default_value_t = LogFormat::Text, env = "LEDE_LOG_FORMAT")]
    log_format: LogFormat,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum LogFormat {
    Text,
    Json,
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Args::parse();
    let filter = tracing_subscriber::EnvFilter::try_from_env("LEDE_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match args.log_format {
        LogFormat::Json => logs.json().init(),
        LogFormat::Text => logs.init(),
    }
    let mut config = Config {
        max_body_bytes: args.max_body_bytes,
        timeout: Duration::from_millis(args.timeout_ms),
        ..Config::default()
    };
    if let Some(n) = args.concurrency {
        config.max_concurrency = n as usize;
    }
    let listener = tokio::net::TcpListener::bind(&args.addr)
        .await
        .with_context(|| format!("cannot listen on {}", args.addr))?;
    tracing::info!(addr = %listener.local_addr()?, concurrency = config.max_concurrency, "lede-server listening");
    let state = AppState::new(config);
    let app = lede_server::router(state.clone());
    axum::serve(listener, app)
        .with_graceful_shutdown(async move {
            shutdown_signal().await;
            state.shutting_down.store(true, Ordering::Relaxed);
            tracing::info!("shutting down: finishing requests in flight");
        })
        .await
        .context("server failed")?;
    tracing::info!("stopped");
    Ok(())
}

/// Ctrl-C or SIGTERM, whichever comes first.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}
