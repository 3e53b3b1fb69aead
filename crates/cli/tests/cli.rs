//! The `dyad` binary end to end: every bad-input case, stdin, formats, eval.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn dyad(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the dyad binary runs");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    pipe.write_all(stdin.unwrap_or_default()).expect("stdin takes the input");
    drop(pipe);
    child.wait_with_output().expect("dyad finishes")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn shared(relative: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared").join(relative);
    if path.exists() {
        return Some(path);
    }
    assert!(std::env::var("CI").as_deref() != Ok("true"), "{} is missing under CI=true", path.display());
    None
}

#[test]
fn every_bad_input_is_reported_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(
        root.join("a-good.txt"),
        "date 2024-12-03\nDe minister reisde naar Seoul. Daar sprak zij met collega's.",
    )
    .unwrap();
    std::fs::write(root.join("b-nodate.txt"), "De minister reisde naar Seoul.").unwrap();
    std::fs::write(root.join("c-baddate.txt"), "date 2024-02-30\nDe minister reisde.").unwrap();
    std::fs::write(root.join("d-binary.txt"), b"\x7fELF\x00\x00\x01").unwrap();
    std::fs::write(root.join("e-empty.txt"), b"").unwrap();
    std::fs::write(
        root.join("f-latin1.txt"),
        b"date 2024\nDe minister van Buitenlandse Zaken sprak over Oekra\xefne en de gevolgen voor Europa.",
    )
    .unwrap();
    std::fs::write(
        root.join("g-german.txt"),
        "date 2024\nDie Bundesregierung hat am Dienstag neue Sanktionen gegen Russland beschlossen.",
    )
    .unwrap();
    let output = dyad(&["code", root.to_str().unwrap()], None);
    let stderr = text(&output.stderr).replace(&root.display().to_string(), "ROOT");
    assert!(output.status.success(), "{stderr}");
    assert_eq!(text(&output.stdout), "", "no coder yet, so no events, and never a placeholder");
    let expected_lines = [
        "ROOT/b-nodate.txt:1: error: missing dateline: expected `date YYYY[-MM[-DD]]` first, found \"De\" [ingest/missing-date]",
        "ROOT/c-baddate.txt:1: error: invalid dateline: invalid date \"2024-02-30\": no such day or month [ingest/invalid-date]",
        "ROOT/d-binary.txt: error: binary file (contains NUL bytes), not an article [ingest/binary]",
        "ROOT/e-empty.txt: error: empty file: no dateline and no text [ingest/empty]",
        "ROOT/f-latin1.txt:2: warning: invalid UTF-8 at byte 61; decoded lossily with U+FFFD replacement characters [ingest/invalid-utf8]",
        "ROOT/g-german.txt:1: note: language \"de\" is not coded (coded: nl, en); left uncoded [text/lang-uncoded]",
    ];
    for line in expected_lines {
        assert!(stderr.contains(line), "missing {line:?} in\n{stderr}");
    }
    let summary = stderr.lines().last().unwrap();
    assert!(
        summary.starts_with("dyad: 3 article(s) (nl 2, uncoded 1), 0 event(s), 4 skipped (ingest/binary 1, ingest/empty 1, ingest/invalid-date 1, ingest/missing-date 1), 1 warning(s)"),
        "{summary}"
    );

    // A fallback date rescues the undated article, with a warning.
    let output = dyad(&["code", "--quiet", "--date", "2024-05", root.join("b-nodate.txt").to_str().unwrap()], None);
    let stderr = text(&output.stderr);
    assert!(stderr.starts_with("dyad: 1 article(s) (nl 1), 0 event(s), 1 warning(s)"), "{stderr}");
}

#[test]
fn standard_input_in_both_forms_and_table_output() {
    let output = dyad(
        &["code", "--format", "table", "-"],
        Some(b"date 20240105\nThe minister flew to Seoul. She met her counterpart."),
    );
    assert!(output.status.success());
    assert_eq!(text(&output.stdout), "stdin  dateline 2024-01-05 (Day)  lang en  2 sentence(s)  0 event(s)\n");

    let jsonl = b"{\"id\": \"w1\", \"date\": \"2023\", \"lang\": \"nl\", \"text\": \"Het kabinet viel. Nieuwe verkiezingen volgen.\"}\nnot json\n";
    let output = dyad(&["code", "--format", "table", "-"], Some(jsonl));
    assert_eq!(text(&output.stdout), "w1  dateline 2023 (Year)  lang nl  2 sentence(s)  0 event(s)\n");
    assert!(
        text(&output.stderr).contains("-:2: error: invalid JSON: expected ident at line 1 column 2 [ingest/bad-json]")
    );
}

#[test]
fn inspect_views() {
    let output = dyad(&["inspect", "sentences", "-"], Some("date 2024-12\nDhr. Rutte kwam. Hij ging.".as_bytes()));
    let shown = text(&output.stdout);
    assert!(
        shown.starts_with("# stdin  -:1  dateline 2024-12 (Month)  lang nl (detected Coded(Nl), confidence "),
        "{shown}"
    );
    assert!(shown.ends_with(")\ns0       [0, 16]  Dhr. Rutte kwam.\ns1      [17, 26]  Hij ging.\n\n"), "{shown}");
    let output = dyad(&["inspect", "tokens", "-"], Some("date 2024-12\nDhr. Rutte kwam.".as_bytes()));
    let lines: Vec<String> = text(&output.stdout).lines().map(str::to_owned).collect();
    assert_eq!(lines[1], "s0   t0          [0, 3]  word   none      Dhr                  dhr");
    assert_eq!(lines[2], "s0   t1          [3, 4]  punct  none      .                    .");
    assert_eq!(lines.len(), 7, "a header, five tokens and a blank line");
}

#[test]
fn fatal_errors_exit_two() {
    let output = dyad(&["code", "no/such/file.txt"], None);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(text(&output.stderr), "dyad: error: no/such/file.txt: no such file or directory\n");
    let output = dyad(&["code", "--date", "2024-13", "-"], None);
    assert_eq!(output.status.code(), Some(2), "clap rejects a bad --date");
}

#[test]
fn eval_scores_a_system_file_against_gold() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("art.events.jsonl");
    std::fs::write(
        &gold,
        "{\"id\": \"e1\", \"source\": \"RUS\", \"target\": \"UKR\", \"cameo\": \"192\", \"cameo_alt\": [\"19\"], \"date\": \"2022\", \"tier\": \"core\"}\n\
         {\"id\": \"e2\", \"source\": \"NLDGOV\", \"target\": \"KOR\", \"cameo\": \"057\", \"date\": \"2022\", \"tier\": \"hard\"}\n",
    )
    .unwrap();
    let system = dir.path().join("out.jsonl");
    std::fs::write(
        &system,
        "{\"article\": \"art\", \"source\": {\"code\": \"RUSMIL\"}, \"target\": {\"code\": \"UKR\"}, \"cameo\": \"190\", \"date\": \"2022\"}\n\
         {\"article\": \"art\", \"source\": {\"code\": \"RUS\"}, \"target\": {\"code\": \"UKR\"}, \"cameo\": \"193\", \"date\": \"2022\"}\n\
         {\"article\": \"art\", \"source\": {\"code\": \"RUS\"}, \"target\": {\"code\": \"UKR\"}, \"cameo\": \"195\", \"date\": \"2022\"}\n",
    )
    .unwrap();
    let output = dyad(&["eval", "--json", "--gold", gold.to_str().unwrap(), system.to_str().unwrap()], None);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let levels = &report["totals"][0]["levels"];
    // dyad+root: p0 (RUS/UKR, 19) finds e1; p1 and p2 match only e1: duplicates.
    assert_eq!((levels[0]["matched"].as_u64(), levels[0]["duplicates"].as_u64()), (Some(1), Some(2)));
    // actor+code: RUSMIL is not RUS, so p1 finds e1 through root 19 and p0 is a
    // false positive; p2 is a duplicate.
    assert_eq!(
        (levels[1]["matched"].as_u64(), levels[1]["false_positives"].as_u64(), levels[1]["duplicates"].as_u64()),
        (Some(1), Some(1), Some(1))
    );
    assert_eq!(levels[2]["recall"].as_f64(), Some(0.5));
    assert_eq!(levels[2]["tiers"][1]["found"].as_u64(), Some(0), "the hard-tier e2 is missed");
}

#[test]
fn model_article_codes_and_evaluates() {
    let Some(seed) = shared("corpus/seed/nl-kr-2024-12.txt") else {
        return;
    };
    let output = dyad(&["code", "--format", "table", seed.to_str().unwrap()], None);
    assert_eq!(text(&output.stdout), "nl-kr-2024-12  dateline 2024-12 (Month)  lang nl  21 sentence(s)  0 event(s)\n");

    let gold = shared("gold").expect("gold sits beside the corpus");
    let output = dyad(&["eval", "--gold", gold.to_str().unwrap(), seed.to_str().unwrap()], None);
    let report = text(&output.stdout);
    assert!(report.starts_with("events · nl-kr-2024-12 · 18 expected (core 9, hard 9) · 0 produced\n"), "{report}");
    assert!(report.contains("actors · nl-kr-2024-12 · 25 expected"), "{report}");
    assert!(report.contains("times · nl-kr-2024-12 · 11 expected"), "{report}");
}
