//! The reading loop every command shares: inputs in, coded articles out,
//! diagnostics and a summary on standard error.

use crate::cli::ReadArgs;
use anyhow::{Result, bail};
use dyad_core::{Diagnostic, Severity};
use dyad_pipeline::{Coded, IngestConfig, Input, Reader, Record, code_article};
use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// Counts for the summary line.
#[derive(Default)]
pub struct Summary {
    articles: usize,
    by_lang: BTreeMap<String, usize>,
    events: usize,
    skipped: BTreeMap<&'static str, usize>,
    warnings: usize,
}

/// Checks that every named input exists, so a typo fails at once.
pub fn inputs(args: &[String]) -> Result<Vec<Input>> {
    args.iter()
        .map(|arg| {
            let input = Input::from_arg(arg);
            if let Input::Path(path) = &input
                && !path.exists()
            {
                bail!("{arg}: no such file or directory");
            }
            Ok(input)
        })
        .collect()
}

/// Reads and codes every article, calling `each` on it in input order.
/// Diagnostics go to standard error as they come (unless `--quiet`); the
/// summary follows at the end.
pub fn for_each_coded(args: &[String], read: &ReadArgs, mut each: impl FnMut(&Coded) -> Result<()>) -> Result<Summary> {
    let config = IngestConfig { fallback_date: read.date, max_article_bytes: read.max_article_bytes };
    let reader = Reader::new(inputs(args)?, config);
    let mut summary = Summary::default();
    let mut progress = Progress::new();
    let mut stderr = std::io::stderr().lock();
    let mut report = |diagnostic: &Diagnostic, summary: &mut Summary| {
        if diagnostic.severity == Severity::Warning {
            summary.warnings += 1;
        }
        if !read.quiet {
            let _ = writeln!(stderr, "{diagnostic}");
        }
    };
    for record in reader {
        match record {
            Record::Skipped(diagnostic) => {
                *summary.skipped.entry(diagnostic.kind).or_default() += 1;
                progress.clear();
                report(&diagnostic, &mut summary);
            }
            Record::Article(article) => {
                let coded = code_article(article);
                progress.clear();
                for diagnostic in coded.article.diagnostics.iter().chain(&coded.diagnostics) {
                    report(diagnostic, &mut summary);
                }
                summary.articles += 1;
                let lang = coded.lang.map_or("uncoded", |lang| lang.code());
                *summary.by_lang.entry(lang.to_owned()).or_default() += 1;
                summary.events += coded.events.len();
                each(&coded)?;
            }
        }
        progress.tick(&summary);
    }
    progress.clear();
    Ok(summary)
}

impl Summary {
    /// Prints the one-line summary to standard error.
    pub fn print(&self, elapsed: Duration) {
        let langs: Vec<String> = self.by_lang.iter().map(|(lang, n)| format!("{lang} {n}")).collect();
        let n_skipped: usize = self.skipped.values().sum();
        let skipped: Vec<String> = self.skipped.iter().map(|(kind, n)| format!("{kind} {n}")).collect();
        let mut line = format!("dyad: {} article(s)", self.articles);
        if !langs.is_empty() {
            line += &format!(" ({})", langs.join(", "));
        }
        line += &format!(", {} event(s)", self.events);
        if n_skipped > 0 {
            line += &format!(", {n_skipped} skipped ({})", skipped.join(", "));
        }
        if self.warnings > 0 {
            line += &format!(", {} warning(s)", self.warnings);
        }
        line += &format!(", {:.2} s", elapsed.as_secs_f64());
        eprintln!("{line}");
    }
}

/// A progress line on standard error: redrawn in place on a terminal,
/// a plain line every ten seconds otherwise (for logs).
struct Progress {
    started: Instant,
    last: Instant,
    terminal: bool,
    shown: bool,
}

impl Progress {
    fn new() -> Progress {
        let now = Instant::now();
        Progress { started: now, last: now, terminal: std::io::stderr().is_terminal(), shown: false }
    }

    fn tick(&mut self, summary: &Summary) {
        let every = if self.terminal { Duration::from_millis(250) } else { Duration::from_secs(10) };
        if self.last.elapsed() < every {
            return;
        }
        self.last = Instant::now();
        let seconds = self.started.elapsed().as_secs_f64().max(1e-9);
        let line = format!(
            "dyad: {} articles, {} events, {:.0} articles/s, {:.0} events/s",
            summary.articles,
            summary.events,
            summary.articles as f64 / seconds,
            summary.events as f64 / seconds
        );
        if self.terminal {
            eprint!("\r{line}\x1b[K");
            self.shown = true;
        } else {
            eprintln!("{line}");
        }
    }

    fn clear(&mut self) {
        if self.shown {
            eprint!("\r\x1b[K");
            self.shown = false;
        }
    }
}
