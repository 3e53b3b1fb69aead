//! The gold and system record shapes, and loading them from JSON Lines.

use serde::Deserialize;
use serde::de::DeserializeOwned;
use std::path::Path;

/// An expected event (`NAME.events.jsonl`).
#[derive(Clone, Debug, Deserialize)]
pub struct GoldEvent {
    /// Id within the gold file, for reports.
    #[serde(default)]
    pub id: Option<String>,
    /// Sentence index, for people only; scoring ignores it.
    #[serde(default)]
    pub sentence: Option<u32>,
    /// Source actor code.
    pub source: String,
    /// Target actor code.
    pub target: String,
    /// CAMEO event code.
    pub cameo: String,
    /// Partial date.
    #[serde(default)]
    pub date: Option<String>,
    /// Also-acceptable source codes.
    #[serde(default)]
    pub source_alt: Vec<String>,
    /// Also-acceptable target codes.
    #[serde(default)]
    pub target_alt: Vec<String>,
    /// Also-acceptable event codes; two digits accept the whole root.
    #[serde(default)]
    pub cameo_alt: Vec<String>,
    /// Also-acceptable dates.
    #[serde(default)]
    pub date_alt: Vec<String>,
    /// `core` or `hard`.
    #[serde(default = "core_tier")]
    pub tier: String,
    /// The words that justify it.
    #[serde(default)]
    pub evidence: Option<String>,
    /// Found in either direction.
    #[serde(default)]
    pub symmetric: bool,
}

fn core_tier() -> String {
    "core".to_owned()
}

/// An expected actor mention (`NAME.actors.jsonl`).
#[derive(Clone, Debug, Deserialize)]
pub struct GoldActor {
    /// The words as they appear.
    pub text: String,
    /// The expected code.
    pub code: String,
    /// Also-acceptable codes.
    #[serde(default)]
    pub code_alt: Vec<String>,
    /// Tier; actor gold has none, so every mention is `core`.
    #[serde(default = "core_tier")]
    pub tier: String,
}

/// An expected time expression (`NAME.times.jsonl`).
#[derive(Clone, Debug, Deserialize)]
pub struct GoldTime {
    /// The words as they appear.
    pub text: String,
    /// The expected partial date.
    pub value: String,
    /// Also-acceptable values.
    #[serde(default)]
    pub value_alt: Vec<String>,
    /// Tier; time gold has none, so every expression is `core`.
    #[serde(default = "core_tier")]
    pub tier: String,
}

/// One side of a produced event: the event record's object, or a bare code.
#[derive(Clone, Debug, Deserialize)]
#[serde(untagged)]
pub enum SystemActorRef {
    /// `{"code": "NLDGOV", ...}` as in the event record.
    Record {
        /// The actor code.
        code: String,
    },
    /// `"NLDGOV"`.
    Code(String),
}

impl SystemActorRef {
    /// The actor code.
    pub fn code(&self) -> &str {
        match self {
            SystemActorRef::Record { code } | SystemActorRef::Code(code) => code,
        }
    }
}

/// A produced event: any JSON object with the event record's `source`,
/// `target`, `cameo` and `date`.
#[derive(Clone, Debug, Deserialize)]
pub struct SystemEvent {
    /// The article it was coded from.
    #[serde(default)]
    pub article: Option<String>,
    /// Source side.
    pub source: SystemActorRef,
    /// Target side.
    pub target: SystemActorRef,
    /// CAMEO event code.
    pub cameo: String,
    /// Partial date.
    #[serde(default)]
    pub date: Option<String>,
}

/// A produced actor mention.
#[derive(Clone, Debug, Deserialize)]
pub struct SystemActor {
    /// The article it was found in.
    #[serde(default)]
    pub article: Option<String>,
    /// The words.
    pub text: String,
    /// The code given.
    pub code: String,
}

/// A produced time expression.
#[derive(Clone, Debug, Deserialize)]
pub struct SystemTime {
    /// The article it was found in.
    #[serde(default)]
    pub article: Option<String>,
    /// The words.
    pub text: String,
    /// The resolved value.
    pub value: String,
}

/// A gold or system file that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be opened or read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// A line is not the expected JSON object.
    #[error("{path}:{line}: {message}")]
    Line {
        /// The file.
        path: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Reads a JSON Lines file of `T`, skipping blank lines; fails on the first
/// bad line with its file and line.
pub fn load_jsonl<T: DeserializeOwned>(path: &Path) -> Result<Vec<T>, LoadError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io { path: shown.clone(), source })?;
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| {
            serde_json::from_str(line).map_err(|error| LoadError::Line {
                path: shown.clone(),
                line: index + 1,
                message: error.to_string(),
            })
        })
        .collect()
}
