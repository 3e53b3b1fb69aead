//! The `dyad` binary: flags, output formats and exit codes.
//!
//! All the work happens in the library crates; this file parses the command
//! line, streams articles through `dyad-pipeline` and prints. Errors are
//! printed with their causes and exit with status 2; a closed pipe (`dyad
//! code ... | head`) exits 0.

mod cli;
mod code;
mod eval;
mod inspect;
mod run;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::Args::parse();
    let result = match args.command {
        cli::Command::Code(args) => code::run(&args),
        cli::Command::Inspect(args) => inspect::run(&args),
        cli::Command::Eval(args) => eval::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("dyad: error: {error:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
