//! Diagnostics: odd input turned into data instead of failures.

use crate::Span;
use serde::Serialize;
use std::fmt;

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; nothing was lost.
    Info,
    /// Input was repaired or guessed at (lossy UTF-8, a fallback date).
    Warning,
    /// Input was skipped; the skip is counted in the run's summary.
    Error,
}

/// Where in the input something was found: a file (or `-` for standard
/// input) and, when known, a 1-based line.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Origin {
    /// The path as the user gave it or as found under a directory.
    pub path: String,
    /// 1-based line number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
}

impl Origin {
    /// An origin naming a whole file.
    pub fn file(path: impl Into<String>) -> Origin {
        Origin { path: path.into(), line: None }
    }

    /// An origin naming one line of a file.
    pub fn line(path: impl Into<String>, line: u64) -> Origin {
        Origin { path: path.into(), line: Some(line) }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}", self.path),
            None => f.write_str(&self.path),
        }
    }
}

/// A message about the input, attached to an article or to a skipped record.
///
/// `kind` is a stable identifier such as `ingest/missing-date`, for counting
/// and filtering; `message` is for people: lowercase, no trailing period, and
/// it names the offending value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// Stable identifier of the kind of problem.
    pub kind: &'static str,
    /// What happened, for people.
    pub message: String,
    /// Where in the input files, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
    /// Where in the article text, if it concerns part of an article.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

impl Diagnostic {
    /// A diagnostic with the given severity, kind and message.
    pub fn new(severity: Severity, kind: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity, kind, message: message.into(), origin: None, span: None }
    }

    /// Shorthand for an [`Severity::Error`].
    pub fn error(kind: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Error, kind, message)
    }

    /// Shorthand for a [`Severity::Warning`].
    pub fn warning(kind: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Warning, kind, message)
    }

    /// Shorthand for a [`Severity::Info`].
    pub fn info(kind: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Info, kind, message)
    }

    /// Attaches an origin.
    pub fn at(mut self, origin: Origin) -> Diagnostic {
        self.origin = Some(origin);
        self
    }

    /// Attaches a span of the article text.
    pub fn with_span(mut self, span: Span) -> Diagnostic {
        self.span = Some(span);
        self
    }
}

impl fmt::Display for Diagnostic {
    /// `path:line: severity: message [kind]`, the shape compilers use, so
    /// editors can jump to the place.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(origin) = &self.origin {
            write!(f, "{origin}: ")?;
        }
        let severity = match self.severity {
            Severity::Info => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{severity}: {} [{}]", self.message, self.kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_with_file_and_line() {
        let diagnostic =
            Diagnostic::error("ingest/missing-date", "missing dateline").at(Origin::line("examples/a.txt", 3));
        assert_eq!(diagnostic.to_string(), "examples/a.txt:3: error: missing dateline [ingest/missing-date]");
    }
}
