//! Per-language knowledge for segmentation, one file per language, listed
//! in one table keyed by [`Lang`].

mod en;
mod nl;

use dyad_core::Lang;

/// What the segmenter needs to know of a language. All strings are in the
/// normalised form of [`crate::fold`], with the inner full stops of
/// abbreviations kept (`o.a`, `d.w.z`) and the final one left off.
pub(crate) struct LangRules {
    /// Abbreviations that (almost) never end a sentence: titles, months,
    /// "o.a.", "e.g.".
    pub(crate) abbreviations: &'static [&'static str],
    /// Abbreviations that stand before a number ("nr. 5", "Jan. 3"): a
    /// sentence goes on when a number follows and ends otherwise.
    pub(crate) before_number: &'static [&'static str],
    /// Abbreviations that often end a sentence ("etc.", "jl.", "Inc."): a
    /// sentence ends after them only when the next word opens sentences.
    pub(crate) may_end: &'static [&'static str],
    /// Words that commonly open a sentence, used to decide after the
    /// abbreviations of `may_end` and after initials.
    pub(crate) openers: &'static [&'static str],
}

/// Every language's rules, keyed by language.
pub(crate) const RULES: [(Lang, &LangRules); 2] = [(Lang::Nl, &nl::RULES), (Lang::En, &en::RULES)];

/// The rules that apply to text in `lang`; all languages' when unknown.
pub(crate) fn rules_for(lang: Option<Lang>) -> impl Iterator<Item = &'static LangRules> + Clone {
    RULES.into_iter().filter(move |(rule_lang, _)| lang.is_none_or(|lang| lang == *rule_lang)).map(|(_, rules)| rules)
}
