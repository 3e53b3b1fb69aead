//! Invariants of tokens and sentences on arbitrary text.

use dyad_core::Lang;
use dyad_text::{Gap, analyse};
use proptest::prelude::*;

/// Text with the characters that matter to the tokenizer and segmenter
/// over-represented: terminals, quotes, dashes, digits, white space,
/// combining marks and multi-byte letters.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(". ".to_owned()),
        Just(".".to_owned()),
        Just("? ".to_owned()),
        Just("...".to_owned()),
        Just("„".to_owned()),
        Just("” ".to_owned()),
        Just(" - ".to_owned()),
        Just("\n\n".to_owned()),
        Just("\u{200B}".to_owned()),
        Just("e\u{0308}".to_owned()),
        Just("U.S.".to_owned()),
        Just("dhr. ".to_owned()),
        "[A-Za-zëïé0-9,.]{1,8}",
        " {1,3}",
        any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

/// White space and the invisible characters the tokenizer treats as such.
fn is_gap_char(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

proptest! {
    #[test]
    fn tokens_and_sentences_cover_the_text(text in newsish(), lang in prop_oneof![Just(None), Just(Some(Lang::Nl)), Just(Some(Lang::En))]) {
        let analysis = analyse(&text, lang);
        let tokens = analysis.tokens.as_slice();
        let mut covered = 0usize;
        for token in tokens {
            // In bounds and on char boundaries.
            let slice = token.span.slice(&text);
            prop_assert!(slice.is_some(), "span {:?} of {:?}", token.span, text);
            prop_assert!(!token.span.is_empty());
            // In order, disjoint, and only white space between tokens.
            let start = token.span.start as usize;
            prop_assert!(start >= covered);
            let between = &text[covered..start];
            prop_assert!(between.chars().all(is_gap_char), "uncovered {:?}", between);
            prop_assert_eq!(token.gap == Gap::None, between.is_empty());
            covered = token.span.end as usize;
        }
        let rest = &text[covered..];
        prop_assert!(rest.chars().all(is_gap_char), "uncovered tail {:?}", rest);

        // Sentences are non-empty runs of whole tokens covering all tokens in order.
        let mut next = 0;
        for sentence in &analysis.sentences {
            prop_assert_eq!(sentence.tokens.start, next);
            prop_assert!(sentence.tokens.end > sentence.tokens.start);
            prop_assert_eq!(sentence.span.start, tokens[sentence.tokens.start].span.start);
            prop_assert_eq!(sentence.span.end, tokens[sentence.tokens.end - 1].span.end);
            next = sentence.tokens.end;
        }
        prop_assert_eq!(next, tokens.len());
    }
}
