//! `minzheng crosscheck` and `minzheng crosscheck-generate`: the yearly re-check of every
//! recipient against departmental records (在保必核), streamed in three passes with bounded
//! memory, on several cores. Every rule is in the core (`minzheng::crosscheck`); this module
//! reads files, splits the work, keeps the output in input order, and prints.
//!
//! 1. Households (CSV or JSON Lines) → the sorted index of members' identity numbers (8 bytes
//!    each).
//! 2. Every file in the records directory (sorted by name; `.csv` with a header, or `.jsonl`),
//!    read once: each record is placed against the index; matched ones are kept (48 bytes
//!    each), the others written to `RESULT.rejected.tsv` with their reason.
//! 3. Households again: each with its records → `recheck` → one JSON line in `RESULT` (first
//!    line: the run's metadata, including the dataset names that `source.dataset` indexes).

use crate::csvrec::{self, Cut};
use crate::eligibility_cmd::{elig, guess_format, load_profile, Format};
use crate::io::parse_date;
use crate::stream::{lines, parallel, read_chunks, text, Chunk, Progress};
use crate::Failure;
use clap::Args;
use minzheng::crosscheck::{
    gather, id_key, place_record, result_header, result_line, synth, Department, Matched,
    MatchedRecords, Options, RecheckSummary, RecipientIndex, Record, RecordColumns, RecordError,
    Source, REPORT_HEADER,
};
use minzheng::eligibility::csv::HouseholdCsv as Columns;
use minzheng::eligibility::{Context, Household};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(Args, Debug)]
pub struct CrosscheckArgs {
    /// The policy profile (.json or .toml).
    #[arg(long, value_name = "FILE")]
    pub profile: PathBuf,
    /// The recipient households (.csv in the eligibility CSV format with `id_number`, or JSON Lines).
    #[arg(long, value_name = "FILE")]
    pub households: PathBuf,
    /// The directory of departmental records: one `.csv` or `.jsonl` file per department.
    #[arg(long, value_name = "DIR")]
    pub records: PathBuf,
    /// The re-check date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// The result file (JSON Lines); rejected and unmatched records go to RESULT.rejected.tsv.
    #[arg(long, value_name = "RESULT")]
    pub out: PathBuf,
    /// Worker threads (default: the available cores).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Write a line for every household, also those that continue unchanged.
    #[arg(long)]
    pub all: bool,
    /// Amount changes below this many fen a month are not adjusted (第三十一条第二款).
    #[arg(long, value_name = "FEN", default_value_t = 0)]
    pub min_adjustment_fen: i64,
}

#[derive(Args, Debug)]
pub struct GenerateArgs {
    /// Output directory: households.csv and records/<department>.csv are written there.
    #[arg(long, value_name = "DIR")]
    pub dir: PathBuf,
    /// Households to generate.
    #[arg(long, default_value_t = 1000)]
    pub households: u64,
    /// Departmental records per household, on average.
    #[arg(long, default_value_t = 10)]
    pub records_per_household: u64,
    /// Households with a discrepancy, per thousand.
    #[arg(long, default_value_t = 80)]
    pub anomaly_permille: u64,
    /// Padding records about people who are not recipients, per thousand.
    #[arg(long, default_value_t = 100)]
    pub outsider_permille: u64,
    /// The seed.
    #[arg(long, default_value_t = 7)]
    pub seed: u64,
}

fn io_err(e: std::io::Error) -> Failure {
    Failure::new("io", format!("读写失败 / I/O error: {e}"))
}

/// Households of one chunk, in order (parse errors as `Err`).
fn households_of(
    chunk: &Chunk,
    format: Format,
    cols: Option<&Columns>,
    mut each: impl FnMut(Result<Household, String>),
) {
    match (format, cols) {
        (Format::Csv, Some(cols)) => {
            csvrec::households(&chunk.bytes, chunk.first_line, cols, each);
        }
        _ => {
            let t = text(&chunk.bytes);
            for (_, l) in lines(&t) {
                each(serde_json::from_str::<Household>(l).map_err(|e| e.to_string()));
            }
        }
    }
}

fn open_households(
    path: &Path,
) -> Result<(BufReader<std::fs::File>, Option<Columns>, u64), Failure> {
    let mut reader = BufReader::with_capacity(1 << 20, open(path)?);
    if guess_format(path) == Format::Csv {
        let mut header = String::new();
        reader.read_line(&mut header).map_err(io_err)?;
        let cols = Columns::from_header(&header).map_err(|e| Failure::coded("bad_csv", &e))?;
        if !cols.has_id_number() {
            return Err(Failure::new(
                "bad_csv",
                "家庭 CSV 缺少 id_number 列，无法核对 / the household CSV has no id_number column: nothing can be checked",
            ));
        }
        Ok((reader, Some(cols), header.len() as u64))
    } else {
        Ok((reader, None, 0))
    }
}

/// Opens a file (not stdin: the households are read twice).
fn open(path: &Path) -> Result<std::fs::File, Failure> {
    std::fs::File::open(path).map_err(|e| crate::io::read_error(path, &e))
}

fn file_len(p: &Path) -> u64 {
    std::fs::metadata(p).map(|m| m.len()).unwrap_or(1)
}

/// Pass 1: the index of members' identity numbers.
fn index_pass(path: &Path, threads: usize) -> Result<RecipientIndex, Failure> {
    let (mut reader, cols, header) = open_households(path)?;
    let format = guess_format(path);
    let mut progress = Progress::new("1/3 索引 / index".into(), file_len(path));
    let mut keys: Vec<u64> = Vec::new();
    parallel(
        threads,
        |send| {
            let cut = Cut::households_or_lines(cols.as_ref());
            read_chunks(&mut reader, cut, 2, &mut progress, header, send)
        },
        |chunk| {
            let mut out = Vec::new();
            match (format, cols.as_ref()) {
                (Format::Csv, Some(cols)) => {
                    csvrec::for_each_record(&chunk.bytes, chunk.first_line, |_, r| {
                        if let Some(k) = r.ok().and_then(|r| id_key(cols.id_number(r)).ok()) {
                            out.push(k);
                        }
                    });
                }
                _ => households_of(chunk, format, None, |hh| {
                    for m in hh.iter().flat_map(|h| h.members.iter()) {
                        if let Some(k) = m.id_number.as_deref().and_then(|n| id_key(n).ok()) {
                            out.push(k);
                        }
                    }
                }),
            }
            out
        },
        |part| {
            keys.extend(part);
            Ok(())
        },
    )?;
    Ok(RecipientIndex::from_keys(keys))
}

struct RecordsOut {
    matched: Vec<Matched>,
    summary: RecheckSummary,
    report: String,
}

/// Pass 2: every departmental file once.
fn records_pass(
    files: &[(String, PathBuf)],
    index: &RecipientIndex,
    threads: usize,
    summary: &mut RecheckSummary,
    report: &mut dyn Write,
) -> Result<MatchedRecords, Failure> {
    // One part per block, trimmed: merging them frees each part as it is copied, so the peak is
    // about one copy of the matched records, not the two of a growing vector.
    let mut parts: Vec<Vec<Matched>> = Vec::new();
    for (dataset, (name, path)) in files.iter().enumerate() {
        let dataset = u32::try_from(dataset).unwrap_or(u32::MAX);
        let mut reader = BufReader::with_capacity(1 << 20, open(path)?);
        let csv = guess_format(path) == Format::Csv;
        let (cols, header_len) = if csv {
            let mut header = String::new();
            reader.read_line(&mut header).map_err(io_err)?;
            let mut record = csv::StringRecord::new();
            // A header that is not UTF-8 reads as no columns: the missing-column error names them.
            let _ = csvrec::reader(header.as_bytes()).read_record(&mut record);
            let cells: Vec<&str> = record.iter().map(str::trim).collect();
            let cols = RecordColumns::from_header(&cells)
                .map_err(|e| Failure::coded(e.code(), &e).within(name))?;
            (Some(cols), header.len() as u64)
        } else {
            (None, 0)
        };
        let mut progress = Progress::new(format!("2/3 记录 / records {name}"), file_len(path));
        parallel(
            threads,
            |send| {
                read_chunks(
                    &mut reader,
                    if csv { Cut::Records } else { Cut::Lines },
                    if csv { 2 } else { 1 },
                    &mut progress,
                    header_len,
                    send,
                )
            },
            |chunk| {
                let mut out = RecordsOut {
                    matched: Vec::new(),
                    summary: RecheckSummary::default(),
                    report: String::new(),
                };
                let mut place = |line: u64,
                                 parsed: Result<
                    (&str, minzheng::crosscheck::RecordFact),
                    RecordError,
                >| {
                    let at = Source { dataset, line };
                    if let Some(m) =
                        place_record(index, parsed, name, at, &mut out.summary, &mut out.report)
                    {
                        out.matched.push(m);
                    }
                };
                match cols.as_ref() {
                    Some(c) => {
                        csvrec::for_each_record(
                            &chunk.bytes,
                            chunk.first_line,
                            |line, r| match r {
                                Ok(cells) => place(line, c.parse(cells)),
                                Err(()) => place(line, Err(RecordError::NotUtf8)),
                            },
                        );
                    }
                    None => {
                        let t = text(&chunk.bytes);
                        for (i, l) in lines(&t) {
                            let parsed = Record::from_json_line(l).map(|r| (r.id_number, r.fact));
                            match parsed {
                                Ok((id, fact)) => {
                                    place(chunk.first_line + i, Ok((id.as_str(), fact)))
                                }
                                Err(e) => place(chunk.first_line + i, Err(e)),
                            }
                        }
                    }
                }
                out
            },
            |mut o| {
                o.matched.shrink_to_fit();
                parts.push(o.matched);
                summary.merge(&o.summary);
                report.write_all(o.report.as_bytes()).map_err(io_err)
            },
        )?;
    }
    Ok(MatchedRecords::from_parts(parts))
}

/// The record files of a directory, sorted by name (so the dataset numbers do not depend on the
/// order the file system lists them in).
fn record_files(dir: &Path) -> Result<Vec<(String, PathBuf)>, Failure> {
    let rd = std::fs::read_dir(dir).map_err(|e| crate::io::read_error(dir, &e))?;
    let mut files: Vec<(String, PathBuf)> = rd
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            p.is_file()
                && p.extension().is_some_and(|x| {
                    x.eq_ignore_ascii_case("csv") || x.eq_ignore_ascii_case("jsonl")
                })
        })
        .map(|p| {
            (
                p.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                p,
            )
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(Failure::new(
            "no_records",
            format!(
                "{} 中没有 .csv 或 .jsonl 记录文件 / no .csv or .jsonl record files in {}",
                dir.display(),
                dir.display()
            ),
        ));
    }
    Ok(files)
}

pub fn run(global: &crate::Global, a: CrosscheckArgs) -> Result<(), Failure> {
    let profile = load_profile(&a.profile)?;
    let date = parse_date(&a.date)?;
    let ctx = Context::new(&profile, date).map_err(elig)?;
    let opts = Options {
        min_adjustment_fen: a.min_adjustment_fen,
    };
    let threads = a
        .threads
        .unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        })
        .max(1);
    let files = record_files(&a.records)?;
    let started = Instant::now();
    let index = index_pass(&a.households, threads)?;
    let t1 = started.elapsed().as_secs_f64();
    eprintln!(
        "  {} 个身份证号 / identity numbers indexed ({} duplicate), {:.2} s",
        index.len(),
        index.duplicates(),
        t1
    );
    let create = |p: &Path| {
        std::fs::File::create(p).map_err(|e| {
            Failure::new(
                "io",
                format!(
                    "无法写入 {} / cannot write {}: {e}",
                    p.display(),
                    p.display()
                ),
            )
        })
    };
    let mut rejected_path = a.out.clone().into_os_string();
    rejected_path.push(".rejected.tsv");
    let rejected_path = PathBuf::from(rejected_path);
    let mut report = std::io::BufWriter::with_capacity(1 << 20, create(&rejected_path)?);
    report
        .write_all(format!("{REPORT_HEADER}\n").as_bytes())
        .map_err(io_err)?;
    let mut summary = RecheckSummary::default();
    let matched = records_pass(&files, &index, threads, &mut summary, &mut report)?;
    report.flush().map_err(io_err)?;
    drop(index);
    let t2 = started.elapsed().as_secs_f64();
    eprintln!(
        "  {} 条记录匹配 / records matched, {:.2} s",
        matched.len(),
        t2 - t1
    );
    let mut out = std::io::BufWriter::with_capacity(1 << 20, create(&a.out)?);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    let meta = result_header(&profile, &ctx, &names);
    writeln!(out, "{meta}").map_err(io_err)?;
    let (mut reader, cols, header) = open_households(&a.households)?;
    let format = guess_format(&a.households);
    let mut progress = Progress::new("3/3 复核 / re-check".into(), file_len(&a.households));
    parallel(
        threads,
        |send| {
            let cut = Cut::households_or_lines(cols.as_ref());
            read_chunks(&mut reader, cut, 2, &mut progress, header, send)
        },
        |chunk| {
            let mut s = RecheckSummary::default();
            let mut buf: Vec<u8> = Vec::new();
            households_of(chunk, format, cols.as_ref(), |hh| {
                let recs = hh.as_ref().map(|h| gather(h, &matched)).unwrap_or_default();
                let hh = hh.as_ref().map_err(String::as_str);
                result_line(hh, &recs, &ctx, &opts, a.all, &mut s, &mut buf);
            });
            (s, buf)
        },
        |(s, buf)| {
            summary.merge(&s);
            out.write_all(&buf).map_err(io_err)
        },
    )?;
    out.flush().map_err(io_err)?;
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "完成 / done: {} 户 / households, {} 条匹配记录 / matched records, {secs:.2} s ({threads} thread(s)); 结果 / result: {}, 未采用记录 / rejected and unmatched records: {}",
        summary.households,
        matched.len(),
        a.out.display(),
        rejected_path.display()
    );
    if global.json {
        crate::io::print_json(&summary)?;
    } else {
        print!("{}", crate::term::crosscheck_summary(&summary));
    }
    Ok(())
}

pub fn generate(a: GenerateArgs) -> Result<(), Failure> {
    let cfg = synth::Config {
        seed: a.seed,
        households: a.households,
        records_per_household: a.records_per_household,
        anomaly_permille: a.anomaly_permille,
        outsider_permille: a.outsider_permille,
    };
    let rdir = a.dir.join("records");
    std::fs::create_dir_all(&rdir).map_err(io_err)?;
    let mk = |p: PathBuf| -> Result<std::io::BufWriter<std::fs::File>, Failure> {
        Ok(std::io::BufWriter::with_capacity(
            1 << 20,
            std::fs::File::create(&p).map_err(io_err)?,
        ))
    };
    let mut hh = mk(a.dir.join("households.csv"))?;
    writeln!(hh, "{}", synth::HOUSEHOLD_HEADER).map_err(io_err)?;
    let mut files = Vec::new();
    for d in Department::ALL {
        let mut w = mk(rdir.join(format!("{}.csv", d.as_str())))?;
        writeln!(w, "{}", synth::RECORD_HEADER).map_err(io_err)?;
        files.push((d, w));
    }
    let err: std::cell::RefCell<Option<std::io::Error>> = std::cell::RefCell::new(None);
    let keep = |r: std::io::Result<()>| {
        if let Err(e) = r {
            err.borrow_mut().get_or_insert(e);
        }
    };
    let started = Instant::now();
    let counts = synth::generate(
        &cfg,
        |line| keep(writeln!(hh, "{line}")),
        |d, line| {
            if let Some((_, w)) = files.iter_mut().find(|(x, _)| *x == d) {
                keep(writeln!(w, "{line}"));
            }
        },
    );
    if let Some(e) = err.into_inner() {
        return Err(io_err(e));
    }
    hh.flush().map_err(io_err)?;
    for (_, w) in &mut files {
        w.flush().map_err(io_err)?;
    }
    eprintln!(
        "生成 / generated: {} 户 / households, {} 名成员 / members, {} 条记录 / records in {} ({:.1} s, seed {})",
        counts.households,
        counts.members,
        counts.records,
        a.dir.display(),
        started.elapsed().as_secs_f64(),
        a.seed
    );
    Ok(())
}
