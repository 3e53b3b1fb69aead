//! A 200 MB input without line breaks is read in bounded memory.
//!
//! This test binary counts every allocation, so it measures the reader's
//! own peak heap use rather than trusting it.
#![allow(unsafe_code, reason = "a counting global allocator needs unsafe impl GlobalAlloc")]

use dyad_ingest::{Config, Input, Reader, Record};
use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to the system allocator unchanged; the
// counters are only bookkeeping.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = CURRENT.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        // SAFETY: same layout contract as our caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` came from `System.alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const SIZE: usize = 200 << 20;

fn write_file(path: &std::path::Path, prefix: &[u8]) {
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    file.write_all(prefix).unwrap();
    let chunk = vec![b'x'; 1 << 20];
    let mut written = prefix.len();
    while written < SIZE {
        file.write_all(&chunk).unwrap();
        written += chunk.len();
    }
    file.flush().unwrap();
}

#[test]
fn two_hundred_megabytes_without_line_breaks() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("huge.txt");
    let jsonl = dir.path().join("huge.jsonl");
    write_file(&text, b"date 2024 ");
    write_file(&jsonl, b"{\"date\": \"2024\", \"text\": \"");

    let before = CURRENT.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let records: Vec<Record> = Reader::new([Input::Path(text), Input::Path(jsonl)], Config::default()).collect();
    let peak = PEAK.load(Ordering::Relaxed) - before;

    let kinds: Vec<&str> = records
        .iter()
        .map(|record| match record {
            Record::Skipped(diagnostic) => diagnostic.kind,
            Record::Article(_) => "article",
        })
        .collect();
    assert_eq!(kinds, ["ingest/too-large", "ingest/too-large"]);
    // The default cap is 8 MiB; allow for buffers and growth slack.
    assert!(peak < 40 << 20, "peak heap while reading 2 x 200 MB was {} MiB", peak >> 20);
}
