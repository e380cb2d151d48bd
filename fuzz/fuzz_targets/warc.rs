//! The WARC reader on arbitrary bytes: as they are, gzip'd whole, and gzip'd in one member per
//! record (the first byte chooses), so that the fuzzer explores both damaged gzip and damaged
//! WARC framing inside good gzip. The reader must never panic, must end, and its summary must
//! account for every item it yielded.
#![no_main]

use std::io::Write;

use libfuzzer_sys::fuzz_target;

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let input = match mode % 3 {
        0 => rest.to_vec(),
        1 => gzip(rest),
        _ => {
            // One member per record: cut before every `WARC/` that starts a line.
            let mut cuts = vec![0];
            cuts.extend((1..rest.len()).filter(|&i| rest[i - 1] == b'\n' && rest[i..].starts_with(b"WARC/")));
            cuts.push(rest.len());
            cuts.windows(2).flat_map(|w| gzip(&rest[w[0]..w[1]])).collect()
        }
    };
    // A small cap, so that oversized records are met too.
    let options = lede_warc::Options { max_record_bytes: 1 + u64::from(mode / 3) * 64 };
    let mut reader = lede_warc::records(&input[..], &options);
    let (mut kept, mut errors) = (0, 0);
    for item in &mut reader {
        match item {
            Ok(record) => {
                kept += 1;
                assert!(record.body.len() as u64 <= options.max_record_bytes);
                assert!(record.position.offset < input.len() as u64);
            }
            Err(error) => {
                errors += 1;
                assert!(error.position().offset <= input.len() as u64);
                assert!(!error.to_string().is_empty());
            }
        }
    }
    let summary = reader.summary();
    assert_eq!(summary.kept, kept);
    assert_eq!(summary.errors, errors);
    assert_eq!(summary.records, kept + errors + summary.skipped.total());
});
