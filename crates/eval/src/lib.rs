//! Evaluation: system output scored against hand-made gold codings.
//!
//! Implements `../shared/gold/README.md`. Events are matched at three levels
//! reported side by side (dyad + root, actor + code, dated); actors and times
//! at two (the mention, then its code or value). At every level, expected and
//! produced items are paired by a maximum bipartite matching, so the score
//! does not depend on the order of the output. A produced item left unpaired
//! is a duplicate if it matches an expected item that another produced item
//! already found, and a false positive otherwise.
//!
//! Precision counts every produced item, duplicates included: the same event
//! told twice must be coded once. Recall is also given per tier.
//!
//! # Example
//!
//! ```
//! use dyad_eval::{score_events, GoldEvent, SystemEvent};
//!
//! let gold: Vec<GoldEvent> = vec![serde_json::from_str(
//!     r#"{"id": "e1", "source": "RUS", "target": "UKR", "cameo": "192", "cameo_alt": ["19"], "date": "2022", "tier": "core"}"#,
//! ).unwrap()];
//! let system: Vec<SystemEvent> = vec![
//!     serde_json::from_str(r#"{"source": {"code": "RUSMIL"}, "target": {"code": "UKR"}, "cameo": "190", "date": "2022"}"#).unwrap(),
//! ];
//! let score = score_events(&gold, &system);
//! assert_eq!(score.levels[0].matched, 1, "dyad + root: RUS, UKR, 19");
//! assert_eq!(score.levels[1].matched, 0, "RUSMIL is not RUS at actor + code");
//! ```
#![deny(missing_docs)]

mod gold;
mod matching;
mod report;

pub use gold::{
    GoldActor, GoldEvent, GoldTime, LoadError, SystemActor, SystemActorRef, SystemEvent, SystemTime, load_jsonl,
};
pub use matching::{LevelScore, Score, TierRecall, score_actors, score_events, score_times};
pub use report::{ArticleReport, Kind, Report, Totals, render_table};
