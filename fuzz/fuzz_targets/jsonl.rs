//! The JSON Lines record reader on arbitrary bytes: every non-blank line yields exactly one
//! output line, a document or an error object, and never a panic.
#![no_main]

use lede_extract::record::{RecordOptions, process_line};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let lossy = RecordOptions { lossy: true, ..RecordOptions::default() };
    for (n, line) in data.split(|&b| b == b'\n').enumerate() {
        for opts in [&RecordOptions::default(), &lossy] {
            let mut out = Vec::new();
            let result = process_line(line, n + 1, opts, None, &mut out);
            match result {
                None => assert!(out.is_empty()),
                Some(_) => {
                    assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), 1);
                    assert_eq!(out.last(), Some(&b'\n'));
                    assert!(std::str::from_utf8(&out).is_ok(), "output is UTF-8 JSON");
                }
            }
        }
    }
});
