//! `minzheng id check VALUE`: everything a form shows about one number (kind, validity and the
//! reason, division name, birth date, age, sex, department and category, warnings); exit 0 if
//! valid, 1 if not. `minzheng id batch FILE|-`: one result per line (JSON Lines or TSV), read
//! in blocks with bounded memory. `minzheng id division CODE`: a division code's name and years.

use crate::csvrec::Cut;
use crate::io::{parse_date, print_json, read_file};
use crate::stream::{lines, parallel, read_chunks, text, Chunk, Progress};
use crate::{Env, Failure};
use chrono::NaiveDate;
use clap::{Subcommand, ValueEnum};
use minzheng::division::DivisionTable;
use minzheng::errors::Coded;
use minzheng::id::{
    age_on, check_with, CreditCode, ForeignPermanentId, IdKind, IdReport, ResidentId,
};
use serde_json::{json, Value};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Subcommand, Debug)]
pub enum IdCommand {
    /// Check a number: exit 0 if valid, 1 if not. Shows the kind, the reason of a refusal (with
    /// the position and the expected value), the division's name, birth date, age and sex, the
    /// department and category of a credit code, and warnings that are no reason to refuse.
    Check {
        /// The number (full-width digits and a lower-case x are accepted, with a note).
        value: String,
        /// What it is (default: decided from its shape; "could be either" is said when it is
        /// not decidable).
        #[arg(long, value_enum)]
        kind: Option<Kind>,
        /// Also give the age on this date (resident numbers).
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// Today, bounding the birth date (default: the system clock's date).
        #[arg(long, value_name = "DATE")]
        today: Option<String>,
        /// A newer division list laid over the embedded one (TSV or JSON as
        /// `DivisionTable::from_tsv`/`from_json` read).
        #[arg(long, value_name = "FILE")]
        divisions: Option<PathBuf>,
    },
    /// Check every line of a file (or `-` for stdin): one result per input line, in order, as
    /// JSON Lines (default) or TSV; numbers appear masked only. A summary goes to stderr;
    /// exit 0 unless the input cannot be read.
    Batch {
        /// The file, one number per line; `-` reads stdin.
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = BatchFormat::Jsonl)]
        format: BatchFormat,
        /// Today, bounding birth dates and giving ages (default: the system clock's date).
        #[arg(long, value_name = "DATE")]
        today: Option<String>,
        /// A newer division list laid over the embedded one.
        #[arg(long, value_name = "FILE")]
        divisions: Option<PathBuf>,
        /// Worker threads (default: the available cores).
        #[arg(long, value_name = "N")]
        threads: Option<usize>,
    },
    /// A division code's name with its province and prefecture, the years it was listed, and
    /// its current successor where the names show one.
    Division {
        /// Six digits.
        code: String,
        /// A newer division list laid over the embedded one.
        #[arg(long, value_name = "FILE")]
        divisions: Option<PathBuf>,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// 公民身份号码 (GB 11643).
    Resident,
    /// 统一社会信用代码 (GB 32100).
    Credit,
    /// 外国人永久居留身份证号码 (2023 edition).
    Foreign,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum BatchFormat {
    /// One JSON object per line.
    Jsonl,
    /// Tab-separated, with a header line.
    Tsv,
}

/// The embedded table, with a newer list laid over it when given.
fn table(path: Option<&Path>) -> Result<DivisionTable, Failure> {
    let mut t = DivisionTable::embedded().clone();
    if let Some(p) = path {
        let s = read_file(p)?;
        let newer = if s.trim_start().starts_with('[') {
            DivisionTable::from_json(&s)
        } else {
            DivisionTable::from_tsv(&s)
        }
        .map_err(|e| Failure::new(e.error_code().name(), e.to_string()))?;
        t.merge(&newer);
    }
    Ok(t)
}

fn today_of(text: Option<&str>) -> Result<NaiveDate, Failure> {
    match text {
        Some(t) => parse_date(t),
        None => Ok(chrono::Local::now().date_naive()),
    }
}

pub fn run(env: &Env, cmd: IdCommand) -> Result<(), Failure> {
    match cmd {
        IdCommand::Check {
            value,
            kind,
            date,
            today,
            divisions,
        } => {
            let table = table(divisions.as_deref())?;
            let today = today_of(today.as_deref())?;
            let date = date.as_deref().map(parse_date).transpose()?;
            check_one(env, &value, kind, date, today, &table)
        }
        IdCommand::Batch {
            file,
            format,
            today,
            divisions,
            threads,
        } => {
            let table = table(divisions.as_deref())?;
            let today = today_of(today.as_deref())?;
            let threads = threads
                .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
                .max(1);
            batch(&file, format, today, &table, threads)
        }
        IdCommand::Division { code, divisions } => {
            let table = table(divisions.as_deref())?;
            let d = table.lookup(code.trim()).ok_or_else(|| {
                Failure::new(
                    "id.division_not_listed",
                    format!(
                        "区划代码 {code} 不在 {}–{} 年的行政区划代码表中 / division code {code} is not found in the division lists of {}–{}",
                        table.earliest_revision() / 100,
                        table.latest_revision() / 100,
                        table.earliest_revision() / 100,
                        table.latest_revision() / 100
                    ),
                )
            })?;
            if env.global.json {
                return print_json(&d);
            }
            println!("{} {}", d.code, d.full_name);
            println!(
                "  使用年份 / in use: {}–{}{}",
                d.first_year,
                d.last_year,
                if d.current {
                    "（现行 / current）"
                } else {
                    ""
                }
            );
            for n in &d.names {
                println!(
                    "  名称 / name: {} ({}–{})",
                    n.name, n.first_seen, n.last_seen
                );
            }
            if let Some(s) = &d.successor {
                println!(
                    "  现为（据名称推断） / now (inferred from the name): {} {}",
                    s.code, s.name
                );
            }
            Ok(())
        }
    }
}

/// The forced kind's own error, when `--kind` disagrees with the shape.
fn forced(report: &mut IdReport, kind: Kind, value: &str, today: NaiveDate) {
    let (k, err) = match kind {
        Kind::Resident => (IdKind::Resident, ResidentId::parse_on(value, today).err()),
        Kind::Credit => (IdKind::Credit, CreditCode::parse(value).err()),
        Kind::Foreign => (
            IdKind::ForeignPermanent,
            ForeignPermanentId::parse(value).err(),
        ),
    };
    if report.kind != k {
        report.kind = k;
        report.valid = err.is_none();
        report.error = err.map(Into::into);
        report.resident = None;
        report.credit = None;
    }
}

fn check_one(
    env: &Env,
    value: &str,
    kind: Option<Kind>,
    date: Option<NaiveDate>,
    today: NaiveDate,
    table: &DivisionTable,
) -> Result<(), Failure> {
    let mut report = check_with(value, today, Some(table));
    if let Some(k) = kind {
        forced(&mut report, k, value, today);
    }
    let age = match (date, &report.resident) {
        (Some(d), Some(f)) => Some(
            age_on(f.birth_date, d)
                .map_err(|e| Failure::new(e.error_code().name(), e.to_string()))?,
        ),
        (None, Some(f)) => Some(f.age),
        _ => None,
    };
    if env.global.json {
        print_json(&report_json(&report, age))?;
    } else {
        print_text(&report, age, date.unwrap_or(today));
    }
    match &report.error {
        None => Ok(()),
        Some(e) => {
            let f = Failure::new(
                e.code,
                format!(
                    "{}：{} / {}: {}",
                    report.kind.zh(),
                    e.zh,
                    report.kind.en(),
                    e.en
                ),
            );
            Err(if env.global.json { f.reported() } else { f })
        }
    }
}

/// The report, with the decoded fields also at the top level (as the command gave them before).
fn report_json(r: &IdReport, age: Option<u32>) -> Value {
    let mut v = serde_json::to_value(r).unwrap_or(Value::Null);
    if let Some(o) = v.as_object_mut() {
        if let Some(f) = &r.resident {
            o.insert("division_code".into(), json!(f.division_code));
            o.insert("birth_date".into(), json!(f.birth_date));
            o.insert("sex".into(), json!(f.sex));
            o.insert("age".into(), json!(age));
            o.insert("converted_from_15".into(), json!(f.converted_from_15));
            o.insert("holder".into(), json!(f.holder));
        }
        if let Some(c) = &r.credit {
            o.insert("code".into(), json!(r.number));
            o.insert("department".into(), json!(c.department.to_string()));
            o.insert("department_name".into(), json!(c.department_name));
            o.insert("category".into(), json!(c.category.to_string()));
            o.insert("category_name".into(), json!(c.category_name));
            o.insert("division_code".into(), json!(c.division_code));
            o.insert("organisation_code".into(), json!(c.organisation_code));
            o.insert("civil_affairs".into(), json!(c.civil_affairs));
        }
    }
    v
}

fn print_text(r: &IdReport, age: Option<u32>, age_date: NaiveDate) {
    let kinds: Vec<String> = r
        .could_be
        .iter()
        .map(|k| format!("{} / {}", k.zh(), k.en()))
        .collect();
    if r.valid {
        println!(
            "有效的{} / valid {}: {}",
            r.kind.zh(),
            r.kind.en(),
            r.masked
        );
    } else {
        println!(
            "无效的{} / invalid {}: {}",
            r.kind.zh(),
            r.kind.en(),
            r.masked
        );
    }
    if kinds.len() > 1 {
        println!("  可能是 / could be: {}", kinds.join("; "));
    }
    if let Some(f) = &r.resident {
        let name = f
            .division
            .as_ref()
            .map(|d| format!(" {}", d.full_name))
            .unwrap_or_default();
        println!("  地址码 / division code: {}{name}", f.division_code);
        println!("  出生日期 / birth date: {}", f.birth_date);
        println!("  性别 / sex: {} / {:?}", f.sex.as_zh(), f.sex);
        if let Some(a) = age {
            println!("  {age_date} 周岁 / age on {age_date}: {a}");
        }
        println!("  证件 / document: {} / {}", f.holder.zh(), f.holder.en());
        if f.converted_from_15 {
            if let Some(n) = &r.number {
                println!("  由 15 位旧号码升位 / converted from 15 digits: {n}");
            }
        }
    }
    if let Some(c) = &r.credit {
        println!(
            "  登记管理部门 / department: {} {}",
            c.department,
            c.department_name.unwrap_or("?")
        );
        println!(
            "  机构类别 / category: {} {}",
            c.category,
            c.category_name.unwrap_or("?")
        );
        let name = c
            .division
            .as_ref()
            .map(|d| format!(" {}", d.full_name))
            .unwrap_or_default();
        println!(
            "  登记管理机关行政区划 / division: {}{name}",
            c.division_code
        );
        println!("  主体标识码 / organisation code: {}", c.organisation_code);
    }
    for n in &r.notes {
        println!("  说明 / note: {} / {}", n.zh, n.en);
    }
    for w in &r.warnings {
        println!("  注意 / warning: {} / {}", w.zh, w.en);
    }
}

/// One result line. Numbers are masked: the line number joins the result to the input.
fn batch_line(line: u64, r: &IdReport, format: BatchFormat, out: &mut Vec<u8>) {
    let division = r
        .resident
        .as_ref()
        .and_then(|f| f.division.as_ref())
        .or_else(|| r.credit.as_ref().and_then(|c| c.division.as_ref()))
        .map(|d| d.full_name.as_str());
    let warnings: Vec<&str> = r.warnings.iter().map(|w| w.code).collect();
    let (code, zh, en) = match &r.error {
        Some(e) => (Some(e.code), Some(e.zh.as_str()), Some(e.en.as_str())),
        None => (None, None, None),
    };
    let kind = serde_json::to_value(r.kind).unwrap_or(Value::Null);
    let kind = kind.as_str().unwrap_or("");
    match format {
        BatchFormat::Jsonl => {
            let v = json!({
                "line": line, "kind": kind, "valid": r.valid, "masked": r.masked,
                "could_be": r.could_be, "error": code, "reason_zh": zh, "reason_en": en,
                "division": division,
                "birth_date": r.resident.as_ref().map(|f| f.birth_date),
                "sex": r.resident.as_ref().map(|f| f.sex),
                "age": r.resident.as_ref().map(|f| f.age),
                "department_name": r.credit.as_ref().and_then(|c| c.department_name),
                "category_name": r.credit.as_ref().and_then(|c| c.category_name),
                "warnings": warnings,
            });
            let _ = serde_json::to_writer(&mut *out, &v);
            out.push(b'\n');
        }
        BatchFormat::Tsv => {
            let clean = |s: &str| s.replace(['\t', '\n'], " ");
            let _ = writeln!(
                out,
                "{line}\t{kind}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                r.valid,
                r.masked,
                code.unwrap_or(""),
                division.unwrap_or(""),
                r.resident
                    .as_ref()
                    .map(|f| f.birth_date.to_string())
                    .unwrap_or_default(),
                r.resident
                    .as_ref()
                    .map(|f| f.sex.as_zh())
                    .unwrap_or_default(),
                warnings.join(","),
                clean(en.unwrap_or("")),
            );
        }
    }
}

/// Lines checked, lines valid.
struct Counts(u64, u64);

fn batch(
    file: &Path,
    format: BatchFormat,
    today: NaiveDate,
    table: &DivisionTable,
    threads: usize,
) -> Result<(), Failure> {
    let stdin = file == Path::new("-");
    let (mut reader, total): (Box<dyn std::io::Read + Send>, u64) = if stdin {
        (Box::new(std::io::stdin()), u64::MAX)
    } else {
        let f = std::fs::File::open(file).map_err(|e| crate::io::read_error(file, &e))?;
        let len = f.metadata().map(|m| m.len()).unwrap_or(1);
        (Box::new(f), len)
    };
    let mut progress = Progress::new("证件号码 / identifiers".into(), total);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 20, stdout.lock());
    if format == BatchFormat::Tsv {
        writeln!(
            out,
            "line\tkind\tvalid\tmasked\terror\tdivision\tbirth_date\tsex\twarnings\treason_en"
        )
        .map_err(io_err)?;
    }
    let mut counts = Counts(0, 0);
    parallel(
        threads,
        |send| read_chunks(&mut reader, Cut::Lines, 1, &mut progress, 0, send),
        |chunk: &Chunk| {
            let t = text(&chunk.bytes);
            let mut buf = Vec::with_capacity(chunk.bytes.len() * 4);
            let (mut n, mut ok) = (0u64, 0u64);
            for (i, l) in lines(&t) {
                let r = check_with(l, today, Some(table));
                n += 1;
                ok += u64::from(r.valid);
                batch_line(chunk.first_line + i, &r, format, &mut buf);
            }
            (buf, n, ok)
        },
        |(buf, n, ok)| {
            counts.0 += n;
            counts.1 += ok;
            out.write_all(&buf).map_err(io_err)
        },
    )?;
    out.flush().map_err(io_err)?;
    eprintln!(
        "{} 行，有效 {}，无效 {} / {} line(s), {} valid, {} invalid",
        counts.0,
        counts.1,
        counts.0 - counts.1,
        counts.0,
        counts.1,
        counts.0 - counts.1
    );
    Ok(())
}

fn io_err(e: std::io::Error) -> Failure {
    Failure::new("io", format!("读写失败 / I/O error: {e}"))
}
