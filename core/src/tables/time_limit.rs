//! Time-limit cells (法定时限, 承诺期限, 办理时限, a process step's 办结时限) into periods.
//!
//! Forms seen (REALWORLD.md §2–3): `20工作日`, `20个工作日`, `二十个工作日`, `法定时限：60日内`,
//! `30天`, `3个月`, `即时办理`, `当场办结`, `不计算在办理期限内`, `自受理后第15个工作日完成`,
//! and both limits in one cell: `法定时限：20个工作日；承诺时限：10个工作日`.

use super::numbering::{is_number_char, parse_number};
use crate::deadline::Period;
use crate::power::StepTime;

/// Which limit a labelled part of a cell states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LimitLabel {
    /// `法定时限：…` — the statutory limit.
    Statutory,
    /// `承诺时限：…` — the promised limit.
    Promised,
}

/// One part of a time-limit cell: the time and, if the cell says so, which limit it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TimeLimit {
    /// The period, `即时办理` or `不计算在办理期限内`.
    pub time: StepTime,
    /// The label the cell gives, if any.
    pub label: Option<LimitLabel>,
}

/// Parses a time-limit cell into its parts (usually one). Blank cells and `无` / `—` give no
/// parts; text that states no time gives `Err` with the part not understood.
///
/// ```
/// use minzheng::deadline::Period;
/// use minzheng::power::StepTime;
/// use minzheng::tables::{parse_time_limit, LimitLabel};
/// let parts = parse_time_limit("法定时限：60日内").unwrap();
/// assert_eq!(parts[0].time, StepTime::Period(Period::natural_days(60)));
/// assert_eq!(parts[0].label, Some(LimitLabel::Statutory));
/// assert_eq!(parse_time_limit("自受理后第15个工作日完成").unwrap()[0].time,
///            StepTime::Period(Period::working_days(15)));
/// assert_eq!(parse_time_limit("不计算在办理期限内").unwrap()[0].time, StepTime::NotCounted);
/// assert!(parse_time_limit("视情况而定").is_err());
/// ```
pub fn parse_time_limit(text: &str) -> Result<Vec<TimeLimit>, String> {
    let mut out = Vec::new();
    for part in text.split(['；', ';', '\n', '，', ',']) {
        let part = part.trim().trim_end_matches('。').trim();
        if part.is_empty() || matches!(part, "无" | "—" | "-" | "／" | "/" | "——") {
            continue;
        }
        let (label, body) = split_label(part);
        let time = parse_time(body).ok_or_else(|| part.to_owned())?;
        out.push(TimeLimit { time, label });
    }
    Ok(out)
}

fn split_label(part: &str) -> (Option<LimitLabel>, &str) {
    const LABELS: [(&str, LimitLabel); 8] = [
        ("法定办结时限", LimitLabel::Statutory),
        ("法定时限", LimitLabel::Statutory),
        ("法定期限", LimitLabel::Statutory),
        ("法定", LimitLabel::Statutory),
        ("承诺办结时限", LimitLabel::Promised),
        ("承诺时限", LimitLabel::Promised),
        ("承诺期限", LimitLabel::Promised),
        ("承诺", LimitLabel::Promised),
    ];
    for (word, label) in LABELS {
        if let Some(rest) = part.strip_prefix(word) {
            let rest = rest.trim_start_matches(['：', ':', ' ', '为']);
            return (Some(label), rest.trim());
        }
    }
    (None, part)
}

/// The time of one unlabelled part.
pub(crate) fn parse_time(body: &str) -> Option<StepTime> {
    let t: String = body.chars().filter(|c| !c.is_whitespace()).collect();
    const IMMEDIATE: [&str; 7] = [
        "即时办理",
        "即时办结",
        "当场办结",
        "即办",
        "立即办理",
        "即时",
        "当场办理",
    ];
    if IMMEDIATE.contains(&t.as_str()) {
        return Some(StepTime::Immediate);
    }
    if t.starts_with("不计") || t.contains("不计算在") || t.contains("不计入") {
        return Some(StepTime::NotCounted);
    }
    // Find the first number followed (after an optional 个) by a unit.
    let chars: Vec<(usize, char)> = t.char_indices().collect();
    let mut k = 0;
    while let Some(&(start, c)) = chars.get(k) {
        if !is_number_char(c) {
            k += 1;
            continue;
        }
        let mut j = k;
        while chars.get(j).is_some_and(|&(_, c)| is_number_char(c)) {
            j += 1;
        }
        let end = chars.get(j).map_or(t.len(), |&(i, _)| i);
        let rest = t.get(end..).unwrap_or("");
        let rest = rest.strip_prefix('个').unwrap_or(rest);
        let n = parse_number(t.get(start..end).unwrap_or(""));
        let unit = if rest.starts_with("工作日") {
            Some(Period::working_days as fn(u32) -> Period)
        } else if rest.starts_with("自然日") || rest.starts_with('日') || rest.starts_with('天')
        {
            Some(Period::natural_days as fn(u32) -> Period)
        } else if rest.starts_with('月') {
            Some(Period::months as fn(u32) -> Period)
        } else {
            None
        };
        if let (Some(n), Some(unit)) = (n, unit) {
            // What comes before the number must be a known lead-in, so that text such as
            // "材料齐全后5日" is read but "2024年1月" is not.
            let lead = t.get(..start).unwrap_or("");
            if lead_ok(lead) {
                return Some(StepTime::Period(unit(n)));
            }
            return None;
        }
        k = j;
    }
    None
}

fn lead_ok(lead: &str) -> bool {
    const LEADS: [&str; 10] = [
        "",
        "自受理后第",
        "自受理之日起",
        "受理后",
        "自受理后",
        "自受理之日起第",
        "在",
        "第",
        "自收到申请之日起",
        "制定或获取信息之日起",
    ];
    LEADS.contains(&lead)
        || lead.ends_with("之日起")
        || lead.ends_with("后第")
        || lead.ends_with("后")
}

/// Writes a time as a cell: `20个工作日`, `60日`, `3个月`, `即时办理`, `不计算在办理期限内`.
pub fn format_time(t: &StepTime) -> String {
    match t {
        StepTime::Period(p) => p.zh(),
        StepTime::Immediate => "即时办理".to_owned(),
        StepTime::NotCounted => "不计算在办理期限内".to_owned(),
    }
}
