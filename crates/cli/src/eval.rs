//! `dyad eval`: score system output (or freshly coded articles) against gold.

use crate::cli::EvalArgs;
use crate::run::for_each_coded;
use anyhow::{Context, Result};
use dyad_eval::{
    ArticleReport, GoldActor, GoldEvent, GoldTime, Kind, Report, SystemActor, SystemEvent, SystemTime, load_jsonl,
    render_table,
};
use dyad_pipeline::Input;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Gold of one article, by kind.
#[derive(Default)]
struct Gold {
    events: Option<Vec<GoldEvent>>,
    actors: Option<Vec<GoldActor>>,
    times: Option<Vec<GoldTime>>,
}

/// System output of one article.
#[derive(Default)]
struct System {
    events: Vec<SystemEvent>,
    actors: Vec<SystemActor>,
    times: Vec<SystemTime>,
}

pub fn run(args: &EvalArgs) -> Result<ExitCode> {
    let started = Instant::now();
    let gold = load_gold(&args.gold)?;
    anyhow::ensure!(
        !gold.is_empty(),
        "{}: no gold files (NAME.events.jsonl, NAME.actors.jsonl, NAME.times.jsonl)",
        args.gold.display()
    );

    let mut system: BTreeMap<String, System> = BTreeMap::new();
    let mut article_args = Vec::new();
    for arg in &args.inputs {
        let kind = match Input::from_arg(arg) {
            Input::Path(path) if path.is_file() => output_kind(&path)?.map(|kind| (path, kind)),
            _ => None,
        };
        match kind {
            Some((path, kind)) => load_system(&path, kind, &mut system)?,
            None => article_args.push(arg.clone()),
        }
    }
    if !article_args.is_empty() {
        let summary = for_each_coded(&article_args, &args.read, |coded| {
            let entry = system.entry(coded.article.id.clone()).or_default();
            for event in &coded.events {
                entry.events.push(serde_json::from_value(serde_json::to_value(event)?)?);
            }
            Ok(())
        })?;
        summary.print(started.elapsed());
    }

    // With one gold article and one system article, pair them whatever
    // their names (a renamed copy of the model article, stdin).
    let lone = (gold.len() == 1 && system.len() == 1).then(|| system.keys().next().cloned()).flatten();
    let mut reports = Vec::new();
    for (name, gold) in &gold {
        let key = if system.contains_key(name) { Some(name.clone()) } else { lone.clone() };
        let empty = System::default();
        let output = match key.as_ref().and_then(|key| system.get(key)) {
            Some(output) => output,
            None => {
                eprintln!("dyad: warning: no system output for gold article {name:?}; scoring it against nothing");
                &empty
            }
        };
        if let Some(expected) = &gold.events {
            reports.push(ArticleReport::events(name, expected, &output.events));
        }
        if let Some(expected) = &gold.actors {
            reports.push(ArticleReport::actors(name, expected, &output.actors));
        }
        if let Some(expected) = &gold.times {
            reports.push(ArticleReport::times(name, expected, &output.times));
        }
    }
    let report = Report::new(reports);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", render_table(&report));
    }
    Ok(ExitCode::SUCCESS)
}

/// Gold files by article name: one file, or every gold file in a directory.
fn load_gold(path: &Path) -> Result<BTreeMap<String, Gold>> {
    let files: Vec<PathBuf> = if path.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(path)
            .with_context(|| format!("cannot read {}", path.display()))?
            .map(|entry| entry.map(|entry| entry.path()))
            .collect::<std::io::Result<_>>()?;
        files.sort();
        files
    } else if path.is_file() {
        vec![path.to_path_buf()]
    } else {
        anyhow::bail!("{}: no such gold file or directory", path.display());
    };
    let mut gold: BTreeMap<String, Gold> = BTreeMap::new();
    for file in files {
        let Some((name, kind)) = gold_name(&file) else {
            continue;
        };
        let entry = gold.entry(name).or_default();
        match kind {
            Kind::Events => entry.events = Some(load_jsonl(&file)?),
            Kind::Actors => entry.actors = Some(load_jsonl(&file)?),
            Kind::Times => entry.times = Some(load_jsonl(&file)?),
        }
    }
    Ok(gold)
}

/// `nl-kr-2024-12.events.jsonl` → (`nl-kr-2024-12`, events).
fn gold_name(path: &Path) -> Option<(String, Kind)> {
    let file_name = path.file_name()?.to_str()?;
    Kind::ALL.into_iter().find_map(|kind| Some((file_name.strip_suffix(kind.suffix())?.to_owned(), kind)))
}

/// Whether a file is system output, and of which kind: by its name, or, for
/// any other JSON Lines, by a `cameo` field on its first object.
fn output_kind(path: &Path) -> Result<Option<Kind>> {
    if let Some((_, kind)) = gold_name(path) {
        return Ok(Some(kind));
    }
    let is_jsonl = path.extension().is_some_and(|ext| ext == "jsonl" || ext == "ndjson");
    if !is_jsonl {
        return Ok(None);
    }
    // Only the first object is needed; the file is read whole later, once.
    let file = std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut first = String::new();
    for line in std::io::BufRead::lines(std::io::BufReader::new(file)) {
        first = line.with_context(|| format!("cannot read {}", path.display()))?;
        if !first.trim().is_empty() {
            break;
        }
    }
    let value: serde_json::Value = serde_json::from_str(&first).unwrap_or_default();
    Ok(value.get("cameo").is_some().then_some(Kind::Events))
}

fn load_system(path: &Path, kind: Kind, system: &mut BTreeMap<String, System>) -> Result<()> {
    let fallback = gold_name(path).map_or_else(
        || path.file_stem().map(|stem| stem.to_string_lossy().into_owned()).unwrap_or_default(),
        |(name, _)| name,
    );
    let key = |article: &Option<String>| article.clone().unwrap_or_else(|| fallback.clone());
    match kind {
        Kind::Events => {
            for event in load_jsonl::<SystemEvent>(path)? {
                system.entry(key(&event.article)).or_default().events.push(event);
            }
        }
        Kind::Actors => {
            for actor in load_jsonl::<SystemActor>(path)? {
                system.entry(key(&actor.article)).or_default().actors.push(actor);
            }
        }
        Kind::Times => {
            for time in load_jsonl::<SystemTime>(path)? {
                system.entry(key(&time.article)).or_default().times.push(time);
            }
        }
    }
    Ok(())
}
