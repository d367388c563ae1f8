//! A power or service item (权力事项 / 政务服务事项) and its elements (DOMAIN.md §3,
//! REALWORLD.md §1–2).

use super::{Category, Process};
use crate::deadline::Period;
use crate::Citation;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A published power list (权责清单 / 行政职权目录) of one office.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PowerList {
    /// The office that publishes the list, e.g. `某市民政局`.
    pub authority: String,
    /// The date the list takes effect or was last revised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "crate::dates::strict::opt_date")]
    pub as_of: Option<NaiveDate>,
    /// Every item.
    #[serde(default)]
    pub items: Vec<PowerItem>,
}

/// One power or service item with every element a bureau publishes.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PowerItem {
    /// 事项编码 / 职权编码 — unique within the list. Its inner structure is not interpreted
    /// (LEGAL.md G: the national structure is unverified).
    pub code: String,
    /// 事项名称 — the item's name.
    pub name: String,
    /// 权力类型.
    pub category: Category,
    /// The category as the bureau labels it when that is finer than ours, e.g. `非行政许可审批`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_category: Option<String>,
    /// 子项 — sub-items of a main item (成立登记, 变更登记, 注销登记, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sub_items: Vec<SubItem>,
    /// 行使层级, e.g. `市级`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// 是否属依申请事项 — started by an application (rather than ex officio).
    #[serde(default)]
    pub on_application: bool,
    /// 窗口事项 — handled at the service window, so the eight disclosures (八公开) apply.
    #[serde(default)]
    pub window: bool,
    /// 设定依据 / 实施依据 — the legal bases.
    #[serde(default)]
    pub legal_bases: Vec<LegalBasis>,
    /// 实施主体 — the implementing body.
    pub implementing_body: String,
    /// 承办机构 — the unit (科室) that does the work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub undertaking_unit: Option<String>,
    /// 服务对象 / 实施对象, e.g. `法人`, `自然人`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// 责任事项 — by stage (受理阶段, 审查阶段, 决定阶段, 送达阶段, 事后监管阶段, 其他).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsibilities: Vec<Responsibility>,
    /// 追责情形 — the circumstances in which staff are held accountable.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accountability: Vec<String>,
    /// 受理条件 / 申请条件.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<String>,
    /// 申请材料.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub materials: Vec<Material>,
    /// 法定办结时限 and 承诺办结时限.
    #[serde(default)]
    pub time_limits: TimeLimits,
    /// 办件类型: 即办件 or 承诺件.
    pub handling: Handling,
    /// 收费.
    #[serde(default)]
    pub fee: Fee,
    /// For penalty items: the kinds of penalty the item can impose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub penalty: Option<PenaltyScope>,
    /// 办理流程 — steps and transitions; the source of the 权力运行流程图.
    #[serde(default)]
    pub process: Process,
    /// 咨询、投诉、监督渠道.
    #[serde(default)]
    pub channels: Channels,
    /// 救济途径 — reconsideration and litigation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remedies: Vec<Remedy>,
    /// 公开状态.
    #[serde(default)]
    pub disclosure: Disclosure,
    /// 备注.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// 其他要素 — columns a bureau publishes that have no typed field here, by their published
    /// name (e.g. `权限划分`, `办理数量`, `实施编码`, `到办事现场次数`, `网办深度`, `办理结果名称`,
    /// `追责对象范围`). Shown on the public sheet; never checked.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, String>,
}

/// 子项 — a sub-item of a main item.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubItem {
    /// Code, unique within the list (together with the main items' codes).
    pub code: String,
    /// Name, e.g. `社会团体成立登记`.
    pub name: String,
}

/// Whether a basis sets the power or only governs how it is exercised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BasisRole {
    /// 设定依据 — the provision that creates the power.
    #[default]
    Setting,
    /// 实施依据 — a provision on how it is exercised.
    Implementing,
}

/// 依据 — one legal basis: the instrument, article, clause and quoted text.
///
/// In JSON the citation's fields sit beside the others:
/// `{"instrument": "行政许可法", "article": "第四十二条", "clause": "第一款", "confidence": "v1"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalBasis {
    /// Instrument, article, quoted text and confidence.
    #[serde(flatten)]
    pub citation: Citation,
    /// 款、项, e.g. `第一款第（四）项`, when not already part of `article`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clause: Option<String>,
    /// 发布令号 / 文号, e.g. `国务院令第250号`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decree: Option<String>,
    /// Setting or implementing basis.
    #[serde(default)]
    pub role: BasisRole,
}

impl LegalBasis {
    /// A setting basis from a citation.
    pub fn new(citation: Citation) -> LegalBasis {
        LegalBasis {
            citation,
            clause: None,
            decree: None,
            role: BasisRole::Setting,
        }
    }

    /// `《title》第X条第Y款` as published.
    pub fn display_zh(&self) -> String {
        format!(
            "《{}》{}{}",
            self.citation.instrument,
            self.citation.article,
            self.clause.as_deref().unwrap_or("")
        )
    }
}

/// 责任事项 — what the office is responsible for at one stage.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Responsibility {
    /// Stage, e.g. `受理阶段`.
    pub stage: String,
    /// The duty.
    pub content: String,
    /// 责任事项依据 — the provisions this stage's duty rests on: instrument, decree or document
    /// number, article and clause (role [`BasisRole::Implementing`]: they govern how the power is
    /// exercised). In JSON each entry is a [`LegalBasis`], a superset of a plain [`Citation`], so
    /// lists written with citations only still read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub basis: Vec<LegalBasis>,
}

/// 申请材料 — one required document.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Material {
    /// Name.
    pub name: String,
    /// 原件 / 复印件.
    #[serde(default)]
    pub form: MaterialForm,
    /// 份数.
    #[serde(default = "one")]
    pub copies: u32,
    /// 必要 (required) or 非必要 (optional, "如有").
    #[serde(default = "yes")]
    pub required: bool,
    /// 来源 / 出具单位, e.g. `申请人自备`, `公安机关`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
}

fn one() -> u32 {
    1
}

fn yes() -> bool {
    true
}

/// Original or copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MaterialForm {
    /// 原件.
    #[default]
    Original,
    /// 复印件.
    Copy,
    /// 原件和复印件.
    OriginalAndCopy,
    /// 电子材料.
    Electronic,
}

impl MaterialForm {
    /// Chinese label.
    pub fn zh(self) -> &'static str {
        match self {
            MaterialForm::Original => "原件",
            MaterialForm::Copy => "复印件",
            MaterialForm::OriginalAndCopy => "原件及复印件",
            MaterialForm::Electronic => "电子材料",
        }
    }
}

/// 法定办结时限 and 承诺办结时限.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeLimits {
    /// 法定办结时限 — the limit the law sets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statutory: Option<Period>,
    /// The provision that sets the statutory limit, required when it departs from the general
    /// rule (e.g. a licensing limit beyond 行政许可法 第四十二条's 20 working days).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statutory_basis: Option<Citation>,
    /// 承诺办结时限 — the limit the office promises, never above the statutory one; none for a
    /// 即办件.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promised: Option<Period>,
}

/// 办件类型.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Handling {
    /// 即办件 — decided on the spot; no promised period.
    #[serde(alias = "即办件")]
    Immediate,
    /// 承诺件 — decided within a promised period.
    #[default]
    #[serde(alias = "承诺件")]
    Promised,
}

impl Handling {
    /// Chinese label.
    pub fn zh(self) -> &'static str {
        match self {
            Handling::Immediate => "即办件",
            Handling::Promised => "承诺件",
        }
    }

    /// English label.
    pub fn en(self) -> &'static str {
        match self {
            Handling::Immediate => "on the spot",
            Handling::Promised => "within a promised period",
        }
    }
}

/// 收费.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fee {
    /// 是否收费.
    #[serde(default)]
    pub charged: bool,
    /// 收费标准 as published, e.g. `每件100元`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standard: Option<String>,
    /// The amount in fen, where the standard is a single amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_fen: Option<u64>,
    /// 收费依据.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub basis: Vec<Citation>,
}

/// The penalties a penalty item can impose (行政处罚法 第九条), which decide whether the
/// hearing notice is required (第六十三条).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PenaltyScope {
    /// The kinds.
    #[serde(default)]
    pub kinds: Vec<PenaltyKind>,
    /// Set when a law, regulation or rule requires a hearing notice for this item anyway
    /// (第六十三条第一款第（六）项), or when the office treats it as 其他较重的行政处罚 (（五）).
    #[serde(default)]
    pub hearing_required: bool,
}

impl PenaltyScope {
    /// Whether 行政处罚法 第六十三条 requires the hearing notice.
    pub fn needs_hearing_notice(&self) -> bool {
        self.hearing_required || self.kinds.iter().any(|k| k.needs_hearing_notice())
    }
}

/// 行政处罚的种类 (行政处罚法 第九条), split where 第六十三条 distinguishes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PenaltyKind {
    /// 警告、通报批评.
    Warning,
    /// 罚款 below the 较大数额 threshold.
    Fine,
    /// 较大数额罚款 (第六十三条（一）).
    LargeFine,
    /// 没收违法所得、没收非法财物 below the threshold.
    Confiscation,
    /// 没收较大数额违法所得、没收较大价值非法财物 (第六十三条（二）).
    LargeConfiscation,
    /// 暂扣许可证件.
    LicenceSuspension,
    /// 降低资质等级、吊销许可证件 (第六十三条（三）); we count 撤销登记 of a social organisation
    /// here (DESIGN.md).
    DowngradeOrRevocation,
    /// 限制开展生产经营活动.
    RestrictActivities,
    /// 责令停产停业、责令关闭、限制从业 (第六十三条（四）); we count 责令限期停止活动 here.
    SuspendOrClose,
    /// 行政拘留.
    Detention,
    /// 法律、行政法规规定的其他行政处罚.
    Other,
}

impl PenaltyKind {
    /// Whether 行政处罚法 第六十三条 lists this kind.
    pub fn needs_hearing_notice(self) -> bool {
        matches!(
            self,
            PenaltyKind::LargeFine
                | PenaltyKind::LargeConfiscation
                | PenaltyKind::DowngradeOrRevocation
                | PenaltyKind::SuspendOrClose
        )
    }
}

/// 咨询、投诉、监督渠道.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channels {
    /// 咨询方式.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consultation: Vec<String>,
    /// 投诉方式.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub complaint: Vec<String>,
    /// 监督方式.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub supervision: Vec<String>,
}

/// 救济途径 — one remedy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Remedy {
    /// Reconsideration or litigation.
    pub kind: RemedyKind,
    /// The body, e.g. `某市人民政府`, `某区人民法院`.
    pub body: String,
    /// The time limit for the applicant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_limit: Option<Period>,
    /// Its basis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<Citation>,
}

/// 行政复议 or 行政诉讼.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RemedyKind {
    /// 行政复议.
    Reconsideration,
    /// 行政诉讼.
    Litigation,
}

impl RemedyKind {
    /// Chinese label.
    pub fn zh(self) -> &'static str {
        match self {
            RemedyKind::Reconsideration => "行政复议",
            RemedyKind::Litigation => "行政诉讼",
        }
    }
}

/// 公开状态.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Disclosure {
    /// Published, pending, or withheld.
    #[serde(default)]
    pub status: DisclosureStatus,
    /// The date it was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "crate::dates::strict::opt_date")]
    pub published_on: Option<NaiveDate>,
    /// Where (URL or place).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
}

/// Whether an item is published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DisclosureStatus {
    /// 已公开.
    Published,
    /// 待公开.
    #[default]
    Pending,
    /// 依法不予公开 (e.g. state secrets).
    Withheld,
}

impl DisclosureStatus {
    /// Chinese label.
    pub fn zh(self) -> &'static str {
        match self {
            DisclosureStatus::Published => "已公开",
            DisclosureStatus::Pending => "待公开",
            DisclosureStatus::Withheld => "不予公开",
        }
    }
}
