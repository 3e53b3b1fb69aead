//! JSON Lines: one article object a line.

use crate::dateline::shorten;
use crate::{Article, Config, Record, decode_lossy, fallback_or_skip};
use dyad_core::{Diagnostic, Origin, PartialDate};
use serde::Deserialize;

/// The fields of an article line. Unknown fields are ignored.
#[derive(Deserialize)]
struct Line {
    id: Option<serde_json::Value>,
    date: Option<serde_json::Value>,
    text: Option<String>,
    url: Option<String>,
    title: Option<String>,
    lang: Option<String>,
}

/// Parses one line of a JSON Lines file. Blank lines give `None`.
///
/// `stem` names the file in generated ids (`stem:line`) when a line has no
/// `id` of its own.
pub fn parse_jsonl_line(bytes: &[u8], path: &str, line_no: u64, stem: &str, config: &Config) -> Option<Record> {
    let origin = Origin::line(path, line_no);
    let (text, lossy) = decode_lossy(bytes, &origin, line_no);
    let json = text.trim();
    if json.is_empty() {
        return None;
    }
    let mut diagnostics: Vec<Diagnostic> = lossy.into_iter().collect();
    let skip = |kind, message: String| Some(Record::Skipped(Diagnostic::error(kind, message).at(origin.clone())));
    let value: serde_json::Value = match serde_json::from_str(json) {
        Ok(value) => value,
        Err(error) => return skip("ingest/bad-json", format!("invalid JSON: {error}")),
    };
    if !value.is_object() {
        return skip("ingest/bad-json", format!("expected an article object, found {}", shorten(json)));
    }
    let line: Line = match serde_json::from_value(value) {
        Ok(line) => line,
        Err(error) => {
            return skip("ingest/bad-json", format!("invalid article object: {error}"));
        }
    };
    let id = match line.id {
        None | Some(serde_json::Value::Null) => format!("{stem}:{line_no}"),
        Some(serde_json::Value::String(id)) if !id.trim().is_empty() => id,
        Some(serde_json::Value::Number(id)) => id.to_string(),
        Some(other) => {
            return skip("ingest/bad-id", format!("`id` must be a non-empty string or a number, found {other}"));
        }
    };
    let Some(body) = line.text else {
        return skip("ingest/missing-text", format!("article {id:?} has no `text` field"));
    };
    let invalid = |error: dyad_core::DateError| ("ingest/invalid-date", error.to_string());
    let date = match line.date {
        None | Some(serde_json::Value::Null) => {
            Err(("ingest/missing-date", format!("article {id:?} has no `date`: expected \"YYYY[-MM[-DD]]\"")))
        }
        Some(serde_json::Value::String(value)) => value.trim().parse::<PartialDate>().map_err(invalid),
        // 2024 and 20241203 written as numbers.
        Some(serde_json::Value::Number(value)) => value.to_string().parse::<PartialDate>().map_err(invalid),
        Some(other) => {
            Err(("ingest/invalid-date", format!("invalid date {other}: expected a string \"YYYY[-MM[-DD]]\"")))
        }
    };
    let dateline = match date {
        Ok(date) => date,
        Err((kind, message)) => {
            let problem = Diagnostic::error(kind, message).at(origin.clone());
            match fallback_or_skip(config, problem, &mut diagnostics) {
                Ok(date) => date,
                Err(skip) => return Some(Record::Skipped(skip)),
            }
        }
    };
    if body.trim().is_empty() {
        return skip("ingest/empty-body", format!("article {id:?} has an empty `text`"));
    }
    Some(Record::Article(Article {
        id,
        origin,
        dateline,
        title: line.title,
        url: line.url,
        declared_lang: line.lang,
        text: body,
        diagnostics,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(line: &str, expect: &str) {
        let actual = match parse_jsonl_line(line.as_bytes(), "w.jsonl", 7, "w", &Config::default()) {
            None => "blank".to_owned(),
            Some(Record::Article(article)) => {
                format!("{} {} {:?} {:?}", article.id, article.dateline, article.declared_lang, article.text)
            }
            Some(Record::Skipped(diagnostic)) => diagnostic.to_string(),
        };
        assert_eq!(actual, expect);
    }

    #[test]
    fn articles() {
        check(
            r#"{"id": "a1", "date": "2024-12-03", "text": "Tekst.", "lang": "nl"}"#,
            r#"a1 2024-12-03 Some("nl") "Tekst.""#,
        );
        check(r#"{"date": 20241203, "text": "Text."}"#, r#"w:7 2024-12-03 None "Text.""#);
        check(r#"{"id": 12, "date": 2024, "text": "Text.", "extra": [1]}"#, r#"12 2024 None "Text.""#);
        check("   \r", "blank");
    }

    #[test]
    fn bad_lines_name_file_and_line() {
        check(
            r#"{"id": "a1", "text": "x"}"#,
            r#"w.jsonl:7: error: article "a1" has no `date`: expected "YYYY[-MM[-DD]]" [ingest/missing-date]"#,
        );
        check(
            r#"{"id": "a1", "date": "2024-02-30", "text": "x"}"#,
            r#"w.jsonl:7: error: invalid date "2024-02-30": no such day or month [ingest/invalid-date]"#,
        );
        check(
            r#"{"id": "a1", "date": true, "text": "x"}"#,
            r#"w.jsonl:7: error: invalid date true: expected a string "YYYY[-MM[-DD]]" [ingest/invalid-date]"#,
        );
        check(
            r#"{"id": "a1", "date": "2024"}"#,
            r#"w.jsonl:7: error: article "a1" has no `text` field [ingest/missing-text]"#,
        );
        check(
            r#"{"id": "a1", "date": "2024", "text": "  "}"#,
            r#"w.jsonl:7: error: article "a1" has an empty `text` [ingest/empty-body]"#,
        );
        check(
            r#"{"id": [], "date": "2024", "text": "x"}"#,
            "w.jsonl:7: error: `id` must be a non-empty string or a number, found [] [ingest/bad-id]",
        );
        check(
            r#"{"id": "a1", "date": "#,
            "w.jsonl:7: error: invalid JSON: EOF while parsing a value at line 1 column 20 [ingest/bad-json]",
        );
        check("[1, 2]", "w.jsonl:7: error: expected an article object, found [1, 2] [ingest/bad-json]");
        check(
            r#"{"date": "2024", "text": 5}"#,
            "w.jsonl:7: error: invalid article object: invalid type: integer `5`, expected a string [ingest/bad-json]",
        );
    }

    #[test]
    fn fallback_date() {
        let config = Config { fallback_date: Some("2023".parse().unwrap()), ..Config::default() };
        let Some(Record::Article(article)) = parse_jsonl_line(br#"{"text": "x"}"#, "w.jsonl", 1, "w", &config) else {
            panic!("the fallback should rescue the line");
        };
        assert_eq!(article.dateline.to_string(), "2023");
        assert_eq!(article.diagnostics[0].kind, "ingest/missing-date");
    }
}
