//! Power categories (权力类型) and their two-digit codes.
//!
//! The eleven categories are those of DOMAIN.md §3. The two-digit codes (`01` 行政许可 … `10`
//! 其他行政权力, `20` 公共服务) are **vendor practice**, seen in public platform code, not a
//! verified national standard (LEGAL.md G: GB/T 39554 could not be read; some vendors use `11`
//! for 公共服务). They are offered for exchange with such platforms and are never used to check
//! anything. Local lists use their own labels (e.g. 非行政许可审批 in seed 003); keep those in
//! [`PowerItem::local_category`](super::PowerItem::local_category).

use crate::{Citation, Confidence};
use serde::{Deserialize, Serialize};
use std::fmt;

/// 权力类型 — the category of a power or service item.
///
/// In JSON and TOML the category is written in English snake case (`"licensing"`); the Chinese
/// name (`"行政许可"`) is accepted as an alias when reading.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Category {
    /// 行政许可 — administrative licensing.
    #[serde(alias = "行政许可")]
    Licensing,
    /// 行政处罚 — administrative penalty.
    #[serde(alias = "行政处罚")]
    Penalty,
    /// 行政强制 — administrative coercion.
    #[serde(alias = "行政强制")]
    Coercion,
    /// 行政征收 — administrative levy.
    #[serde(alias = "行政征收")]
    Levy,
    /// 行政给付 — administrative payment (benefits such as 低保, 特困, 临时救助).
    #[serde(alias = "行政给付")]
    Payment,
    /// 行政检查 — administrative inspection.
    #[serde(alias = "行政检查")]
    Inspection,
    /// 行政确认 — administrative confirmation.
    #[serde(alias = "行政确认")]
    Confirmation,
    /// 行政奖励 — administrative award.
    #[serde(alias = "行政奖励")]
    Award,
    /// 行政裁决 — administrative adjudication.
    #[serde(alias = "行政裁决")]
    Adjudication,
    /// 其他行政权力 — other administrative powers.
    #[default]
    #[serde(alias = "其他行政权力")]
    Other,
    /// 公共服务 — public service.
    #[serde(alias = "公共服务")]
    PublicService,
}

impl Category {
    /// Every category, in code order.
    pub const ALL: [Category; 11] = [
        Category::Licensing,
        Category::Penalty,
        Category::Coercion,
        Category::Levy,
        Category::Payment,
        Category::Inspection,
        Category::Confirmation,
        Category::Award,
        Category::Adjudication,
        Category::Other,
        Category::PublicService,
    ];

    /// The two-digit code of vendor practice (see the module docs: not a verified standard).
    ///
    /// ```
    /// use minzheng::power::Category;
    /// assert_eq!(Category::Licensing.code(), "01");
    /// assert_eq!(Category::PublicService.code(), "20");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Category::Licensing => "01",
            Category::Penalty => "02",
            Category::Coercion => "03",
            Category::Levy => "04",
            Category::Payment => "05",
            Category::Inspection => "06",
            Category::Confirmation => "07",
            Category::Award => "08",
            Category::Adjudication => "09",
            Category::Other => "10",
            Category::PublicService => "20",
        }
    }

    /// Where the codes come from, and how sure we are of it: vendor practice.
    pub fn code_source() -> Citation {
        let mut c = Citation::new(
            "政务服务平台厂商代码中的权力类型编码（非国家标准，见 LEGAL.md G）",
            "",
            Confidence::Practice,
        );
        c.quote = Some("01 行政许可 … 10 其他行政权力, 20 公共服务".to_owned());
        c
    }

    /// The category for a two-digit code, if it is one of ours.
    pub fn from_code(code: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The Chinese name, e.g. `行政许可`.
    pub fn zh(self) -> &'static str {
        match self {
            Category::Licensing => "行政许可",
            Category::Penalty => "行政处罚",
            Category::Coercion => "行政强制",
            Category::Levy => "行政征收",
            Category::Payment => "行政给付",
            Category::Inspection => "行政检查",
            Category::Confirmation => "行政确认",
            Category::Award => "行政奖励",
            Category::Adjudication => "行政裁决",
            Category::Other => "其他行政权力",
            Category::PublicService => "公共服务",
        }
    }

    /// The English name, e.g. `licensing`.
    pub fn en(self) -> &'static str {
        match self {
            Category::Licensing => "licensing",
            Category::Penalty => "penalty",
            Category::Coercion => "coercion",
            Category::Levy => "levy",
            Category::Payment => "payment",
            Category::Inspection => "inspection",
            Category::Confirmation => "confirmation",
            Category::Award => "award",
            Category::Adjudication => "adjudication",
            Category::Other => "other power",
            Category::PublicService => "public service",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} / {}", self.zh(), self.en())
    }
}
