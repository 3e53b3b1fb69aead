//! Sentence segmentation over tokens.
//!
//! A sentence ends at `.`, `?`, `!` or an ellipsis when the words around it
//! say so, and always at a blank line. Closing quotes and brackets glued to
//! the terminal stay with the sentence they close. The rules, in the order
//! they are tried for a full stop:
//!
//! 1. Glued to the next word ("nation.Touching"): a boundary only between a
//!    lower-case word and a capitalised one, so "U.S", "3.5" and "nos.nl"
//!    stay whole.
//! 2. A lower-case word follows: no boundary ("o.a. met").
//! 3. A listed abbreviation before it: titles never end a sentence ("Dr.",
//!    "dhr."); "nr."/"Jan." end one unless a number follows; "etc."/"jl."
//!    and initials ("J.", "U.S.") end one only when the next word commonly
//!    opens sentences.
//! 4. A one- or two-digit number opening the sentence is a list marker.
//! 5. Otherwise, a boundary.
//!
//! Spaced dashes used as parentheses (" - die dinsdag ... - ") are ordinary
//! punctuation inside a sentence.

use crate::lang::{LangRules, rules_for};
use crate::token::{Gap, Token, TokenKind, Tokens};
use dyad_core::{Lang, Span};
use std::ops::Range;

/// One sentence: a run of whole tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// From the first byte of its first token to the last of its last.
    pub span: Span,
    /// Indices into the article's [`Tokens`].
    pub tokens: Range<usize>,
}

/// Groups `tokens` (made from `text`) into sentences, with the
/// abbreviations of `lang` (of every language when `None`).
///
/// Invariant: the sentences' token ranges are non-empty and together cover
/// `0..tokens.len()` in order.
pub fn segment(text: &str, tokens: &Tokens, lang: Option<Lang>) -> Vec<Sentence> {
    let all = tokens.as_slice();
    let rules = rules_for(lang);
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut index = 0;
    let mut close = |start: usize, end: usize| {
        sentences.push(Sentence { span: all[start].span.cover(all[end - 1].span), tokens: start..end });
    };
    while index < all.len() {
        if index > start && all[index].gap == Gap::Paragraph {
            close(start, index);
            start = index;
        }
        let terminal = terminal(tokens, &all[index]);
        if terminal != Terminal::No {
            // Closers and further terminals glued to this one belong to it.
            let mut end = index + 1;
            while end < all.len() && all[end].gap == Gap::None && is_closer_or_terminal(tokens, &all[end]) {
                end += 1;
            }
            let context = Context { text, tokens, start, terminal: index, next: end };
            if ends_sentence(&context, terminal, rules.clone()) {
                close(start, end);
                start = end;
            }
            index = end;
            continue;
        }
        index += 1;
    }
    if start < all.len() {
        close(start, all.len());
    }
    sentences
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Terminal {
    No,
    FullStop,
    Question,
    Ellipsis,
}

fn terminal(tokens: &Tokens, token: &Token) -> Terminal {
    if token.kind != TokenKind::Punct {
        return Terminal::No;
    }
    match tokens.norm(token) {
        "." => Terminal::FullStop,
        "?" | "!" | "?!" => Terminal::Question,
        norm if norm.starts_with("..") => Terminal::Ellipsis,
        _ => Terminal::No,
    }
}

fn is_closer_or_terminal(tokens: &Tokens, token: &Token) -> bool {
    matches!(tokens.norm(token), "\"" | "'" | ")" | "]" | "?" | "!" | ".")
}

/// What is around a candidate boundary.
struct Context<'a> {
    text: &'a str,
    tokens: &'a Tokens,
    /// First token of the current sentence.
    start: usize,
    /// The terminal token.
    terminal: usize,
    /// The token after the terminal and its glued closers.
    next: usize,
}

impl Context<'_> {
    fn token(&self, index: usize) -> &Token {
        &self.tokens[index]
    }

    fn source(&self, index: usize) -> &str {
        &self.text[self.token(index).span.range()]
    }

    /// The first word after the boundary, looking past opening quotes and
    /// brackets.
    fn next_word(&self) -> Option<usize> {
        (self.next..self.tokens.len()).take(3).find(|&index| self.token(index).kind != TokenKind::Punct)
    }

    /// Whether the next words are an elided Dutch article and a capitalised
    /// word: "'s Avonds", "'t Is".
    fn elided_article_opens(&self) -> bool {
        let [apostrophe, article, word] = [self.next, self.next + 1, self.next + 2];
        word < self.tokens.len()
            && self.tokens.norm(self.token(apostrophe)) == "'"
            && self.token(article).gap == Gap::None
            && matches!(self.source(article), "s" | "t" | "n")
            && capitalised(self.source(word))
    }

    /// The glued run of tokens before the terminal, as normalised text:
    /// "u.s", "o.a", "dhr". `previous` is the token just before it.
    fn word_before(&self, previous: usize) -> String {
        let mut first = previous;
        while first > self.start && self.token(first).gap == Gap::None {
            first -= 1;
        }
        // Opening quotes or brackets are not part of the word.
        while first < previous && self.token(first).kind == TokenKind::Punct && self.source(first) != "." {
            first += 1;
        }
        (first..self.terminal).map(|index| self.tokens.norm(self.token(index))).collect()
    }
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn starts_lower(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

/// A capitalised word: upper case then lower case ("Touching", not "NOS").
fn capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
}

fn ends_sentence<'r>(
    context: &Context<'_>,
    terminal: Terminal,
    rules: impl Iterator<Item = &'r LangRules> + Clone,
) -> bool {
    let Some(next) = context.tokens.as_slice().get(context.next) else {
        return true;
    };
    if next.gap == Gap::Paragraph {
        return true;
    }
    let glued = next.gap == Gap::None;
    let next_word = context.next_word();
    let next_source = next_word.map_or("", |index| context.source(index));

    // The token before the terminal, within this sentence.
    let Some(previous) = context.terminal.checked_sub(1).filter(|&index| index >= context.start) else {
        return true;
    };
    let previous_token = context.token(previous);
    let previous_source = context.source(previous);
    if glued {
        // Rule 1: "nation.Touching" or "really?Yes".
        let before_is_word = previous_token.kind == TokenKind::Word
            && (previous == context.start || previous_token.gap != Gap::None)
            && previous_token.span.len() >= 2
            && previous_source.chars().any(char::is_lowercase);
        return before_is_word && next_word == Some(context.next) && capitalised(next_source);
    }
    // Rule 2: a lower-case word goes on the sentence, except the Dutch
    // elided articles that open sentences before a capital ("'s Avonds").
    if starts_lower(next_source) && !context.elided_article_opens() {
        return false;
    }
    match terminal {
        Terminal::Ellipsis => return starts_upper(next_source),
        Terminal::Question => return true,
        Terminal::FullStop | Terminal::No => {}
    }
    // Rule 3: abbreviations and initials.
    let before = context.word_before(previous);
    let before = before.as_str();
    // An acronym in capitals ("VS", "EU") is a name, not the abbreviation
    // that shares its letters ("vs.").
    let acronym = !before.contains('.')
        && previous_source.chars().count() >= 2
        && previous_source.chars().all(char::is_uppercase);
    let listed = |list: fn(&LangRules) -> &'static [&'static str]| {
        !acronym && rules.clone().any(|rules| list(rules).contains(&before))
    };
    if listed(|rules| rules.abbreviations) {
        return false;
    }
    if listed(|rules| rules.before_number) {
        return next_word.is_none_or(|index| context.token(index).kind != TokenKind::Number);
    }
    let initials = is_initials(before) && previous_token.kind == TokenKind::Word && starts_upper(previous_source);
    if initials || listed(|rules| rules.may_end) {
        let next_norm = next_word.map_or("", |index| context.tokens.norm(context.token(index)));
        return rules.clone().any(|rules| rules.openers.contains(&next_norm));
    }
    // Rule 4: "1." or "12." opening a sentence is a list marker.
    !(previous == context.start && previous_token.kind == TokenKind::Number && previous_token.span.len() <= 2)
}

/// Single letters separated by full stops: "j", "u.s", "j.r.r".
fn is_initials(word: &str) -> bool {
    !word.is_empty()
        && word.split('.').all(|part| {
            let mut chars = part.chars();
            chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize;

    #[track_caller]
    fn check(lang: Option<Lang>, text: &str, expect: &[&str]) {
        let tokens = tokenize(text);
        let sentences = segment(text, &tokens, lang);
        let actual: Vec<&str> = sentences.iter().map(|sentence| &text[sentence.span.range()]).collect();
        assert_eq!(actual, expect);
    }

    const NL: Option<Lang> = Some(Lang::Nl);
    const EN: Option<Lang> = Some(Lang::En);

    #[test]
    fn dutch_abbreviations() {
        check(
            NL,
            "Dhr. Jansen en mw. De Vries spraken o.a. over geld. Daarna niet.",
            &["Dhr. Jansen en mw. De Vries spraken o.a. over geld.", "Daarna niet."],
        );
        check(
            NL,
            "Er zijn kosten, bijv. voor reizen, d.w.z. vluchten. Het kabinet betaalt.",
            &["Er zijn kosten, bijv. voor reizen, d.w.z. vluchten.", "Het kabinet betaalt."],
        );
        check(
            NL,
            "Dat gebeurde op 5 maart jl. De minister reageerde.",
            &["Dat gebeurde op 5 maart jl.", "De minister reageerde."],
        );
        check(NL, "Het gebeurde 5 maart jl. in Den Haag.", &["Het gebeurde 5 maart jl. in Den Haag."]);
        check(NL, "Mr. Van Dam pleitte. Prof. Smit niet.", &["Mr. Van Dam pleitte.", "Prof. Smit niet."]);
        check(NL, "Zie art. 5 van de wet. Het is duidelijk.", &["Zie art. 5 van de wet.", "Het is duidelijk."]);
        check(
            NL,
            "Ajax vs. PSV. Hij ging naar de VS. Daar bleef hij.",
            &["Ajax vs. PSV.", "Hij ging naar de VS.", "Daar bleef hij."],
        );
    }

    #[test]
    fn english_abbreviations() {
        check(
            EN,
            "Dr. Smith met Gen. Jones on Jan. 5 in the U.S. capital. They talked.",
            &["Dr. Smith met Gen. Jones on Jan. 5 in the U.S. capital.", "They talked."],
        );
        check(EN, "Troops left the U.S. The war went on.", &["Troops left the U.S.", "The war went on."]);
        check(EN, "Apple Inc. said so. Others did not.", &["Apple Inc. said so.", "Others did not."]);
        check(EN, "He sat. Then he spoke, e.g. about trade.", &["He sat.", "Then he spoke, e.g. about trade."]);
        check(EN, "It is item no. 4 on the list.", &["It is item no. 4 on the list."]);
    }

    #[test]
    fn initials_decimals_ordinals() {
        check(
            EN,
            "J. R. Smith and J.R.R. Tolkien wrote. A. Merkel did not.",
            &["J. R. Smith and J.R.R. Tolkien wrote.", "A. Merkel did not."],
        );
        check(
            NL,
            "De groei was 2,5 procent en 3.5 miljard. Dat is veel.",
            &["De groei was 2,5 procent en 3.5 miljard.", "Dat is veel."],
        );
        check(NL, "Het was de 3e keer. 1. Eerste punt.", &["Het was de 3e keer.", "1. Eerste punt."]);
        check(EN, "In 2022. 35 people died.", &["In 2022.", "35 people died."]);
        check(EN, "He came in Plan B. The rest followed.", &["He came in Plan B.", "The rest followed."]);
    }

    #[test]
    fn quotes_of_all_kinds() {
        check(
            NL,
            "„Dit is goed. Dat ook”, zei hij. Toen ging hij.",
            &["„Dit is goed.", "Dat ook”, zei hij.", "Toen ging hij."],
        );
        check(EN, "“We will act.” He left. ‘Why?’ she asked.", &["“We will act.”", "He left.", "‘Why?’ she asked."]);
        check(
            EN,
            "«Non.» Then silence. \"Go!\" he said. 'Yes.' Fine.",
            &["«Non.»", "Then silence.", "\"Go!\" he said.", "'Yes.'", "Fine."],
        );
        check(NL, "Hij zei: „Wij gaan.” De rest bleef.", &["Hij zei: „Wij gaan.”", "De rest bleef."]);
    }

    #[test]
    fn dashes_missing_spaces_paragraphs() {
        check(
            NL,
            "Toen Yoon - die dinsdag de noodtoestand uitriep - kwam. Dat was nieuw.",
            &["Toen Yoon - die dinsdag de noodtoestand uitriep - kwam.", "Dat was nieuw."],
        );
        check(
            EN,
            "It united the nation.Touching scenes followed. See nos.nl now.",
            &["It united the nation.", "Touching scenes followed.", "See nos.nl now."],
        );
        check(EN, "Really?Yes. A headline\n\nThe body starts", &["Really?", "Yes.", "A headline", "The body starts"]);
        check(EN, "He waited... Then he left... and came back.", &["He waited...", "Then he left... and came back."]);
        check(None, "", &[]);
        check(None, "  ...  ", &["..."]);
    }
}
