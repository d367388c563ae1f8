//! Errors of the deadline engine, with bilingual messages.

use crate::calendar::CalendarError;
use crate::errors::{Coded, ErrorCode};
use chrono::NaiveDate;
use serde::Serialize;

/// An error from the deadline engine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
#[non_exhaustive]
pub enum DeadlineError {
    /// No rule with this id in the catalogue.
    UnknownPeriod {
        /// The id asked for.
        id: String,
        /// Near ids.
        suggestions: Vec<String>,
    },
    /// The calendar could not answer.
    Calendar(CalendarError),
    /// A suspension that ends before it starts.
    SuspensionReversed {
        /// Start.
        from: NaiveDate,
        /// End.
        to: NaiveDate,
    },
    /// An extension of a rule that has none.
    ExtensionNotAllowed {
        /// The rule.
        rule: String,
    },
    /// More extensions than the rule allows.
    TooManyExtensions {
        /// The rule.
        rule: String,
        /// Grants allowed.
        max: u32,
    },
    /// Extensions adding up to more than the rule allows.
    ExtensionTooLong {
        /// The rule.
        rule: String,
        /// Total requested.
        requested: u64,
        /// Maximum.
        max: u32,
    },
    /// An extension of zero units.
    ZeroExtension,
    /// An extension granted after the period had already run out: it cannot revive it.
    ExtensionAfterExpiry {
        /// Grant date.
        granted: NaiveDate,
        /// Due date in force then.
        due: NaiveDate,
    },
    /// An extension granted before the period began.
    ExtensionBeforeStart {
        /// Grant date.
        granted: NaiveDate,
        /// Start.
        start: NaiveDate,
    },
    /// An answer dated before the period started.
    AnsweredBeforeStart {
        /// Answer date.
        answered: NaiveDate,
        /// Start.
        start: NaiveDate,
    },
    /// An answer dated after "today".
    AnsweredAfterToday {
        /// Answer date.
        answered: NaiveDate,
        /// Today.
        today: NaiveDate,
    },
    /// Suspensions or extensions given for a fixed-date rule.
    NotApplicable {
        /// The rule.
        rule: String,
        /// What was given (Chinese).
        what: String,
        /// What was given (English).
        what_en: String,
    },
    /// The result would fall outside the representable dates.
    OutOfRange {
        /// What overflowed.
        detail: crate::text::Bilingual,
    },
    /// A catalogue or override file failed validation; nothing was applied.
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
#[non_exhaustive]
pub enum CatalogueProblem {
    /// Not valid JSON of the expected shape.
    Json {
        /// The parser's message.
        message: String,
    },
    /// Two rules with one id.
    DuplicateId {
        /// The id.
        id: String,
    },
    /// A rule without id or name.
    MissingName {
        /// The id.
        id: String,
    },
    /// A rule without a legal basis.
    MissingBasis {
        /// The id.
        id: String,
    },
    /// A period of zero units.
    ZeroAmount {
        /// The id.
        id: String,
    },
    /// A fixed date that does not exist.
    BadAnnualDate {
        /// The id.
        id: String,
    },
    /// An extension link to a missing or mismatched rule.
    DanglingExtension {
        /// The rule.
        id: String,
        /// The extension named.
        target: String,
    },
    /// An override file without a jurisdiction.
    MissingJurisdiction,
    /// An override of an unknown rule.
    UnknownOverride {
        /// The id.
        id: String,
    },
    /// A local period longer than the national one.
    OverrideLonger {
        /// The id.
        id: String,
        /// National amount.
        national: u32,
        /// Local amount.
        local: u32,
    },
    /// A local period in another unit than the national one.
    OverrideUnitChanged {
        /// The id.
        id: String,
    },
}

impl Coded for DeadlineError {
    fn error_code(&self) -> ErrorCode {
        match self {
            DeadlineError::UnknownPeriod { .. } => ErrorCode::DeadlineUnknownPeriod,
            DeadlineError::Calendar(e) => e.error_code(),
            DeadlineError::SuspensionReversed { .. } => ErrorCode::DeadlineSuspensionReversed,
            DeadlineError::ExtensionNotAllowed { .. } => ErrorCode::DeadlineExtensionNotAllowed,
            DeadlineError::TooManyExtensions { .. } => ErrorCode::DeadlineTooManyExtensions,
            DeadlineError::ExtensionTooLong { .. } => ErrorCode::DeadlineExtensionTooLong,
            DeadlineError::ZeroExtension => ErrorCode::DeadlineZeroExtension,
            DeadlineError::ExtensionAfterExpiry { .. } => ErrorCode::DeadlineExtensionAfterExpiry,
            DeadlineError::ExtensionBeforeStart { .. } => ErrorCode::DeadlineExtensionBeforeStart,
            DeadlineError::AnsweredBeforeStart { .. } => ErrorCode::DeadlineAnsweredBeforeStart,
            DeadlineError::AnsweredAfterToday { .. } => ErrorCode::DeadlineAnsweredAfterToday,
            DeadlineError::NotApplicable { .. } => ErrorCode::DeadlineNotApplicable,
            DeadlineError::OutOfRange { .. } => ErrorCode::DeadlineOutOfRange,
            DeadlineError::InvalidCatalogue { .. } => ErrorCode::DeadlineInvalidCatalogue,
        }
    }

    fn message_zh(&self) -> String {
        match self {
            DeadlineError::UnknownPeriod { id, suggestions } => {
                format!(
                    "未知的期限编号“{id}”{}",
                    crate::errors::did_you_mean_zh(suggestions)
                )
            }
            DeadlineError::Calendar(e) => e.zh(),
            DeadlineError::SuspensionReversed { from, to } => {
                format!("中止期间 {from}..{to} 的起日晚于止日")
            }
            DeadlineError::ExtensionNotAllowed { rule } => {
                format!("期限“{rule}”没有可延长的法定依据")
            }
            DeadlineError::TooManyExtensions { max, rule } => {
                format!("期限“{rule}”最多延长 {max} 次")
            }
            DeadlineError::ExtensionTooLong {
                max,
                requested,
                rule,
            } => format!("延长合计 {requested} 超过“{rule}”允许的 {max}"),
            DeadlineError::ZeroExtension => "延长期限不能为 0".to_owned(),
            DeadlineError::ExtensionAfterExpiry { due, granted } => {
                format!("延长于 {granted} 批准，而期限已于 {due} 届满，逾期后不能延长")
            }
            DeadlineError::ExtensionBeforeStart { granted, start } => {
                format!("延长于 {granted} 批准，早于期限起算日 {start}")
            }
            DeadlineError::AnsweredBeforeStart { answered, start } => {
                format!("办结日期 {answered} 早于起算日 {start}")
            }
            DeadlineError::AnsweredAfterToday { answered, today } => {
                format!("办结日期 {answered} 晚于当前日期 {today}")
            }
            DeadlineError::NotApplicable { rule, what, .. } => {
                format!("“{rule}”是固定日期，不适用{what}")
            }
            DeadlineError::OutOfRange { detail } => {
                format!("日期超出可计算范围（{}）", detail.zh)
            }
            DeadlineError::InvalidCatalogue { problems } => format!(
                "期限目录有 {} 处问题：{}",
                problems.len(),
                crate::errors::join_zh(problems)
            ),
        }
    }

    fn message_en(&self) -> String {
        match self {
            DeadlineError::UnknownPeriod { id, suggestions } => {
                format!("unknown period id \"{id}\"{}", crate::errors::did_you_mean_en(suggestions))
            },
            DeadlineError::Calendar(e) => e.en(),
            DeadlineError::SuspensionReversed { from, to } => format!("suspension {from}..{to} ends before it starts"),
            DeadlineError::ExtensionNotAllowed { rule } => format!("period \"{rule}\" cannot be extended"),
            DeadlineError::TooManyExtensions { max, rule } => format!("period \"{rule}\" may be extended at most {max} time(s)"),
            DeadlineError::ExtensionTooLong { max, requested, rule } => format!("extensions total {requested}, more than the {max} allowed for \"{rule}\""),
            DeadlineError::ZeroExtension => "an extension cannot be zero".to_owned(),
            DeadlineError::ExtensionAfterExpiry { due, granted } => format!("extension granted on {granted}, but the period had already ended on {due}; an expired period cannot be extended"),
            DeadlineError::ExtensionBeforeStart { granted, start } => format!("extension granted on {granted}, before the period started on {start}"),
            DeadlineError::AnsweredBeforeStart { answered, start } => format!("answer date {answered} is before the start {start}"),
            DeadlineError::AnsweredAfterToday { answered, today } => format!("answer date {answered} is after today ({today})"),
            DeadlineError::NotApplicable { rule, what_en, .. } => format!("\"{rule}\" is a fixed date: {what_en} do not apply"),
            DeadlineError::OutOfRange { detail } => format!("date out of the supported range ({})", detail.en),
            DeadlineError::InvalidCatalogue { problems } => format!(
                "the period catalogue has {} problem(s): {}",
                problems.len(),
                crate::errors::join_en(problems)
            ),
        }
    }
}

crate::errors::coded_display!(DeadlineError);

impl Coded for CatalogueProblem {
    fn error_code(&self) -> ErrorCode {
        match self {
            CatalogueProblem::Json { .. } => ErrorCode::PeriodCatalogueJson,
            CatalogueProblem::DuplicateId { .. } => ErrorCode::PeriodCatalogueDuplicateId,
            CatalogueProblem::MissingName { .. } => ErrorCode::PeriodCatalogueMissingName,
            CatalogueProblem::MissingBasis { .. } => ErrorCode::PeriodCatalogueMissingBasis,
            CatalogueProblem::ZeroAmount { .. } => ErrorCode::PeriodCatalogueZeroAmount,
            CatalogueProblem::BadAnnualDate { .. } => ErrorCode::PeriodCatalogueBadAnnualDate,
            CatalogueProblem::DanglingExtension { .. } => {
                ErrorCode::PeriodCatalogueDanglingExtension
            }
            CatalogueProblem::MissingJurisdiction => ErrorCode::PeriodCatalogueMissingJurisdiction,
            CatalogueProblem::UnknownOverride { .. } => ErrorCode::PeriodCatalogueUnknownOverride,
            CatalogueProblem::OverrideLonger { .. } => ErrorCode::PeriodCatalogueOverrideLonger,
            CatalogueProblem::OverrideUnitChanged { .. } => {
                ErrorCode::PeriodCatalogueOverrideUnitChanged
            }
        }
    }

    fn message_zh(&self) -> String {
        match self {
            CatalogueProblem::Json { message } => format!("JSON 格式错误：{message}"),
            CatalogueProblem::DuplicateId { id } => format!("期限编号“{id}”重复"),
            CatalogueProblem::MissingName { id } => format!("期限“{id}”缺少编号或名称"),
            CatalogueProblem::MissingBasis { id } => format!("期限“{id}”缺少法律依据"),
            CatalogueProblem::ZeroAmount { id } => format!("期限“{id}”的时长为 0"),
            CatalogueProblem::BadAnnualDate { id } => format!("期限“{id}”的固定日期不存在"),
            CatalogueProblem::DanglingExtension { id, target } => {
                format!("期限“{id}”的延长规则“{target}”不存在或未反向关联")
            }
            CatalogueProblem::MissingJurisdiction => "覆盖文件缺少辖区名称".to_owned(),
            CatalogueProblem::UnknownOverride { id } => format!("覆盖了不存在的期限“{id}”"),
            CatalogueProblem::OverrideLonger {
                id,
                local,
                national,
            } => format!("地方期限“{id}”（{local}）长于全国规定（{national}）：地方只能缩短"),
            CatalogueProblem::OverrideUnitChanged { id } => format!("地方期限“{id}”改变了计算单位"),
        }
    }

    fn message_en(&self) -> String {
        match self {
            CatalogueProblem::Json { message } => format!("malformed JSON: {message}"),
            CatalogueProblem::DuplicateId { id } => format!("duplicate period id \"{id}\""),
            CatalogueProblem::MissingName { id } => format!("period \"{id}\" has no id or name"),
            CatalogueProblem::MissingBasis { id } => format!("period \"{id}\" has no legal basis"),
            CatalogueProblem::ZeroAmount { id } => format!("period \"{id}\" has a zero amount"),
            CatalogueProblem::BadAnnualDate { id } => format!("period \"{id}\" names an impossible date"),
            CatalogueProblem::DanglingExtension { id, target } => format!("extension \"{target}\" of \"{id}\" is missing or does not link back"),
            CatalogueProblem::MissingJurisdiction => "the override file names no jurisdiction".to_owned(),
            CatalogueProblem::UnknownOverride { id } => format!("override of unknown period \"{id}\""),
            CatalogueProblem::OverrideLonger { id, local, national } => format!("local period \"{id}\" ({local}) is longer than the national one ({national}): local rules may only shorten"),
            CatalogueProblem::OverrideUnitChanged { id } => format!("local period \"{id}\" changes the unit"),
        }
    }
}

crate::errors::coded_display!(CatalogueProblem);

impl From<CalendarError> for DeadlineError {
    fn from(e: CalendarError) -> Self {
        DeadlineError::Calendar(e)
    }
}
