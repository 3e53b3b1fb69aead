//! Command-line flags.

use clap::{Args as ClapArgs, Parser, Subcommand, ValueEnum};
use dyad_core::PartialDate;
use std::path::PathBuf;

/// Turn dated news articles into political event data.
///
/// dyad reads Dutch and English news and codes who did what to whom, when
/// and where, in CAMEO and PLOVER, with the evidence for every code. Events
/// carry the date they happened, resolved from the text, not the date of
/// publication.
#[derive(Parser, Debug)]
#[command(name = "dyad", version, max_term_width = 100)]
#[command(after_help = "Input forms (any mix, directories read recursively in name order, gzip allowed):\n  \
    text file    `date 2024-12` (or YYYY, YYYY-MM-DD, YYYYMMDD), optional `title ...` and\n               \
    `source ...` lines, then the body\n  \
    JSON Lines   {\"id\", \"date\", \"text\", \"url\"?, \"title\"?, \"lang\"?} one object a line\n  \
    -            standard input, in either form\n\n\
    Examples:\n  dyad code examples/\n  dyad code --format table examples/nl-sancties-2022.txt\n  \
    dyad inspect sentences ../shared/corpus/seed/nl-kr-2024-12.txt\n  \
    dyad eval --gold testdata/gold examples/")]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Code articles into events (JSON Lines on standard output).
    ///
    /// Diagnostics about odd input (missing dates, lossy UTF-8, binary files,
    /// other languages) go to standard error with file and line, followed
    /// by a summary that counts every skipped article by reason.
    Code(CodeArgs),
    /// Show what one stage makes of articles: sentences or tokens.
    Inspect(InspectArgs),
    /// Score events, actors and times against gold codings.
    ///
    /// GOLD is a gold file (NAME.events.jsonl, NAME.actors.jsonl,
    /// NAME.times.jsonl) or a directory of them. Each INPUT is either system
    /// output (a .events/.actors/.times.jsonl file, or any JSON Lines whose
    /// objects have a `cameo` field) or articles, which are coded first.
    /// Output is paired with gold by article id = gold file name; with one
    /// gold article and one coded article the two are paired whatever their
    /// names.
    Eval(EvalArgs),
}

/// Flags that control reading, shared by every command that reads articles.
#[derive(ClapArgs, Debug, Clone)]
pub struct ReadArgs {
    /// Dateline to use, with a warning, for articles whose own is missing or
    /// invalid (YYYY, YYYY-MM or YYYY-MM-DD). Without it they are skipped.
    #[arg(long, value_name = "DATE")]
    pub date: Option<PartialDate>,
    /// Skip (with an error) articles or JSON lines larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = dyad_pipeline::IngestConfig::default().max_article_bytes)]
    pub max_article_bytes: usize,
    /// Print only the summary, not each diagnostic.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(ClapArgs, Debug)]
pub struct CodeArgs {
    /// Files, directories, or `-` for standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Write events here instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// `jsonl`: one event record a line (the canonical form). `table`: one
    /// line per article and event, for people.
    #[arg(long, value_enum, default_value_t = CodeFormat::Jsonl)]
    pub format: CodeFormat,
    #[command(flatten)]
    pub read: ReadArgs,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeFormat {
    Jsonl,
    Table,
}

#[derive(ClapArgs, Debug)]
pub struct InspectArgs {
    /// Which stage to show.
    #[arg(value_enum)]
    pub view: View,
    /// Files, directories, or `-` for standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    #[command(flatten)]
    pub read: ReadArgs,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// Each sentence with its index and byte span.
    Sentences,
    /// Each token with its sentence, byte span, kind and normalised form.
    Tokens,
}

#[derive(ClapArgs, Debug)]
pub struct EvalArgs {
    /// A gold file or a directory of gold files.
    #[arg(long, value_name = "GOLD")]
    pub gold: PathBuf,
    /// System output files or articles to code.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Print the report as JSON instead of tables.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub read: ReadArgs,
}
