//! `minzheng calendar add --batch FILE`: lines `DATE N` in, one result per line out, in order.
//!
//! Built for legacy batch jobs: input is read in large blocks, parsed without allocation, and
//! answered by the calendar's O(1) index. A line that cannot be answered produces
//! `ERROR<TAB>code<TAB>message` in its place (so output lines stay aligned with input lines);
//! the run then ends with a non-zero exit code and a count on stderr.

use crate::{Env, Failure};
use chrono::{Datelike, NaiveDate};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;

fn parse_line(line: &[u8]) -> Option<(NaiveDate, i64)> {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let mut parts = line
        .split(|b| *b == b' ' || *b == b'\t' || *b == b',')
        .filter(|p| !p.is_empty());
    let date = parts.next()?;
    let n = parts.next()?;
    if parts.next().is_some() {
        return None;
    }
    let date = minzheng::dates::parse_date(std::str::from_utf8(date).ok()?).ok()?;
    let (neg, digits) = match n.split_first()? {
        (b'-', rest) => (true, rest),
        (b'+', rest) => (false, rest),
        _ => (false, n),
    };
    if digits.is_empty() {
        return None;
    }
    let mut v: i64 = 0;
    for b in digits {
        if !b.is_ascii_digit() {
            return None;
        }
        let digit = i64::from(b - b'0');
        v = v.checked_mul(10)?;
        v = if neg {
            v.checked_sub(digit)?
        } else {
            v.checked_add(digit)?
        };
    }
    Some((date, v))
}

fn write_date(out: &mut Vec<u8>, d: NaiveDate) {
    let y = d.year();
    if (0..=9999).contains(&y) {
        let y = y.unsigned_abs();
        let (m, day) = (d.month(), d.day());
        let digits = [
            b'0' + (y / 1000) as u8,
            b'0' + (y / 100 % 10) as u8,
            b'0' + (y / 10 % 10) as u8,
            b'0' + (y % 10) as u8,
            b'-',
            b'0' + (m / 10) as u8,
            b'0' + (m % 10) as u8,
            b'-',
            b'0' + (day / 10) as u8,
            b'0' + (day % 10) as u8,
        ];
        out.extend_from_slice(&digits);
    } else {
        out.extend_from_slice(d.to_string().as_bytes());
    }
}

pub fn run(env: &Env, path: &Path) -> Result<(), Failure> {
    let input: Box<dyn Read> = if path.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::fs::File::open(path).map_err(|e| crate::io::read_error(path, &e))?)
    };
    let mut reader = BufReader::with_capacity(1 << 20, input);
    let stdout = std::io::stdout();
    let mut sink = stdout.lock();
    let mut out: Vec<u8> = Vec::with_capacity(1 << 20);
    let mut line: Vec<u8> = Vec::with_capacity(64);
    let (mut lines, mut errors, mut provisional) = (0u64, 0u64, 0u64);
    let io_err = |e: std::io::Error| Failure::new("io", format!("读写失败 / I/O error: {e}"));
    loop {
        line.clear();
        let read = reader.read_until(b'\n', &mut line).map_err(io_err)?;
        if read == 0 {
            break;
        }
        let text = line.strip_suffix(b"\n").unwrap_or(&line);
        if text.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        lines += 1;
        let result = match parse_line(text) {
            None => Err(("bad_line".to_owned(), format!(
                "第 {lines} 行无法识别（应为“YYYY-MM-DD N”） / line {lines} unreadable (expected \"YYYY-MM-DD N\")"
            ))),
            Some((date, n)) => {
                if env.global.provisional {
                    env.cal
                        .provisional()
                        .add_workdays(date, n)
                        .map(|a| {
                            if a.provisional {
                                provisional += 1;
                            }
                            a.value
                        })
                        .map_err(|e| (e.code().to_owned(), e.to_string()))
                } else {
                    env.cal
                        .add_workdays(date, n)
                        .map_err(|e| (e.code().to_owned(), e.to_string()))
                }
            }
        };
        match result {
            Ok(d) => {
                if env.global.json {
                    out.extend_from_slice(b"{\"result\":\"");
                    write_date(&mut out, d);
                    out.extend_from_slice(b"\"}");
                } else {
                    write_date(&mut out, d);
                }
            }
            Err((code, msg)) => {
                errors += 1;
                if env.global.json {
                    let v = serde_json::json!({"error": code, "message": msg});
                    out.extend_from_slice(v.to_string().as_bytes());
                } else {
                    out.extend_from_slice(format!("ERROR\t{code}\t{msg}").as_bytes());
                }
            }
        }
        out.push(b'\n');
        if out.len() >= (1 << 20) - 256 {
            sink.write_all(&out).map_err(io_err)?;
            out.clear();
        }
    }
    sink.write_all(&out).map_err(io_err)?;
    sink.flush().map_err(io_err)?;
    if provisional > 0 {
        eprintln!("注意 / note: {provisional} 行为临时结果（仅按周末） / {provisional} line(s) are provisional (weekends only)");
    }
    if errors > 0 {
        return Err(Failure::new(
            "batch_errors",
            format!("{lines} 行中有 {errors} 行出错（见输出中的 ERROR 行） / {errors} of {lines} line(s) failed (see the ERROR lines in the output)"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_dates_and_signed_counts() {
        let d = NaiveDate::from_ymd_opt(2024, 10, 8);
        assert_eq!(parse_line(b"2024-10-08 -5"), d.map(|d| (d, -5)));
        assert_eq!(parse_line(b"2024-10-08\t+5\r"), d.map(|d| (d, 5)));
        assert_eq!(parse_line(b"2024-10-08,0"), d.map(|d| (d, 0)));
        assert_eq!(
            parse_line(b"2024-10-08 -9223372036854775808"),
            d.map(|d| (d, i64::MIN))
        );
        assert_eq!(parse_line(b"2024-10-08 9223372036854775808"), None);
        assert_eq!(parse_line(b"2024-13-08 1"), None);
        assert_eq!(parse_line(b"2024/10/08 1"), None);
        assert_eq!(parse_line(b"2026-9-5 1"), None);
        assert_eq!(parse_line(b"2026-09-5 1"), None);
        assert_eq!(parse_line(b"2024-10-08"), None);
        assert_eq!(parse_line(b"2024-10-08 1 2"), None);
        assert_eq!(parse_line(b"2024-10-08 1x"), None);
        assert_eq!(parse_line(b"2024-10-08 -"), None);
    }

    #[test]
    fn writes_dates_like_chrono() {
        for d in [(2024, 1, 9), (5, 12, 31), (9999, 1, 1)] {
            let date = NaiveDate::from_ymd_opt(d.0, d.1, d.2).unwrap_or_default();
            let mut out = Vec::new();
            write_date(&mut out, date);
            assert_eq!(String::from_utf8_lossy(&out), date.to_string());
        }
    }
}
