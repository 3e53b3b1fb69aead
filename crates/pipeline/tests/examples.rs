//! The project's own example articles against their gold files.
//!
//! Golden data test: every example in `examples/` reads as an article in
//! the language its name says, and every gold item's words (event evidence,
//! actor and time mentions) lie in the sentence the gold numbers it with,
//! so our segmentation agrees with the hand segmentation behind the gold.

use dyad_core::Lang;
use dyad_pipeline::{IngestConfig, Input, Reader, Record, code_article};
use std::path::Path;

#[derive(serde::Deserialize)]
struct GoldItem {
    sentence: usize,
    #[serde(default)]
    evidence: Option<String>,
    #[serde(default)]
    text: Option<String>,
}

#[test]
fn examples_segment_as_their_gold_says() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let records: Vec<Record> = Reader::new([Input::Path(root.join("examples"))], IngestConfig::default()).collect();
    let mut n_articles = 0;
    let mut n_items = 0;
    let mut problems = Vec::new();
    for record in records {
        let Record::Article(article) = record else { panic!("every example must read cleanly: {record:?}") };
        assert!(article.diagnostics.is_empty(), "{}: {:?}", article.id, article.diagnostics);
        let coded = code_article(article);
        let id = &coded.article.id;
        let expected_lang = if id.starts_with("nl-") { Lang::Nl } else { Lang::En };
        assert_eq!(coded.lang, Some(expected_lang), "{id}");
        n_articles += 1;
        let sentences: Vec<&str> =
            coded.analysis.sentences.iter().map(|sentence| &coded.article.text[sentence.span.range()]).collect();
        for kind in ["events", "actors", "times"] {
            let path = root.join(format!("testdata/gold/{id}.{kind}.jsonl"));
            let gold = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
            for (line_no, line) in gold.lines().enumerate().filter(|(_, line)| !line.trim().is_empty()) {
                let item: GoldItem = serde_json::from_str(line).unwrap();
                let words = item.evidence.or(item.text).expect("gold items carry evidence or text");
                n_items += 1;
                if !sentences.get(item.sentence).is_some_and(|sentence| sentence.contains(words.as_str())) {
                    problems.push(format!(
                        "{}:{}: {words:?} not in sentence {}",
                        path.display(),
                        line_no + 1,
                        item.sentence
                    ));
                }
            }
        }
    }
    assert_eq!(n_articles, 12, "6 Dutch and 6 English examples");
    assert!(n_items > 400);
    assert!(problems.is_empty(), "{} of {n_items} gold items disagree:\n{}", problems.len(), problems.join("\n"));
}
