//! The pipeline facade: one call from a read [`Article`] to a [`Coded`]
//! article, wiring the stages that exist in order.
//!
//! Stage crates depend only on `dyad-core`; this crate is where they meet,
//! the way the `dyad` binary, the benches and the tests all call them.
//! Today the stages are ingest and text; the lexicon, time and coder stages
//! plug in here as they land, and until then no event is produced. No
//! placeholder event is ever emitted.
//!
//! # Example
//!
//! ```
//! use dyad_core::Lang;
//! use dyad_ingest::{parse_dateline_text, Config, Record};
//!
//! let text = "date 2024-12 De premier reisde naar Seoul. Daar sprak hij met de president.";
//! let Record::Article(article) = parse_dateline_text(text.as_bytes(), "a.txt", "a", &Config::default()) else {
//!     unreachable!()
//! };
//! let coded = dyad_pipeline::code_article(article);
//! assert_eq!(coded.lang, Some(Lang::Nl));
//! assert_eq!(coded.analysis.sentences.len(), 2);
//! assert!(coded.events.is_empty(), "no coder yet, so no events");
//! ```
#![deny(missing_docs)]

pub use dyad_ingest::{Article, Config as IngestConfig, Input, Reader, Record};
pub use dyad_text::{Analysis, Detected, Detection};

use dyad_core::{Diagnostic, Event, Lang};

/// An article after every stage that exists.
#[derive(Clone, Debug)]
pub struct Coded {
    /// The article as read, with ingest's diagnostics.
    pub article: Article,
    /// What the language detector found.
    pub detection: Detection,
    /// The language whose rules coded it; `None` when it is not coded.
    pub lang: Option<Lang>,
    /// Tokens and sentences.
    pub analysis: Analysis,
    /// Coded events (none until the coder stage lands).
    pub events: Vec<Event>,
    /// What the stages after ingest had to say about it.
    pub diagnostics: Vec<Diagnostic>,
}

/// Runs every stage on one article. Never fails: problems become
/// diagnostics.
///
/// The language is the one the input declared, when it declared a coded
/// one; otherwise the detector's. An article in any other language, or one
/// too short to tell, is segmented (so it can be inspected) but not coded.
pub fn code_article(article: Article) -> Coded {
    let detection = dyad_text::detect(&article.text);
    let mut diagnostics = Vec::new();
    let origin = article.origin.clone();
    let lang = match (&article.declared_lang, &detection.detected) {
        (Some(declared), detected) => match declared.parse::<Lang>() {
            Ok(lang) => {
                let agrees = *detected == Detected::Coded(lang) || *detected == Detected::Undetermined;
                if !agrees && detection.confidence > 0.9 {
                    diagnostics.push(
                        Diagnostic::warning(
                            "text/lang-mismatch",
                            format!(
                                "declared language {declared:?} but the text reads as {}; coding as declared",
                                describe(detected)
                            ),
                        )
                        .at(origin.clone()),
                    );
                }
                Some(lang)
            }
            Err(message) => {
                diagnostics
                    .push(Diagnostic::info("text/lang-uncoded", format!("{message}; left uncoded")).at(origin.clone()));
                None
            }
        },
        (None, Detected::Coded(lang)) => Some(*lang),
        (None, Detected::Other(code)) => {
            diagnostics.push(
                Diagnostic::info(
                    "text/lang-uncoded",
                    format!("language {code:?} is not coded (coded: nl, en); left uncoded"),
                )
                .at(origin.clone()),
            );
            None
        }
        (None, Detected::Undetermined) => {
            diagnostics.push(
                Diagnostic::warning("text/lang-undetermined", "too little text to tell the language; left uncoded")
                    .at(origin.clone()),
            );
            None
        }
    };
    let analysis = dyad_text::analyse(&article.text, lang);
    Coded { article, detection, lang, analysis, events: Vec::new(), diagnostics }
}

fn describe(detected: &Detected) -> String {
    match detected {
        Detected::Coded(lang) => lang.code().to_owned(),
        Detected::Other(code) => code.clone(),
        Detected::Undetermined => "undetermined".to_owned(),
    }
}
