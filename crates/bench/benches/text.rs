#![allow(missing_docs, reason = "criterion_group! generates an undocumented function")]
//! Ingest and text over a generated corpus of at least 50 MB.
//!
//! Run with `cargo bench -p dyad-bench --bench text`; see README.md beside
//! this crate for baselines. Every case asserts its answer (the number of
//! sentences the generator put in), so a speed-up cannot hide a bug.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dyad_bench::corpus;
use dyad_ingest::{Config, Record, parse_dateline_text};
use std::hint::black_box;

const CORPUS_BYTES: usize = 50 << 20;

fn text(c: &mut Criterion) {
    let articles = corpus(CORPUS_BYTES);
    let total_bytes: usize = articles.iter().map(|article| article.file.len()).sum();
    let expected_sentences: usize = articles.iter().map(|article| article.n_sentences).sum();
    let config = Config::default();
    let bodies: Vec<String> = articles
        .iter()
        .map(|article| match parse_dateline_text(article.file.as_bytes(), "bench.txt", "bench", &config) {
            Record::Article(article) => article.text,
            Record::Skipped(diagnostic) => panic!("generated article skipped: {diagnostic}"),
        })
        .collect();
    let body_bytes: usize = bodies.iter().map(String::len).sum();

    let mut group = c.benchmark_group("text");
    group.sample_size(10);

    group.throughput(Throughput::Bytes(body_bytes as u64));
    group.bench_function("tokenize+segment", |b| {
        b.iter(|| {
            let n_sentences: usize = bodies
                .iter()
                .enumerate()
                .map(|(index, body)| {
                    let lang = if index % 2 == 0 { dyad_core::Lang::Nl } else { dyad_core::Lang::En };
                    dyad_text::analyse(black_box(body), Some(lang)).sentences.len()
                })
                .sum();
            assert_eq!(n_sentences, expected_sentences);
        })
    });

    group.throughput(Throughput::Bytes(total_bytes as u64));
    group.bench_function("ingest+tokenize+segment", |b| {
        b.iter(|| {
            let n_sentences: usize = articles
                .iter()
                .map(|generated| {
                    match parse_dateline_text(black_box(generated.file.as_bytes()), "bench.txt", "bench", &config) {
                        Record::Article(article) => dyad_text::analyse(&article.text, None).sentences.len(),
                        Record::Skipped(_) => 0,
                    }
                })
                .sum();
            assert_eq!(n_sentences, expected_sentences);
        })
    });
    group.finish();

    // Language identification reads the first 500 bytes of each article; a
    // sample of 2,000 articles keeps the case short.
    let sample = &bodies[..bodies.len().min(2000)];
    let mut group = c.benchmark_group("detect");
    group.sample_size(10);
    group.throughput(Throughput::Elements(sample.len() as u64));
    group.bench_function("articles", |b| {
        b.iter(|| {
            let coded = sample
                .iter()
                .filter(|body| matches!(dyad_text::detect(black_box(body)).detected, dyad_text::Detected::Coded(_)))
                .count();
            assert_eq!(coded, sample.len());
        })
    });
    group.finish();
}

criterion_group!(benches, text);
criterion_main!(benches);
