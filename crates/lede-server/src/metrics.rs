//! Request metrics in the Prometheus text format, kept with atomics and one small map.
//!
//! Not a metrics library: just what `/metrics` reports — requests by route and status, a
//! latency histogram, bytes and documents processed, requests in flight and shed.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::time::Duration;

/// Upper bounds of the latency histogram's buckets, in seconds.
const BUCKETS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0,
];

#[derive(Debug, Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(String, u16), u64>>,
    latency: [AtomicU64; BUCKETS.len()],
    latency_count: AtomicU64,
    latency_sum_micros: AtomicU64,
    pub in_flight: AtomicI64,
    pub bytes: AtomicU64,
    pub documents: AtomicU64,
    pub shed: AtomicU64,
}

impl Metrics {
    pub fn observe(&self, route: &str, status: u16, elapsed: Duration) {
        if let Ok(mut map) = self.requests.lock() {
            *map.entry((route.to_owned(), status)).or_default() += 1;
        }
        let secs = elapsed.as_secs_f64();
        for (bucket, le) in self.latency.iter().zip(BUCKETS) {
            if secs <= le {
                bucket.fetch_add(1, Ordering::Relaxed);
            }
        }
        self.latency_count.fetch_add(1, Ordering::Relaxed);
        self.latency_sum_micros
            .fetch_add(elapsed.as_micros() as u64, Ordering::Relaxed);
    }

    pub fn render(&self, available_permits: usize, max_concurrency: usize) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "# HELP lede_http_requests_total HTTP requests by route and status."
        );
        let _ = writeln!(s, "# TYPE lede_http_requests_total counter");
        if let Ok(map) = self.requests.lock() {
            for ((route, status), n) in map.iter() {
                let _ = writeln!(
                    s,
                    "lede_http_requests_total{{route=\"{route}\",status=\"{status}\"}} {n}"
                );
            }
        }
        let _ = writeln!(
            s,
            "# HELP lede_http_request_duration_seconds Request latency."
        );
        let _ = writeln!(s, "# TYPE lede_http_request_duration_seconds histogram");
        for (bucket, le) in self.latency.iter().zip(BUCKETS) {
            let _ = writeln!(
                s,
                "lede_http_request_duration_seconds_bucket{{le=\"{le}\"}} {}",
                bucket.load(Ordering::Relaxed)
            );
        }
        let count = self.latency_count.load(Ordering::Relaxed);
        let _ = writeln!(
            s,
            "lede_http_request_duration_seconds_bucket{{le=\"+Inf\"}} {count}"
        );
        let sum = self.latency_sum_micros.load(Ordering::Relaxed) as f64 / 1e6;
        let _ = writeln!(s, "lede_http_request_duration_seconds_sum {sum}");
        let _ = writeln!(s, "lede_http_request_duration_seconds_count {count}");
        let gauges = [
            (
                "lede_http_requests_in_flight",
                "gauge",
                "Requests being served.",
                self.in_flight.load(Ordering::Relaxed),
            ),
            (
                "lede_extractions_running",
                "gauge",
                "Extractions holding a concurrency permit.",
                max_concurrency.saturating_sub(available_permits) as i64,
            ),
        ];
        for (name, kind, help, v) in gauges {
            let _ = writeln!(s, "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {v}");
        }
        let counters = [
            (
                "lede_bytes_processed_total",
                "Article bytes extracted.",
                &self.bytes,
            ),
            (
                "lede_documents_extracted_total",
                "Documents extracted.",
                &self.documents,
            ),
            (
                "lede_requests_shed_total",
                "Requests answered 503 at the concurrency limit.",
                &self.shed,
            ),
        ];
        for (name, help, v) in counters {
            let _ = writeln!(
                s,
                "# HELP {name} {help}\n# TYPE {name} counter\n{name} {}",
                v.load(Ordering::Relaxed)
            );
        }
        s
    }
}
