//! `kamervraag`: parse Kamervragen, answers and notices into JSON (one file) or JSON Lines (several).
//!
//! Several inputs are read, parsed and serialised on all cores (rayon); the output keeps the order of
//! the inputs (directories sorted), whatever order the documents finish in.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use clap::{Parser as ClapParser, Subcommand};
use rayon::iter::{ParallelBridge, ParallelIterator};
use serde::Serialize;

#[derive(ClapParser)]
#[command(
    name = "kamervraag",
    version,
    about = "Parse Dutch parliamentary questions into JSON"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse documents: one FILE prints its JSON; several files or a directory print JSON Lines
    /// (one object per document, with its `file`), in the order of the inputs, directories sorted.
    /// `-` reads standard input.
    Parse {
        /// Files or directories (`-` for standard input).
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Turn every diagnostic into an error.
        #[arg(long)]
        strict: bool,
        /// Indent the JSON (one document only; JSON Lines stay one line per document).
        #[arg(long)]
        pretty: bool,
        /// Print documents/s and MB/s on standard error when done.
        #[arg(long)]
        stats: bool,
        /// Parse on this many threads (default: one per core).
        #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        jobs: Option<u16>,
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

/// What became of one input: its output line or its error message, and what it cost.
struct Outcome {
    result: Result<Vec<u8>, Failure>,
    /// Bytes read.
    bytes: usize,
    /// Time spent in the parser alone.
    parse_time: Duration,
}

enum Failure {
    /// The input could not be read (exit status 2).
    Io(String),
    /// The input is not a Kamervraag, or not in strict mode (exit status 1).
    Parse(String),
}

/// How to parse and print.
#[derive(Clone, Copy)]
struct Options {
    parser: kamervraag::Parser,
    batch: bool,
    pretty: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Parse {
            inputs,
            strict,
            pretty,
            stats,
            jobs,
        } => run_parse(&inputs, strict, pretty, stats, jobs.map_or(0, usize::from)),
    }
}

fn collect_inputs(args: &[PathBuf]) -> io::Result<(Vec<Input>, bool)> {
    let mut out = Vec::new();
    let mut batch = args.len() > 1;
    for arg in args {
        if arg.as_os_str() == "-" {
            out.push(Input {
                name: "-".into(),
                path: None,
            });
        } else if arg.is_dir() {
            batch = true;
            let mut files = Vec::new();
            walk(arg, &mut files)?;
            files.sort();
            out.extend(files.into_iter().map(|p| Input {
                name: p.display().to_string(),
                path: Some(p),
            }));
        } else {
            out.push(Input {
                name: arg.display().to_string(),
                path: Some(arg.clone()),
            });
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

/// Reads, parses and serialises one input (on a worker thread).
fn process(input: &Input, opts: Options) -> Outcome {
    let bytes = match read_input(input) {
        Ok(b) => b,
        Err(e) => {
            let result = Err(Failure::Io(format!("{}: {e}", input.name)));
            return Outcome {
                result,
                bytes: 0,
                parse_time: Duration::ZERO,
            };
        }
    };
    let started = Instant::now();
    let parsed = match std::str::from_utf8(&bytes) {
        Ok(text) => opts
            .parser
            .parse(text)
            .map_err(|e| e.render(&input.name, text)),
        Err(_) => match opts.parser.parse_bytes(&bytes) {
            Err(e) => Err(format!(
                "{}: error[{}]: {} (the file is not UTF-8 text)",
                input.name, e.kind, e.message
            )),
            Ok(_) => unreachable!("parse_bytes accepted bytes that from_utf8 refused"),
        },
    };
    let parse_time = started.elapsed();
    let result = match parsed {
        Ok(doc) => {
            let mut line = Vec::with_capacity(bytes.len() / 2 + 256);
            let written = if opts.batch {
                serde_json::to_writer(
                    &mut line,
                    &WithFile {
                        file: &input.name,
                        doc: &doc,
                    },
                )
            } else if opts.pretty {
                serde_json::to_writer_pretty(&mut line, &doc)
            } else {
                serde_json::to_writer(&mut line, &doc)
            };
            match written {
                Ok(()) => {
                    line.push(b'\n');
                    Ok(line)
                }
                Err(e) => Err(Failure::Io(format!(
                    "{}: cannot serialise the document: {e}",
                    input.name
                ))),
            }
        }
        Err(mut message) => {
            if !message.ends_with('\n') {
                message.push('\n');
            }
            Err(Failure::Parse(message))
        }
    };
    Outcome {
        result,
        bytes: bytes.len(),
        parse_time,
    }
}

/// Totals for `--stats`.
#[derive(Default)]
struct Totals {
    documents: usize,
    failed: usize,
    io_failed: usize,
    bytes: usize,
    parse_time: Duration,
}

fn run_parse(args: &[PathBuf], strict: bool, pretty: bool, stats: bool, jobs: usize) -> ExitCode {
    let started = Instant::now();
    let (inputs, batch) = match collect_inputs(args) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("kamervraag: {e}");
            return ExitCode::from(2);
        }
    };
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(jobs).build() {
        Ok(pool) => pool,
        Err(e) => {
            eprintln!("kamervraag: cannot start the worker threads: {e}");
            return ExitCode::from(2);
        }
    };
    let threads = pool.current_num_threads();
    let opts = Options {
        parser: kamervraag::Parser::new().strict(strict),
        batch,
        pretty,
    };
    let progress = batch && inputs.len() > 50 && io::stderr().is_terminal();

    // Workers take the inputs in order (`par_bridge` pulls from the sequential iterator) and send each
    // outcome with its index; this thread writes them in input order. The bounded channel keeps the
    // workers at most a few hundred documents ahead of the writer.
    let (tx, rx) = mpsc::sync_channel::<(usize, Outcome)>(threads * 64);
    let mut totals = Totals::default();
    let mut write_failed = false;
    std::thread::scope(|scope| {
        let inputs = &inputs;
        scope.spawn(move || {
            pool.install(|| {
                inputs
                    .iter()
                    .enumerate()
                    .par_bridge()
                    .try_for_each_with(tx, |tx, (n, input)| tx.send((n, process(input, opts))))
            })
        });
        let stdout = io::stdout();
        let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
        let mut waiting = BTreeMap::new();
        let mut next = 0;
        let mut last_progress = Instant::now();
        'receive: for (n, outcome) in rx {
            waiting.insert(n, outcome);
            while let Some(outcome) = waiting.remove(&next) {
                next += 1;
                if write_outcome(&mut out, outcome, &mut totals).is_err() {
                    write_failed = true;
                    break 'receive; // dropping the receiver stops the workers
                }
                if progress
                    && (next == inputs.len()
                        || last_progress.elapsed() >= Duration::from_millis(100))
                {
                    eprint!("\r{next}/{} documents", inputs.len());
                    last_progress = Instant::now();
                }
            }
        }
        if out.flush().is_err() {
            write_failed = true;
        }
    });
    if progress {
        eprintln!();
    }
    if stats {
        print_stats(&totals, started.elapsed(), threads);
    }
    if write_failed || totals.io_failed > 0 {
        ExitCode::from(2)
    } else if totals.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Writes one document's line to `out`, or its error to standard error (after flushing `out`, so that
/// the two streams stay in input order on a terminal).
fn write_outcome(out: &mut impl Write, outcome: Outcome, totals: &mut Totals) -> io::Result<()> {
    totals.documents += 1;
    totals.bytes += outcome.bytes;
    totals.parse_time += outcome.parse_time;
    match outcome.result {
        Ok(line) => out.write_all(&line),
        Err(failure) => {
            let message = match failure {
                Failure::Io(message) => {
                    totals.io_failed += 1;
                    message + "\n"
                }
                Failure::Parse(message) => {
                    totals.failed += 1;
                    message
                }
            };
            out.flush()?;
            eprint!("{message}");
            Ok(())
        }
    }
}

/// `--stats`: throughput over the wall-clock time of the whole run (reading, parsing, serialising and
/// writing), and of the parser alone per thread.
fn print_stats(totals: &Totals, elapsed: Duration, threads: usize) {
    let seconds = elapsed.as_secs_f64().max(1e-9);
    let mb = totals.bytes as f64 / 1e6;
    let failed = totals.failed + totals.io_failed;
    let parser_rate = if totals.parse_time.is_zero() {
        String::new()
    } else {
        format!(
            "; parser alone {:.1} MB/s per thread",
            mb / totals.parse_time.as_secs_f64()
        )
    };
    let took = if seconds < 1.0 {
        format!("{:.1} ms", seconds * 1e3)
    } else {
        format!("{seconds:.2} s")
    };
    eprintln!(
        "kamervraag: {} documents ({failed} failed), {mb:.3} MB in {took}: {:.1} documents/s, {:.1} MB/s on {threads} thread{}{parser_rate}",
        totals.documents,
        totals.documents as f64 / seconds,
        mb / seconds,
        if threads == 1 { "" } else { "s" },
    );
}
