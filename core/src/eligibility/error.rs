//! Errors of the eligibility engine, with bilingual messages and stable codes.

use crate::deadline::DeadlineError;
use crate::id::IdError;
use chrono::NaiveDate;
use serde::Serialize;
use thiserror::Error;

/// An error from the eligibility engine. Nothing is evaluated when one is returned.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
#[non_exhaustive]
pub enum EligibilityError {
    /// Not valid JSON of the expected shape.
    #[error("JSON 格式错误：{message} / malformed JSON: {message}")]
    Json {
        /// The parser's message.
        message: String,
    },
    /// Not valid TOML of the expected shape.
    #[error("TOML 格式错误：{message} / malformed TOML: {message}")]
    Toml {
        /// The parser's message.
        message: String,
    },
    /// The household failed validation; every problem is listed.
    #[error("家庭信息有 {} 处问题 / the household has {} problem(s): {}", problems.len(), problems.len(), join(problems))]
    InvalidHousehold {
        /// Every problem found.
        problems: Vec<HouseholdProblem>,
    },
    /// The policy profile failed validation; every problem is listed.
    #[error("政策参数有 {} 处问题 / the policy profile has {} problem(s): {}", problems.len(), problems.len(), join(problems))]
    InvalidProfile {
        /// Every problem found.
        problems: Vec<ProfileProblem>,
    },
    /// No version of the profile is in force on the date.
    #[error("{date} 无生效的政策参数（最早版本自 {first} 起） / no profile version in force on {date} (the first takes effect on {first})")]
    NoProfileVersion {
        /// The evaluation date.
        date: NaiveDate,
        /// The first effective date.
        first: NaiveDate,
    },
    /// Two rules decided the same question differently: a conflict, not a silent pick.
    #[error("规则冲突：“{question}”由 {first_rule} 认定为 {first_answer}，由 {second_rule} 认定为 {second_answer} / conflicting rules on \"{question}\": {first_rule} says {first_answer}, {second_rule} says {second_answer}")]
    ConflictingRules {
        /// The question.
        question: String,
        /// The first rule's id.
        first_rule: String,
        /// Its answer.
        first_answer: bool,
        /// The second rule's id.
        second_rule: String,
        /// Its answer.
        second_answer: bool,
    },
    /// A deadline could not be computed.
    #[error(transparent)]
    Deadline(#[from] DeadlineError),
    /// A packed batch ([`HouseholdColumns`](super::HouseholdColumns)) is full: one of its
    /// arrays would pass `limit` entries. Nothing was added; start another batch.
    #[error("批量数据已满（单个数组上限 {limit} 条），未添加该户；请另建一批 / the packed batch is full (at most {limit} entries per array); the household was not added, start another batch")]
    ColumnsFull {
        /// The entries one array can hold.
        limit: u64,
    },
}

fn join<T: ToString>(v: &[T]) -> String {
    v.iter()
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

impl EligibilityError {
    /// A stable machine code for bindings and JSON output.
    pub fn code(&self) -> &'static str {
        match self {
            EligibilityError::Json { .. } => "json",
            EligibilityError::Toml { .. } => "toml",
            EligibilityError::InvalidHousehold { .. } => "invalid_household",
            EligibilityError::InvalidProfile { .. } => "invalid_profile",
            EligibilityError::NoProfileVersion { .. } => "no_profile_version",
            EligibilityError::ConflictingRules { .. } => "conflicting_rules",
            EligibilityError::Deadline(e) => e.code(),
            EligibilityError::ColumnsFull { .. } => "columns_full",
        }
    }
}

/// One problem in a household (members are numbered from 1 in messages).
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
#[non_exhaustive]
pub enum HouseholdProblem {
    /// No members at all.
    #[error("没有家庭成员 / no members")]
    NoMembers,
    /// Not exactly one applicant.
    #[error("申请人应为 1 名，实为 {count} 名 / expected exactly one applicant, found {count}")]
    ApplicantCount {
        /// Applicants found.
        count: usize,
    },
    /// A member without a name.
    #[error("第 {member} 名成员缺少姓名 / member {member} has no name")]
    EmptyName {
        /// 1-based member number.
        member: usize,
    },
    /// A name that contains a long run of digits (an identity number in the wrong field would
    /// end up on the public notice).
    #[error("第 {member} 名成员的姓名含有证件号码样式的数字 / member {member}'s name contains an ID-like number")]
    NameLooksLikeId {
        /// 1-based member number.
        member: usize,
    },
    /// A wrong identity number.
    #[error("第 {member} 名成员的身份证号码无效 / member {member}'s identity number is invalid: {error}")]
    BadIdNumber {
        /// 1-based member number.
        member: usize,
        /// Why.
        error: IdError,
    },
    /// The same identity number twice.
    #[error("第 {member} 名成员的身份证号码与前面成员重复 / member {member}'s identity number repeats an earlier member's")]
    DuplicateIdNumber {
        /// 1-based member number.
        member: usize,
    },
    /// Declared birth date or sex differs from the identity number.
    #[error("第 {member} 名成员的出生日期或性别与身份证号码不符 / member {member}'s birth date or sex contradicts the identity number")]
    IdMismatch {
        /// 1-based member number.
        member: usize,
    },
    /// Born after the application date.
    #[error("第 {member} 名成员的出生日期晚于申请日期 / member {member} was born after the application date")]
    BornAfterApplication {
        /// 1-based member number.
        member: usize,
    },
    /// A disability grade outside 1–4.
    #[error("第 {member} 名成员的残疾等级 {grade} 不在 1–4 之间 / member {member}'s disability grade {grade} is not 1–4")]
    BadDisabilityGrade {
        /// 1-based member number (0 for a parent or liable relative).
        member: usize,
        /// The grade.
        grade: u8,
    },
    /// A negative income amount.
    #[error("第 {member} 名成员的收入金额为负 / member {member} has a negative income amount")]
    NegativeIncome {
        /// 1-based member number (0 for a liable relative).
        member: usize,
    },
    /// A negative rigid expense.
    #[error(
        "第 {member} 名成员的刚性支出金额为负 / member {member} has a negative expense amount"
    )]
    NegativeExpense {
        /// 1-based member number.
        member: usize,
    },
    /// A negative current 低保 amount.
    #[error("现领低保金额为负 / the current 低保 amount is negative")]
    NegativeCurrentDibao,
    /// A negative asset value.
    #[error("第 {item} 项财产金额为负 / asset {item} has a negative value")]
    NegativeAsset {
        /// 1-based item number.
        item: usize,
    },
    /// The residence is not a six-digit division code.
    #[error("户籍所在地“{text}”不是 6 位行政区划代码 / residence \"{text}\" is not a six-digit division code")]
    BadResidence {
        /// What was given.
        text: String,
    },
    /// A staff tie naming a member that does not exist.
    #[error("近亲属关系指向不存在的第 {member} 名成员 / a staff tie names member {member}, who does not exist")]
    BadStaffTie {
        /// 0-based index given.
        member: usize,
    },
    /// Parents given, but not two.
    #[error("第 {member} 名成员的父母信息应为 2 人，实为 {count} 人 / member {member}'s parents: expected 2, found {count}")]
    ParentCount {
        /// 1-based member number.
        member: usize,
        /// Parents given.
        count: usize,
    },
    /// Self-care indicators outside 0–6.
    #[error("第 {member} 名成员的生活自理未达项数 {value} 不在 0–6 之间 / member {member}'s self-care count {value} is not 0–6")]
    BadSelfCare {
        /// 1-based member number.
        member: usize,
        /// The value.
        value: u8,
    },
}

impl HouseholdProblem {
    /// A stable machine code.
    pub fn code(&self) -> &'static str {
        match self {
            HouseholdProblem::NoMembers => "no_members",
            HouseholdProblem::ApplicantCount { .. } => "applicant_count",
            HouseholdProblem::EmptyName { .. } => "empty_name",
            HouseholdProblem::NameLooksLikeId { .. } => "name_looks_like_id",
            HouseholdProblem::BadIdNumber { .. } => "bad_id_number",
            HouseholdProblem::DuplicateIdNumber { .. } => "duplicate_id_number",
            HouseholdProblem::IdMismatch { .. } => "id_mismatch",
            HouseholdProblem::BornAfterApplication { .. } => "born_after_application",
            HouseholdProblem::BadDisabilityGrade { .. } => "bad_disability_grade",
            HouseholdProblem::NegativeIncome { .. } => "negative_income",
            HouseholdProblem::NegativeExpense { .. } => "negative_expense",
            HouseholdProblem::NegativeAsset { .. } => "negative_asset",
            HouseholdProblem::NegativeCurrentDibao => "negative_current_dibao",
            HouseholdProblem::BadResidence { .. } => "bad_residence",
            HouseholdProblem::BadStaffTie { .. } => "bad_staff_tie",
            HouseholdProblem::ParentCount { .. } => "parent_count",
            HouseholdProblem::BadSelfCare { .. } => "bad_self_care",
        }
    }
}

/// One problem in a policy profile.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ProfileProblem {
    /// No jurisdiction named.
    #[error("缺少辖区名称 / no jurisdiction named")]
    MissingJurisdiction,
    /// No versions.
    #[error("没有任何生效版本 / no versions")]
    NoVersions,
    /// Two versions with one effective date.
    #[error("生效日期 {date} 重复 / two versions take effect on {date}")]
    DuplicateEffectiveDate {
        /// The date.
        date: NaiveDate,
    },
    /// An amount that must be positive is not.
    #[error("{version} 版本的“{field}”必须为正数 / \"{field}\" of the {version} version must be positive")]
    NotPositive {
        /// Effective date of the version.
        version: NaiveDate,
        /// The field.
        field: String,
    },
    /// A value outside what its field allows.
    #[error("{version} 版本的“{field}”取值无效：{detail} / \"{field}\" of the {version} version is invalid: {detail}")]
    BadValue {
        /// Effective date of the version.
        version: NaiveDate,
        /// The field.
        field: String,
        /// What is wrong (bilingual).
        detail: String,
    },
    /// A value without a legal basis.
    #[error("{version} 版本的“{field}”缺少依据 / \"{field}\" of the {version} version has no legal reference")]
    MissingBasis {
        /// Effective date of the version.
        version: NaiveDate,
        /// The field.
        field: String,
    },
    /// A disability grade outside 1–4.
    #[error("{version} 版本的“{field}”含无效残疾等级 {grade} / \"{field}\" of the {version} version has an invalid grade {grade}")]
    BadGrade {
        /// Effective date of the version.
        version: NaiveDate,
        /// The field.
        field: String,
        /// The grade.
        grade: u8,
    },
    /// A local value that contradicts the national rule.
    #[error("{version} 版本的“{field}”与全国规定冲突：{detail} / \"{field}\" of the {version} version contradicts the national rule: {detail}")]
    ConflictsWithNational {
        /// Effective date of the version.
        version: NaiveDate,
        /// The field.
        field: String,
        /// What conflicts.
        detail: String,
    },
    /// A local time limit that the catalogue refuses.
    #[error("{version} 版本的地方时限无效：{detail} / local time limits of the {version} version are invalid: {detail}")]
    BadTimeLimit {
        /// Effective date of the version.
        version: NaiveDate,
        /// The catalogue's message.
        detail: String,
    },
}

impl ProfileProblem {
    /// A stable machine code.
    pub fn code(&self) -> &'static str {
        match self {
            ProfileProblem::MissingJurisdiction => "missing_jurisdiction",
            ProfileProblem::NoVersions => "no_versions",
            ProfileProblem::DuplicateEffectiveDate { .. } => "duplicate_effective_date",
            ProfileProblem::NotPositive { .. } => "not_positive",
            ProfileProblem::MissingBasis { .. } => "missing_basis",
            ProfileProblem::BadValue { .. } => "bad_value",
            ProfileProblem::BadGrade { .. } => "bad_grade",
            ProfileProblem::ConflictsWithNational { .. } => "conflicts_with_national",
            ProfileProblem::BadTimeLimit { .. } => "bad_time_limit",
        }
    }
}
