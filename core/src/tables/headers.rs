//! Header names and their synonyms: every column name seen on published tables (REALWORLD.md
//! §1–4), mapped to the field of our models it fills.
//!
//! Matching ignores spaces, line breaks and the difference between full-width and half-width
//! parentheses; `*` marks of required columns are dropped. A name not in [`SYNONYMS`] is an
//! unknown column: its cells are kept in the item's `attributes` under the published name and
//! the column is listed in the import report.

/// The field a column fills.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Field {
    /// 序号 — the row number; used as the code when no code column exists.
    Seq,
    /// 职权编码 / 事项编码 / 基本编码.
    Code,
    /// 权力类型 / 职权类别 / 事项类型 (values like `行政许可1`).
    Category,
    /// 权力事项名称 / 事项名称 / 项目名称 / 职权名称 / 主项名称 (大项).
    Name,
    /// 子项 / 子项名称.
    SubName,
    /// 实施层级 / 行使层级.
    Level,
    /// 是否属依申请事项.
    OnApplication,
    /// 设定依据 / 设定(实施)依据 / 设定和实施依据 / 主要依据 / 法律依据.
    SettingBasis,
    /// 实施依据.
    ImplementingBasis,
    /// 实施主体 / 实施机关 / 行政决定部门 / 责任主体.
    Body,
    /// 实施机构(科室) / 承办机构.
    Unit,
    /// 实施对象 / 行政相对人 / 服务对象.
    Target,
    /// 责任事项.
    Responsibilities,
    /// 责任事项依据 — the bases of the responsibilities, staged like them.
    ResponsibilityBasis,
    /// 追责情形.
    Accountability,
    /// 申请条件 / 受理条件.
    Conditions,
    /// 申请材料.
    Materials,
    /// 法定时限 / 法定办结时限.
    Statutory,
    /// 承诺期限 / 承诺办结时限.
    Promised,
    /// 办理时限 / 办结时限 — labelled inside the cell (`法定时限：60日内`) or statutory.
    TimeLimit,
    /// 办件类型 (即办件 / 承诺件).
    Handling,
    /// 是否收费.
    FeeCharged,
    /// 收费标准.
    FeeStandard,
    /// 收费依据.
    FeeBasis,
    /// 收费(征收)依据和标准 — basis and standard in one cell.
    FeeBasisAndStandard,
    /// 咨询方式.
    Consultation,
    /// 监督投诉方式 / 投诉方式.
    Complaint,
    /// 备注.
    Note,
    /// A column we recognise but keep as text in `attributes` (权限划分, 办理数量, 公开范围,
    /// 追责对象范围, 市级主管部门, 行业分类, 国家目录编码, the service-guide elements
    /// 实施编码, 办理形式, 到办事现场次数, 网办深度, …).
    Attribute,
    /// Process tables (§3): 程序.
    StepName,
    /// 责任单位及责任人.
    StepUnit,
    /// 工作内容.
    StepContent,
    /// 办结时限 of a step (in a process table).
    StepTime,
    /// Disclosure catalogue (§4): 公开事项 一级事项.
    DiscCategory,
    /// 二级事项.
    DiscSubcategory,
    /// 公开内容(要素).
    DiscContent,
    /// 公开依据.
    DiscBasis,
    /// 公开时限.
    DiscTimeLimit,
    /// 公开主体.
    DiscBody,
    /// 公开渠道和载体.
    DiscChannels,
    /// 公开对象.
    DiscAudience,
    /// 公开方式 (主动 / 依申请).
    DiscMode,
    /// 公开层级.
    DiscLevel,
}

/// Every header name we recognise, normalised (no spaces, half-width parentheses), with its
/// field. The table is the documentation: add a bureau's variant here.
pub const SYNONYMS: &[(&str, Field)] = &[
    ("序号", Field::Seq),
    ("事项序号", Field::Seq),
    ("编号", Field::Seq),
    ("职权编码", Field::Code),
    ("事项编码", Field::Code),
    ("基本编码", Field::Code),
    ("权力编码", Field::Code),
    ("权力类型", Field::Category),
    ("职权类别", Field::Category),
    ("职权类型", Field::Category),
    ("事项类型", Field::Category),
    ("行政职权类别", Field::Category),
    ("权力类别", Field::Category),
    ("权力事项名称", Field::Name),
    ("事项名称", Field::Name),
    ("项目名称", Field::Name),
    ("职权名称", Field::Name),
    ("主项名称", Field::Name),
    ("权力名称", Field::Name),
    ("大项", Field::Name),
    ("主项", Field::Name),
    ("子项", Field::SubName),
    ("子项名称", Field::SubName),
    ("实施层级", Field::Level),
    ("行使层级", Field::Level),
    ("是否属依申请事项", Field::OnApplication),
    ("是否依申请", Field::OnApplication),
    ("设定依据", Field::SettingBasis),
    ("设定(实施)依据", Field::SettingBasis),
    ("设定和实施依据", Field::SettingBasis),
    ("主要依据", Field::SettingBasis),
    ("法律依据", Field::SettingBasis),
    ("依据", Field::SettingBasis),
    ("实施依据", Field::ImplementingBasis),
    ("实施主体", Field::Body),
    ("实施机关", Field::Body),
    ("行政决定部门", Field::Body),
    ("责任主体", Field::Body),
    ("实施部门", Field::Body),
    ("实施机构(科室)", Field::Unit),
    ("实施机构", Field::Unit),
    ("承办机构", Field::Unit),
    ("承办科室", Field::Unit),
    ("实施对象", Field::Target),
    ("行政相对人", Field::Target),
    ("服务对象", Field::Target),
    ("责任事项", Field::Responsibilities),
    ("追责情形", Field::Accountability),
    ("问责情形", Field::Accountability),
    ("申请条件", Field::Conditions),
    ("受理条件", Field::Conditions),
    ("申请材料", Field::Materials),
    ("申报材料", Field::Materials),
    ("法定时限", Field::Statutory),
    ("法定办结时限", Field::Statutory),
    ("法定期限", Field::Statutory),
    ("承诺期限", Field::Promised),
    ("承诺时限", Field::Promised),
    ("承诺办结时限", Field::Promised),
    ("办理时限", Field::TimeLimit),
    ("办件类型", Field::Handling),
    ("是否收费", Field::FeeCharged),
    ("收费标准", Field::FeeStandard),
    ("收费依据", Field::FeeBasis),
    ("收费(征收)依据和标准", Field::FeeBasisAndStandard),
    ("收费依据和标准", Field::FeeBasisAndStandard),
    ("咨询方式", Field::Consultation),
    ("咨询电话", Field::Consultation),
    ("监督投诉方式", Field::Complaint),
    ("投诉方式", Field::Complaint),
    ("监督投诉电话", Field::Complaint),
    ("备注", Field::Note),
    ("权限划分", Field::Attribute),
    ("办理数量", Field::Attribute),
    ("公开范围", Field::Attribute),
    ("追责对象范围", Field::Attribute),
    ("责任事项依据", Field::ResponsibilityBasis),
    ("市级主管部门", Field::Attribute),
    ("行业分类", Field::Attribute),
    ("国家目录编码", Field::Attribute),
    // Service-guide elements (REALWORLD.md §2) without a typed field.
    ("实施编码", Field::Attribute),
    ("事项版本", Field::Attribute),
    ("事项状态", Field::Attribute),
    ("通办范围", Field::Attribute),
    ("办理形式", Field::Attribute),
    ("实施主体性质", Field::Attribute),
    ("数量限制", Field::Attribute),
    ("权力来源", Field::Attribute),
    ("到办事现场次数", Field::Attribute),
    ("联办机构", Field::Attribute),
    ("办理方式", Field::Attribute),
    ("办理结果类型", Field::Attribute),
    ("办理结果名称", Field::Attribute),
    ("网办深度", Field::Attribute),
    ("受理地点、时间", Field::Attribute),
    ("事项审查类型", Field::Attribute),
    ("受理机构", Field::Attribute),
    ("决定机构", Field::Attribute),
    ("是否联合审批", Field::Attribute),
    ("设定依据/制定机关", Field::Attribute),
    ("程序", Field::StepName),
    ("办理程序", Field::StepName),
    ("环节", Field::StepName),
    ("责任单位及责任人", Field::StepUnit),
    ("责任单位", Field::StepUnit),
    ("工作内容", Field::StepContent),
    ("办结时限", Field::StepTime),
    ("一级事项", Field::DiscCategory),
    ("二级事项", Field::DiscSubcategory),
    ("公开内容(要素)", Field::DiscContent),
    ("公开内容", Field::DiscContent),
    ("公开依据", Field::DiscBasis),
    ("公开时限", Field::DiscTimeLimit),
    ("公开主体", Field::DiscBody),
    ("公开渠道和载体", Field::DiscChannels),
    ("公开渠道", Field::DiscChannels),
    ("公开对象", Field::DiscAudience),
    ("公开方式", Field::DiscMode),
    ("公开层级", Field::DiscLevel),
];

/// A header as we compare it: no whitespace, no `*`, half-width parentheses.
pub fn normalise_header(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '*' && *c != '＊')
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            _ => c,
        })
        .collect()
}

/// The field a header names, if we know it.
///
/// ```
/// use minzheng::tables::{field_of, Field};
/// assert_eq!(field_of("设定（实施）依据"), Some(Field::SettingBasis));
/// assert_eq!(field_of(" 行政决定部门 "), Some(Field::Body));
/// assert_eq!(field_of("本地特色列"), None);
/// ```
pub fn field_of(header: &str) -> Option<Field> {
    let h = normalise_header(header);
    // Columns our own export adds to keep text it could not type (`设定依据（原文）`).
    if h.ends_with("(原文)") || h.ends_with("(引言)") {
        return Some(Field::Attribute);
    }
    SYNONYMS
        .iter()
        .find(|(name, _)| *name == h)
        .map(|&(_, f)| f)
}

/// Sub-header words of two-row headers (`权力事项名称` over `大项 | 子项`, `公开事项` over
/// `一级事项 | 二级事项`).
pub(crate) fn is_sub_header(text: &str) -> bool {
    matches!(
        normalise_header(text).as_str(),
        "大项" | "子项" | "主项" | "项目" | "子项名称" | "一级事项" | "二级事项"
    )
}
