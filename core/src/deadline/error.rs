//! Errors of the deadline engine, with bilingual messages.

use crate::calendar::CalendarError;
use chrono::NaiveDate;
use serde::Serialize;
use thiserror::Error;

/// An error from the deadline engine.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
#[non_exhaustive]
pub enum DeadlineError {
    /// No rule with this id in the catalogue.
    #[error("未知的期限编号“{id}”{} / unknown period id \"{id}\"{}",
        if suggestions.is_empty() { String::new() } else { format!("（是否指 {}？）", suggestions.join("、")) },
        if suggestions.is_empty() { String::new() } else { format!(" (did you mean {}?)", suggestions.join(", ")) })]
    UnknownPeriod {
        /// The id asked for.
        id: String,
        /// Near ids.
        suggestions: Vec<String>,
    },
    /// The calendar could not answer.
    #[error(transparent)]
    Calendar(#[from] CalendarError),
    /// A suspension that ends before it starts.
    #[error(
        "中止期间 {from}..{to} 的起日晚于止日 / suspension {from}..{to} ends before it starts"
    )]
    SuspensionReversed {
        /// Start.
        from: NaiveDate,
        /// End.
        to: NaiveDate,
    },
    /// An extension of a rule that has none.
    #[error("期限“{rule}”没有可延长的法定依据 / period \"{rule}\" cannot be extended")]
    ExtensionNotAllowed {
        /// The rule.
        rule: String,
    },
    /// More extensions than the rule allows.
    #[error(
        "期限“{rule}”最多延长 {max} 次 / period \"{rule}\" may be extended at most {max} time(s)"
    )]
    TooManyExtensions {
        /// The rule.
        rule: String,
        /// Grants allowed.
        max: u32,
    },
    /// Extensions adding up to more than the rule allows.
    #[error("延长合计 {requested} 超过“{rule}”允许的 {max} / extensions total {requested}, more than the {max} allowed for \"{rule}\"")]
    ExtensionTooLong {
        /// The rule.
        rule: String,
        /// Total requested.
        requested: u64,
        /// Maximum.
        max: u32,
    },
    /// An extension of zero units.
    #[error("延长期限不能为 0 / an extension cannot be zero")]
    ZeroExtension,
    /// An extension granted after the period had already run out: it cannot revive it.
    #[error("延长于 {granted} 批准，而期限已于 {due} 届满，逾期后不能延长 / extension granted on {granted}, but the period had already ended on {due}; an expired period cannot be extended")]
    ExtensionAfterExpiry {
        /// Grant date.
        granted: NaiveDate,
        /// Due date in force then.
        due: NaiveDate,
    },
    /// An extension granted before the period began.
    #[error("延长于 {granted} 批准，早于期限起算日 {start} / extension granted on {granted}, before the period started on {start}")]
    ExtensionBeforeStart {
        /// Grant date.
        granted: NaiveDate,
        /// Start.
        start: NaiveDate,
    },
    /// An answer dated before the period started.
    #[error("办结日期 {answered} 早于起算日 {start} / answer date {answered} is before the start {start}")]
    AnsweredBeforeStart {
        /// Answer date.
        answered: NaiveDate,
        /// Start.
        start: NaiveDate,
    },
    /// An answer dated after "today".
    #[error("办结日期 {answered} 晚于当前日期 {today} / answer date {answered} is after today ({today})")]
    AnsweredAfterToday {
        /// Answer date.
        answered: NaiveDate,
        /// Today.
        today: NaiveDate,
    },
    /// Suspensions or extensions given for a fixed-date rule.
    #[error(
        "“{rule}”是固定日期，不适用{what} / \"{rule}\" is a fixed date: {what_en} do not apply"
    )]
    NotApplicable {
        /// The rule.
        rule: String,
        /// What was given (Chinese).
        what: String,
        /// What was given (English).
        what_en: String,
    },
    /// The result would fall outside the representable dates.
    #[error("日期超出可计算范围（{detail}） / date out of the supported range ({detail})")]
    OutOfRange {
        /// What overflowed.
        detail: String,
    },
    /// A catalogue or override file failed validation; nothing was applied.
    #[error("期限目录有 {} 处问题 / the period catalogue has {} problem(s): {}", problems.len(), problems.len(),
        problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("; "))]
    InvalidCatalogue {
        /// Every problem found.
        problems: Vec<CatalogueProblem>,
    },
}

impl DeadlineError {
    /// A stable machine code for bindings and JSON output.
    pub fn code(&self) -> &'static str {
        match self {
            DeadlineError::UnknownPeriod { .. } => "unknown_period",
            DeadlineError::Calendar(e) => e.code(),
            DeadlineError::SuspensionReversed { .. } => "suspension_reversed",
            DeadlineError::ExtensionNotAllowed { .. } => "extension_not_allowed",
            DeadlineError::TooManyExtensions { .. } => "too_many_extensions",
            DeadlineError::ExtensionTooLong { .. } => "extension_too_long",
            DeadlineError::ZeroExtension => "zero_extension",
            DeadlineError::ExtensionAfterExpiry { .. } => "extension_after_expiry",
            DeadlineError::ExtensionBeforeStart { .. } => "extension_before_start",
            DeadlineError::AnsweredBeforeStart { .. } => "answered_before_start",
            DeadlineError::AnsweredAfterToday { .. } => "answered_after_today",
            DeadlineError::NotApplicable { .. } => "not_applicable",
            DeadlineError::OutOfRange { .. } => "out_of_range",
            DeadlineError::InvalidCatalogue { .. } => "invalid_catalogue",
        }
    }
}

/// One problem in a catalogue or an override file.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
#[non_exhaustive]
pub enum CatalogueProblem {
    /// Not valid JSON of the expected shape.
    #[error("JSON 格式错误：{message} / malformed JSON: {message}")]
    Json {
        /// The parser's message.
        message: String,
    },
    /// Two rules with one id.
    #[error("期限编号“{id}”重复 / duplicate period id \"{id}\"")]
    DuplicateId {
        /// The id.
        id: String,
    },
    /// A rule without id or name.
    #[error("期限“{id}”缺少编号或名称 / period \"{id}\" has no id or name")]
    MissingName {
        /// The id.
        id: String,
    },
    /// A rule without a legal basis.
    #[error("期限“{id}”缺少法律依据 / period \"{id}\" has no legal basis")]
    MissingBasis {
        /// The id.
        id: String,
    },
    /// A period of zero units.
    #[error("期限“{id}”的时长为 0 / period \"{id}\" has a zero amount")]
    ZeroAmount {
        /// The id.
        id: String,
    },
    /// A fixed date that does not exist.
    #[error("期限“{id}”的固定日期不存在 / period \"{id}\" names an impossible date")]
    BadAnnualDate {
        /// The id.
        id: String,
    },
    /// An extension link to a missing or mismatched rule.
    #[error("期限“{id}”的延长规则“{target}”不存在或未反向关联 / extension \"{target}\" of \"{id}\" is missing or does not link back")]
    DanglingExtension {
        /// The rule.
        id: String,
        /// The extension named.
        target: String,
    },
    /// An override file without a jurisdiction.
    #[error("覆盖文件缺少辖区名称 / the override file names no jurisdiction")]
    MissingJurisdiction,
    /// An override of an unknown rule.
    #[error("覆盖了不存在的期限“{id}” / override of unknown period \"{id}\"")]
    UnknownOverride {
        /// The id.
        id: String,
    },
    /// A local period longer than the national one.
    #[error("地方期限“{id}”（{local}）长于全国规定（{national}）：地方只能缩短 / local period \"{id}\" ({local}) is longer than the national one ({national}): local rules may only shorten")]
    OverrideLonger {
        /// The id.
        id: String,
        /// National amount.
        national: u32,
        /// Local amount.
        local: u32,
    },
    /// A local period in another unit than the national one.
    #[error("地方期限“{id}”改变了计算单位 / local period \"{id}\" changes the unit")]
    OverrideUnitChanged {
        /// The id.
        id: String,
    },
}
