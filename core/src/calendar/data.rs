//! The holiday-arrangement data format, and its validation.
//!
//! The format is the one of `data/cn_holidays.json` (embedded) and of any file loaded at run
//! time: `{"years": {"2027": {"notice": "国办发明电〔2026〕N号", "published": "2026-11-..",
//! "holidays": [{"name": "春节", "days_off": [...], "makeup_workdays": [...], "clause": "..."}]}}}`.
//! The year key is the year in the notice's title, not the calendar year of each date: a
//! notice may name days in the previous December (e.g. the 2006 元旦 make-up day 2005-12-31).
//!
//! Validation reports every problem at once ([`DataProblem`]); nothing is applied unless the
//! whole file is valid.

use super::error::{DataProblem, NoticeField};
use chrono::{Datelike, NaiveDate, Weekday};
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::fmt;

/// The earliest notice year accepted (the first national holiday regulation is of 1949).
pub const MIN_YEAR: i32 = 1949;
/// The latest notice year accepted.
pub const MAX_YEAR: i32 = 2199;

/// A file of holiday arrangements as written (dates still text, so that every bad date can be
/// reported, not just the first).
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct RawDataset {
    #[serde(deserialize_with = "entries_in_order")]
    pub years: Vec<(String, RawNotice)>,
}

// Unknown keys are refused, not skipped: every key has a default, so a misspelled
// `makeup_workdays` would otherwise drop the make-up working days without a word.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawNotice {
    #[serde(default)]
    pub notice: String,
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub released: Option<String>,
    #[serde(default)]
    pub notice_verification: Option<String>,
    #[serde(default)]
    pub amendments: Vec<Amendment>,
    #[serde(default)]
    pub holidays: Vec<RawHoliday>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawHoliday {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub name_en: Option<String>,
    #[serde(default)]
    pub days_off: Vec<String>,
    #[serde(default)]
    pub makeup_workdays: Vec<String>,
    #[serde(default)]
    pub clause: Option<String>,
    #[serde(default)]
    pub components: Vec<String>,
    #[serde(default)]
    pub notice_label: Option<String>,
    #[serde(default)]
    pub amended_by: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub weekend_days_not_named_in_notice: Vec<String>,
}

/// Keeps the year entries in file order and keeps duplicates, so that a year given twice in
/// one file is reported instead of silently overwritten.
fn entries_in_order<'de, D>(d: D) -> Result<Vec<(String, RawNotice)>, D::Error>
where
    D: Deserializer<'de>,
{
    struct EntriesVisitor;
    impl<'de> Visitor<'de> for EntriesVisitor {
        type Value = Vec<(String, RawNotice)>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object keyed by notice year")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = Vec::new();
            while let Some((k, v)) = map.next_entry::<String, RawNotice>()? {
                out.push((k, v));
            }
            Ok(out)
        }
    }
    d.deserialize_map(EntriesVisitor)
}

/// A later notice that changed a year's arrangement (e.g. the 2020 Spring Festival extension).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Amendment {
    /// Document number, e.g. `国办发明电〔2020〕1号`.
    #[serde(default)]
    pub notice: String,
    /// Title of the amending document.
    #[serde(default)]
    pub title: Option<String>,
    /// Date signed (`YYYY-MM-DD`), as given in the data.
    #[serde(default)]
    pub published: Option<String>,
    /// Date made public, where it differs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub released: Option<String>,
    /// What it changed, in the data's words.
    #[serde(default)]
    pub effect: Option<String>,
}

/// One year's official arrangement: 国务院办公厅关于 YEAR 年部分节假日安排的通知.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HolidayNotice {
    /// The year in the notice's title.
    pub year: i32,
    /// Document number, e.g. `国办发明电〔2025〕7号`.
    pub number: String,
    /// Date the notice was signed, where known.
    pub published: Option<NaiveDate>,
    /// Date it was made public, where it differs from `published` or is the only date known.
    pub released: Option<NaiveDate>,
    /// How the number and date were checked (free text from the data).
    pub verification: Option<String>,
    /// Later notices that changed this arrangement.
    pub amendments: Vec<Amendment>,
    /// The holiday blocks, in the notice's order.
    pub holidays: Vec<HolidayBlock>,
}

/// One holiday block of a notice: its days off (放假) and its make-up working days (调休上班).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HolidayBlock {
    /// The notice's own name, e.g. `春节` or `国庆节、中秋节`.
    pub name: String,
    /// English name.
    pub name_en: Option<String>,
    /// Every date of the announced block, weekends inside it included.
    pub days_off: Vec<NaiveDate>,
    /// Weekend days that are worked for this block.
    pub makeup_workdays: Vec<NaiveDate>,
    /// The arrangement sentence quoted from the notice.
    pub clause: Option<String>,
    /// For combined blocks, the holidays combined.
    pub components: Vec<String>,
    /// The label the notice itself used, where it differs from `name` (e.g. `“十一”`).
    pub notice_label: Option<String>,
    /// The amending notice, where this block was changed after publication.
    pub amended_by: Option<String>,
    /// A note from the data.
    pub note: Option<String>,
    /// Weekend days included in `days_off` that the notice text does not name.
    pub weekend_days_not_named_in_notice: Vec<NaiveDate>,
}

/// Parses and validates a dataset. `existing` holds the years already loaded; a year among them
/// is a problem unless `replace` is set. All problems are collected.
pub(crate) fn parse_dataset(
    json: &str,
    existing: &BTreeMap<i32, HolidayNotice>,
    replace: bool,
) -> Result<Vec<HolidayNotice>, Vec<DataProblem>> {
    let raw: RawDataset = crate::json::from_str(json).map_err(|e| {
        vec![DataProblem::Json {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        }]
    })?;
    let mut problems = Vec::new();
    let mut notices = Vec::new();
    let mut seen_years: Vec<i32> = Vec::new();
    for (key, raw_notice) in raw.years {
        let Ok(year) = key.trim().parse::<i32>() else {
            problems.push(DataProblem::BadYearKey { key });
            continue;
        };
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            problems.push(DataProblem::YearOutOfRange { year });
            continue;
        }
        if seen_years.contains(&year) {
            problems.push(DataProblem::DuplicateYearInFile { year });
            continue;
        }
        seen_years.push(year);
        if existing.contains_key(&year) && !replace {
            problems.push(DataProblem::YearAlreadyLoaded { year });
        }
        if let Some(n) = validate_notice(year, raw_notice, &mut problems) {
            notices.push(n);
        }
    }
    check_cross_notice_dates(&notices, existing, replace, &mut problems);
    if problems.is_empty() {
        Ok(notices)
    } else {
        Err(problems)
    }
}

/// The one strict reader ([`crate::dates::parse_date`]); `2026-9-5` is refused.
fn parse_date(text: &str) -> Option<NaiveDate> {
    crate::dates::parse_date(text).ok()
}

fn validate_notice(
    year: i32,
    raw: RawNotice,
    problems: &mut Vec<DataProblem>,
) -> Option<HolidayNotice> {
    let before = problems.len();
    if raw.notice.trim().is_empty() {
        problems.push(DataProblem::MissingNoticeNumber { year });
    }
    let mut reader = NoticeDates {
        year,
        problems,
        claimed: HashMap::new(),
    };
    let published = reader.meta_date(NoticeField::Published, raw.published.as_deref());
    let released = reader.meta_date(NoticeField::Released, raw.released.as_deref());
    let holidays: Vec<HolidayBlock> = raw
        .holidays
        .into_iter()
        .enumerate()
        .map(|(i, h)| reader.block(i, h))
        .collect();
    if problems.len() > before {
        return None;
    }
    Some(HolidayNotice {
        year,
        number: raw.notice.trim().to_owned(),
        published,
        released,
        verification: raw.notice_verification,
        amendments: raw.amendments,
        holidays,
    })
}

/// The dates of one year's notice as they are read: every problem is pushed, and every date
/// is remembered with the block and field that claims it (a date claimed twice is reported).
struct NoticeDates<'p> {
    year: i32,
    problems: &'p mut Vec<DataProblem>,
    claimed: HashMap<NaiveDate, (String, NoticeField)>,
}

impl NoticeDates<'_> {
    /// The notice's publication or release date, when given.
    fn meta_date(&mut self, field: NoticeField, text: Option<&str>) -> Option<NaiveDate> {
        let t = text?;
        let d = parse_date(t);
        if d.is_none() {
            self.problems.push(DataProblem::BadDate {
                year: self.year,
                holiday: String::new(),
                field,
                text: t.to_owned(),
            });
        }
        d
    }

    /// One holiday block: its name, its days off (at least one), its make-up working days and
    /// the weekend days it covers without naming them (which must be among its days off).
    fn block(&mut self, index: usize, h: RawHoliday) -> HolidayBlock {
        let year = self.year;
        let name = h.name.trim().to_owned();
        if name.is_empty() {
            self.problems
                .push(DataProblem::MissingHolidayName { year, index });
        }
        let days_off = self.dates(&name, NoticeField::DaysOff, &h.days_off);
        let makeup_workdays = self.dates(&name, NoticeField::MakeupWorkdays, &h.makeup_workdays);
        let not_named = self.dates(
            &name,
            NoticeField::NotNamed,
            &h.weekend_days_not_named_in_notice,
        );
        if h.days_off.is_empty() {
            self.problems.push(DataProblem::NoDaysOff {
                year,
                holiday: name.clone(),
            });
        }
        for d in not_named.iter().filter(|d| !days_off.contains(d)) {
            self.problems.push(DataProblem::NotNamedOutsideBlock {
                year,
                holiday: name.clone(),
                date: *d,
            });
        }
        HolidayBlock {
            name,
            name_en: h.name_en,
            days_off,
            makeup_workdays,
            clause: h.clause,
            components: h.components,
            notice_label: h.notice_label,
            amended_by: h.amended_by,
            note: h.note,
            weekend_days_not_named_in_notice: not_named,
        }
    }

    /// A list of dates of one field of a block; an unreadable one is reported and left out.
    fn dates(&mut self, holiday: &str, field: NoticeField, list: &[String]) -> Vec<NaiveDate> {
        let mut out = Vec::new();
        for text in list {
            let Some(d) = parse_date(text) else {
                self.problems.push(DataProblem::BadDate {
                    year: self.year,
                    holiday: holiday.to_owned(),
                    field,
                    text: text.clone(),
                });
                continue;
            };
            self.check(holiday, field, d);
            out.push(d);
        }
        out
    }

    /// One date against the notice's year, the weekend rule for make-up days, and the dates
    /// already claimed.
    fn check(&mut self, holiday: &str, field: NoticeField, d: NaiveDate) {
        let year = self.year;
        // A notice may reach back into the previous December (cross-year 元旦 blocks), never
        // further, and never into the next year.
        let earliest = NaiveDate::from_ymd_opt(year - 1, 12, 1);
        let latest = NaiveDate::from_ymd_opt(year, 12, 31);
        if earliest.is_none_or(|e| d < e) || latest.is_none_or(|l| d > l) {
            self.problems.push(DataProblem::DateOutsideYear {
                year,
                holiday: holiday.to_owned(),
                date: d,
            });
        }
        if field == NoticeField::MakeupWorkdays
            && !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
        {
            self.problems.push(DataProblem::MakeupNotWeekend {
                year,
                holiday: holiday.to_owned(),
                date: d,
            });
        }
        if field == NoticeField::NotNamed {
            return;
        }
        match self.claimed.get(&d) {
            Some((_, other_field)) if *other_field != field => {
                self.problems
                    .push(DataProblem::OffAndMakeup { year, date: d });
            }
            Some((other, _)) => self.problems.push(DataProblem::DuplicateDate {
                date: d,
                year,
                holiday: holiday.to_owned(),
                other_year: year,
                other_holiday: other.clone(),
            }),
            None => {
                self.claimed.insert(d, (holiday.to_owned(), field));
            }
        }
    }
}

/// A date may be claimed by one notice only: the cross-year blocks make two notices touch the
/// same December, and a clash there is a data error, not a choice to make silently.
fn check_cross_notice_dates(
    new: &[HolidayNotice],
    existing: &BTreeMap<i32, HolidayNotice>,
    replace: bool,
    problems: &mut Vec<DataProblem>,
) {
    let mut owner: HashMap<NaiveDate, (i32, String)> = HashMap::new();
    let new_years: Vec<i32> = new.iter().map(|n| n.year).collect();
    let kept = existing
        .values()
        .filter(|n| !(replace && new_years.contains(&n.year)));
    for n in kept.chain(new.iter()) {
        for h in &n.holidays {
            for d in h.days_off.iter().chain(h.makeup_workdays.iter()) {
                match owner.get(d) {
                    Some((y, other)) if *y != n.year => {
                        problems.push(DataProblem::DuplicateDate {
                            date: *d,
                            year: n.year,
                            holiday: h.name.clone(),
                            other_year: *y,
                            other_holiday: other.clone(),
                        });
                    }
                    Some(_) => {}
                    None => {
                        owner.insert(*d, (n.year, h.name.clone()));
                    }
                }
            }
        }
    }
}
