//! Reports over many articles, for people and for machines.

use crate::gold::{GoldActor, GoldEvent, GoldTime, SystemActor, SystemEvent, SystemTime};
use crate::matching::{LevelScore, Score, TierRecall, precision_recall_f1, score_actors, score_events, score_times};
use serde::Serialize;
use std::fmt::Write;

/// Which gold file a score is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// `NAME.events.jsonl`.
    Events,
    /// `NAME.actors.jsonl`.
    Actors,
    /// `NAME.times.jsonl`.
    Times,
}

impl Kind {
    /// Every kind, in report order.
    pub const ALL: [Kind; 3] = [Kind::Events, Kind::Actors, Kind::Times];

    /// The file-name suffix of the kind's gold files.
    pub fn suffix(self) -> &'static str {
        match self {
            Kind::Events => ".events.jsonl",
            Kind::Actors => ".actors.jsonl",
            Kind::Times => ".times.jsonl",
        }
    }

    /// The name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Events => "events",
            Kind::Actors => "actors",
            Kind::Times => "times",
        }
    }
}

/// The score of one article and kind, with the items behind the numbers at
/// the strictest level.
#[derive(Clone, Debug, Serialize)]
pub struct ArticleReport {
    /// Article id (the gold file's name).
    pub article: String,
    /// What was scored.
    pub kind: Kind,
    /// Scores per level.
    pub score: Score,
    /// Expected items not found at the strictest level.
    pub missed: Vec<String>,
    /// Produced items that are false positives at the strictest level.
    pub false_positives: Vec<String>,
    /// Produced items that are duplicates at the strictest level.
    pub duplicates: Vec<String>,
}

impl ArticleReport {
    fn new<G, S>(
        article: &str,
        kind: Kind,
        score: Score,
        gold: &[G],
        system: &[S],
        show_gold: impl Fn(&G) -> String,
        show_system: impl Fn(&S) -> String,
    ) -> ArticleReport {
        let strictest = score.levels.last().expect("every kind has at least one level");
        let missed = strictest.missed.iter().map(|&g| show_gold(&gold[g])).collect();
        let false_positives = strictest.false_positive_items.iter().map(|&s| show_system(&system[s])).collect();
        let duplicates = strictest.duplicate_items.iter().map(|&s| show_system(&system[s])).collect();
        ArticleReport { article: article.to_owned(), kind, score, missed, false_positives, duplicates }
    }

    /// Scores one article's events.
    pub fn events(article: &str, gold: &[GoldEvent], system: &[SystemEvent]) -> ArticleReport {
        ArticleReport::new(
            article,
            Kind::Events,
            score_events(gold, system),
            gold,
            system,
            |expected| {
                format!(
                    "{} {}→{} {} {} {} {:?}",
                    expected.id.as_deref().unwrap_or("-"),
                    expected.source,
                    expected.target,
                    expected.cameo,
                    expected.date.as_deref().unwrap_or("-"),
                    expected.tier,
                    expected.evidence.as_deref().unwrap_or(""),
                )
            },
            |produced| {
                format!(
                    "{}→{} {} {}",
                    produced.source.code(),
                    produced.target.code(),
                    produced.cameo,
                    produced.date.as_deref().unwrap_or("-")
                )
            },
        )
    }

    /// Scores one article's actor mentions.
    pub fn actors(article: &str, gold: &[GoldActor], system: &[SystemActor]) -> ArticleReport {
        ArticleReport::new(
            article,
            Kind::Actors,
            score_actors(gold, system),
            gold,
            system,
            |expected| format!("{:?} {}", expected.text, expected.code),
            |produced| format!("{:?} {}", produced.text, produced.code),
        )
    }

    /// Scores one article's time expressions.
    pub fn times(article: &str, gold: &[GoldTime], system: &[SystemTime]) -> ArticleReport {
        ArticleReport::new(
            article,
            Kind::Times,
            score_times(gold, system),
            gold,
            system,
            |expected| format!("{:?} {}", expected.text, expected.value),
            |produced| format!("{:?} {}", produced.text, produced.value),
        )
    }
}

/// Scores summed over articles for one kind (micro-averaged).
#[derive(Clone, Debug, Serialize)]
pub struct Totals {
    /// What was scored.
    pub kind: Kind,
    /// How many articles had gold of this kind.
    pub articles: usize,
    /// Summed scores per level; item lists are left empty.
    pub levels: Vec<LevelScore>,
}

/// A whole evaluation run.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// One entry per article and kind.
    pub articles: Vec<ArticleReport>,
    /// One entry per kind that had gold.
    pub totals: Vec<Totals>,
}

impl Report {
    /// Collects article reports and sums them per kind.
    pub fn new(articles: Vec<ArticleReport>) -> Report {
        let totals = Kind::ALL
            .into_iter()
            .filter_map(|kind| {
                let of_kind: Vec<&ArticleReport> = articles.iter().filter(|report| report.kind == kind).collect();
                let first = of_kind.first()?;
                let levels = (0..first.score.levels.len())
                    .map(|level| sum_levels(of_kind.iter().map(|report| &report.score.levels[level])))
                    .collect();
                Some(Totals { kind, articles: of_kind.len(), levels })
            })
            .collect();
        Report { articles, totals }
    }
}

fn sum_levels<'a>(levels: impl Iterator<Item = &'a LevelScore>) -> LevelScore {
    let mut sum: Option<LevelScore> = None;
    for level in levels {
        let total = sum.get_or_insert_with(|| LevelScore {
            level: level.level,
            expected: 0,
            produced: 0,
            matched: 0,
            false_positives: 0,
            duplicates: 0,
            precision: 0.0,
            recall: 0.0,
            f1: 0.0,
            tiers: Vec::new(),
            missed: Vec::new(),
            false_positive_items: Vec::new(),
            duplicate_items: Vec::new(),
        });
        total.expected += level.expected;
        total.produced += level.produced;
        total.matched += level.matched;
        total.false_positives += level.false_positives;
        total.duplicates += level.duplicates;
        for tier in &level.tiers {
            match total.tiers.iter_mut().find(|entry| entry.tier == tier.tier) {
                Some(entry) => {
                    entry.found += tier.found;
                    entry.expected += tier.expected;
                }
                None => total.tiers.push(tier.clone()),
            }
        }
    }
    let mut total = sum.expect("totals are only made for kinds with at least one article");
    (total.precision, total.recall, total.f1) = precision_recall_f1(total.matched, total.produced, total.expected);
    total
}

/// Renders the report as aligned text tables for people.
pub fn render_table(report: &Report) -> String {
    let mut out = String::new();
    for article in &report.articles {
        let strictest = article.score.levels.last().expect("every kind has at least one level");
        let _ = writeln!(
            out,
            "{} · {} · {} expected{} · {} produced",
            article.kind.name(),
            article.article,
            strictest.expected,
            tier_summary(&strictest.tiers),
            strictest.produced
        );
        render_levels(&mut out, &article.score.levels);
        let strictest_name = strictest.level;
        for (label, items) in [
            ("missed", &article.missed),
            ("false positive", &article.false_positives),
            ("duplicate", &article.duplicates),
        ] {
            for item in items {
                let _ = writeln!(out, "  {label} ({strictest_name}): {item}");
            }
        }
        out.push('\n');
    }
    for totals in &report.totals {
        let _ = writeln!(out, "{} · total over {} article(s)", totals.kind.name(), totals.articles);
        render_levels(&mut out, &totals.levels);
        out.push('\n');
    }
    out
}

fn tier_summary(tiers: &[TierRecall]) -> String {
    if tiers.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = tiers.iter().map(|tier| format!("{} {}", tier.tier, tier.expected)).collect();
    format!(" ({})", parts.join(", "))
}

fn render_levels(out: &mut String, levels: &[LevelScore]) {
    let tier_names: Vec<&str> =
        levels.first().map(|level| level.tiers.iter().map(|tier| tier.tier.as_str()).collect()).unwrap_or_default();
    let _ = write!(
        out,
        "  {:<11} {:>9} {:>7} {:>6} {:>8} {:>4} {:>4}",
        "level", "precision", "recall", "F1", "found", "FP", "dup"
    );
    for name in &tier_names {
        let _ = write!(out, " {:>12}", format!("recall {name}"));
    }
    out.push('\n');
    for level in levels {
        let _ = write!(
            out,
            "  {:<11} {:>9.3} {:>7.3} {:>6.3} {:>8} {:>4} {:>4}",
            level.level,
            level.precision,
            level.recall,
            level.f1,
            format!("{}/{}", level.matched, level.expected),
            level.false_positives,
            level.duplicates
        );
        for name in &tier_names {
            let shown = level
                .tiers
                .iter()
                .find(|tier| tier.tier == *name)
                .map_or_else(|| "-".to_owned(), |tier| format!("{}/{}", tier.found, tier.expected));
            let _ = write!(out, " {shown:>12}");
        }
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_are_micro_averaged() {
        let gold_a: Vec<GoldTime> = vec![serde_json::from_str(r#"{"text": "vorig jaar", "value": "2023"}"#).unwrap()];
        let gold_b: Vec<GoldTime> = vec![
            serde_json::from_str(r#"{"text": "In 2022", "value": "2022"}"#).unwrap(),
            serde_json::from_str(r#"{"text": "dit jaar", "value": "2024"}"#).unwrap(),
        ];
        let system_a: Vec<SystemTime> =
            vec![serde_json::from_str(r#"{"text": "vorig jaar", "value": "2023"}"#).unwrap()];
        let system_b: Vec<SystemTime> = vec![serde_json::from_str(r#"{"text": "dit jaar", "value": "2023"}"#).unwrap()];
        let report = Report::new(vec![
            ArticleReport::times("a", &gold_a, &system_a),
            ArticleReport::times("b", &gold_b, &system_b),
        ]);
        let value = &report.totals[0].levels[1];
        // a: 1 of 1 right; b: "dit jaar" has the wrong value, "In 2022" is missed.
        assert_eq!((value.matched, value.expected, value.produced, value.false_positives), (1, 3, 2, 1));
        assert_eq!(value.precision, 0.5);
        assert_eq!(value.recall, 1.0 / 3.0);
        let table = render_table(&report);
        assert!(table.contains("  missed (value): \"In 2022\" 2022\n"), "{table}");
        assert!(table.contains("  false positive (value): \"dit jaar\" 2023\n"), "{table}");
        assert!(table.contains("times · total over 2 article(s)"), "{table}");
    }
}
