//! The vocabulary of disclosure: exemption grounds, reply types (the rows of the annual
//! report's section 三), applicant types (its columns) and publication channels.

use crate::{Citation, Confidence};
use serde::{Deserialize, Serialize};

fn tiaoli(article: &str) -> Citation {
    Citation::new("政府信息公开条例", article, Confidence::V1)
}

/// Why information is not disclosed (条例 第十四、十五、十六条), plus the administrative-query
/// category of the annual report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ExemptionGround {
    /// 属于国家秘密 (第十四条) — must not be disclosed.
    StateSecret,
    /// 其他法律行政法规禁止公开 (第十四条) — must not be disclosed.
    ForbiddenByLaw,
    /// 危及“三安全一稳定” (第十四条) — must not be disclosed.
    EndangersSecurityOrStability,
    /// 保护第三方合法权益 (第十五条) — unless the third party consents or the public interest
    /// prevails; needs the written consultation of 第三十二条.
    ThirdPartyRights,
    /// 属于三类内部事务信息 (第十六条第一款) — may be withheld.
    InternalAffairs,
    /// 属于四类过程性信息 (第十六条第二款) — may be withheld.
    ProcessInformation,
    /// 属于行政执法案卷 (第十六条第二款) — may be withheld.
    EnforcementFile,
    /// 属于行政查询事项 — a row of the 2021 report format; its legal anchor is not in the
    /// 条例 text we read (UNVERIFIED).
    AdministrativeQuery,
}

impl ExemptionGround {
    /// Every ground, in the order of the annual report's rows.
    pub const ALL: [ExemptionGround; 8] = [
        ExemptionGround::StateSecret,
        ExemptionGround::ForbiddenByLaw,
        ExemptionGround::EndangersSecurityOrStability,
        ExemptionGround::ThirdPartyRights,
        ExemptionGround::InternalAffairs,
        ExemptionGround::ProcessInformation,
        ExemptionGround::EnforcementFile,
        ExemptionGround::AdministrativeQuery,
    ];

    /// The row label of the annual report.
    pub fn label(self) -> &'static str {
        match self {
            ExemptionGround::StateSecret => "属于国家秘密",
            ExemptionGround::ForbiddenByLaw => "其他法律行政法规禁止公开",
            ExemptionGround::EndangersSecurityOrStability => "危及“三安全一稳定”",
            ExemptionGround::ThirdPartyRights => "保护第三方合法权益",
            ExemptionGround::InternalAffairs => "属于三类内部事务信息",
            ExemptionGround::ProcessInformation => "属于四类过程性信息",
            ExemptionGround::EnforcementFile => "属于行政执法案卷",
            ExemptionGround::AdministrativeQuery => "属于行政查询事项",
        }
    }

    /// English label.
    pub fn label_en(self) -> &'static str {
        match self {
            ExemptionGround::StateSecret => "state secret",
            ExemptionGround::ForbiddenByLaw => "forbidden by another law or regulation",
            ExemptionGround::EndangersSecurityOrStability => "endangers security or stability",
            ExemptionGround::ThirdPartyRights => "third party's lawful rights",
            ExemptionGround::InternalAffairs => "internal affairs",
            ExemptionGround::ProcessInformation => "process information",
            ExemptionGround::EnforcementFile => "enforcement case file",
            ExemptionGround::AdministrativeQuery => "administrative query matter",
        }
    }

    /// The article it rests on.
    pub fn basis(self) -> Citation {
        match self {
            ExemptionGround::StateSecret
            | ExemptionGround::ForbiddenByLaw
            | ExemptionGround::EndangersSecurityOrStability => tiaoli("第十四条"),
            ExemptionGround::ThirdPartyRights => tiaoli("第十五条"),
            ExemptionGround::InternalAffairs => tiaoli("第十六条第一款"),
            ExemptionGround::ProcessInformation | ExemptionGround::EnforcementFile => {
                tiaoli("第十六条第二款")
            }
            ExemptionGround::AdministrativeQuery => Citation::new(
                "政府信息公开工作年度报告格式（2021）",
                "三、（三）8",
                Confidence::Unverified,
            ),
        }
    }

    /// `true` for the grounds of 第十六条, where withholding is a choice ("可以不予公开"), not a duty.
    pub fn is_discretionary(self) -> bool {
        matches!(
            self,
            ExemptionGround::InternalAffairs
                | ExemptionGround::ProcessInformation
                | ExemptionGround::EnforcementFile
        )
    }
}

/// 无法提供 grounds (条例 第三十六条第（四）项, 第三十八条; 第三十条).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CannotProvideGround {
    /// 本机关不掌握相关政府信息.
    NotHeld,
    /// 没有现成信息需要另行制作 (第三十八条).
    NeedsCreation,
    /// 补正后申请内容仍不明确 (第三十条).
    UnclearAfterCorrection,
}

/// 不予处理 grounds (第三十五、三十六、三十九条).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NotProcessedGround {
    /// 信访举报投诉类申请 (第三十九条).
    PetitionOrComplaint,
    /// 重复申请 (第三十六条第（六）项).
    Repeated,
    /// 要求提供公开出版物 (第三十九条).
    PublicationRequested,
    /// 无正当理由大量反复申请 (第三十五条).
    MassRepeated,
    /// 要求行政机关确认或重新出具已获取信息.
    ConfirmOrReissue,
}

/// 其他处理 grounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum OtherGround {
    /// 申请人无正当理由逾期不补正、行政机关不再处理 (第三十条).
    CorrectionLapsed,
    /// 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理 (第四十二条).
    FeeLapsed,
    /// 其他 (including withdrawn requests).
    Other,
}

/// How a request was answered: the outcome rows of the annual report, section 三（三）.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "reply", content = "ground", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReplyType {
    /// （一）予以公开 (第三十六条第（一）（二）项).
    Disclosed,
    /// （二）部分公开 (第三十七条).
    PartiallyDisclosed,
    /// （三）不予公开, with the ground.
    NotDisclosed(ExemptionGround),
    /// （四）无法提供, with the ground.
    CannotProvide(CannotProvideGround),
    /// （五）不予处理, with the ground.
    NotProcessed(NotProcessedGround),
    /// （六）其他处理, with the ground.
    Other(OtherGround),
}

impl ReplyType {
    /// Every reply type, in the order of the annual report's rows (21 rows: 2 + 8 + 3 + 5 + 3).
    pub fn all() -> Vec<ReplyType> {
        let mut v = vec![ReplyType::Disclosed, ReplyType::PartiallyDisclosed];
        v.extend(
            ExemptionGround::ALL
                .iter()
                .map(|g| ReplyType::NotDisclosed(*g)),
        );
        v.extend(
            [
                CannotProvideGround::NotHeld,
                CannotProvideGround::NeedsCreation,
                CannotProvideGround::UnclearAfterCorrection,
            ]
            .map(ReplyType::CannotProvide),
        );
        v.extend(
            [
                NotProcessedGround::PetitionOrComplaint,
                NotProcessedGround::Repeated,
                NotProcessedGround::PublicationRequested,
                NotProcessedGround::MassRepeated,
                NotProcessedGround::ConfirmOrReissue,
            ]
            .map(ReplyType::NotProcessed),
        );
        v.extend(
            [
                OtherGround::CorrectionLapsed,
                OtherGround::FeeLapsed,
                OtherGround::Other,
            ]
            .map(ReplyType::Other),
        );
        v
    }

    /// The position of this type among [`ReplyType::all`].
    pub fn row(self) -> usize {
        ReplyType::all()
            .iter()
            .position(|r| *r == self)
            .unwrap_or(0)
    }

    /// The group of the annual report: （一）..（六）.
    pub fn group(self) -> &'static str {
        match self {
            ReplyType::Disclosed => "（一）予以公开",
            ReplyType::PartiallyDisclosed => {
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
            }
            ReplyType::NotDisclosed(_) => "（三）不予公开",
            ReplyType::CannotProvide(_) => "（四）无法提供",
            ReplyType::NotProcessed(_) => "（五）不予处理",
            ReplyType::Other(_) => "（六）其他处理",
        }
    }

    /// The row label within its group (empty for （一）（二）, which are rows themselves).
    pub fn label(self) -> &'static str {
        match self {
            ReplyType::Disclosed | ReplyType::PartiallyDisclosed => "",
            ReplyType::NotDisclosed(g) => g.label(),
            ReplyType::CannotProvide(g) => match g {
                CannotProvideGround::NotHeld => "本机关不掌握相关政府信息",
                CannotProvideGround::NeedsCreation => "没有现成信息需要另行制作",
                CannotProvideGround::UnclearAfterCorrection => "补正后申请内容仍不明确",
            },
            ReplyType::NotProcessed(g) => match g {
                NotProcessedGround::PetitionOrComplaint => "信访举报投诉类申请",
                NotProcessedGround::Repeated => "重复申请",
                NotProcessedGround::PublicationRequested => "要求提供公开出版物",
                NotProcessedGround::MassRepeated => "无正当理由大量反复申请",
                NotProcessedGround::ConfirmOrReissue => "要求行政机关确认或重新出具已获取信息",
            },
            ReplyType::Other(g) => match g {
                OtherGround::CorrectionLapsed => {
                    "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
                }
                OtherGround::FeeLapsed => {
                    "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"
                }
                OtherGround::Other => "其他",
            },
        }
    }

    /// The article the reply rests on.
    pub fn basis(self) -> Citation {
        match self {
            ReplyType::Disclosed => tiaoli("第三十六条第（一）（二）项"),
            ReplyType::PartiallyDisclosed => tiaoli("第三十七条"),
            ReplyType::NotDisclosed(g) => g.basis(),
            ReplyType::CannotProvide(CannotProvideGround::NeedsCreation) => tiaoli("第三十八条"),
            ReplyType::CannotProvide(CannotProvideGround::UnclearAfterCorrection) => {
                tiaoli("第三十条")
            }
            ReplyType::CannotProvide(_) => tiaoli("第三十六条第（四）（五）项"),
            ReplyType::NotProcessed(NotProcessedGround::Repeated) => tiaoli("第三十六条第（六）项"),
            ReplyType::NotProcessed(NotProcessedGround::MassRepeated) => tiaoli("第三十五条"),
            ReplyType::NotProcessed(_) => tiaoli("第三十九条"),
            ReplyType::Other(OtherGround::CorrectionLapsed) => tiaoli("第三十条"),
            ReplyType::Other(OtherGround::FeeLapsed) => tiaoli("第四十二条"),
            ReplyType::Other(OtherGround::Other) => tiaoli("第三十六条"),
        }
    }
}

/// Who asked: the applicant columns of the annual report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Applicant {
    /// 自然人.
    NaturalPerson,
    /// 商业企业.
    CommercialEnterprise,
    /// 科研机构.
    ResearchInstitution,
    /// 社会公益组织.
    PublicWelfareOrganisation,
    /// 法律服务机构.
    LegalServiceOrganisation,
    /// 其他.
    OtherOrganisation,
}

impl Applicant {
    /// The six columns before 总计, in order.
    pub const ALL: [Applicant; 6] = [
        Applicant::NaturalPerson,
        Applicant::CommercialEnterprise,
        Applicant::ResearchInstitution,
        Applicant::PublicWelfareOrganisation,
        Applicant::LegalServiceOrganisation,
        Applicant::OtherOrganisation,
    ];

    /// The column header.
    pub fn label(self) -> &'static str {
        match self {
            Applicant::NaturalPerson => "自然人",
            Applicant::CommercialEnterprise => "商业企业",
            Applicant::ResearchInstitution => "科研机构",
            Applicant::PublicWelfareOrganisation => "社会公益组织",
            Applicant::LegalServiceOrganisation => "法律服务机构",
            Applicant::OtherOrganisation => "其他",
        }
    }

    /// The column index (0..6).
    pub fn column(self) -> usize {
        Applicant::ALL.iter().position(|a| *a == self).unwrap_or(0)
    }
}

/// Where information is published (seed 001 四(一)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Channel {
    /// 门户网站.
    Portal,
    /// 微信.
    Wechat,
    /// 微博.
    Weibo,
    /// 公开栏 (sealed paper copies, seed 001 四(一)).
    BulletinBoard,
    /// 新闻发布会.
    PressConference,
    /// 报刊.
    Newspaper,
    /// 广播.
    Radio,
    /// 电视.
    Television,
    /// 政府公报.
    Gazette,
}

impl Channel {
    /// Chinese name.
    pub fn label(self) -> &'static str {
        match self {
            Channel::Portal => "门户网站",
            Channel::Wechat => "微信",
            Channel::Weibo => "微博",
            Channel::BulletinBoard => "公开栏",
            Channel::PressConference => "新闻发布会",
            Channel::Newspaper => "报刊",
            Channel::Radio => "广播",
            Channel::Television => "电视",
            Channel::Gazette => "政府公报",
        }
    }
}
