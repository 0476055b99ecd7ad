//! Print who asked whom, and every question with its answer, of the documents given on the command line.
//!
//! ```sh
//! cargo run -p kamervraag --example questions -- examples/tweedemonitor-2019Z16002.txt
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut status = ExitCode::SUCCESS;
    for path in std::env::args().skip(1) {
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("{path}: {e}");
                status = ExitCode::from(2);
                continue;
            }
        };
        let doc = match kamervraag::parse(&text) {
            Ok(doc) => doc,
            Err(e) => {
                eprint!("{}", e.render(&path, &text));
                status = ExitCode::from(1);
                continue;
            }
        };
        let askers: Vec<String> = doc
            .submitters
            .iter()
            .map(|p| match &p.party {
                Some(party) => format!("{} ({party})", p.name),
                None => p.name.to_string(),
            })
            .collect();
        println!("{path}: {} by {}", doc.kind.as_str(), askers.join(", "));
        for q in &doc.questions {
            println!("  Q{:?}: {}", q.numbers, q.text);
            for a in doc
                .answers
                .iter()
                .filter(|a| a.numbers.iter().any(|n| q.numbers.contains(n)))
            {
                println!("  A{:?}: {}", a.numbers, a.text);
            }
        }
        for d in &doc.diagnostics {
            eprintln!("{path}: warning[{}]: {}", d.code, d.message);
        }
    }
    status
}
