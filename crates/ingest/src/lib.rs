//! Ingest: files and streams in, [`Article`]s out.
//!
//! The first stage of the pipeline. It reads the article forms of
//! `DESIGN.md`: the dateline text form (`date 2024-12` and then the body),
//! JSON Lines, directories of those (recursively, in byte order of file
//! names), `-` for standard input, and gzip either way (recognised by its
//! magic bytes, not its name).
//!
//! Reading never fails as a whole. Each input yields [`Record`]s: an article
//! with the diagnostics about it, or a skipped record with the reason, so a
//! caller can count every skip. Memory is bounded by
//! [`Config::max_article_bytes`] whatever the input looks like.
//!
//! # Example
//!
//! ```
//! use dyad_ingest::{parse_dateline_text, Config, Record};
//!
//! let text = "date 2024-12\ntitle Een voorbeeld\n\nDe premier reisde naar Seoul.";
//! let record = parse_dateline_text(text.as_bytes(), "voorbeeld.txt", "voorbeeld", &Config::default());
//! let Record::Article(article) = record else { panic!("expected an article") };
//! assert_eq!(article.dateline.to_string(), "2024-12");
//! assert_eq!(article.title.as_deref(), Some("Een voorbeeld"));
//! assert_eq!(article.text, "De premier reisde naar Seoul.");
//! ```
#![deny(missing_docs)]

mod dateline;
mod jsonl;
mod reader;

pub use dateline::parse_dateline_text;
pub use jsonl::parse_jsonl_line;
pub use reader::{Input, Reader};

use dyad_core::{Diagnostic, Origin, PartialDate};

/// One dated news article, as read.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// Stable id: the JSON `id`, else the file stem (text form) or
    /// `stem:line` (JSON Lines), `stdin` for standard input.
    pub id: String,
    /// The file and line the article starts at.
    pub origin: Origin,
    /// The publication date, with the precision the input gave.
    pub dateline: PartialDate,
    /// Title, if the input had one.
    pub title: Option<String>,
    /// Source URL, if the input had one.
    pub url: Option<String>,
    /// Language the input declared (JSON `lang`), unchecked.
    pub declared_lang: Option<String>,
    /// The body. Every span of later stages is a byte range into this.
    pub text: String,
    /// What was odd about this article (lossy UTF-8, a fallback date).
    pub diagnostics: Vec<Diagnostic>,
}

/// What reading one input unit produced.
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    /// An article, possibly with diagnostics.
    Article(Article),
    /// Something that was not turned into an article, and why. Its severity
    /// is `Error` for input that looked like an article but was unusable and
    /// `Info` for files that are not articles at all.
    Skipped(Diagnostic),
}

/// How to read.
#[derive(Clone, Debug)]
pub struct Config {
    /// Dateline used, with a warning, when an article has none or an invalid
    /// one. Without it such articles are skipped.
    pub fallback_date: Option<PartialDate>,
    /// Articles (and JSON lines) larger than this are skipped with an error,
    /// which bounds memory whatever the input.
    pub max_article_bytes: usize,
}

impl Default for Config {
    fn default() -> Config {
        Config { fallback_date: None, max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES }
    }
}

/// Default for [`Config::max_article_bytes`]: 8 MiB, far above any news
/// article and far below a machine's memory.
pub const DEFAULT_MAX_ARTICLE_BYTES: usize = 8 << 20;

/// Decodes bytes as UTF-8, replacing invalid sequences, and says where the
/// first one was.
fn decode_lossy(bytes: &[u8], origin: &Origin, first_line: u64) -> (String, Option<Diagnostic>) {
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), None),
        Err(error) => {
            let valid = &bytes[..error.valid_up_to()];
            let line = first_line + valid.iter().filter(|&&byte| byte == b'\n').count() as u64;
            let diagnostic = Diagnostic::warning(
                "ingest/invalid-utf8",
                format!(
                    "invalid UTF-8 at byte {}; decoded lossily with U+FFFD replacement characters",
                    error.valid_up_to()
                ),
            )
            .at(Origin { path: origin.path.clone(), line: Some(line) });
            (String::from_utf8_lossy(bytes).into_owned(), Some(diagnostic))
        }
    }
}

/// The dateline to use when the input's own is missing or bad: the fallback
/// with a warning, or a skip naming the problem.
fn fallback_or_skip(
    config: &Config,
    problem: Diagnostic,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<PartialDate, Diagnostic> {
    match config.fallback_date {
        Some(date) => {
            let Diagnostic { kind, message, origin, .. } = problem;
            let mut warning = Diagnostic::warning(kind, format!("{message}; used --date {date}"));
            warning.origin = origin;
            diagnostics.push(warning);
            Ok(date)
        }
        None => Err(problem),
    }
}
