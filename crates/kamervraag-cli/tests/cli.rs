//! End-to-end tests of `kamervraag parse`: output order, JSON vs JSON Lines, exit codes, stdin,
//! `--stats` and `--jobs`.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const QUESTIONS: &str = "Vragen van het lid Sjoerdsma (D66) aan de minister van Financiën over de bankenbelasting. \
(ingezonden 18 juli 2019)\n\n  1. Kent u het bericht?\n  2. Wat vindt u ervan?\n";

const ANSWER: &str = "AH 604\n\n2024Z 17972\n\nAntwoord van minister Van Weel (Justitie en Veiligheid) \
(ontvangen 20 november 2024)\n\nVraag 1\nKent u het bericht?\n\nAntwoord op vraag 1\nJa.\n";

fn example() -> String {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/tweedemonitor-2019Z16002.txt");
    fs::read_to_string(path).expect("the bundled example")
}

/// A fresh directory for one test, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir =
            std::env::temp_dir().join(format!("kamervraag-cli-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn write(&self, name: &str, text: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, text).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn kamervraag(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kamervraag"))
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run kamervraag");
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
    }
    child.wait_with_output().unwrap()
}

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn json_lines(stdout: &[u8]) -> Vec<Value> {
    std::str::from_utf8(stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

fn single(path: &Path) -> Value {
    let out = kamervraag(&["parse", path_str(path)], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn directory_prints_json_lines_in_sorted_order() {
    let dir = TempDir::new("sorted");
    // Written out of order, nested, with a file that is not a document.
    let names = ["m.txt", "b/z.txt", "a.md", "b/c.txt", "zz.txt"];
    for (n, name) in names.iter().enumerate() {
        dir.write(
            name,
            if n % 2 == 0 {
                example()
            } else {
                ANSWER.to_owned()
            },
        );
    }
    dir.write("notes.json", "{}");
    let out = kamervraag(&["parse", path_str(&dir.0)], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let records = json_lines(&out.stdout);
    let mut expected: Vec<PathBuf> = names.iter().map(|n| dir.0.join(n)).collect();
    expected.sort();
    let files: Vec<&str> = records
        .iter()
        .map(|r| r["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        files,
        expected.iter().map(|p| path_str(p)).collect::<Vec<_>>()
    );
    // Each record is the single-file JSON plus its `file`.
    for (record, path) in records.into_iter().zip(&expected) {
        let mut record = record;
        record.as_object_mut().unwrap().remove("file");
        assert_eq!(record, single(path), "{}", path.display());
    }
}

#[test]
fn several_files_keep_the_order_given() {
    let dir = TempDir::new("order");
    let b = dir.write("b.txt", QUESTIONS);
    let a = dir.write("a.txt", ANSWER);
    let out = kamervraag(&["parse", path_str(&b), path_str(&a), path_str(&b)], None);
    assert!(out.status.success());
    let files: Vec<String> = json_lines(&out.stdout)
        .iter()
        .map(|r| r["file"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(files, [path_str(&b), path_str(&a), path_str(&b)]);
}

#[test]
fn the_number_of_threads_does_not_change_the_output() {
    let dir = TempDir::new("jobs");
    for n in 0..300 {
        let text = match n % 3 {
            0 => example(),
            1 => ANSWER.repeat(1 + n % 7),
            _ => QUESTIONS.to_owned(),
        };
        dir.write(&format!("d{}/doc{n}.txt", n % 4), text);
    }
    dir.write("d1/empty.txt", "");
    let one = kamervraag(&["parse", "--jobs", "1", path_str(&dir.0)], None);
    let many = kamervraag(&["parse", "-j", "4", path_str(&dir.0)], None);
    assert_eq!(one.status.code(), Some(1));
    assert_eq!(many.status.code(), Some(1));
    assert_eq!(json_lines(&one.stdout).len(), 300);
    assert_eq!(one.stdout, many.stdout);
    assert_eq!(one.stderr, many.stderr);
}

#[test]
fn one_file_prints_one_json_document() {
    let dir = TempDir::new("one");
    let path = dir.write("q.txt", QUESTIONS);
    let compact = kamervraag(&["parse", path_str(&path)], None);
    assert!(compact.status.success());
    let text = String::from_utf8(compact.stdout).unwrap();
    assert_eq!(text.lines().count(), 1);
    let value: Value = serde_json::from_str(&text).unwrap();
    assert!(value.get("file").is_none());
    assert!(value["questions"].is_array() && value["kind"].is_string());

    let pretty = kamervraag(&["parse", "--pretty", path_str(&path)], None);
    let pretty_text = String::from_utf8(pretty.stdout).unwrap();
    assert!(pretty_text.lines().count() > 10 && pretty_text.contains("\n  \"kind\""));
    assert_eq!(serde_json::from_str::<Value>(&pretty_text).unwrap(), value);
}

#[test]
fn standard_input_is_read_for_a_dash() {
    let dir = TempDir::new("stdin");
    let path = dir.write("q.txt", ANSWER);
    let out = kamervraag(&["parse", "-"], Some(ANSWER));
    assert!(out.status.success());
    assert_eq!(
        serde_json::from_slice::<Value>(&out.stdout).unwrap(),
        single(&path)
    );
}

#[test]
fn failures_are_reported_and_the_rest_still_printed() {
    let dir = TempDir::new("fail");
    dir.write("a.txt", QUESTIONS);
    let empty = dir.write("b.txt", " \n\n");
    dir.write("c.txt", [b'V', b'r', 0xff, 0xfe, b'\n']);
    dir.write("d.txt", ANSWER);
    let out = kamervraag(&["parse", path_str(&dir.0)], None);
    assert_eq!(out.status.code(), Some(1));
    let files: Vec<String> = json_lines(&out.stdout)
        .iter()
        .map(|r| r["file"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        files,
        [
            path_str(&dir.0.join("a.txt")),
            path_str(&dir.0.join("d.txt"))
        ]
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(&format!("{}:1:1: error[empty]", path_str(&empty))),
        "{stderr}"
    );
    assert!(
        stderr.contains("c.txt: error[invalid-utf8]") && stderr.contains("not UTF-8"),
        "{stderr}"
    );
}

#[test]
fn unreadable_input_is_exit_status_2() {
    let dir = TempDir::new("missing");
    let good = dir.write("a.txt", QUESTIONS);
    let missing = dir.0.join("missing.txt");
    let out = kamervraag(&["parse", path_str(&good), path_str(&missing)], None);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(json_lines(&out.stdout).len(), 1);
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .starts_with(path_str(&missing))
    );
    assert_eq!(
        kamervraag(&["parse", "--jobs", "0", path_str(&good)], None)
            .status
            .code(),
        Some(2)
    );
    assert_eq!(kamervraag(&["parse"], None).status.code(), Some(2));
}

#[test]
fn stats_go_to_standard_error() {
    let dir = TempDir::new("stats");
    for n in 0..20 {
        dir.write(&format!("{n:02}.txt"), example());
    }
    let plain = kamervraag(&["parse", path_str(&dir.0)], None);
    let with_stats = kamervraag(&["parse", "--stats", path_str(&dir.0)], None);
    assert!(with_stats.status.success());
    assert_eq!(plain.stdout, with_stats.stdout);
    assert!(plain.stderr.is_empty());
    let stderr = String::from_utf8(with_stats.stderr).unwrap();
    let mb = 20.0 * example().len() as f64 / 1e6;
    assert!(
        stderr.starts_with("kamervraag: 20 documents (0 failed), "),
        "{stderr}"
    );
    assert!(stderr.contains(&format!("{mb:.3} MB in ")), "{stderr}");
    assert!(
        stderr.contains(" documents/s, ") && stderr.contains(" MB/s on "),
        "{stderr}"
    );
}
