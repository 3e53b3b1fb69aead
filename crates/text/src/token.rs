//! Tokens: words, numbers and punctuation with byte spans into the article.

use crate::normalize::fold;
use dyad_core::Span;
use unicode_normalization::char::is_combining_mark;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters, possibly with digits after the first letter (`G20`).
    Word,
    /// Digits, with inner `.` or `,` groups (`2,5`, `1.000`) and a letter
    /// suffix for ordinals and units (`3e`, `21st`, `5km`).
    Number,
    /// Any other single character; runs of `.` or `-` are one token.
    Punct,
}

/// The white space before a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Gap {
    /// None: the token is glued to the one before (`U.S.`, `NAVO-top`).
    None,
    /// Spaces within a line.
    Space,
    /// One line break.
    Line,
    /// A blank line: a paragraph break.
    Paragraph,
}

/// One token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where the token is in the article.
    pub span: Span,
    /// Word, number or punctuation.
    pub kind: TokenKind,
    /// The white space before it.
    pub gap: Gap,
    norm: (u32, u32),
}

/// The tokens of one article, with their normalised forms stored together
/// so that tokenising allocates once per article, not once per token.
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    tokens: Vec<Token>,
    norms: String,
}

impl Tokens {
    /// The tokens in text order.
    pub fn as_slice(&self) -> &[Token] {
        &self.tokens
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The normalised form of a token: lower case, diacritics folded,
    /// typographic punctuation made ASCII (see [`crate::fold`]).
    pub fn norm(&self, token: &Token) -> &str {
        &self.norms[token.norm.0 as usize..token.norm.1 as usize]
    }
}

impl std::ops::Index<usize> for Tokens {
    type Output = Token;

    fn index(&self, index: usize) -> &Token {
        &self.tokens[index]
    }
}

/// Whether a character is white space between tokens. Zero-width spaces
/// and joiners and the byte-order mark count as white space too.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Cuts `text` into tokens. Never fails; every character that is not white
/// space ends up in exactly one token.
pub fn tokenize(text: &str) -> Tokens {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut norms = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut pos = 0;
    let mut newlines = 0u32;
    let mut spaced = false;
    while pos < text.len() {
        let c = next_char(text, pos);
        if is_space(c) {
            if c == '\n' {
                newlines += 1;
            }
            spaced = true;
            pos += c.len_utf8();
            continue;
        }
        let start = pos;
        let kind = if c.is_alphabetic() {
            pos = scan_while(text, pos, is_word_char);
            TokenKind::Word
        } else if c.is_numeric() {
            pos = scan_number(text, bytes, pos);
            TokenKind::Number
        } else {
            pos += c.len_utf8();
            if matches!(c, '.' | '-') {
                pos = scan_while(text, pos, |next| next == c);
            }
            TokenKind::Punct
        };
        let gap = match (spaced, newlines) {
            (false, _) => Gap::None,
            (true, 0) => Gap::Space,
            (true, 1) => Gap::Line,
            (true, _) => Gap::Paragraph,
        };
        let norm_start = norms.len();
        fold(&text[start..pos], &mut norms);
        tokens.push(Token { span: Span::new(start, pos), kind, gap, norm: (norm_start as u32, norms.len() as u32) });
        spaced = false;
        newlines = 0;
    }
    Tokens { tokens, norms }
}

fn next_char(text: &str, pos: usize) -> char {
    text[pos..].chars().next().expect("pos is a char boundary inside text")
}

fn scan_while(text: &str, pos: usize, keep: impl Fn(char) -> bool) -> usize {
    text[pos..].find(|c: char| !keep(c)).map_or(text.len(), |offset| pos + offset)
}

/// Digits, then `.` or `,` followed by more digits, then a letter suffix.
fn scan_number(text: &str, bytes: &[u8], pos: usize) -> usize {
    let mut end = scan_while(text, pos, char::is_numeric);
    while end + 1 < bytes.len() && matches!(bytes[end], b'.' | b',') && bytes[end + 1].is_ascii_digit() {
        end = scan_while(text, end + 1, char::is_numeric);
    }
    scan_while(text, end, is_word_char)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(text: &str, expect: &str) {
        let tokens = tokenize(text);
        let shown: Vec<String> = tokens
            .as_slice()
            .iter()
            .map(|token| {
                let gap = match token.gap {
                    Gap::None => "",
                    Gap::Space => " ",
                    Gap::Line => "/",
                    Gap::Paragraph => "//",
                };
                let kind = match token.kind {
                    TokenKind::Word => "w",
                    TokenKind::Number => "n",
                    TokenKind::Punct => "p",
                };
                format!("{gap}{}:{kind}", tokens.norm(token))
            })
            .collect();
        assert_eq!(shown.join("|"), expect);
    }

    #[test]
    fn words_numbers_punctuation() {
        check("Zuid-Korea's", "zuid:w|-:p|korea:w|':p|s:w");
        check("2,5 miljard en 3.5 billion", "2,5:n| miljard:w| en:w| 3.5:n| billion:w");
        check("de 3e en 21st", "de:w| 3e:n| en:w| 21st:n");
        check("U.S. G20", "u:w|.:p|s:w|.:p| g20:w");
        check("wacht...", "wacht:w|...:p");
        check("„Ja”", "\":p|ja:w|\":p");
        check("a - b", "a:w| -:p| b:w");
        check("eind.\n\nBegin\nregel", "eind:w|.:p|//begin:w|/regel:w");
        check("2024.", "2024:n|.:p");
        check("Oekraïne", "oekraine:w");
    }
}
