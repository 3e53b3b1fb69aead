//! `dyad inspect`: what one stage makes of articles.

use crate::cli::{InspectArgs, View};
use crate::run::for_each_coded;
use anyhow::Result;
use dyad_pipeline::Coded;
use std::io::{BufWriter, Write};
use std::process::ExitCode;
use std::time::Instant;

pub fn run(args: &InspectArgs) -> Result<ExitCode> {
    let started = Instant::now();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let summary = for_each_coded(&args.inputs, &args.read, |coded| {
        header(&mut out, coded)?;
        match args.view {
            View::Sentences => sentences(&mut out, coded)?,
            View::Tokens => tokens(&mut out, coded)?,
        }
        writeln!(out)?;
        Ok(())
    })?;
    out.flush()?;
    summary.print(started.elapsed());
    Ok(ExitCode::SUCCESS)
}

fn header(out: &mut impl Write, coded: &Coded) -> Result<()> {
    let article = &coded.article;
    writeln!(
        out,
        "# {}  {}  dateline {} ({:?})  lang {} (detected {:?}, confidence {:.2})",
        article.id,
        article.origin,
        article.dateline,
        article.dateline.precision(),
        coded.lang.map_or("uncoded", |lang| lang.code()),
        coded.detection.detected,
        coded.detection.confidence
    )?;
    Ok(())
}

fn sentences(out: &mut impl Write, coded: &Coded) -> Result<()> {
    for (index, sentence) in coded.analysis.sentences.iter().enumerate() {
        let text = &coded.article.text[sentence.span.range()];
        writeln!(
            out,
            "s{index:<3} {:>11}  {}",
            format!("[{}, {}]", sentence.span.start, sentence.span.end),
            one_line(text)
        )?;
    }
    Ok(())
}

fn tokens(out: &mut impl Write, coded: &Coded) -> Result<()> {
    let tokens = &coded.analysis.tokens;
    for (index, sentence) in coded.analysis.sentences.iter().enumerate() {
        for token_index in sentence.tokens.clone() {
            let token = &tokens[token_index];
            let text = &coded.article.text[token.span.range()];
            writeln!(
                out,
                "s{index:<3} t{token_index:<5} {:>11}  {:<6} {:<9} {:<20} {}",
                format!("[{}, {}]", token.span.start, token.span.end),
                format!("{:?}", token.kind).to_lowercase(),
                format!("{:?}", token.gap).to_lowercase(),
                text,
                tokens.norm(token)
            )?;
        }
    }
    Ok(())
}

/// Line breaks shown as `⏎` so that each sentence stays on one line.
fn one_line(text: &str) -> String {
    text.replace('\n', "⏎")
}
