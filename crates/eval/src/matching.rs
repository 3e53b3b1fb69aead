//! Pairing expected and produced items, level by level.

use crate::gold::{GoldActor, GoldEvent, GoldTime, SystemActor, SystemEvent, SystemTime};
use dyad_core::ActorCode;
use serde::Serialize;

/// Recall within one tier.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TierRecall {
    /// `core` or `hard`.
    pub tier: String,
    /// Expected items of the tier that were found.
    pub found: usize,
    /// Expected items of the tier.
    pub expected: usize,
}

/// The score at one level.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LevelScore {
    /// Name of the level (`dyad+root`, `actor+code`, `dated`, ...).
    pub level: &'static str,
    /// Expected items.
    pub expected: usize,
    /// Produced items.
    pub produced: usize,
    /// Expected items found (each by its own produced item).
    pub matched: usize,
    /// Produced items that match nothing expected.
    pub false_positives: usize,
    /// Produced items that match only expected items already found.
    pub duplicates: usize,
    /// `matched / produced`, 0 when nothing was produced.
    pub precision: f64,
    /// `matched / expected`, 0 when nothing was expected.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
    /// Recall per tier, in order of first appearance in the gold file.
    pub tiers: Vec<TierRecall>,
    /// Indices of expected items not found.
    pub missed: Vec<usize>,
    /// Indices of produced items that are false positives.
    pub false_positive_items: Vec<usize>,
    /// Indices of produced items that are duplicates.
    pub duplicate_items: Vec<usize>,
}

/// Scores at every level, from the loosest to the strictest.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Score {
    /// One entry a level.
    pub levels: Vec<LevelScore>,
}

/// The event levels of the gold README.
pub const EVENT_LEVELS: [&str; 3] = ["dyad+root", "actor+code", "dated"];
/// The levels for actor mentions.
pub const ACTOR_LEVELS: [&str; 2] = ["mention", "code"];
/// The levels for time expressions.
pub const TIME_LEVELS: [&str; 2] = ["mention", "value"];

/// Scores produced events against expected ones.
pub fn score_events(gold: &[GoldEvent], system: &[SystemEvent]) -> Score {
    score(gold, system, &EVENT_LEVELS, |expected| &expected.tier, event_accepts)
}

/// Scores produced actor mentions against expected ones.
pub fn score_actors(gold: &[GoldActor], system: &[SystemActor]) -> Score {
    score_mentions(
        gold,
        system,
        &ACTOR_LEVELS,
        |expected| (&expected.text, &expected.code, &expected.code_alt, &expected.tier),
        |produced| (&produced.text, &produced.code),
    )
}

/// Scores produced time expressions against expected ones.
pub fn score_times(gold: &[GoldTime], system: &[SystemTime]) -> Score {
    score_mentions(
        gold,
        system,
        &TIME_LEVELS,
        |expected| (&expected.text, &expected.value, &expected.value_alt, &expected.tier),
        |produced| (&produced.text, &produced.value),
    )
}

/// Mentions with a value (an actor code, a date): level 0 compares the
/// words, level 1 also the value or one of its alternatives.
fn score_mentions<G, S>(
    gold: &[G],
    system: &[S],
    levels: &[&'static str; 2],
    expected_parts: impl Fn(&G) -> (&String, &String, &Vec<String>, &String),
    produced_parts: impl Fn(&S) -> (&String, &String),
) -> Score {
    score(
        gold,
        system,
        levels,
        |expected| expected_parts(expected).3,
        |expected, produced, level| {
            let (text, value, alternatives, _) = expected_parts(expected);
            let (produced_text, produced_value) = produced_parts(produced);
            same_words(text, produced_text)
                && (level == 0 || value == produced_value || alternatives.contains(produced_value))
        },
    )
}

/// Whether `produced` finds `expected` at `level` (0: dyad + root,
/// 1: actor + code, 2: dated).
fn event_accepts(expected: &GoldEvent, produced: &SystemEvent, level: usize) -> bool {
    let (source, target) = (produced.source.code(), produced.target.code());
    let forward = sides_accept(expected, source, target, level);
    let backward = expected.symmetric && sides_accept(expected, target, source, level);
    if !(forward || backward) {
        return false;
    }
    let codes = std::iter::once(&expected.cameo).chain(&expected.cameo_alt);
    let code_ok = if level == 0 {
        let root = produced.cameo.get(..2).unwrap_or(&produced.cameo);
        codes.clone().any(|code| code.get(..2) == Some(root))
    } else {
        codes
            .clone()
            .any(|code| code == &produced.cameo || (code.len() == 2 && produced.cameo.starts_with(code.as_str())))
    };
    let date_ok = level < 2
        || match (&expected.date, &produced.date) {
            (None, _) => true,
            (Some(date), Some(produced)) => date == produced || expected.date_alt.contains(produced),
            (Some(_), None) => false,
        };
    code_ok && date_ok
}

fn sides_accept(expected: &GoldEvent, source: &str, target: &str, level: usize) -> bool {
    let side_ok = |main: &String, alternatives: &[String], produced: &str| {
        let mut allowed = std::iter::once(main).chain(alternatives);
        if level == 0 {
            let principal = ActorCode(produced.to_owned());
            allowed.any(|code| ActorCode(code.clone()).principal() == principal.principal())
        } else {
            allowed.any(|code| code == produced)
        }
    };
    side_ok(&expected.source, &expected.source_alt, source) && side_ok(&expected.target, &expected.target_alt, target)
}

/// Whether two mentions name the same words: equal after folding case,
/// white space and edge punctuation, or one a run of whole words inside the
/// other ("het parlement" and "parlement", "In 2022" and "2022").
fn same_words(expected: &str, produced: &str) -> bool {
    let words = |text: &str| -> Vec<String> {
        text.split_whitespace()
            .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
            .filter(|word| !word.is_empty())
            .collect()
    };
    let (expected, produced) = (words(expected), words(produced));
    let (short, long) = if expected.len() <= produced.len() { (&expected, &produced) } else { (&produced, &expected) };
    !short.is_empty() && long.windows(short.len()).any(|window| window == short.as_slice())
}

/// The generic scorer: a maximum bipartite matching per level.
fn score<G, S>(
    gold: &[G],
    system: &[S],
    levels: &[&'static str],
    tier: impl Fn(&G) -> &str,
    accepts: impl Fn(&G, &S, usize) -> bool,
) -> Score {
    let levels = levels
        .iter()
        .enumerate()
        .map(|(level_index, &level)| {
            let candidates: Vec<Vec<usize>> = system
                .iter()
                .map(|produced| (0..gold.len()).filter(|&g| accepts(&gold[g], produced, level_index)).collect())
                .collect();
            let gold_match = maximum_matching(&candidates, gold.len());
            let mut system_matched = vec![false; system.len()];
            for s in gold_match.iter().flatten() {
                system_matched[*s] = true;
            }
            let (mut false_positive_items, mut duplicate_items) = (Vec::new(), Vec::new());
            for (s, candidates) in candidates.iter().enumerate() {
                if system_matched[s] {
                    continue;
                }
                if candidates.is_empty() { false_positive_items.push(s) } else { duplicate_items.push(s) }
            }
            let mut tiers: Vec<TierRecall> = Vec::new();
            for (g, found) in gold_match.iter().enumerate() {
                let name = tier(&gold[g]);
                let position = match tiers.iter().position(|entry| entry.tier == name) {
                    Some(position) => position,
                    None => {
                        tiers.push(TierRecall { tier: name.to_owned(), found: 0, expected: 0 });
                        tiers.len() - 1
                    }
                };
                tiers[position].expected += 1;
                tiers[position].found += usize::from(found.is_some());
            }
            let matched = gold_match.iter().filter(|found| found.is_some()).count();
            let (precision, recall, f1) = precision_recall_f1(matched, system.len(), gold.len());
            LevelScore {
                level,
                expected: gold.len(),
                produced: system.len(),
                matched,
                false_positives: false_positive_items.len(),
                duplicates: duplicate_items.len(),
                precision,
                recall,
                f1,
                tiers,
                missed: (0..gold.len()).filter(|&g| gold_match[g].is_none()).collect(),
                false_positive_items,
                duplicate_items,
            }
        })
        .collect();
    Score { levels }
}

/// Precision, recall and F1 from counts; each is 0 when undefined.
pub(crate) fn precision_recall_f1(matched: usize, produced: usize, expected: usize) -> (f64, f64, f64) {
    let precision = ratio(matched, produced);
    let recall = ratio(matched, expected);
    let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
    (precision, recall, f1)
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 { 0.0 } else { part as f64 / whole as f64 }
}

/// Kuhn's augmenting-path algorithm. `candidates[s]` lists the gold items
/// produced item `s` may be paired with; the result gives, for each gold
/// item, the produced item paired with it. Produced items are tried in
/// order, so among equally large matchings the earlier output wins.
fn maximum_matching(candidates: &[Vec<usize>], n_gold: usize) -> Vec<Option<usize>> {
    fn augment(s: usize, candidates: &[Vec<usize>], seen: &mut [bool], gold_match: &mut [Option<usize>]) -> bool {
        for &g in &candidates[s] {
            if seen[g] {
                continue;
            }
            seen[g] = true;
            if gold_match[g].is_none_or(|other| augment(other, candidates, seen, gold_match)) {
                gold_match[g] = Some(s);
                return true;
            }
        }
        false
    }
    let mut gold_match = vec![None; n_gold];
    for s in 0..candidates.len() {
        let mut seen = vec![false; n_gold];
        augment(s, candidates, &mut seen, &mut gold_match);
    }
    gold_match
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(lines: &[&str]) -> Vec<GoldEvent> {
        lines.iter().map(|line| serde_json::from_str(line).unwrap()).collect()
    }

    fn system(lines: &[(&str, &str, &str, &str)]) -> Vec<SystemEvent> {
        lines
            .iter()
            .map(|(source, target, cameo, date)| {
                serde_json::from_value(serde_json::json!({
                    "source": {"code": source}, "target": {"code": target}, "cameo": cameo, "date": date
                }))
                .unwrap()
            })
            .collect()
    }

    /// (matched, false positives, duplicates) at each level.
    fn counts(score: &Score) -> Vec<(usize, usize, usize)> {
        score.levels.iter().map(|level| (level.matched, level.false_positives, level.duplicates)).collect()
    }

    // Three expected events (two core, one hard) and four produced ones.
    // By hand:
    // - p0 KORGOV→KOR 1724 2024-12 finds e1 at every level.
    // - p1 KORGOV→KOR 1724 2024-12 again: a duplicate of e1 at every level.
    // - p2 NLDGOV→KOR 043 2023 vs e2 (KORGOV→NLD 042 2023, not symmetric):
    //   wrong direction, so a false positive at every level.
    // - p3 KOR→NLD 057 1963 vs e3 (NLD→KOR 054, alt 05, symmetric, 1963):
    //   level 1 finds it backwards (KOR/NLD, root 05); level 2 too (057 is
    //   under the alternative root 05); level 3 too (date 1963).
    // So every level: matched 2 (e1, e3), false positives 1, duplicates 1;
    // precision 2/4 = 0.5, recall 2/3, F1 = 2·0.5·(2/3)/(0.5+2/3) = 4/7;
    // recall core 1/2 (e1 but not e2), hard 1/1.
    #[test]
    fn hand_computed_example() {
        let gold = gold(&[
            r#"{"id": "e1", "source": "KORGOV", "target": "KOR", "cameo": "1724", "date": "2024-12", "tier": "core"}"#,
            r#"{"id": "e2", "source": "KORGOV", "target": "NLD", "cameo": "042", "date": "2023", "tier": "core"}"#,
            r#"{"id": "e3", "source": "NLD", "target": "KOR", "cameo": "054", "cameo_alt": ["05"], "date": "1963", "tier": "hard", "symmetric": true}"#,
        ]);
        let system = system(&[
            ("KORGOV", "KOR", "1724", "2024-12"),
            ("KORGOV", "KOR", "1724", "2024-12"),
            ("NLDGOV", "KOR", "043", "2023"),
            ("KOR", "NLD", "057", "1963"),
        ]);
        let score = score_events(&gold, &system);
        assert_eq!(counts(&score), [(2, 1, 1), (2, 1, 1), (2, 1, 1)]);
        let dated = &score.levels[2];
        assert_eq!(dated.precision, 0.5);
        assert_eq!(dated.recall, 2.0 / 3.0);
        assert!((dated.f1 - 4.0 / 7.0).abs() < 1e-12);
        assert_eq!(
            dated.tiers,
            [
                TierRecall { tier: "core".into(), found: 1, expected: 2 },
                TierRecall { tier: "hard".into(), found: 1, expected: 1 }
            ]
        );
        assert_eq!(dated.missed, [1]);
        assert_eq!(dated.false_positive_items, [2]);
        assert_eq!(dated.duplicate_items, [1]);
    }

    // The three levels come apart. Expected: e1 NLDGOV→KOR 057 2022,
    // e2 NLDMIL (alt NLDGOV) → KOR 042 2024-08 (alt 2024-09).
    // - p0 NLD→KOR 051 2022: level 1 finds e1 (NLD/KOR, root 05); level 2
    //   misses (NLD ≠ NLDGOV, 051 ≠ 057): false positive there and at 3.
    // - p1 NLDGOV→KOR 042 2024-09: level 1 finds e2 (root 04), level 2 finds
    //   e2 via source_alt, level 3 finds it via date_alt.
    // - p2 NLDGOV→KOR 057 2024: levels 1 and 2 find e1; at level 3 the date
    //   is wrong (2024 ≠ 2022), so false positive.
    // Level 1: e1 and e2 found; p0 and p2 both match only e1, so one of
    // them is a duplicate: matched 2, false positives 0, duplicates 1.
    // Level 2: p1→e2, p2→e1: matched 2, p0 false positive.
    // Level 3: p1→e2 only: matched 1, p0 and p2 false positives.
    #[test]
    fn levels_come_apart() {
        let gold = gold(&[
            r#"{"id": "e1", "source": "NLDGOV", "target": "KOR", "cameo": "057", "date": "2022", "tier": "core"}"#,
            r#"{"id": "e2", "source": "NLDMIL", "source_alt": ["NLDGOV"], "target": "KOR", "cameo": "042", "date": "2024-08", "date_alt": ["2024-09"], "tier": "core"}"#,
        ]);
        let system = system(&[
            ("NLD", "KOR", "051", "2022"),
            ("NLDGOV", "KOR", "042", "2024-09"),
            ("NLDGOV", "KOR", "057", "2024"),
        ]);
        let score = score_events(&gold, &system);
        assert_eq!(counts(&score), [(2, 0, 1), (2, 1, 0), (1, 2, 0)]);
        assert_eq!(score.levels[0].recall, 1.0);
        assert_eq!(score.levels[0].precision, 2.0 / 3.0);
        assert_eq!(score.levels[2].precision, 1.0 / 3.0);
        assert_eq!(score.levels[2].recall, 0.5);
    }

    // A root alternative accepts every code under it, but a three-digit
    // alternative is exact; a day does not match a month; IGO codes compare
    // whole at level 1.
    #[test]
    fn root_alternatives_days_and_igos() {
        let gold = gold(&[
            r#"{"source": "KORGOV", "target": "KORLEG", "cameo": "172", "cameo_alt": ["17"], "date": "2024-12", "tier": "hard"}"#,
            r#"{"source": "IGOWSTNAT", "target": "KOR", "cameo": "030", "cameo_alt": ["0312"], "date": "2024-12"}"#,
        ]);
        let system = system(&[
            ("KORGOV", "KORLEG", "1724", "2024-12-03"),
            ("IGOWSTNAT", "KOR", "0311", "2024-12"),
            ("IGOEUREEC", "KOR", "030", "2024-12"),
        ]);
        let score = score_events(&gold, &system);
        // p0: 1724 under root 17 → levels 1, 2; the day 2024-12-03 is not the month → fails 3.
        // p1: 0311 is neither 030 nor 0312 → level 1 only (root 03).
        // p2: IGOEUREEC is not IGOWSTNAT → false positive everywhere.
        assert_eq!(counts(&score), [(2, 1, 0), (1, 2, 0), (0, 3, 0)]);
        assert_eq!(score.levels[0].tiers[0], TierRecall { tier: "hard".into(), found: 1, expected: 1 });
        assert_eq!(score.levels[0].tiers[1], TierRecall { tier: "core".into(), found: 1, expected: 1 });
    }

    // The matching is maximal, not greedy: p0 (193) could take e1 (through
    // the root alternative 19) or e2, p1 (190) only e1. A greedy pass would
    // give p0→e1 and leave p1 a duplicate.
    #[test]
    fn matching_is_maximal() {
        let gold = gold(&[
            r#"{"source": "RUS", "target": "UKR", "cameo": "190", "cameo_alt": ["19"], "date": "2022"}"#,
            r#"{"source": "RUS", "target": "UKR", "cameo": "193", "date": "2022"}"#,
        ]);
        let system = system(&[("RUS", "UKR", "193", "2022"), ("RUS", "UKR", "190", "2022")]);
        let score = score_events(&gold, &system);
        assert_eq!(counts(&score), [(2, 0, 0), (2, 0, 0), (2, 0, 0)]);
    }

    #[test]
    fn actors_and_times() {
        let gold_actors: Vec<GoldActor> = [
            r#"{"text": "het parlement", "code": "KORLEG"}"#,
            r#"{"text": "Kajsa Ollongren", "code": "NLDMIL", "code_alt": ["NLDGOV"]}"#,
            r#"{"text": "Polen", "code": "POL"}"#,
        ]
        .iter()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
        let system_actors: Vec<SystemActor> = [
            r#"{"text": "parlement", "code": "KORLEG"}"#,
            r#"{"text": "Ollongren", "code": "NLDGOV"}"#,
            r#"{"text": "Polen", "code": "PL"}"#,
            r#"{"text": "Europa", "code": "EUR"}"#,
        ]
        .iter()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
        // Mentions: three of four produced found all three expected; Europa is
        // a false positive. Codes: "PL" is wrong, so it becomes a false positive too.
        assert_eq!(counts(&score_actors(&gold_actors, &system_actors)), [(3, 1, 0), (2, 2, 0)]);

        let gold_times: Vec<GoldTime> = [
            r#"{"text": "In 2022", "value": "2022"}"#,
            r#"{"text": "Ruim twee maanden later", "value": "2024-08", "value_alt": ["2024-09"]}"#,
        ]
        .iter()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
        let system_times: Vec<SystemTime> = [
            r#"{"text": "2022", "value": "2022"}"#,
            r#"{"text": "twee maanden later", "value": "2024-09"}"#,
            r#"{"text": "2022", "value": "2022"}"#,
        ]
        .iter()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
        assert_eq!(counts(&score_times(&gold_times, &system_times)), [(2, 0, 1), (2, 0, 1)]);
    }

    #[test]
    fn nothing_produced() {
        let gold = gold(&[r#"{"source": "RUS", "target": "UKR", "cameo": "190", "date": "2022"}"#]);
        let score = score_events(&gold, &[]);
        assert_eq!((score.levels[0].precision, score.levels[0].recall, score.levels[0].f1), (0.0, 0.0, 0.0));
    }
}
