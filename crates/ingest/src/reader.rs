//! The streaming reader over files, directories and standard input.

use crate::dateline::shorten;
use crate::{Config, Record, parse_dateline_text, parse_jsonl_line};
use dyad_core::{Diagnostic, Origin};
use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};

/// One input named by the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// `-`: standard input.
    Stdin,
    /// A file or a directory.
    Path(PathBuf),
}

impl Input {
    /// `-` is standard input; anything else is a path.
    pub fn from_arg(arg: &str) -> Input {
        if arg == "-" { Input::Stdin } else { Input::Path(PathBuf::from(arg)) }
    }
}

/// How much of a file is looked at to tell gzip, binary and JSON Lines apart.
const SNIFF_BYTES: usize = 8 << 10;

/// File endings read when walking a directory (after an optional `.gz`).
/// Files named on the command line are read whatever their ending.
const ARTICLE_EXTENSIONS: [&str; 4] = ["txt", "jsonl", "ndjson", "json"];

type Source = Box<dyn Read + Send>;

/// A JSON Lines file being read line by line.
struct LineSource {
    reader: BufReader<Source>,
    path: String,
    stem: String,
    line_no: u64,
}

/// Streams [`Record`]s from inputs, in order: each input in turn,
/// directories recursively with entries sorted by file name, JSON Lines one
/// line at a time. Hidden files and directories (names starting with `.`)
/// are not walked.
///
/// Memory is bounded: at most one article, capped at
/// [`Config::max_article_bytes`], is held at a time.
pub struct Reader {
    config: Config,
    inputs: VecDeque<Input>,
    walker: Option<Box<dyn Iterator<Item = walkdir::Result<walkdir::DirEntry>> + Send>>,
    lines: Option<LineSource>,
    line_buf: Vec<u8>,
}

impl Reader {
    /// A reader over `inputs`.
    pub fn new(inputs: impl IntoIterator<Item = Input>, config: Config) -> Reader {
        Reader { config, inputs: inputs.into_iter().collect(), walker: None, lines: None, line_buf: Vec::new() }
    }

    /// Opens one file or stream and returns its record, or starts reading it
    /// line by line (then `None`).
    fn open(&mut self, source: Source, path: &str, stem: &str) -> Option<Record> {
        let read_error = |error: io::Error| {
            Some(Record::Skipped(
                Diagnostic::error("ingest/read", format!("cannot read: {error}")).at(Origin::file(path)),
            ))
        };
        let (head, rest) = match sniff(source) {
            Ok(sniffed) => sniffed,
            Err(error) => return read_error(error),
        };
        // Gzip is recognised by its magic bytes, whatever the file is called.
        let (head, rest) = if head.starts_with(&[0x1f, 0x8b]) {
            let decoder: Source = Box::new(flate2::read::MultiGzDecoder::new(Cursor::new(head).chain(rest)));
            match sniff(decoder) {
                Ok(sniffed) => sniffed,
                Err(error) => return read_error(error),
            }
        } else {
            (head, rest)
        };
        if head.contains(&0) {
            return Some(Record::Skipped(
                Diagnostic::error("ingest/binary", "binary file (contains NUL bytes), not an article")
                    .at(Origin::file(path)),
            ));
        }
        let first =
            head.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&head).iter().find(|byte| !byte.is_ascii_whitespace());
        let is_jsonl = first == Some(&b'{');
        let whole: Source = Box::new(Cursor::new(head).chain(rest));
        if is_jsonl {
            self.lines = Some(LineSource {
                reader: BufReader::with_capacity(64 << 10, whole),
                path: path.to_owned(),
                stem: stem.to_owned(),
                line_no: 0,
            });
            return None;
        }
        let limit = self.config.max_article_bytes;
        let mut bytes = Vec::new();
        if let Err(error) = whole.take(limit as u64 + 1).read_to_end(&mut bytes) {
            return read_error(error);
        }
        if bytes.len() > limit {
            return Some(Record::Skipped(too_large(Origin::file(path), limit)));
        }
        Some(parse_dateline_text(&bytes, path, stem, &self.config))
    }

    fn next_line(&mut self) -> Option<Record> {
        let limit = self.config.max_article_bytes;
        loop {
            let source = self.lines.as_mut()?;
            source.line_no += 1;
            let origin = || Origin::line(source.path.as_str(), source.line_no);
            match read_bounded_line(&mut source.reader, &mut self.line_buf, limit) {
                Ok(None) => {
                    self.lines = None;
                    return None;
                }
                Ok(Some(true)) => {
                    let record =
                        parse_jsonl_line(&self.line_buf, &source.path, source.line_no, &source.stem, &self.config);
                    if record.is_some() {
                        return record;
                    }
                }
                Ok(Some(false)) => return Some(Record::Skipped(too_large(origin(), limit))),
                Err(error) => {
                    let diagnostic =
                        Diagnostic::error("ingest/read", format!("cannot read further: {error}")).at(origin());
                    self.lines = None;
                    return Some(Record::Skipped(diagnostic));
                }
            }
        }
    }

    fn next_entry(&mut self) -> Option<Record> {
        loop {
            let entry = match self.walker.as_mut()?.next() {
                None => {
                    self.walker = None;
                    return None;
                }
                Some(Ok(entry)) => entry,
                Some(Err(error)) => {
                    let path = error.path().map_or_else(|| "?".to_owned(), |path| path.display().to_string());
                    return Some(Record::Skipped(
                        Diagnostic::error("ingest/read", format!("cannot read directory entry: {error}"))
                            .at(Origin::file(path)),
                    ));
                }
            };
            if entry.file_type().is_dir() {
                continue;
            }
            let path = entry.path();
            if !ARTICLE_EXTENSIONS.contains(&extension(path).as_str()) {
                return Some(Record::Skipped(
                    Diagnostic::info(
                        "ingest/not-article",
                        "not read: file ending is not .txt, .jsonl, .ndjson or .json (optionally .gz)",
                    )
                    .at(Origin::file(path.display().to_string())),
                ));
            }
            if let Some(record) = self.open_path(path) {
                return Some(record);
            }
            if self.lines.is_some() {
                // A JSON Lines file is open; `next` reads it before walking on.
                return None;
            }
        }
    }

    fn open_path(&mut self, path: &Path) -> Option<Record> {
        let shown = path.display().to_string();
        match File::open(path) {
            Ok(file) => self.open(Box::new(file), &shown, &stem(path)),
            Err(error) => Some(Record::Skipped(
                Diagnostic::error("ingest/read", format!("cannot open: {error}")).at(Origin::file(shown)),
            )),
        }
    }
}

impl Iterator for Reader {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        loop {
            if self.lines.is_some() {
                if let Some(record) = self.next_line() {
                    return Some(record);
                }
                continue;
            }
            if self.walker.is_some() {
                if let Some(record) = self.next_entry() {
                    return Some(record);
                }
                continue;
            }
            let record = match self.inputs.pop_front()? {
                Input::Stdin => self.open(Box::new(io::stdin()), "-", "stdin"),
                Input::Path(path) if path.is_dir() => {
                    let walker = walkdir::WalkDir::new(path).sort_by_file_name().into_iter().filter_entry(|entry| {
                        entry.depth() == 0 || !entry.file_name().to_string_lossy().starts_with('.')
                    });
                    self.walker = Some(Box::new(walker));
                    None
                }
                Input::Path(path) => self.open_path(&path),
            };
            if record.is_some() {
                return record;
            }
        }
    }
}

/// Reads up to [`SNIFF_BYTES`] and hands back the rest of the stream.
fn sniff(mut source: Source) -> io::Result<(Vec<u8>, Source)> {
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    (&mut source).take(SNIFF_BYTES as u64).read_to_end(&mut head)?;
    Ok((head, source))
}

/// Reads one line into `buf` (without its line break), keeping at most
/// `limit` bytes. `Some(true)`: a whole line; `Some(false)`: the line was
/// longer than `limit` and was consumed but not kept; `None`: end of input.
fn read_bounded_line(reader: &mut impl BufRead, buf: &mut Vec<u8>, limit: usize) -> io::Result<Option<bool>> {
    buf.clear();
    let mut seen = 0usize;
    loop {
        let available = reader.fill_buf()?;
        if available.is_empty() {
            return Ok(if seen == 0 { None } else { Some(seen <= limit) });
        }
        let (chunk, done) = match memchr_newline(available) {
            Some(index) => (&available[..index], true),
            None => (available, false),
        };
        if seen + chunk.len() <= limit {
            buf.extend_from_slice(chunk);
        } else {
            buf.clear();
        }
        seen += chunk.len();
        let consumed = chunk.len() + usize::from(done);
        reader.consume(consumed);
        if done {
            return Ok(Some(seen <= limit));
        }
    }
}

fn memchr_newline(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&byte| byte == b'\n')
}

fn too_large(origin: Origin, limit: usize) -> Diagnostic {
    Diagnostic::error(
        "ingest/too-large",
        format!("article larger than the limit of {limit} bytes; raise it with --max-article-bytes"),
    )
    .at(origin)
}

/// The ending that says what a file holds, looking through `.gz`.
fn extension(path: &Path) -> String {
    let name = path.file_name().map(|name| name.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    Path::new(name).extension().map(|ext| ext.to_string_lossy().into_owned()).unwrap_or_default()
}

/// The file name without `.gz` and without its ending: the article id of a
/// text-form file.
fn stem(path: &Path) -> String {
    let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let stem = Path::new(name).file_stem().map(|stem| stem.to_string_lossy().into_owned()).unwrap_or_default();
    if stem.is_empty() { shorten(name) } else { stem }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_lines() {
        let mut reader = Cursor::new(b"short\nthis one is too long\n\nlast".to_vec());
        let mut buf = Vec::new();
        let mut lines = Vec::new();
        while let Some(complete) = read_bounded_line(&mut reader, &mut buf, 8).unwrap() {
            lines.push((complete, String::from_utf8(buf.clone()).unwrap()));
        }
        assert_eq!(
            lines,
            [(true, "short".into()), (false, String::new()), (true, String::new()), (true, "last".into())]
        );
    }

    #[test]
    fn stems_and_extensions() {
        assert_eq!(stem(Path::new("a/nl-kr-2024-12.txt")), "nl-kr-2024-12");
        assert_eq!(stem(Path::new("a/wire.jsonl.gz")), "wire");
        assert_eq!(extension(Path::new("a/wire.JSONL.gz")), "jsonl");
        assert_eq!(extension(Path::new("a/README")), "");
    }
}
