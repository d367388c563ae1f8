//! Reading files and arguments, printing results.

use crate::Failure;
use chrono::{Datelike, NaiveDate, Weekday};
use serde::Serialize;
use std::path::Path;

/// Reads a UTF-8 file, or fails with a bilingual message naming it.
pub fn read_file(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path).map_err(|e| read_error(path, &e))
}

/// The failure for a file that cannot be read.
pub fn read_error(path: &Path, e: &std::io::Error) -> Failure {
    let p = path.display();
    Failure::new(
        "io",
        format!("无法读取文件 {p} / cannot read file {p}: {e}"),
    )
}

/// Parses `YYYY-MM-DD` strictly (the library's one reader, `minzheng::dates::parse_date`).
pub fn parse_date(text: &str) -> Result<NaiveDate, Failure> {
    minzheng::dates::parse_date(text).map_err(|e| Failure::coded(e.code(), &e))
}

/// Prints a value as pretty JSON on stdout.
pub fn print_json<T: Serialize>(v: &T) -> Result<(), Failure> {
    let s = serde_json::to_string_pretty(v).map_err(|e| {
        Failure::new(
            "internal",
            format!("JSON 输出失败 / JSON output failed: {e}"),
        )
    })?;
    println!("{s}");
    Ok(())
}

/// The short English weekday name.
pub fn weekday_en(d: NaiveDate) -> &'static str {
    match d.weekday() {
        Weekday::Mon => "Mon",
        Weekday::Tue => "Tue",
        Weekday::Wed => "Wed",
        Weekday::Thu => "Thu",
        Weekday::Fri => "Fri",
        Weekday::Sat => "Sat",
        Weekday::Sun => "Sun",
    }
}

/// The note printed on stderr when an answer used the weekends-only rule.
pub fn provisional_note() {
    eprintln!("注意 / note: 结果含无放假安排数据年份，按仅周末休息临时计算 / the answer involves a year without a holiday notice and uses weekends only (provisional)");
}
