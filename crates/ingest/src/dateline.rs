//! The dateline text form: `date 2024-12`, optional `title`/`source` lines,
//! then the body.

use crate::{Article, Config, Record, decode_lossy, fallback_or_skip};
use dyad_core::{Diagnostic, Origin, PartialDate};

/// Parses one article in the dateline text form.
///
/// The first non-blank token must be `date` followed by a partial date. The
/// body may follow on the same line or on later lines, after optional header
/// lines `title <text>` and `source <url>`. `path` is used in diagnostics and
/// `id` becomes the article's id.
pub fn parse_dateline_text(bytes: &[u8], path: &str, id: &str, config: &Config) -> Record {
    let file = Origin::file(path);
    let (text, lossy) = decode_lossy(bytes, &file, 1);
    let mut diagnostics: Vec<Diagnostic> = lossy.into_iter().collect();
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let line_at = |pos: usize| 1 + text[..pos].matches('\n').count() as u64;

    let Some(start) = text.find(|c: char| !c.is_whitespace()) else {
        return Record::Skipped(Diagnostic::error("ingest/empty", "empty file: no dateline and no text").at(file));
    };
    let first_word_end = word_end(text, start);
    let first_word = &text[start..first_word_end];

    let (dateline, mut cursor) = if first_word.eq_ignore_ascii_case("date") {
        let value_start = skip_inline_space(text, first_word_end);
        let value_end = word_end(text, value_start);
        let value = &text[value_start..value_end];
        let origin = Origin::line(path, line_at(start));
        let parsed = if value.is_empty() {
            Err(Diagnostic::error("ingest/missing-date", "`date` has no value: expected `date YYYY[-MM[-DD]]`")
                .at(origin))
        } else {
            value.parse::<PartialDate>().map_err(|error| {
                Diagnostic::error("ingest/invalid-date", format!("invalid dateline: {error}")).at(origin)
            })
        };
        let dateline = match parsed {
            Ok(date) => date,
            Err(problem) => match fallback_or_skip(config, problem, &mut diagnostics) {
                Ok(date) => date,
                Err(skip) => return Record::Skipped(skip),
            },
        };
        (dateline, value_end)
    } else {
        let problem = Diagnostic::error(
            "ingest/missing-date",
            format!("missing dateline: expected `date YYYY[-MM[-DD]]` first, found {:?}", shorten(first_word)),
        )
        .at(Origin::line(path, line_at(start)));
        match fallback_or_skip(config, problem, &mut diagnostics) {
            Ok(date) => (date, start),
            Err(skip) => return Record::Skipped(skip),
        }
    };

    // The rest of the dateline's own line may already be the body; if it is
    // blank, header lines may follow before the body.
    let mut title = None;
    let mut url = None;
    let line_end = text[cursor..].find('\n').map_or(text.len(), |offset| cursor + offset);
    if text[cursor..line_end].trim().is_empty() && cursor != start {
        cursor = line_end;
        loop {
            let line_start = cursor + text[cursor..].len() - text[cursor..].trim_start().len();
            let line_end = text[line_start..].find('\n').map_or(text.len(), |offset| line_start + offset);
            let line = text[line_start..line_end].trim_end();
            let header = |keyword: &str| {
                line.strip_prefix(keyword)
                    .filter(|rest| rest.starts_with([' ', '\t']))
                    .map(|rest| rest.trim().to_owned())
            };
            if let Some(value) = header("title") {
                title = Some(value);
            } else if let Some(value) = header("source") {
                url = Some(value);
            } else {
                break;
            }
            cursor = line_end;
        }
    }
    let body_start = skip_whitespace(text, cursor);
    let body = text[body_start..].trim_end();
    if body.is_empty() {
        return Record::Skipped(
            Diagnostic::error("ingest/empty-body", "the article has a dateline but no text").at(file),
        );
    }
    Record::Article(Article {
        id: id.to_owned(),
        origin: Origin::line(path, line_at(start)),
        dateline,
        title,
        url,
        declared_lang: None,
        text: body.to_owned(),
        diagnostics,
    })
}

fn word_end(text: &str, from: usize) -> usize {
    text[from..].find(char::is_whitespace).map_or(text.len(), |offset| from + offset)
}

fn skip_inline_space(text: &str, from: usize) -> usize {
    text[from..].find(|c: char| c != ' ' && c != '\t').map_or(text.len(), |offset| from + offset)
}

fn skip_whitespace(text: &str, from: usize) -> usize {
    text[from..].find(|c: char| !c.is_whitespace()).map_or(text.len(), |offset| from + offset)
}

/// The start of a value for a message, cut at a char boundary.
pub(crate) fn shorten(value: &str) -> String {
    match value.char_indices().nth(40) {
        Some((cut, _)) => format!("{}…", &value[..cut]),
        None => value.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::Severity;

    #[track_caller]
    fn article(text: &str) -> Article {
        match parse_dateline_text(text.as_bytes(), "t.txt", "t", &Config::default()) {
            Record::Article(article) => article,
            Record::Skipped(diagnostic) => panic!("skipped: {diagnostic}"),
        }
    }

    #[track_caller]
    fn skipped(text: &[u8], config: &Config) -> String {
        match parse_dateline_text(text, "t.txt", "t", config) {
            Record::Article(article) => panic!("expected a skip, got {article:?}"),
            Record::Skipped(diagnostic) => diagnostic.to_string(),
        }
    }

    #[test]
    fn body_on_the_same_line_as_in_the_model_article() {
        let article = article(" date 2024-12 Dat de relatie warm is.\n\nTweede alinea.");
        assert_eq!(article.dateline.to_string(), "2024-12");
        assert_eq!(article.text, "Dat de relatie warm is.\n\nTweede alinea.");
        assert_eq!(article.origin.to_string(), "t.txt:1");
    }

    #[test]
    fn every_dateline_shape_keeps_its_precision() {
        for (line, shown) in
            [("2024", "2024"), ("2024-06", "2024-06"), ("2024-06-03", "2024-06-03"), ("20240603", "2024-06-03")]
        {
            assert_eq!(article(&format!("date {line}\nTekst.")).dateline.to_string(), shown);
        }
    }

    #[test]
    fn header_lines_then_body() {
        let article = article("\n\ndate 2024-03-15\ntitle Kabinet valt\nsource https://example.org/a\n\nDe tekst.\n");
        assert_eq!(article.title.as_deref(), Some("Kabinet valt"));
        assert_eq!(article.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(article.text, "De tekst.");
        assert_eq!(article.origin.line, Some(3));
    }

    #[test]
    fn missing_date_is_skipped_with_file_and_line() {
        assert_eq!(
            skipped(b"\n\nDe premier reisde af.", &Config::default()),
            "t.txt:3: error: missing dateline: expected `date YYYY[-MM[-DD]]` first, found \"De\" [ingest/missing-date]"
        );
        assert_eq!(
            skipped(b"date\nTekst", &Config::default()),
            "t.txt:1: error: `date` has no value: expected `date YYYY[-MM[-DD]]` [ingest/missing-date]"
        );
    }

    #[test]
    fn invalid_date_is_skipped_naming_the_value() {
        assert_eq!(
            skipped(b"date 2024-13-01\nTekst.", &Config::default()),
            "t.txt:1: error: invalid dateline: invalid date \"2024-13-01\": no such day or month [ingest/invalid-date]"
        );
    }

    #[test]
    fn fallback_date_rescues_with_a_warning() {
        let config = Config { fallback_date: Some("2024-05".parse().unwrap()), ..Config::default() };
        let Record::Article(article) = parse_dateline_text(b"De premier reisde af.", "t.txt", "t", &config) else {
            panic!("the fallback should rescue the article");
        };
        assert_eq!(article.dateline.to_string(), "2024-05");
        assert_eq!(article.text, "De premier reisde af.");
        assert_eq!(article.diagnostics.len(), 1);
        assert_eq!(article.diagnostics[0].severity, Severity::Warning);
        assert!(article.diagnostics[0].message.ends_with("used --date 2024-05"));

        let Record::Article(article) = parse_dateline_text(b"date 2024-99 Tekst.", "t.txt", "t", &config) else {
            panic!("the fallback should rescue the article");
        };
        assert_eq!(article.text, "Tekst.");
    }

    #[test]
    fn empty_file_and_empty_body() {
        assert_eq!(
            skipped(b"", &Config::default()),
            "t.txt: error: empty file: no dateline and no text [ingest/empty]"
        );
        assert_eq!(
            skipped(b" \n\t\n", &Config::default()),
            "t.txt: error: empty file: no dateline and no text [ingest/empty]"
        );
        assert_eq!(
            skipped(b"date 2024\ntitle Alleen een kop\n", &Config::default()),
            "t.txt: error: the article has a dateline but no text [ingest/empty-body]"
        );
    }

    #[test]
    fn invalid_utf8_is_decoded_lossily_with_its_line() {
        let Record::Article(article) =
            parse_dateline_text(b"date 2024\nEerste regel.\nTweede \xff regel.", "t.txt", "t", &Config::default())
        else {
            panic!("lossy input is still an article");
        };
        assert_eq!(article.text, "Eerste regel.\nTweede \u{fffd} regel.");
        assert_eq!(
            article.diagnostics[0].to_string(),
            "t.txt:3: warning: invalid UTF-8 at byte 31; decoded lossily with U+FFFD replacement characters [ingest/invalid-utf8]"
        );
    }

    #[test]
    fn a_byte_order_mark_is_not_text() {
        assert_eq!(article("\u{feff}date 2024 Tekst.").text, "Tekst.");
    }
}
