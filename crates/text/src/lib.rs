//! Text: an article's body in, language, tokens and sentences out.
//!
//! The second stage of the pipeline, after `ingest`. [`detect`] names the
//! language, [`tokenize`] cuts the body into [`Token`]s with byte spans and a
//! normalised form, and [`segment`] groups the tokens into [`Sentence`]s.
//! Language-specific knowledge (abbreviations, sentence openers) lives in one
//! file per language under `lang/`, listed in one table keyed by [`Lang`].
//!
//! Invariants, tested as properties: token spans are in bounds, on char
//! boundaries, in order and disjoint, and every character that is not white
//! space lies in exactly one token; sentences are runs of whole tokens that
//! together cover every token in order.
//!
//! # Example
//!
//! ```
//! use dyad_core::Lang;
//! use dyad_text::{segment, tokenize};
//!
//! let text = "Dhr. Rutte sprak o.a. met de VS. Daarna reisde hij door.";
//! let tokens = tokenize(text);
//! let sentences = segment(text, &tokens, Some(Lang::Nl));
//! let shown: Vec<&str> = sentences.iter().map(|s| &text[s.span.range()]).collect();
//! assert_eq!(shown, ["Dhr. Rutte sprak o.a. met de VS.", "Daarna reisde hij door."]);
//! ```
#![deny(missing_docs)]

mod detect;
mod lang;
mod normalize;
mod segment;
mod token;

pub use detect::{Detected, Detection, detect};
pub use normalize::fold;
pub use segment::{Sentence, segment};
pub use token::{Gap, Token, TokenKind, Tokens, tokenize};

use dyad_core::Lang;

/// The text stage's view of one article.
#[derive(Clone, Debug)]
pub struct Analysis {
    /// Every token of the body.
    pub tokens: Tokens,
    /// The sentences, as runs of tokens.
    pub sentences: Vec<Sentence>,
}

/// Tokenises and segments a body with the rules of `lang` (both languages'
/// rules when `None`).
pub fn analyse(text: &str, lang: Option<Lang>) -> Analysis {
    let tokens = tokenize(text);
    let sentences = segment(text, &tokens, lang);
    Analysis { tokens, sentences }
}
