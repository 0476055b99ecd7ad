//! `kamervraag`: parse Kamervragen, answers and notices into JSON (one file) or JSON Lines (several).

use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser as ClapParser, Subcommand};
use serde::Serialize;

#[derive(ClapParser)]
#[command(name = "kamervraag", version, about = "Parse Dutch parliamentary questions into JSON")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse documents: one FILE prints its JSON; several files or a directory print JSON Lines
    /// (one object per document, with its `file`). `-` reads standard input.
    Parse {
        /// Files or directories (`-` for standard input).
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Turn every diagnostic into an error.
        #[arg(long)]
        strict: bool,
        /// Indent the JSON.
        #[arg(long)]
        pretty: bool,
    },
}

/// One document to parse: where it came from and its name in messages.
struct Input {
    name: String,
    path: Option<PathBuf>,
}

#[derive(Serialize)]
struct WithFile<'a, T: Serialize> {
    file: &'a str,
    #[serde(flatten)]
    doc: &'a T,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Parse { inputs, strict, pretty } => run_parse(&inputs, strict, pretty),
    }
}

fn collect_inputs(args: &[PathBuf]) -> io::Result<(Vec<Input>, bool)> {
    let mut out = Vec::new();
    let mut batch = args.len() > 1;
    for arg in args {
        if arg.as_os_str() == "-" {
            out.push(Input { name: "-".into(), path: None });
        } else if arg.is_dir() {
            batch = true;
            let mut files = Vec::new();
            walk(arg, &mut files)?;
            files.sort();
            out.extend(files.into_iter().map(|p| Input { name: p.display().to_string(), path: Some(p) }));
        } else {
            out.push(Input { name: arg.display().to_string(), path: Some(arg.clone()) });
        }
    }
    Ok((out, batch))
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, files)?;
        } else if path.extension().is_some_and(|e| e == "txt" || e == "md") {
            files.push(path);
        }
    }
    Ok(())
}

fn read_input(input: &Input) -> io::Result<Vec<u8>> {
    match &input.path {
        Some(p) => std::fs::read(p),
        None => {
            let mut buf = Vec::new();
            io::stdin().read_to_end(&mut buf)?;
            Ok(buf)
        }
    }
}

fn run_parse(args: &[PathBuf], strict: bool, pretty: bool) -> ExitCode {
    let (inputs, batch) = match collect_inputs(args) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("kamervraag: {e}");
            return ExitCode::from(2);
        }
    };
    let parser = kamervraag::Parser::new().strict(strict);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let progress = batch && inputs.len() > 50 && io::stderr().is_terminal();
    let (mut failed, mut io_failed) = (0usize, 0usize);
    for (n, input) in inputs.iter().enumerate() {
        if progress {
            eprint!("\r{}/{} documents", n + 1, inputs.len());
        }
        let bytes = match read_input(input) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{}: {e}", input.name);
                io_failed += 1;
                continue;
            }
        };
        let result = match std::str::from_utf8(&bytes) {
            Ok(text) => parser.parse(text).map_err(|e| e.render(&input.name, text)),
            Err(_) => parser.parse_bytes(&bytes).map(|_| unreachable!()).map_err(|e| {
                format!("{}: error[{}]: {} (the file is not UTF-8 text)", input.name, e.kind, e.message)
            }),
        };
        match result {
            Ok(doc) => {
                let written = if batch {
                    let record = WithFile { file: &input.name, doc: &doc };
                    serde_json::to_writer(&mut out, &record)
                } else if pretty {
                    serde_json::to_writer_pretty(&mut out, &doc)
                } else {
                    serde_json::to_writer(&mut out, &doc)
                };
                if written.is_err() || writeln!(out).is_err() {
                    return ExitCode::from(2);
                }
            }
            Err(message) => {
                failed += 1;
                let _ = out.flush();
                eprint!("{message}");
                if !message.ends_with('\n') {
                    eprintln!();
                }
            }
        }
    }
    if progress {
        eprintln!();
    }
    if out.flush().is_err() {
        return ExitCode::from(2);
    }
    if io_failed > 0 {
        ExitCode::from(2)
    } else if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
