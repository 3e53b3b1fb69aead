//! A generated news-like corpus for the benches.
//!
//! Articles are assembled from sentences we wrote, with names, numbers and
//! the hazards of news text (abbreviations, initials, decimals, quotes,
//! spaced dashes) filled in by a small deterministic generator, so every run
//! sees the same bytes and the bench can assert how many sentences there
//! are. Large corpora stay out of the repository; this makes them.
#![deny(missing_docs)]

/// One generated article in the dateline text form, and how many sentences
/// its body has by construction.
pub struct GeneratedArticle {
    /// The whole file: `date ...` line and body.
    pub file: String,
    /// Sentences in the body.
    pub n_sentences: usize,
}

const NL: &[&str] = &[
    "Minister {P} reisde {D} naar {C} voor overleg over defensie.",
    "Volgens dhr. {P} is de relatie met {C} o.a. op economisch gebied sterk.",
    "De regering trok {N} miljoen euro uit voor hulp aan {C}.",
    "„Wij staan naast {C}”, zei premier {P} tegen de pers.",
    "Het kabinet - dat al maanden onder druk staat - wil de sancties tegen {C} verlengen.",
    "Op {D} jl. ondertekenden beide landen een verdrag over handel en veiligheid.",
    "De groei bedroeg {N} procent, bijv. door de export naar {C}.",
    "Mw. {P} sprak in {C} met haar ambtgenoot over de oorlog.",
    "Het leger van {C} hield voor de 3e keer dit jaar een oefening.",
    "Dat is volgens {I} {P} een duidelijk signaal aan {C}.",
];

const EN: &[&str] = &[
    "Minister {P} travelled to {C} on {D} for talks on defence.",
    "According to Mr. {P}, ties with {C} are strong, e.g. in trade.",
    "The government pledged {N} million dollars in aid to {C}.",
    "“We stand with {C},” Prime Minister {P} told reporters.",
    "The cabinet - under pressure for months - wants to extend sanctions on {C}.",
    "On {D}, both countries signed a treaty on trade and security.",
    "Growth reached {N} percent, driven by exports to the U.S. and {C}.",
    "Dr. {P} met her counterpart in {C} to discuss the war.",
    "The army of {C} held its 3rd exercise this year.",
    "That is a clear signal to {C}, said {I} {P}.",
];

const PEOPLE: &[&str] = &["Rutte", "Schoof", "Yoon", "Kallas", "Brekelmans", "Ollongren", "Blinken", "Lammy"];
const COUNTRIES: &[&str] =
    &["Zuid-Korea", "Oekraïne", "Japan", "Polen", "Australië", "Nieuw-Zeeland", "South Korea", "France"];
const DAYS: &[&str] = &["3 maart", "12 december", "dinsdag", "Jan. 5", "June 3rd", "14 juli"];
const INITIALS: &[&str] = &["J.", "M.", "A.B.", "K."];

/// A tiny deterministic generator (xorshift64*), so the corpus is the same
/// on every machine without pulling in a random-number crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

/// Generates articles until their files together reach `target_bytes`.
pub fn corpus(target_bytes: usize) -> Vec<GeneratedArticle> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut articles = Vec::new();
    let mut total = 0;
    while total < target_bytes {
        let templates = if articles.len() % 2 == 0 { NL } else { EN };
        let n_sentences = 12 + (rng.next() % 12) as usize;
        let mut file = format!("date 2024-{:02}-{:02}\n", 1 + rng.next() % 12, 1 + rng.next() % 28);
        for index in 0..n_sentences {
            let sentence = rng
                .pick(templates)
                .replace("{P}", rng.pick(PEOPLE))
                .replace("{C}", rng.pick(COUNTRIES))
                .replace("{D}", rng.pick(DAYS))
                .replace("{I}", rng.pick(INITIALS))
                .replace("{N}", &format!("{},{}", rng.next() % 100, rng.next() % 10));
            file.push_str(&sentence);
            file.push_str(if index % 4 == 3 { "\n\n" } else { " " });
        }
        total += file.len();
        articles.push(GeneratedArticle { file, n_sentences });
    }
    articles
}
