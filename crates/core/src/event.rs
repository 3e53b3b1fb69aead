//! The event record: the canonical output from which every export is made.

use crate::{Lang, PartialDate, Span};
use serde::{Deserialize, Serialize};

/// A CAMEO-style actor code: an ISO 3166-1 alpha-3 country or an IGO code,
/// followed by sector codes (`NLDGOV`, `KORMIL`, `IGOWSTNAT`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ActorCode(pub String);

/// Prefixes of actor codes that are not countries; for these the first three
/// letters say nothing about the dyad.
const NON_STATE_PREFIXES: [&str; 4] = ["IGO", "NGO", "IMG", "MNC"];

/// Three-letter sector codes that may follow a country or organisation.
pub const SECTOR_CODES: [&str; 22] = [
    "GOV", "MIL", "LEG", "JUD", "BUS", "OPP", "REB", "CVL", "MED", "COP", "SPY", "EDU", "ELI", "HLH", "LAB", "REF",
    "REL", "CRM", "AGR", "ENV", "INS", "UAF",
];

impl ActorCode {
    /// The part that names the country or organisation, without sectors:
    /// `NLDGOV` → `NLD`, `IGOWSTNATMIL` → `IGOWSTNAT`. This is what the
    /// coarsest evaluation level compares.
    pub fn principal(&self) -> &str {
        let code = self.0.as_str();
        if NON_STATE_PREFIXES.iter().any(|prefix| code.starts_with(prefix)) {
            let mut end = code.len();
            while end >= 6 && code.is_char_boundary(end - 3) && SECTOR_CODES.contains(&&code[end - 3..end]) {
                end -= 3;
            }
            &code[..end]
        } else {
            code.get(..3).unwrap_or(code)
        }
    }
}

/// A CAMEO event code of two, three or four digits (`05`, `057`, `1724`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CameoCode(pub String);

impl CameoCode {
    /// The two-digit root (`1724` → `17`).
    pub fn root(&self) -> &str {
        self.0.get(..2).unwrap_or(&self.0)
    }
}

/// One side of an event as found in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActorRef {
    /// The code valid on the event's date.
    pub code: ActorCode,
    /// The words in the article.
    pub text: String,
    /// Stable id of a person or organisation entry, if one matched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    /// Where the words are.
    pub span: Span,
}

/// PLOVER's view of an event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plover {
    /// One of the 16 PLOVER event types, upper case.
    pub event: String,
    /// The mode, or empty.
    #[serde(default)]
    pub mode: String,
    /// Contexts such as `diplomatic`.
    #[serde(default)]
    pub context: Vec<String>,
}

/// Where an event's date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateBasis {
    /// A time expression in the event's own clause.
    Text,
    /// Inherited from the discourse ("toen", "then").
    Context,
    /// Nothing better: the article's dateline.
    Dateline,
}

/// Why an event was coded: the clause, the trigger word and the patterns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The clause that carries the event.
    pub span: Span,
    /// The word that triggered the pattern.
    pub trigger: String,
    /// Stable ids of the patterns that fired (`nl/057/tekenen-overeenkomst`).
    pub patterns: Vec<String>,
}

/// One coded event, in the JSON Lines form of `DESIGN.md`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id of the event.
    pub id: String,
    /// Id of the article it was coded from.
    pub article: String,
    /// Index of the sentence in the article's segmentation.
    pub sentence: u32,
    /// Who acted.
    pub source: ActorRef,
    /// Who was acted upon.
    pub target: ActorRef,
    /// The CAMEO event code.
    pub cameo: CameoCode,
    /// Goldstein value of the code in the selected table.
    pub goldstein: f64,
    /// Quad class, 1 to 4.
    pub quad_class: u8,
    /// The PLOVER event, mode and contexts.
    pub plover: Plover,
    /// When it happened, as precise as the evidence allows.
    pub date: PartialDate,
    /// Where the date came from.
    pub date_basis: DateBasis,
    /// Country code of where it happened, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// The words that justify the code.
    pub evidence: Evidence,
    /// Whether the text negates the event.
    pub negated: bool,
    /// Language of the article.
    pub lang: Lang,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn principal_strips_sectors() {
        let principal = |code: &str| ActorCode(code.to_owned()).principal().to_owned();
        assert_eq!(principal("NLDGOV"), "NLD");
        assert_eq!(principal("KORGOVMIL"), "KOR");
        assert_eq!(principal("IGOWSTNAT"), "IGOWSTNAT");
        assert_eq!(principal("IGOWSTNATMIL"), "IGOWSTNAT");
        assert_eq!(principal("IGOUNO"), "IGOUNO");
        assert_eq!(principal("KO"), "KO");
    }

    #[test]
    fn event_matches_design_schema() {
        let line = r#"{"id": "e", "article": "a", "sentence": 2,
 "source": {"code": "NLDGOV", "text": "toenmalig premier Mark Rutte", "actor": "mark-rutte", "span": [171, 199]},
 "target": {"code": "KOR", "text": "Zuid-Korea", "span": [212, 222]},
 "cameo": "057", "goldstein": 8.0, "quad_class": 1,
 "plover": {"event": "SUPPORT", "mode": "", "context": ["diplomatic"]},
 "date": "2022", "date_basis": "text", "location": "KOR",
 "evidence": {"span": [134, 260], "trigger": "tekende", "patterns": ["nl/057/tekenen-overeenkomst"]},
 "negated": false, "lang": "nl"}"#;
        let event: Event = serde_json::from_str(line).unwrap();
        assert_eq!(event.cameo.root(), "05");
        assert_eq!(event.date.to_string(), "2022");
        let back: Event = serde_json::from_str(&serde_json::to_string(&event).unwrap()).unwrap();
        assert_eq!(back, event);
    }
}
