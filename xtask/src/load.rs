//! `cargo xtask load`: a bounded load test of `lede-server` on 127.0.0.1 with wrk.
//!
//! It measures, in one run on this machine: the library's own documents per second on the
//! seed article with as many threads as cores (the ceiling), then the server at 16
//! connections (below its concurrency limit: no errors allowed), then at ten times the
//! limit (load must be shed with 503s), then that the server answers at once afterwards and
//! stops cleanly on SIGTERM. Every wrk run is bounded in time. Needs `wrk` (Debian package).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

const SEED: &str = "seeds/000_236e28626ce61367.txt";
const LIMIT: usize = 32;
const SECONDS: u64 = 10;

pub fn run(root: &Path) -> Result<()> {
    let wrk = which("wrk").context("wrk not found: apt-get install -y wrk")?;
    let status = Command::new(env!("CARGO"))
        .args(["build", "--release", "--quiet", "-p", "lede-server"])
        .current_dir(root)
        .status()?;
    anyhow::ensure!(status.success(), "building lede-server failed");
    let seed = std::fs::read_to_string(root.join(SEED))?;

    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let library = library_rate(&seed, cores, Duration::from_secs(SECONDS));
    println!("library alone: {library:.0} documents/s on {cores} threads");

    let port = free_port()?;
    let addr = format!("127.0.0.1:{port}");
    let mut server = Command::new(root.join("target/release/lede-server"))
        .args(["--addr", &addr, "--concurrency", &LIMIT.to_string()])
        .env("LEDE_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .context("cannot start lede-server")?;
    let result = (|| -> Result<()> {
        wait_ready(&addr)?;
        let script = std::env::temp_dir().join(format!("lede-load-{}.lua", std::process::id()));
        std::fs::write(&script, LUA)?;
        let url = format!("http://{addr}/v1/extract");
        let run_wrk = |connections: usize| -> Result<WrkReport> {
            let out = Command::new(&wrk)
                .args([
                    "-t",
                    "2",
                    "-c",
                    &connections.to_string(),
                    "-d",
                    &format!("{SECONDS}s"),
                    "--latency",
                    "-s",
                ])
                .arg(&script)
                .arg(&url)
                .env("LEDE_SEED", root.join(SEED))
                .output()
                .context("cannot run wrk")?;
            anyhow::ensure!(
                out.status.success(),
                "wrk failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            WrkReport::parse(&String::from_utf8_lossy(&out.stdout))
        };
        let normal = run_wrk(16)?;
        println!(
            "server, 16 connections: {:.0} documents/s ({:.0}% of the library), p50 {:.2} ms, p99 {:.2} ms, errors {}",
            normal.rps,
            100.0 * normal.rps / library,
            normal.p50_ms,
            normal.p99_ms,
            normal.errors
        );
        let overload = run_wrk(LIMIT * 10)?;
        println!(
            "server, {} connections (10x the limit of {LIMIT}): {:.0} responses/s, {} shed or failed, p99 {:.2} ms",
            LIMIT * 10,
            overload.rps,
            overload.errors,
            overload.p99_ms
        );
        let started = Instant::now();
        let status = post_seed(&addr, &seed)?;
        println!(
            "right after: HTTP {status} in {:.2} ms",
            started.elapsed().as_secs_f64() * 1e3
        );
        std::fs::remove_file(&script).ok();
        anyhow::ensure!(normal.errors == 0, "errors below the concurrency limit");
        anyhow::ensure!(status == 200, "the server did not recover after overload");
        Ok(())
    })();
    stop(&mut server)?;
    result
}

/// Documents per second of `extract` on the seed with `threads` threads.
fn library_rate(seed: &str, threads: usize, time: Duration) -> f64 {
    let options = lede_extract::Options {
        published: Some(lede_extract::Date::constant(2023, 3, 20)),
        ..lede_extract::Options::default()
    };
    let started = Instant::now();
    let total: usize = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut n = 0;
                    while started.elapsed() < time {
                        // Serialization is part of what the server does per request.
                        let doc = lede_extract::extract(seed, &options);
                        std::hint::black_box(
                            serde_json::to_vec(&doc).map(|v| v.len()).unwrap_or(0),
                        );
                        n += 1;
                    }
                    n
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or(0)).sum()
    });
    total as f64 / started.elapsed().as_secs_f64()
}

const LUA: &str = r#"
local f = assert(io.open(os.getenv("LEDE_SEED"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "text/plain"
"#;

#[derive(Debug)]
struct WrkReport {
    rps: f64,
    p50_ms: f64,
    p99_ms: f64,
    errors: u64,
}

impl WrkReport {
    fn parse(out: &str) -> Result<WrkReport> {
        let mut r = WrkReport {
            rps: 0.0,
            p50_ms: 0.0,
            p99_ms: 0.0,
            errors: 0,
        };
        for line in out.lines().map(str::trim) {
            let mut words = line.split_whitespace();
            match (words.next(), words.next()) {
                (Some("Requests/sec:"), Some(v)) => r.rps = v.parse()?,
                (Some("50%"), Some(v)) => r.p50_ms = millis(v)?,
                (Some("99%"), Some(v)) => r.p99_ms = millis(v)?,
                _ => {}
            }
            if let Some(n) = line.strip_prefix("Non-2xx or 3xx responses:") {
                r.errors += n.trim().parse::<u64>()?;
            }
            if let Some(rest) = line.strip_prefix("Socket errors:") {
                for part in rest.split(',') {
                    if let Some(n) = part.split_whitespace().nth(1) {
                        r.errors += n.parse::<u64>().unwrap_or(0);
                    }
                }
            }
        }
        if r.rps == 0.0 {
            bail!("could not read wrk's report:\n{out}");
        }
        Ok(r)
    }
}

fn millis(v: &str) -> Result<f64> {
    let (num, unit) = v.split_at(v.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(v.len()));
    let n: f64 = num.parse()?;
    Ok(match unit {
        "us" => n / 1e3,
        "ms" => n,
        "s" => n * 1e3,
        "m" => n * 60e3,
        _ => bail!("unknown unit in {v}"),
    })
}

fn which(name: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|d| Path::new(d).join(name))
        .find(|p| p.is_file())
}

fn free_port() -> Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

fn wait_ready(addr: &str) -> Result<()> {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if let Ok(mut s) = TcpStream::connect(addr) {
            s.write_all(b"GET /readyz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")?;
            let mut buf = String::new();
            s.read_to_string(&mut buf).ok();
            if buf.starts_with("HTTP/1.1 200") {
                return Ok(());
            }
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    bail!("lede-server did not become ready at {addr}")
}

/// One POST of the seed; returns the HTTP status.
fn post_seed(addr: &str, seed: &str) -> Result<u16> {
    let mut s = TcpStream::connect(addr)?;
    write!(
        s,
        "POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{seed}",
        seed.len()
    )?;
    let mut buf = String::new();
    s.read_to_string(&mut buf)?;
    buf.get(9..12)
        .and_then(|c| c.parse().ok())
        .context("no HTTP status in the response")
}

/// SIGTERM, then wait: the server must finish and exit 0.
fn stop(server: &mut Child) -> Result<()> {
    let pid = server.id().to_string();
    Command::new("kill").args(["-TERM", &pid]).status().ok();
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if let Some(status) = server.try_wait()? {
            println!("lede-server stopped on SIGTERM: {status}");
            anyhow::ensure!(status.success(), "lede-server exited with {status}");
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    server.kill().ok();
    bail!("lede-server did not stop within 10 s of SIGTERM")
}
