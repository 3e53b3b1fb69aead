//! Language identification.
//!
//! Dutch and English are coded; any other language must be recognised as
//! such, so that it is reported and left uncoded rather than coded with the
//! wrong rules. The detector therefore also knows the languages most easily
//! confused with ours (German, Afrikaans, the Scandinavian and Romance
//! languages), and text mostly outside the Latin script is "other" before
//! any model is asked.

use dyad_core::Lang;
use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};
use std::sync::LazyLock;

/// The outcome of identification.
#[derive(Clone, Debug, PartialEq)]
pub enum Detected {
    /// A coded language.
    Coded(Lang),
    /// Another language, by ISO 639-1 code, or `und` for text in a script
    /// none of the models knows.
    Other(String),
    /// Too little text to tell (no letters, or only a word or two).
    Undetermined,
}

/// The detected language and how sure the detector is (0 to 1).
#[derive(Clone, Debug, PartialEq)]
pub struct Detection {
    /// What was found.
    pub detected: Detected,
    /// Relative confidence of the winning language.
    pub confidence: f64,
}

/// Languages the models compare; only Dutch and English are coded.
const CANDIDATES: [Language; 10] = [
    Language::Dutch,
    Language::English,
    Language::German,
    Language::Afrikaans,
    Language::French,
    Language::Spanish,
    Language::Italian,
    Language::Portuguese,
    Language::Danish,
    Language::Swedish,
];

static DETECTOR: LazyLock<LanguageDetector> =
    LazyLock::new(|| LanguageDetectorBuilder::from_languages(&CANDIDATES).build());

/// How much of the text is looked at: enough for a sure answer on an
/// article, little enough to stay fast.
const SAMPLE_BYTES: usize = 500;

/// Identifies the language of `text` from its first 500 bytes.
pub fn detect(text: &str) -> Detection {
    let mut cut = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let sample = &text[..cut];
    let (mut letters, mut latin) = (0usize, 0usize);
    for c in sample.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        latin += usize::from(is_latin(c));
    }
    if letters < 2 {
        return Detection { detected: Detected::Undetermined, confidence: 0.0 };
    }
    if latin * 2 < letters {
        return Detection { detected: Detected::Other("und".to_owned()), confidence: 1.0 };
    }
    let values = DETECTOR.compute_language_confidence_values(sample);
    let Some(&(language, confidence)) = values.first() else {
        return Detection { detected: Detected::Undetermined, confidence: 0.0 };
    };
    let detected = match language {
        Language::Dutch => Detected::Coded(Lang::Nl),
        Language::English => Detected::Coded(Lang::En),
        other => Detected::Other(other.iso_code_639_1().to_string()),
    };
    Detection { detected, confidence }
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}
