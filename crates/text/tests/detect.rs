//! Language identification on short, headline-like sentences of news.

use dyad_core::Lang;
use dyad_text::{Detected, detect};

const DUTCH: &[&str] = &[
    "Kabinet valt over asielbeleid",
    "Rutte reist naar Seoul voor gesprekken over defensie",
    "Oekraïne vraagt om meer luchtafweer",
    "Minister Brekelmans bezoekt Zuid-Koreaanse defensiebedrijven",
    "Tweede Kamer stemt in met steunpakket",
    "Zuid-Korea roept noodtoestand uit",
    "VN-chef waarschuwt voor hongersnood in Gaza",
    "Premier Schoof ontvangt Duitse bondskanselier",
    "Rusland valt buurland binnen",
    "NAVO breidt samenwerking met Japan uit",
    "Israël en Hamas sluiten bestand",
    "Europese Unie kondigt nieuwe sancties aan tegen Moskou",
    "Nederland levert gevechtsvliegtuigen aan Kyiv",
    "Demonstranten bestormen parlement in Tbilisi",
    "Koning opent nieuwe ambassade in Jakarta",
];

const ENGLISH: &[&str] = &[
    "Government collapses over asylum policy",
    "Rutte travels to Seoul for defence talks",
    "Ukraine asks allies for more air defence",
    "South Korea declares martial law",
    "UN chief warns of famine in Gaza",
    "Russia invades neighbouring country",
    "NATO expands cooperation with Japan",
    "Israel and Hamas agree to ceasefire",
    "EU announces new sanctions against Moscow",
    "Netherlands delivers fighter jets to Kyiv",
    "Protesters storm parliament in Tbilisi",
    "King opens new embassy in Jakarta",
    "President signs strategic partnership agreement",
    "Defence ministers meet in Brussels",
    "Troops withdraw from border region",
];

const OTHER: &[(&str, &str)] = &[
    ("Regierung stürzt über die Asylpolitik", "de"),
    ("Le gouvernement tombe sur la politique d'asile", "fr"),
    ("El gobierno cae por la política de asilo", "es"),
    ("Il governo cade sulla politica di asilo", "it"),
    ("Regeringen faller på grund av asylpolitiken", "sv"),
    ("Die regering val oor die asielbeleid van die land", "af"),
    ("Правительство уходит в отставку", "und"),
    ("韩国总统宣布戒严", "und"),
];

#[test]
fn dutch_headlines() {
    for headline in DUTCH {
        assert_eq!(detect(headline).detected, Detected::Coded(Lang::Nl), "{headline}");
    }
}

#[test]
fn english_headlines() {
    for headline in ENGLISH {
        assert_eq!(detect(headline).detected, Detected::Coded(Lang::En), "{headline}");
    }
}

#[test]
fn other_languages_are_never_coded() {
    for (headline, code) in OTHER {
        assert_eq!(detect(headline).detected, Detected::Other((*code).to_owned()), "{headline}");
    }
}

#[test]
fn too_little_text() {
    assert_eq!(detect("").detected, Detected::Undetermined);
    assert_eq!(detect("12.3 — 45").detected, Detected::Undetermined);
}
