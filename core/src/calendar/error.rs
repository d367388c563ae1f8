//! Errors of the calendar, with bilingual messages.

use crate::errors::{Coded, ErrorCode};
use chrono::NaiveDate;
use serde::Serialize;
use std::fmt;

/// An error from a calendar query or a data load.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
#[non_exhaustive]
pub enum CalendarError {
    /// The answer needs a year for which no official arrangement is loaded.
    YearNotCovered {
        /// The calendar year without data.
        year: i32,
    },
    /// The result would fall outside the range of dates the library represents.
    OutOfRange {
        /// What overflowed.
        detail: crate::text::Bilingual,
    },
    /// An interval whose start is after its end.
    FromAfterTo {
        /// Start of the interval.
        from: NaiveDate,
        /// End of the interval.
        to: NaiveDate,
    },
    /// A data file or overlay failed validation; nothing of it was applied.
    InvalidData {
        /// Every problem found, in file order.
        problems: Vec<DataProblem>,
    },
}

impl CalendarError {
    /// `true` when the error only says that data for a year is missing: the caller may load
    /// newer data or ask for a provisional answer.
    pub fn is_year_not_covered(&self) -> bool {
        matches!(self, CalendarError::YearNotCovered { .. })
    }

    /// `true` when the error is about the data given to the calendar (load or overlay).
    pub fn is_invalid_data(&self) -> bool {
        matches!(self, CalendarError::InvalidData { .. })
    }

    /// A stable machine code for bindings and JSON output (`year_not_covered`, ...).
    pub fn code(&self) -> &'static str {
        match self {
            CalendarError::YearNotCovered { .. } => "year_not_covered",
            CalendarError::OutOfRange { .. } => "out_of_range",
            CalendarError::FromAfterTo { .. } => "from_after_to",
            CalendarError::InvalidData { .. } => "invalid_data",
        }
    }
}

/// Which field of a data entry a problem is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NoticeField {
    /// `days_off`
    DaysOff,
    /// `makeup_workdays`
    MakeupWorkdays,
    /// `weekend_days_not_named_in_notice`
    NotNamed,
    /// `published`
    Published,
    /// `released`
    Released,
    /// an overlay's `rest_days`
    RestDays,
}

impl fmt::Display for NoticeField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NoticeField::DaysOff => "days_off",
            NoticeField::MakeupWorkdays => "makeup_workdays",
            NoticeField::NotNamed => "weekend_days_not_named_in_notice",
            NoticeField::Published => "published",
            NoticeField::Released => "released",
            NoticeField::RestDays => "rest_days",
        })
    }
}

/// One problem found while validating calendar data. All are reported at once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
#[non_exhaustive]
pub enum DataProblem {
    /// The file is not valid JSON of the expected shape.
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The parser's message.
        message: String,
    },
    /// A year key that is not a number.
    BadYearKey {
        /// The key as written.
        key: String,
    },
    /// A year outside 1949–2199.
    YearOutOfRange {
        /// The year.
        year: i32,
    },
    /// The same year twice in one file.
    DuplicateYearInFile {
        /// The year.
        year: i32,
    },
    /// A year already loaded, and the load did not ask to replace it.
    YearAlreadyLoaded {
        /// The year.
        year: i32,
    },
    /// A notice without its document number.
    MissingNoticeNumber {
        /// The year.
        year: i32,
    },
    /// A holiday block without a name.
    MissingHolidayName {
        /// The year.
        year: i32,
        /// 0-based position in the list.
        index: usize,
    },
    /// A holiday block with no day off.
    NoDaysOff {
        /// The year.
        year: i32,
        /// The block's name.
        holiday: String,
    },
    /// A date that cannot be read as `YYYY-MM-DD`.
    BadDate {
        /// The year.
        year: i32,
        /// The block's name (empty for the notice's own dates).
        holiday: String,
        /// The field.
        field: NoticeField,
        /// The text as written.
        text: String,
    },
    /// A date outside the span a notice of that year can cover (previous December to 31 December).
    DateOutsideYear {
        /// The year.
        year: i32,
        /// The block's name.
        holiday: String,
        /// The date.
        date: NaiveDate,
    },
    /// A make-up working day that is not a Saturday or Sunday.
    MakeupNotWeekend {
        /// The year.
        year: i32,
        /// The block's name.
        holiday: String,
        /// The date.
        date: NaiveDate,
    },
    /// A date listed both as a day off and as a make-up working day.
    OffAndMakeup {
        /// The year.
        year: i32,
        /// The date.
        date: NaiveDate,
    },
    /// A date listed twice (in one notice or in two).
    DuplicateDate {
        /// The date.
        date: NaiveDate,
        /// The year of the second listing.
        year: i32,
        /// The block of the second listing.
        holiday: String,
        /// The year of the first listing.
        other_year: i32,
        /// The block of the first listing.
        other_holiday: String,
    },
    /// A date flagged as "not named in the notice" that is not a day off of the block.
    NotNamedOutsideBlock {
        /// The year.
        year: i32,
        /// The block's name.
        holiday: String,
        /// The date.
        date: NaiveDate,
    },
    /// An overlay without a name.
    OverlayWithoutName,
    /// An overlay rest day in a year without national data.
    OverlayDateNotCovered {
        /// The rest day's name.
        name: String,
        /// The date.
        date: NaiveDate,
    },
    /// An overlay rest day listed twice.
    OverlayDuplicateDate {
        /// The date.
        date: NaiveDate,
    },
    /// An overlay with the name of one already applied.
    OverlayAlreadyApplied {
        /// The overlay's name.
        name: String,
    },
}

impl Coded for CalendarError {
    fn error_code(&self) -> ErrorCode {
        match self {
            CalendarError::YearNotCovered { .. } => ErrorCode::CalendarYearNotCovered,
            CalendarError::OutOfRange { .. } => ErrorCode::CalendarOutOfRange,
            CalendarError::FromAfterTo { .. } => ErrorCode::CalendarFromAfterTo,
            CalendarError::InvalidData { .. } => ErrorCode::CalendarInvalidData,
        }
    }

    fn message_zh(&self) -> String {
        match self {
            CalendarError::YearNotCovered { year } => format!("{year} 年的放假安排通知尚未载入，无法确定工作日（可载入新数据，或明确要求按仅周末的临时口径计算）"),
            CalendarError::OutOfRange { detail } => format!("日期超出可计算范围（{}）", detail.zh),
            CalendarError::FromAfterTo { from, to } => format!("起始日期 {from} 晚于结束日期 {to}"),
            CalendarError::InvalidData { problems } => format!(
                "日历数据有 {} 处问题，未作任何更改：{}",
                problems.len(),
                crate::errors::join_zh(problems)
            ),
        }
    }

    fn message_en(&self) -> String {
        match self {
            CalendarError::YearNotCovered { year } => format!("no holiday arrangement is loaded for {year}: working days cannot be determined (load the notice, or ask explicitly for a provisional weekends-only answer)"),
            CalendarError::OutOfRange { detail } => format!("date out of the supported range ({})", detail.en),
            CalendarError::FromAfterTo { from, to } => format!("start date {from} is after end date {to}"),
            CalendarError::InvalidData { problems } => format!(
                "calendar data has {} problem(s), nothing was changed: {}",
                problems.len(),
                crate::errors::join_en(problems)
            ),
        }
    }
}

crate::errors::coded_display!(CalendarError);

impl Coded for DataProblem {
    fn error_code(&self) -> ErrorCode {
        match self {
            DataProblem::Json { .. } => ErrorCode::CalendarDataJson,
            DataProblem::BadYearKey { .. } => ErrorCode::CalendarDataBadYearKey,
            DataProblem::YearOutOfRange { .. } => ErrorCode::CalendarDataYearOutOfRange,
            DataProblem::DuplicateYearInFile { .. } => ErrorCode::CalendarDataDuplicateYearInFile,
            DataProblem::YearAlreadyLoaded { .. } => ErrorCode::CalendarDataYearAlreadyLoaded,
            DataProblem::MissingNoticeNumber { .. } => ErrorCode::CalendarDataMissingNoticeNumber,
            DataProblem::MissingHolidayName { .. } => ErrorCode::CalendarDataMissingHolidayName,
            DataProblem::NoDaysOff { .. } => ErrorCode::CalendarDataNoDaysOff,
            DataProblem::BadDate { .. } => ErrorCode::CalendarDataBadDate,
            DataProblem::DateOutsideYear { .. } => ErrorCode::CalendarDataDateOutsideYear,
            DataProblem::MakeupNotWeekend { .. } => ErrorCode::CalendarDataMakeupNotWeekend,
            DataProblem::OffAndMakeup { .. } => ErrorCode::CalendarDataOffAndMakeup,
            DataProblem::DuplicateDate { .. } => ErrorCode::CalendarDataDuplicateDate,
            DataProblem::NotNamedOutsideBlock { .. } => ErrorCode::CalendarDataNotNamedOutsideBlock,
            DataProblem::OverlayWithoutName => ErrorCode::CalendarDataOverlayWithoutName,
            DataProblem::OverlayDateNotCovered { .. } => {
                ErrorCode::CalendarDataOverlayDateNotCovered
            }
            DataProblem::OverlayDuplicateDate { .. } => ErrorCode::CalendarDataOverlayDuplicateDate,
            DataProblem::OverlayAlreadyApplied { .. } => {
                ErrorCode::CalendarDataOverlayAlreadyApplied
            }
        }
    }

    fn message_zh(&self) -> String {
        match self {
            DataProblem::Json { column, line, message } => format!("JSON 格式错误（第 {line} 行第 {column} 列）：{message}"),
            DataProblem::BadYearKey { key } => format!("年份键“{key}”不是数字"),
            DataProblem::YearOutOfRange { year } => format!("年份 {year} 不在 1949–2199 范围内"),
            DataProblem::DuplicateYearInFile { year } => format!("{year} 年在同一文件中出现两次"),
            DataProblem::YearAlreadyLoaded { year } => format!("{year} 年已载入；如需更正请使用替换模式"),
            DataProblem::MissingNoticeNumber { year } => format!("{year} 年缺少通知文号"),
            DataProblem::MissingHolidayName { index, year } => format!("{year} 年第 {index} 个假期缺少名称"),
            DataProblem::NoDaysOff { holiday, year } => format!("{year} 年“{holiday}”没有放假日期"),
            DataProblem::BadDate { field, holiday, text, year } => format!("{year} 年“{holiday}”的 {field} 中日期“{text}”无法识别（应为 YYYY-MM-DD）"),
            DataProblem::DateOutsideYear { date, holiday, year } => format!("{year} 年通知中“{holiday}”的日期 {date} 不在该年合理范围内（上年12月1日至当年12月31日）"),
            DataProblem::MakeupNotWeekend { date, holiday, year } => format!("{year} 年“{holiday}”的调休上班日 {date} 不是周六或周日"),
            DataProblem::OffAndMakeup { date, year } => format!("{year} 年的 {date} 既是放假日又是调休上班日"),
            DataProblem::DuplicateDate { date, holiday, other_holiday, other_year, year } => format!("{date} 被重复列出：{year} 年“{holiday}”与 {other_year} 年“{other_holiday}”"),
            DataProblem::NotNamedOutsideBlock { date, holiday, year } => format!("{year} 年“{holiday}”标注的未列明周末日 {date} 不在放假日期中"),
            DataProblem::OverlayWithoutName => "地方休息日叠加层缺少名称".to_owned(),
            DataProblem::OverlayDateNotCovered { date, name } => format!("地方休息日“{name}”（{date}）所在年份没有全国放假安排数据"),
            DataProblem::OverlayDuplicateDate { date } => format!("地方休息日 {date} 被重复列出"),
            DataProblem::OverlayAlreadyApplied { name } => format!("名为“{name}”的叠加层已存在"),
        }
    }

    fn message_en(&self) -> String {
        match self {
            DataProblem::Json { column, line, message } => format!("malformed JSON at line {line}, column {column}: {message}"),
            DataProblem::BadYearKey { key } => format!("year key \"{key}\" is not a number"),
            DataProblem::YearOutOfRange { year } => format!("year {year} is outside 1949–2199"),
            DataProblem::DuplicateYearInFile { year } => format!("year {year} appears twice in the file"),
            DataProblem::YearAlreadyLoaded { year } => format!("year {year} is already loaded; use replace mode to correct it"),
            DataProblem::MissingNoticeNumber { year } => format!("year {year} has no notice number"),
            DataProblem::MissingHolidayName { index, year } => format!("holiday #{index} of {year} has no name"),
            DataProblem::NoDaysOff { holiday, year } => format!("{holiday} of {year} has no days off"),
            DataProblem::BadDate { field, holiday, text, year } => format!("unreadable date \"{text}\" in {field} of {holiday} {year} (expected YYYY-MM-DD)"),
            DataProblem::DateOutsideYear { date, holiday, year } => format!("date {date} of {holiday} lies outside what a {year} notice can cover (1 December of the previous year to 31 December)"),
            DataProblem::MakeupNotWeekend { date, holiday, year } => format!("make-up working day {date} of {holiday} {year} is not a Saturday or Sunday"),
            DataProblem::OffAndMakeup { date, year } => format!("{date} ({year}) is both a day off and a make-up working day"),
            DataProblem::DuplicateDate { date, holiday, other_holiday, other_year, year } => format!("{date} is listed twice: {holiday} ({year}) and {other_holiday} ({other_year})"),
            DataProblem::NotNamedOutsideBlock { date, holiday, year } => format!("{date} is flagged as an unnamed weekend day of {holiday} {year} but is not among its days off"),
            DataProblem::OverlayWithoutName => "a local overlay has no name".to_owned(),
            DataProblem::OverlayDateNotCovered { date, name } => format!("local rest day \"{name}\" on {date} falls in a year without national data"),
            DataProblem::OverlayDuplicateDate { date } => format!("local rest day {date} is listed twice"),
            DataProblem::OverlayAlreadyApplied { name } => format!("an overlay named \"{name}\" is already applied"),
        }
    }
}

crate::errors::coded_display!(DataProblem);
