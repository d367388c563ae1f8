//! `minzheng eligibility evaluate|batch`: file reading, CSV and
//! JSON Lines streaming (constant memory, several cores), progress on stderr. Every rule is in
//! the core; this module only reads, splits the work, and prints.

use crate::io::{parse_date, print_json, read_error, read_file};
use crate::{Env, Failure};
use clap::{Args, Subcommand, ValueEnum};
use minzheng::eligibility::csv::HouseholdCsv as Columns;
use minzheng::eligibility::{
    batch::{self, BatchProgramme, BatchSummary},
    dibao, evaluate_in, Context, EligibilityError, Household, Profile,
};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Mutex};

#[derive(Subcommand, Debug)]
pub enum EligibilityCommand {
    /// Evaluate one household (JSON) against a profile: every decision, finding and missing fact.
    Evaluate(EvaluateArgs),
    /// Re-check a stream of households (JSON Lines or CSV) for 低保 or 特困: counts by outcome
    /// and rule.
    Batch(BatchArgs),
}

#[derive(Args, Debug)]
pub struct EvaluateArgs {
    /// The policy profile (.json or .toml).
    #[arg(long, value_name = "FILE")]
    pub profile: PathBuf,
    /// The household (JSON); `-` for stdin.
    #[arg(long, value_name = "FILE")]
    pub household: PathBuf,
    /// The evaluation date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// The decision date, to give the due date of a written refusal notice.
    #[arg(long, value_name = "DATE")]
    pub decided: Option<String>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One JSON household per line.
    Jsonl,
    /// One member per row, grouped by household_id.
    Csv,
}

#[derive(Args, Debug)]
pub struct BatchArgs {
    /// The policy profile (.json or .toml).
    #[arg(long, value_name = "FILE")]
    pub profile: PathBuf,
    /// The input file; `-` for stdin.
    #[arg(long, value_name = "FILE")]
    pub input: PathBuf,
    /// The evaluation date.
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// Input format (default: from the file extension, JSON Lines otherwise).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Worker threads (default: the available cores).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// The programme re-checked: 低保 for the household (default), or 特困 for the applicant.
    #[arg(long, value_enum, default_value = "dibao")]
    pub programme: ProgrammeArg,
    /// Also print one line per household: case_id, outcome, amount in fen, failed rules
    /// (single-threaded, input order).
    #[arg(long)]
    pub each: bool,
}

/// The programmes a batch re-checks.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProgrammeArg {
    /// 最低生活保障.
    Dibao,
    /// 特困人员救助供养.
    Tekun,
}

impl From<ProgrammeArg> for BatchProgramme {
    fn from(p: ProgrammeArg) -> BatchProgramme {
        match p {
            ProgrammeArg::Dibao => BatchProgramme::Dibao,
            ProgrammeArg::Tekun => BatchProgramme::Tekun,
        }
    }
}

pub fn elig(e: EligibilityError) -> Failure {
    Failure::coded(e.code(), &e)
}

/// Loads a profile by extension (.toml, else JSON), naming the file in errors.
pub fn load_profile(path: &Path) -> Result<Profile, Failure> {
    let text = read_file(path)?;
    let toml = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
    let p = if toml {
        Profile::from_toml(&text)
    } else {
        Profile::from_json(&text)
    };
    p.map_err(|e| Failure::coded(e.code(), &e).within(path.display()))
}

pub fn open(path: &Path) -> Result<Box<dyn Read>, Failure> {
    if path.as_os_str() == "-" {
        Ok(Box::new(std::io::stdin().lock()))
    } else {
        Ok(Box::new(
            std::fs::File::open(path).map_err(|e| read_error(path, &e))?,
        ))
    }
}

pub fn run(env: &Env, cmd: EligibilityCommand) -> Result<(), Failure> {
    match cmd {
        EligibilityCommand::Evaluate(a) => evaluate_cmd(env, a),
        EligibilityCommand::Batch(a) => batch_cmd(a),
    }
}

fn evaluate_cmd(env: &Env, a: EvaluateArgs) -> Result<(), Failure> {
    let profile = load_profile(&a.profile)?;
    let date = parse_date(&a.date)?;
    let mut text = String::new();
    open(&a.household)?
        .read_to_string(&mut text)
        .map_err(|e| read_error(&a.household, &e))?;
    let hh = Household::from_json(&text)
        .map_err(|e| Failure::coded(e.code(), &e).within(a.household.display()))?;
    let ctx = Context::new(&profile, date).map_err(elig)?;
    let ev = evaluate_in(&hh, &ctx).map_err(elig)?;
    let catalogue = ctx.version.catalogue(&env.catalogue)?;
    let decided = a.decided.as_deref().map(parse_date).transpose()?;
    let mut notices = Vec::new();
    if let Some(day) = decided {
        for d in &ev.decisions {
            if let Some(dl) = d
                .refusal_notice_due(day, &env.cal, &catalogue)
                .map_err(elig)?
            {
                notices.push((d.programme, dl));
            }
        }
    }
    if env.global.json {
        let refusal: Vec<_> = notices
            .iter()
            .map(|(p, dl)| serde_json::json!({"programme": p, "rule": dl.rule, "decided": dl.start, "due": dl.due}))
            .collect();
        return print_json(&serde_json::json!({"evaluation": ev, "refusal_notices": refusal}));
    }
    println!(
        "{} — 政策参数 {} 版 / profile version of {}, 评估日 / evaluated on {}",
        profile.jurisdiction, ev.profile_version, ev.profile_version, ev.date
    );
    for w in &ev.warnings {
        println!("注意 / warning: {} / {}", w.zh, w.en);
    }
    for d in &ev.decisions {
        println!();
        let who = d
            .member
            .and_then(|i| hh.members.get(i))
            .map(|m| format!(" — {}", m.name))
            .unwrap_or_default();
        for (k, line) in d.explanation().iter().enumerate() {
            if k == 0 {
                println!("{line}{who}");
            } else {
                println!("  {line}");
            }
        }
    }
    if !ev.missing.is_empty() {
        println!();
        println!("一次性告知：请补充以下全部材料 / please supply all of the following at once:");
        for m in &ev.missing {
            println!("  - {} / {} ({})", m.zh, m.en, m.field);
        }
    }
    for (p, dl) in &notices {
        println!();
        println!(
            "{}不予确认：{} 作出决定，书面告知须于 {} 前送达 / {} refusal decided on {}: written notice due by {}",
            p.as_zh(), dl.start, dl.due, p.as_str(), dl.start, dl.due
        );
        for l in dl.explanation.lines() {
            println!("    {l}");
        }
    }
    Ok(())
}

/// A unit of work: a block of whole lines holding whole households (about 4 MiB).
type Chunk = Vec<u8>;

pub fn guess_format(path: &Path) -> Format {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
    {
        Format::Csv
    } else {
        Format::Jsonl
    }
}

/// Evaluates one chunk into a summary; `each` gets every line of output when asked.
#[allow(clippy::too_many_arguments)]
fn work(
    ctx: &Context,
    programme: BatchProgramme,
    format: Format,
    cols: Option<&Columns>,
    chunk: &Chunk,
    s: &mut BatchSummary,
    line_count: &mut u64,
    mut each: Option<&mut Vec<u8>>,
) {
    let mut handle = |hh: Result<Household, String>| match hh {
        Err(e) => {
            s.add_invalid("parse");
            if let Some(out) = each.as_deref_mut() {
                out.extend_from_slice(format!("ERROR\tparse\t{e}\n").as_bytes());
            }
        }
        Ok(hh) => match hh.validate() {
            Err(e) => {
                s.add_invalid(e.code());
                if let Some(out) = each.as_deref_mut() {
                    out.extend_from_slice(
                        format!("{}\tinvalid\t\t{}\n", hh.case_id, e.code()).as_bytes(),
                    );
                }
            }
            Ok(()) => {
                // 低保 without per-household output: the quick path, no allocation.
                if programme == BatchProgramme::Dibao && each.is_none() {
                    s.add(&dibao::quick(&hh, ctx));
                    return;
                }
                let a = batch::assess(&hh, ctx, programme);
                s.add_assessed(&a);
                if let Some(out) = each.as_deref_mut() {
                    let amount = a.amount_fen.map(|a| a.to_string()).unwrap_or_default();
                    out.extend_from_slice(
                        format!(
                            "{}\t{}\t{amount}\t{}\n",
                            hh.case_id,
                            a.outcome.as_str(),
                            a.failed_rules.join(",")
                        )
                        .as_bytes(),
                    );
                }
            }
        },
    };
    match (format, cols) {
        (Format::Csv, Some(cols)) => {
            *line_count += crate::csvrec::households(chunk, 0, cols, &mut handle);
        }
        _ => {
            let text = match std::str::from_utf8(chunk) {
                Ok(t) => std::borrow::Cow::Borrowed(t),
                Err(_) => String::from_utf8_lossy(chunk),
            };
            for line in text
                .split('\n')
                .map(|l| l.strip_suffix('\r').unwrap_or(l))
                .filter(|l| !l.trim_ascii().is_empty())
            {
                *line_count += 1;
                handle(serde_json::from_str::<Household>(line).map_err(|e| e.to_string()));
            }
        }
    }
}

fn batch_cmd(a: BatchArgs) -> Result<(), Failure> {
    let profile = load_profile(&a.profile)?;
    let date = parse_date(&a.date)?;
    let ctx = Context::new(&profile, date).map_err(elig)?;
    let programme = BatchProgramme::from(a.programme);
    let format = a.format.unwrap_or_else(|| guess_format(&a.input));
    let mut reader = BufReader::with_capacity(1 << 20, open(&a.input)?);
    let io_err = |e: std::io::Error| Failure::new("io", format!("读写失败 / I/O error: {e}"));
    let cols = if format == Format::Csv {
        let mut header = String::new();
        reader.read_line(&mut header).map_err(io_err)?;
        Some(Columns::from_header(&header).map_err(|e| Failure::coded("bad_csv", &e))?)
    } else {
        None
    };
    let threads = if a.each {
        1
    } else {
        a.threads
            .unwrap_or_else(|| {
                std::thread::available_parallelism()
                    .map(|n| n.get())
                    .unwrap_or(1)
            })
            .max(1)
    };
    let started = std::time::Instant::now();
    let mut total = BatchSummary::for_programme(programme);
    let mut lines_read: u64 = 0;
    let mut bytes_read: u64 = 0;
    // Reads blocks of about 4 MiB, cut after whole households, and hands them on.
    let mut produce = |send: &mut dyn FnMut(Chunk) -> bool| -> Result<(), Failure> {
        let mut carry: Vec<u8> = Vec::with_capacity(1 << 23);
        let mut buf = vec![0u8; 1 << 22];
        let mut reported = 0u64;
        loop {
            let n = reader.read(&mut buf).map_err(io_err)?;
            if n == 0 {
                if !carry.is_empty() {
                    send(carry);
                }
                break;
            }
            bytes_read += n as u64;
            carry.extend_from_slice(buf.get(..n).unwrap_or(&[]));
            if carry.len() < (1 << 22) {
                continue;
            }
            if let Some(cut) = crate::csvrec::cut_point(
                &carry,
                crate::csvrec::Cut::households_or_lines(cols.as_ref()),
            ) {
                let rest = carry.split_off(cut);
                if !send(std::mem::replace(&mut carry, rest)) {
                    break;
                }
            }
            if bytes_read >> 27 > reported {
                reported = bytes_read >> 27;
                eprintln!(
                    "进度 / progress: {} MiB 已读 / read, {:.1} s",
                    bytes_read >> 20,
                    started.elapsed().as_secs_f64()
                );
            }
        }
        Ok(())
    };
    if threads == 1 {
        let stdout = std::io::stdout();
        let mut sink = stdout.lock();
        let mut out = Vec::with_capacity(1 << 16);
        let mut io_result = Ok(());
        produce(&mut |chunk| {
            work(
                &ctx,
                programme,
                format,
                cols.as_ref(),
                &chunk,
                &mut total,
                &mut lines_read,
                a.each.then_some(&mut out),
            );
            io_result = sink.write_all(&out);
            out.clear();
            io_result.is_ok()
        })?;
        io_result.map_err(io_err)?;
    } else {
        let (tx, rx) = mpsc::sync_channel::<Chunk>(threads * 2);
        let rx = Mutex::new(rx);
        let results: Vec<(BatchSummary, u64)> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..threads)
                .map(|_| {
                    s.spawn(|| {
                        let mut local = BatchSummary::default();
                        let mut lines = 0u64;
                        loop {
                            let next = rx.lock().ok().and_then(|r| r.recv().ok());
                            let Some(chunk) = next else { break };
                            work(
                                &ctx,
                                programme,
                                format,
                                cols.as_ref(),
                                &chunk,
                                &mut local,
                                &mut lines,
                                None,
                            );
                        }
                        (local, lines)
                    })
                })
                .collect();
            let r = produce(&mut |chunk| tx.send(chunk).is_ok());
            drop(tx);
            let sums = handles.into_iter().filter_map(|h| h.join().ok()).collect();
            r.map(|()| sums)
        })?;
        for (r, lines) in &results {
            total.merge(r);
            lines_read += lines;
        }
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "完成 / done: {} 户 / households, {lines_read} 行 / lines, {secs:.2} s ({:.0} 户每秒 / households per second, {threads} thread(s))",
        total.total,
        total.total as f64 / secs.max(1e-9)
    );
    print_summary(&total, a.each)?;
    let invalid: u64 = total.invalid.values().sum();
    if invalid > 0 {
        return Err(Failure::new("batch_errors", format!("{} 户中有 {invalid} 户无法评估（见汇总） / {invalid} of {} household(s) could not be evaluated (see the summary)", total.total, total.total)));
    }
    Ok(())
}

fn print_summary(s: &BatchSummary, to_stderr: bool) -> Result<(), Failure> {
    let text =
        serde_json::to_string_pretty(s).map_err(|e| Failure::new("internal", e.to_string()))?;
    if to_stderr {
        eprintln!("{text}");
    } else {
        println!("{text}");
    }
    Ok(())
}
