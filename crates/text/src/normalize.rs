//! The normalised form of a token: lower case, without diacritics, with
//! typographic quotes and dashes made plain.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Appends the folded form of `text` to `out`: lower case, diacritics
/// removed ("Oekraïne" → "oekraine"), a few ligatures and letters spelled out
/// ("ß" → "ss", "ø" → "o"), typographic quotes, dashes and ellipses made
/// ASCII.
///
/// ```
/// let mut out = String::new();
/// dyad_text::fold("Oekraïne’s", &mut out);
/// assert_eq!(out, "oekraine's");
/// ```
pub fn fold(text: &str, out: &mut String) {
    if text.is_ascii() {
        out.extend(text.bytes().map(|byte| char::from(byte.to_ascii_lowercase())));
        return;
    }
    for c in text.chars() {
        if let Some(plain) = plain_punctuation(c) {
            out.push_str(plain);
            continue;
        }
        for lower in c.to_lowercase() {
            match lower {
                'ß' => out.push_str("ss"),
                'æ' => out.push_str("ae"),
                'œ' => out.push_str("oe"),
                'ø' => out.push('o'),
                'ł' => out.push('l'),
                'đ' | 'ð' => out.push('d'),
                'ı' => out.push('i'),
                _ => decompose_canonical(lower, |part| {
                    if !is_combining_mark(part) {
                        out.push(part);
                    }
                }),
            }
        }
    }
}

/// ASCII stand-ins for typographic punctuation.
fn plain_punctuation(c: char) -> Option<&'static str> {
    Some(match c {
        '‘' | '’' | '‚' | '‛' | '′' | '`' | '´' => "'",
        '“' | '”' | '„' | '‟' | '«' | '»' | '″' | '‹' | '›' => "\"",
        '–' | '—' | '‒' | '―' | '−' | '‐' | '‑' => "-",
        '…' => "...",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(text: &str, expect: &str) {
        let mut out = String::new();
        fold(text, &mut out);
        assert_eq!(out, expect);
    }

    #[test]
    fn folds() {
        check("Zuid-Korea", "zuid-korea");
        check("Oekraïne", "oekraine");
        check("Australië", "australie");
        check("Curaçao", "curacao");
        check("ŁÓDŹ", "lodz");
        check("Straße", "strasse");
        check("„", "\"");
        check("—", "-");
        check("…", "...");
        check("İstanbul", "istanbul");
    }
}
