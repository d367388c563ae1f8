//! Errors of the eligibility engine, with bilingual messages and stable codes.

use crate::deadline::DeadlineError;
use crate::errors::{Coded, ErrorCode};
use crate::id::IdError;
use crate::text::Bilingual;
use chrono::NaiveDate;
use serde::Serialize;

/// An error from the eligibility engine. Nothing is evaluated when one is returned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
#[non_exhaustive]
pub enum EligibilityError {
    /// Not valid JSON of the expected shape.
    Json {
        /// The parser's message.
        message: String,
    },
    /// Not valid TOML of the expected shape.
    Toml {
        /// The parser's message.
        message: String,
    },
    /// The household failed validation; every problem is listed.
    InvalidHousehold {
        /// Every problem found.
        problems: Vec<HouseholdProblem>,
    },
    /// The policy profile failed validation; every problem is listed.
    InvalidProfile {
        /// Every problem found.
        problems: Vec<ProfileProblem>,
    },
    /// No version of the profile is in force on the date.
    NoProfileVersion {
        /// The evaluation date.
        date: NaiveDate,
        /// The first effective date.
        first: NaiveDate,
    },
    /// Two rules decided the same question differently: a conflict, not a silent pick.
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
    Deadline(DeadlineError),
    /// A packed batch ([`HouseholdColumns`](super::HouseholdColumns)) is full: one of its
    /// arrays would pass `limit` entries. Nothing was added; start another batch.
    ColumnsFull {
        /// The entries one array can hold.
        limit: u64,
    },
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
#[non_exhaustive]
pub enum HouseholdProblem {
    /// No members at all.
    NoMembers,
    /// Not exactly one applicant.
    ApplicantCount {
        /// Applicants found.
        count: usize,
    },
    /// A member without a name.
    EmptyName {
        /// 1-based member number.
        member: usize,
    },
    /// A name that contains a long run of digits (an identity number in the wrong field would
    /// end up on the public notice).
    NameLooksLikeId {
        /// 1-based member number.
        member: usize,
    },
    /// A wrong identity number.
    BadIdNumber {
        /// 1-based member number.
        member: usize,
        /// Why.
        error: IdError,
    },
    /// The same identity number twice.
    DuplicateIdNumber {
        /// 1-based member number.
        member: usize,
    },
    /// Declared birth date or sex differs from the identity number.
    IdMismatch {
        /// 1-based member number.
        member: usize,
    },
    /// Born after the application date.
    BornAfterApplication {
        /// 1-based member number.
        member: usize,
    },
    /// A disability grade outside 1–4.
    BadDisabilityGrade {
        /// 1-based member number (0 for a parent or liable relative).
        member: usize,
        /// The grade.
        grade: u8,
    },
    /// A negative income amount.
    NegativeIncome {
        /// 1-based member number (0 for a liable relative).
        member: usize,
    },
    /// A negative rigid expense.
    NegativeExpense {
        /// 1-based member number.
        member: usize,
    },
    /// A negative current 低保 amount.
    NegativeCurrentDibao,
    /// A negative asset value.
    NegativeAsset {
        /// 1-based item number.
        item: usize,
    },
    /// The residence is not a six-digit division code.
    BadResidence {
        /// What was given.
        text: String,
    },
    /// A staff tie naming a member that does not exist.
    BadStaffTie {
        /// 0-based index given.
        member: usize,
    },
    /// Parents given, but not two.
    ParentCount {
        /// 1-based member number.
        member: usize,
        /// Parents given.
        count: usize,
    },
    /// Self-care indicators outside 0–6.
    BadSelfCare {
        /// 1-based member number.
        member: usize,
        /// The value.
        value: u8,
    },
}

impl HouseholdProblem {
    /// Where the problem is, as a path into the household's JSON model (`members[0].name`,
    /// `assets[1].value_fen`, `residence`), for a form to mark the field. `None` for a grade or
    /// an income of a parent or liable relative, whose position the problem does not carry.
    ///
    /// ```
    /// use minzheng::eligibility::HouseholdProblem;
    /// assert_eq!(HouseholdProblem::EmptyName { member: 2 }.path().as_deref(), Some("members[1].name"));
    /// assert_eq!(HouseholdProblem::NegativeAsset { item: 1 }.path().as_deref(), Some("assets[0].value_fen"));
    /// ```
    pub fn path(&self) -> Option<String> {
        use HouseholdProblem as P;
        // Members are numbered from 1 in problems, indexed from 0 in paths.
        let m = |n: usize, field: &str| {
            n.checked_sub(1).map(|i| {
                if field.is_empty() {
                    format!("members[{i}]")
                } else {
                    format!("members[{i}].{field}")
                }
            })
        };
        match self {
            P::NoMembers | P::ApplicantCount { .. } => Some("members".to_owned()),
            P::EmptyName { member } | P::NameLooksLikeId { member } => m(*member, "name"),
            P::BadIdNumber { member, .. }
            | P::DuplicateIdNumber { member }
            | P::IdMismatch { member } => m(*member, "id_number"),
            P::BornAfterApplication { member } => m(*member, "birth_date"),
            P::BadDisabilityGrade { member, .. } => m(*member, "disability.grade"),
            P::NegativeIncome { member } => m(*member, "income"),
            P::NegativeExpense { member } => m(*member, "expenses"),
            P::NegativeCurrentDibao => Some("current_dibao.monthly_fen".to_owned()),
            P::NegativeAsset { item } => item
                .checked_sub(1)
                .map(|i| format!("assets[{i}].value_fen")),
            P::BadResidence { .. } => Some("residence".to_owned()),
            P::BadStaffTie { .. } => Some("staff_ties".to_owned()),
            P::ParentCount { member, .. } => m(*member, "parents"),
            P::BadSelfCare { member, .. } => m(*member, "self_care_items_failed"),
        }
    }

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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ProfileProblem {
    /// No jurisdiction named.
    MissingJurisdiction,
    /// No versions.
    NoVersions,
    /// Two versions with one effective date.
    DuplicateEffectiveDate {
        /// The date.
        date: NaiveDate,
    },
    /// An amount that must be positive is not.
    NotPositive {
        /// Effective date of the version.
        version: NaiveDate,
        /// The field.
        field: String,
    },
    /// A value outside what its field allows.
    BadValue {
        /// Effective date of the version.
        version: NaiveDate,
        /// The field.
        field: String,
        /// What is wrong.
        detail: Bilingual,
    },
    /// A value without a legal basis.
    MissingBasis {
        /// Effective date of the version.
        version: NaiveDate,
        /// The field.
        field: String,
    },
    /// A disability grade outside 1–4.
    BadGrade {
        /// Effective date of the version.
        version: NaiveDate,
        /// The field.
        field: String,
        /// The grade.
        grade: u8,
    },
    /// A local value that contradicts the national rule.
    ConflictsWithNational {
        /// Effective date of the version.
        version: NaiveDate,
        /// The field.
        field: String,
        /// What conflicts.
        detail: Bilingual,
    },
    /// A local time limit that the catalogue refuses.
    BadTimeLimit {
        /// Effective date of the version.
        version: NaiveDate,
        /// The catalogue's message.
        detail: Bilingual,
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

impl Coded for EligibilityError {
    fn error_code(&self) -> ErrorCode {
        match self {
            EligibilityError::Json { .. } => ErrorCode::EligibilityJson,
            EligibilityError::Toml { .. } => ErrorCode::EligibilityToml,
            EligibilityError::InvalidHousehold { .. } => ErrorCode::EligibilityInvalidHousehold,
            EligibilityError::InvalidProfile { .. } => ErrorCode::EligibilityInvalidProfile,
            EligibilityError::NoProfileVersion { .. } => ErrorCode::EligibilityNoProfileVersion,
            EligibilityError::ConflictingRules { .. } => ErrorCode::EligibilityConflictingRules,
            EligibilityError::Deadline(e) => e.error_code(),
            EligibilityError::ColumnsFull { .. } => ErrorCode::EligibilityColumnsFull,
        }
    }

    fn message_zh(&self) -> String {
        match self {
            EligibilityError::Json { message } => format!("JSON 格式错误：{message}"),
            EligibilityError::Toml { message } => format!("TOML 格式错误：{message}"),
            EligibilityError::InvalidHousehold { problems } => format!(
                "家庭信息有 {} 处问题：{}",
                problems.len(),
                crate::errors::join_zh(problems)
            ),
            EligibilityError::InvalidProfile { problems } => format!(
                "政策参数有 {} 处问题：{}",
                problems.len(),
                crate::errors::join_zh(problems)
            ),
            EligibilityError::NoProfileVersion { date, first } => format!("{date} 无生效的政策参数（最早版本自 {first} 起）"),
            EligibilityError::ConflictingRules { first_answer, first_rule, question, second_answer, second_rule } => format!("规则冲突：“{question}”由 {first_rule} 认定为 {first_answer}，由 {second_rule} 认定为 {second_answer}"),
            EligibilityError::Deadline(e) => e.zh(),
            EligibilityError::ColumnsFull { limit } => format!("批量数据已满（单个数组上限 {limit} 条），未添加该户；请另建一批"),
        }
    }

    fn message_en(&self) -> String {
        match self {
            EligibilityError::Json { message } => format!("malformed JSON: {message}"),
            EligibilityError::Toml { message } => format!("malformed TOML: {message}"),
            EligibilityError::InvalidHousehold { problems } => format!(
                "the household has {} problem(s): {}",
                problems.len(),
                crate::errors::join_en(problems)
            ),
            EligibilityError::InvalidProfile { problems } => format!(
                "the policy profile has {} problem(s): {}",
                problems.len(),
                crate::errors::join_en(problems)
            ),
            EligibilityError::NoProfileVersion { date, first } => format!("no profile version in force on {date} (the first takes effect on {first})"),
            EligibilityError::ConflictingRules { first_answer, first_rule, question, second_answer, second_rule } => format!("conflicting rules on \"{question}\": {first_rule} says {first_answer}, {second_rule} says {second_answer}"),
            EligibilityError::Deadline(e) => e.en(),
            EligibilityError::ColumnsFull { limit } => format!("the packed batch is full (at most {limit} entries per array); the household was not added, start another batch"),
        }
    }
}

crate::errors::coded_display!(EligibilityError);

impl Coded for HouseholdProblem {
    fn error_code(&self) -> ErrorCode {
        match self {
            HouseholdProblem::NoMembers => ErrorCode::HouseholdNoMembers,
            HouseholdProblem::ApplicantCount { .. } => ErrorCode::HouseholdApplicantCount,
            HouseholdProblem::EmptyName { .. } => ErrorCode::HouseholdEmptyName,
            HouseholdProblem::NameLooksLikeId { .. } => ErrorCode::HouseholdNameLooksLikeId,
            HouseholdProblem::BadIdNumber { .. } => ErrorCode::HouseholdBadIdNumber,
            HouseholdProblem::DuplicateIdNumber { .. } => ErrorCode::HouseholdDuplicateIdNumber,
            HouseholdProblem::IdMismatch { .. } => ErrorCode::HouseholdIdMismatch,
            HouseholdProblem::BornAfterApplication { .. } => {
                ErrorCode::HouseholdBornAfterApplication
            }
            HouseholdProblem::BadDisabilityGrade { .. } => ErrorCode::HouseholdBadDisabilityGrade,
            HouseholdProblem::NegativeIncome { .. } => ErrorCode::HouseholdNegativeIncome,
            HouseholdProblem::NegativeExpense { .. } => ErrorCode::HouseholdNegativeExpense,
            HouseholdProblem::NegativeCurrentDibao => ErrorCode::HouseholdNegativeCurrentDibao,
            HouseholdProblem::NegativeAsset { .. } => ErrorCode::HouseholdNegativeAsset,
            HouseholdProblem::BadResidence { .. } => ErrorCode::HouseholdBadResidence,
            HouseholdProblem::BadStaffTie { .. } => ErrorCode::HouseholdBadStaffTie,
            HouseholdProblem::ParentCount { .. } => ErrorCode::HouseholdParentCount,
            HouseholdProblem::BadSelfCare { .. } => ErrorCode::HouseholdBadSelfCare,
        }
    }

    fn message_zh(&self) -> String {
        match self {
            HouseholdProblem::NoMembers => "没有家庭成员".to_owned(),
            HouseholdProblem::ApplicantCount { count } => {
                format!("申请人应为 1 名，实为 {count} 名")
            }
            HouseholdProblem::EmptyName { member } => format!("第 {member} 名成员缺少姓名"),
            HouseholdProblem::NameLooksLikeId { member } => {
                format!("第 {member} 名成员的姓名含有证件号码样式的数字")
            }
            HouseholdProblem::BadIdNumber { member, error } => {
                format!("第 {member} 名成员的身份证号码无效：{}", error.zh())
            }
            HouseholdProblem::DuplicateIdNumber { member } => {
                format!("第 {member} 名成员的身份证号码与前面成员重复")
            }
            HouseholdProblem::IdMismatch { member } => {
                format!("第 {member} 名成员的出生日期或性别与身份证号码不符")
            }
            HouseholdProblem::BornAfterApplication { member } => {
                format!("第 {member} 名成员的出生日期晚于申请日期")
            }
            HouseholdProblem::BadDisabilityGrade { grade, member } => {
                format!("第 {member} 名成员的残疾等级 {grade} 不在 1–4 之间")
            }
            HouseholdProblem::NegativeIncome { member } => {
                format!("第 {member} 名成员的收入金额为负")
            }
            HouseholdProblem::NegativeExpense { member } => {
                format!("第 {member} 名成员的刚性支出金额为负")
            }
            HouseholdProblem::NegativeCurrentDibao => "现领低保金额为负".to_owned(),
            HouseholdProblem::NegativeAsset { item } => format!("第 {item} 项财产金额为负"),
            HouseholdProblem::BadResidence { text } => {
                format!("户籍所在地“{text}”不是 6 位行政区划代码")
            }
            HouseholdProblem::BadStaffTie { member } => {
                format!("近亲属关系指向不存在的第 {member} 名成员")
            }
            HouseholdProblem::ParentCount { count, member } => {
                format!("第 {member} 名成员的父母信息应为 2 人，实为 {count} 人")
            }
            HouseholdProblem::BadSelfCare { member, value } => {
                format!("第 {member} 名成员的生活自理未达项数 {value} 不在 0–6 之间")
            }
        }
    }

    fn message_en(&self) -> String {
        match self {
            HouseholdProblem::NoMembers => "no members".to_owned(),
            HouseholdProblem::ApplicantCount { count } => {
                format!("expected exactly one applicant, found {count}")
            }
            HouseholdProblem::EmptyName { member } => format!("member {member} has no name"),
            HouseholdProblem::NameLooksLikeId { member } => {
                format!("member {member}'s name contains an ID-like number")
            }
            HouseholdProblem::BadIdNumber { error, member } => {
                format!(
                    "member {member}'s identity number is invalid: {}",
                    error.en()
                )
            }
            HouseholdProblem::DuplicateIdNumber { member } => {
                format!("member {member}'s identity number repeats an earlier member's")
            }
            HouseholdProblem::IdMismatch { member } => {
                format!("member {member}'s birth date or sex contradicts the identity number")
            }
            HouseholdProblem::BornAfterApplication { member } => {
                format!("member {member} was born after the application date")
            }
            HouseholdProblem::BadDisabilityGrade { grade, member } => {
                format!("member {member}'s disability grade {grade} is not 1–4")
            }
            HouseholdProblem::NegativeIncome { member } => {
                format!("member {member} has a negative income amount")
            }
            HouseholdProblem::NegativeExpense { member } => {
                format!("member {member} has a negative expense amount")
            }
            HouseholdProblem::NegativeCurrentDibao => {
                "the current 低保 amount is negative".to_owned()
            }
            HouseholdProblem::NegativeAsset { item } => {
                format!("asset {item} has a negative value")
            }
            HouseholdProblem::BadResidence { text } => {
                format!("residence \"{text}\" is not a six-digit division code")
            }
            HouseholdProblem::BadStaffTie { member } => {
                format!("a staff tie names member {member}, who does not exist")
            }
            HouseholdProblem::ParentCount { count, member } => {
                format!("member {member}'s parents: expected 2, found {count}")
            }
            HouseholdProblem::BadSelfCare { member, value } => {
                format!("member {member}'s self-care count {value} is not 0–6")
            }
        }
    }
}

crate::errors::coded_display!(HouseholdProblem);

impl Coded for ProfileProblem {
    fn error_code(&self) -> ErrorCode {
        match self {
            ProfileProblem::MissingJurisdiction => ErrorCode::ProfileMissingJurisdiction,
            ProfileProblem::NoVersions => ErrorCode::ProfileNoVersions,
            ProfileProblem::DuplicateEffectiveDate { .. } => {
                ErrorCode::ProfileDuplicateEffectiveDate
            }
            ProfileProblem::NotPositive { .. } => ErrorCode::ProfileNotPositive,
            ProfileProblem::BadValue { .. } => ErrorCode::ProfileBadValue,
            ProfileProblem::MissingBasis { .. } => ErrorCode::ProfileMissingBasis,
            ProfileProblem::BadGrade { .. } => ErrorCode::ProfileBadGrade,
            ProfileProblem::ConflictsWithNational { .. } => ErrorCode::ProfileConflictsWithNational,
            ProfileProblem::BadTimeLimit { .. } => ErrorCode::ProfileBadTimeLimit,
        }
    }

    fn message_zh(&self) -> String {
        match self {
            ProfileProblem::MissingJurisdiction => "缺少辖区名称".to_owned(),
            ProfileProblem::NoVersions => "没有任何生效版本".to_owned(),
            ProfileProblem::DuplicateEffectiveDate { date } => format!("生效日期 {date} 重复"),
            ProfileProblem::NotPositive { field, version } => {
                format!("{version} 版本的“{field}”必须为正数")
            }
            ProfileProblem::BadValue {
                detail,
                field,
                version,
            } => format!("{version} 版本的“{field}”取值无效：{}", detail.zh),
            ProfileProblem::MissingBasis { field, version } => {
                format!("{version} 版本的“{field}”缺少依据")
            }
            ProfileProblem::BadGrade {
                field,
                grade,
                version,
            } => format!("{version} 版本的“{field}”含无效残疾等级 {grade}"),
            ProfileProblem::ConflictsWithNational {
                detail,
                field,
                version,
            } => format!("{version} 版本的“{field}”与全国规定冲突：{}", detail.zh),
            ProfileProblem::BadTimeLimit { detail, version } => {
                format!("{version} 版本的地方时限无效：{}", detail.zh)
            }
        }
    }

    fn message_en(&self) -> String {
        match self {
            ProfileProblem::MissingJurisdiction => "no jurisdiction named".to_owned(),
            ProfileProblem::NoVersions => "no versions".to_owned(),
            ProfileProblem::DuplicateEffectiveDate { date } => {
                format!("two versions take effect on {date}")
            }
            ProfileProblem::NotPositive { field, version } => {
                format!("\"{field}\" of the {version} version must be positive")
            }
            ProfileProblem::BadValue {
                detail,
                field,
                version,
            } => format!(
                "\"{field}\" of the {version} version is invalid: {}",
                detail.en
            ),
            ProfileProblem::MissingBasis { field, version } => {
                format!("\"{field}\" of the {version} version has no legal reference")
            }
            ProfileProblem::BadGrade {
                field,
                grade,
                version,
            } => format!("\"{field}\" of the {version} version has an invalid grade {grade}"),
            ProfileProblem::ConflictsWithNational {
                detail,
                field,
                version,
            } => format!(
                "\"{field}\" of the {version} version contradicts the national rule: {}",
                detail.en
            ),
            ProfileProblem::BadTimeLimit { detail, version } => format!(
                "local time limits of the {version} version are invalid: {}",
                detail.en
            ),
        }
    }
}

crate::errors::coded_display!(ProfileProblem);

impl From<DeadlineError> for EligibilityError {
    fn from(e: DeadlineError) -> Self {
        EligibilityError::Deadline(e)
    }
}
