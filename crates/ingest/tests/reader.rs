//! The reader over real files: directories, gzip, binary, mixed forms.

use dyad_ingest::{Config, Input, Reader, Record};
use flate2::{Compression, write::GzEncoder};
use std::fs;
use std::io::Write;
use std::path::Path;

/// One line per record: the article id and dateline, or the skip.
fn render(inputs: Vec<Input>, root: &Path) -> String {
    let root = root.display().to_string();
    Reader::new(inputs, Config::default())
        .map(|record| match record {
            Record::Article(article) => {
                let notes: Vec<&str> = article.diagnostics.iter().map(|d| d.kind).collect();
                format!("article {} {} {:?} {notes:?}", article.id, article.dateline, article.text)
            }
            Record::Skipped(diagnostic) => format!("skipped {diagnostic}"),
        })
        .map(|line| line.replace(&root, "ROOT"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

#[test]
fn a_directory_is_read_recursively_in_a_stable_order() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("b/inner")).unwrap();
    fs::create_dir_all(root.join(".hidden")).unwrap();
    fs::write(root.join("b/inner/z.txt"), "date 2024-01-02 Zet.").unwrap();
    fs::write(root.join("a.txt"), "date 2023 Aap.").unwrap();
    fs::write(
        root.join("c.jsonl"),
        "{\"id\": \"c1\", \"date\": \"2022-05\", \"text\": \"Een.\"}\n\n{\"date\": \"2022\"}\n{\"id\": \"c3\", \"date\": \"2022\", \"text\": \"Drie.\"}\n",
    )
    .unwrap();
    fs::write(root.join("d.txt.gz"), gzip(b"date 20240105\nGecomprimeerd.")).unwrap();
    fs::write(root.join("e.jsonl.gz"), gzip(b"{\"id\": \"e1\", \"date\": \"2021\", \"text\": \"Lijn.\"}")).unwrap();
    fs::write(root.join("f.txt"), b"\x00\x01\x02binary").unwrap();
    fs::write(root.join("g.txt"), b"").unwrap();
    fs::write(root.join("notes.md"), "# not an article").unwrap();
    fs::write(root.join(".hidden/h.txt"), "date 2024 Verborgen.").unwrap();

    let expected = r#"article a 2023 "Aap." []
article z 2024-01-02 "Zet." []
article c1 2022-05 "Een." []
skipped ROOT/c.jsonl:3: error: article "c:3" has no `text` field [ingest/missing-text]
article c3 2022 "Drie." []
article d 2024-01-05 "Gecomprimeerd." []
article e1 2021 "Lijn." []
skipped ROOT/f.txt: error: binary file (contains NUL bytes), not an article [ingest/binary]
skipped ROOT/g.txt: error: empty file: no dateline and no text [ingest/empty]
skipped ROOT/notes.md: note: not read: file ending is not .txt, .jsonl, .ndjson or .json (optionally .gz) [ingest/not-article]"#;
    assert_eq!(render(vec![Input::Path(root.to_path_buf())], root), expected);
}

#[test]
fn named_files_are_read_whatever_their_ending_and_missing_ones_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(root.join("feed.log"), "{\"id\": \"x\", \"date\": \"2024-02\", \"text\": \"Tekst.\"}").unwrap();
    fs::write(root.join("plain"), gzip(b"date 2020\nOude tekst.")).unwrap();
    let inputs = vec![
        Input::Path(root.join("feed.log")),
        Input::Path(root.join("plain")),
        Input::Path(root.join("missing.txt")),
    ];
    let shown = render(inputs, root);
    let lines: Vec<&str> = shown.lines().collect();
    assert_eq!(lines[0], r#"article x 2024-02 "Tekst." []"#);
    assert_eq!(lines[1], r#"article plain 2020 "Oude tekst." []"#);
    assert!(lines[2].starts_with("skipped ROOT/missing.txt: error: cannot open: "), "{}", lines[2]);
    assert_eq!(lines.len(), 3);
}

#[test]
fn a_corrupt_gzip_stream_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = gzip("date 2024\nTekst. ".repeat(5000).as_bytes());
    let cut = bytes.len() / 2;
    bytes.truncate(cut);
    fs::write(dir.path().join("cut.txt.gz"), bytes).unwrap();
    let shown = render(vec![Input::Path(dir.path().join("cut.txt.gz"))], dir.path());
    assert!(shown.starts_with("skipped ROOT/cut.txt.gz: error: cannot read: "), "{shown}");
}

#[test]
fn jsonl_line_over_the_limit_is_skipped_and_reading_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let long = format!("{{\"id\": \"long\", \"date\": \"2024\", \"text\": \"{}\"}}", "a".repeat(2000));
    let content = format!("{long}\n{{\"id\": \"ok\", \"date\": \"2024\", \"text\": \"Kort.\"}}\n");
    fs::write(dir.path().join("w.jsonl"), content).unwrap();
    let config = Config { max_article_bytes: 1000, ..Config::default() };
    let records: Vec<Record> = Reader::new(vec![Input::Path(dir.path().join("w.jsonl"))], config).collect();
    assert_eq!(records.len(), 2);
    let Record::Skipped(diagnostic) = &records[0] else { panic!("the long line must be skipped") };
    assert_eq!(diagnostic.kind, "ingest/too-large");
    assert_eq!(diagnostic.origin.as_ref().and_then(|origin| origin.line), Some(1));
    assert!(matches!(&records[1], Record::Article(article) if article.id == "ok"));
}
