//! `dyad code`: articles in, events out.

use crate::cli::{CodeArgs, CodeFormat};
use crate::run::for_each_coded;
use anyhow::{Context, Result};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::process::ExitCode;
use std::time::Instant;

pub fn run(args: &CodeArgs) -> Result<ExitCode> {
    let started = Instant::now();
    let mut out: Box<dyn Write> = match &args.out {
        Some(path) => {
            Box::new(BufWriter::new(File::create(path).with_context(|| format!("cannot create {}", path.display()))?))
        }
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    };
    let summary = for_each_coded(&args.inputs, &args.read, |coded| {
        match args.format {
            CodeFormat::Jsonl => {
                for event in &coded.events {
                    serde_json::to_writer(&mut out, event)?;
                    out.write_all(b"\n")?;
                }
            }
            CodeFormat::Table => {
                let article = &coded.article;
                writeln!(
                    out,
                    "{}  dateline {} ({:?})  lang {}  {} sentence(s)  {} event(s)",
                    article.id,
                    article.dateline,
                    article.dateline.precision(),
                    coded.lang.map_or("uncoded", |lang| lang.code()),
                    coded.analysis.sentences.len(),
                    coded.events.len()
                )?;
                for event in &coded.events {
                    let evidence = article.text.get(event.evidence.span.range()).unwrap_or("");
                    writeln!(
                        out,
                        "  s{:<3} {:<10} {:<5} {:<10} {:<10} {:?}",
                        event.sentence, event.source.code.0, event.cameo.0, event.target.code.0, event.date, evidence
                    )?;
                }
            }
        }
        Ok(())
    })?;
    out.flush().context("cannot write events")?;
    summary.print(started.elapsed());
    Ok(ExitCode::SUCCESS)
}
