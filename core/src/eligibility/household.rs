//! The household (共同生活的家庭) as the caller declares it: members, income, assets, flags,
//! residence and the application date. Validation lives in `validate.rs`; which members count
//! is decided by the programmes (最低生活保障审核确认办法 第七条), not here.

use crate::id::Sex;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Urban or rural registration (城市 / 农村): the profile has a standard for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Area {
    /// 城市.
    Urban,
    /// 农村.
    Rural,
}

/// Relation of a member to the applicant (与申请人关系).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Relation {
    /// 申请人本人.
    Applicant,
    /// 配偶.
    Spouse,
    /// 子女.
    Child,
    /// 父母.
    Parent,
    /// 祖父母、外祖父母.
    Grandparent,
    /// 孙子女、外孙子女.
    Grandchild,
    /// 兄弟姐妹.
    Sibling,
    /// 其他（无法定赡养、扶养、抚养义务关系）.
    Other,
}

/// Disability category on the 残疾人证.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DisabilityCategory {
    /// 视力残疾.
    Visual,
    /// 听力残疾.
    Hearing,
    /// 言语残疾.
    Speech,
    /// 肢体残疾.
    Physical,
    /// 智力残疾.
    Intellectual,
    /// 精神残疾.
    Mental,
    /// 多重残疾.
    Multiple,
}

/// A disability certificate's category and grade (一级 most severe … 四级).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Disability {
    /// Category.
    pub category: DisabilityCategory,
    /// Grade 1–4.
    pub grade: u8,
}

impl Disability {
    /// 重度残疾: grade 1 or 2 (the reading of 最低生活保障审核确认办法 第八条(一) "一级、二级重度残疾人").
    pub fn is_severe(&self) -> bool {
        matches!(self.grade, 1 | 2)
    }
}

/// Labour capacity as assessed (劳动能力).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LabourCapacity {
    /// 有劳动能力.
    Full,
    /// 部分丧失劳动能力.
    Partial,
    /// 无劳动能力.
    None,
}

/// Current schooling (在校情况).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Schooling {
    /// Not in school.
    NotInSchool,
    /// 义务教育 (primary and junior secondary).
    Compulsory,
    /// 普通高中.
    SeniorHigh,
    /// 中等职业学校.
    SecondaryVocational,
    /// 全日制本科及以下高等教育 (junior college, bachelor).
    FullTimeUndergraduate,
    /// Postgraduate or part-time study.
    Other,
}

/// A status that changes who counts or who can support (第七条; 特困人员认定办法 第八条).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum MemberStatus {
    /// 在监狱内服刑.
    ServingPrisonSentence,
    /// 在戒毒所强制隔离戒毒.
    CompulsoryIsolation,
    /// 被人民法院宣告失踪.
    DeclaredMissing,
    /// 失去联系 for this many months (not a court declaration).
    LostContact {
        /// Months without contact.
        months: u32,
    },
    /// 宗教教职人员, living apart from the family for this many years.
    ReligiousStaffApart {
        /// Years apart.
        years: u32,
        /// Living in a religious venue (在宗教场所居住, 第八条(三)).
        in_religious_venue: bool,
    },
    /// 患有当地有关部门认定的重特大疾病.
    SeriousIllness,
    /// 无民事行为能力.
    NoCivilCapacity,
}

/// A benefit the member already receives (for non-duplication and 特困 第八条).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CurrentBenefit {
    /// 最低生活保障.
    Dibao,
    /// 特困人员救助供养.
    Tekun,
    /// 孤儿基本生活费.
    OrphanAllowance,
    /// 事实无人抚养儿童基本生活补贴, paid in full (全额).
    DeFactoChildAllowanceFull,
    /// 工伤保险生活护理费.
    WorkInjuryNursingFee,
    /// 老年、因公致残、离休等福利性生活或护理补贴（津贴）.
    OtherWelfareSubsidy,
    /// 困难残疾人生活补贴.
    DisabilityLivingSubsidy,
    /// 重度残疾人护理补贴.
    DisabilityNursingSubsidy,
}

/// Kinds of monthly income (最低生活保障审核确认办法 第十三条).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum IncomeKind {
    /// 工资性收入 (after necessary employment costs).
    Wages,
    /// 经营净收入.
    BusinessNet,
    /// 财产净收入.
    PropertyNet,
    /// 转移净收入: maintenance received, retirement pay, unemployment insurance, ...
    TransferNet,
    /// 其他应当计入家庭收入的项目.
    Other,
    /// 优待抚恤金.
    PreferentialCare,
    /// 计划生育奖励与扶助金.
    FamilyPlanningReward,
    /// 奖学金.
    Scholarship,
    /// 见义勇为等奖励性补助.
    HeroicDeedAward,
    /// 政府发放的各类社会救助款物.
    SocialAssistance,
    /// 城乡居民基本养老保险基础养老金 (the central basic amount).
    BasicPensionBase,
    /// 高龄津贴.
    AdvancedAgeAllowance,
    /// 残疾人两项补贴.
    DisabilitySubsidy,
    /// 事实无人抚养儿童基本生活补贴 / 孤儿基本生活费.
    ChildAllowance,
    /// 基本医疗保险等社会保险 payments other than pensions.
    SocialInsuranceBenefit,
}

/// One monthly income item of a member, in fen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct IncomeItem {
    /// Kind.
    pub kind: IncomeKind,
    /// Monthly amount in fen (≥ 0).
    pub monthly_fen: i64,
}

/// Kinds of rigid expense a local rule may deduct when income is counted
/// (最低生活保障审核确认办法 第十三条第三款: "因残疾、患重病等增加的刚性支出、必要的就业成本等").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ExpenseKind {
    /// 因残疾增加的刚性支出 (rehabilitation, aids, care).
    Disability,
    /// 因患重病增加的刚性支出 (medical costs left after insurance).
    SeriousIllness,
    /// 必要的就业成本 (travel, tools) not already netted out of wages.
    EmploymentCost,
    /// 教育支出, where the locality lists it under "等".
    Education,
    /// Any other rigid expense the locality lists under "等".
    Other,
}

/// One monthly rigid expense of a member, in fen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ExpenseItem {
    /// Kind.
    pub kind: ExpenseKind,
    /// Monthly amount in fen (≥ 0).
    pub monthly_fen: i64,
}

/// Kinds of assets (第十四条).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AssetKind {
    /// 银行存款.
    Deposits,
    /// 证券、基金.
    Securities,
    /// 商业保险 (cash value).
    CommercialInsurance,
    /// 债权.
    Claims,
    /// 互联网金融资产.
    InternetFinance,
    /// 车辆.
    Vehicle,
    /// 房屋 beyond the home lived in.
    ExtraHousing,
    /// The one home the household lives in.
    OwnHome,
    /// 林木等定着物、生产资料 (farm tools, livestock for the family's own production).
    ProductionMeans,
    /// Anything else.
    Other,
}

impl AssetKind {
    /// Financial assets (金融资产), compared with the per-capita limit.
    pub fn is_financial(self) -> bool {
        matches!(
            self,
            AssetKind::Deposits
                | AssetKind::Securities
                | AssetKind::CommercialInsurance
                | AssetKind::Claims
                | AssetKind::InternetFinance
        )
    }
}

/// One asset of the household, at its value in fen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AssetItem {
    /// Kind.
    pub kind: AssetKind,
    /// Value in fen (≥ 0).
    pub value_fen: i64,
}

/// Household flags that local rules act on (财政供养人员, 市场主体登记, 车辆登记, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Flag {
    /// A member is a public servant or financially supported staff (公职人员/财政供养人员).
    PublicServant,
    /// A member owns or runs a registered business (市场主体登记).
    BusinessOwner,
    /// A member owns a vehicle (车辆登记).
    VehicleOwner,
    /// The household pays high school fees, travels abroad, ... (第十七条 auxiliary signs).
    HighSpending,
}

/// What a close relative of staff is (第十一条: 经办人员 or 村（居）民委员会成员).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum StaffRole {
    /// 最低生活保障经办人员.
    Caseworker,
    /// 村（居）民委员会成员.
    VillageCommitteeMember,
}

/// A declared close-relative tie between a member and staff (近亲属关系).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct StaffTie {
    /// Index of the member in `members`.
    pub member: usize,
    /// The staff role.
    pub role: StaffRole,
    /// The staff member's name (kept for the register, never published).
    #[serde(default)]
    pub staff_name: String,
}

/// A hardship that may qualify for 临时救助 (社会救助暂行办法 第四十七条).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Hardship {
    /// 火灾.
    Fire,
    /// 交通事故.
    TrafficAccident,
    /// 其他意外事件.
    OtherAccident,
    /// 家庭成员突发重大疾病.
    SuddenSeriousIllness,
    /// 生活必需支出突然增加超出家庭承受能力.
    EssentialExpenseSurge,
    /// 其他特殊困难.
    OtherSpecialHardship,
}

/// One parent's situation, for 孤儿 and 事实无人抚养儿童 (LEGAL.md E5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct ParentFacts {
    /// 死亡 (natural death or declared dead by a court).
    #[serde(default)]
    pub deceased: bool,
    /// 被人民法院宣告失踪.
    #[serde(default)]
    pub declared_missing: bool,
    /// Disability certificate, if any.
    #[serde(default)]
    pub disability: Option<Disability>,
    /// 重病 as defined locally.
    #[serde(default)]
    pub serious_illness: bool,
    /// Term in months of 服刑在押, 强制隔离戒毒 or another restriction of liberty.
    #[serde(default)]
    pub restricted_months: Option<u32>,
    /// Months of 失联 without exercising guardianship.
    #[serde(default)]
    pub lost_contact_months: Option<u32>,
}

/// A liable relative (法定赡养、抚养、扶养义务人) outside or inside the household, for 特困
/// (特困人员认定办法 第四条(三), 第八条).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LiableRelative {
    /// Relation to the applicant.
    pub relation: Relation,
    /// Age in years on the evaluation date, if known.
    #[serde(default)]
    pub age: Option<u32>,
    /// Disability certificate, if any.
    #[serde(default)]
    pub disability: Option<Disability>,
    /// Statuses (prison, missing, no civil capacity, ...).
    #[serde(default)]
    pub statuses: Vec<MemberStatus>,
    /// Benefits received (特困, 低保, ...).
    #[serde(default)]
    pub benefits: Vec<CurrentBenefit>,
    /// Own monthly income in fen, if known.
    #[serde(default)]
    pub monthly_income_fen: Option<i64>,
    /// Whether the relative's assets meet the local low-income asset rules, if known.
    #[serde(default)]
    pub assets_within_low_income_limit: Option<bool>,
}

/// A member of the household. Unknown keys are refused: every list has a default, so a
/// misspelled `income` would otherwise drop the member's income without a word.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// Name (shown on the public notice for the applicant only).
    pub name: String,
    /// Resident identity number, if given (never published).
    #[serde(default)]
    pub id_number: Option<String>,
    /// Birth date, when no identity number is given (or to confirm it).
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::strict::opt_date")]
    pub birth_date: Option<NaiveDate>,
    /// Sex, when no identity number is given.
    #[serde(default)]
    pub sex: Option<Sex>,
    /// Relation to the applicant.
    pub relation: Relation,
    /// Lives with the household long-term (长期共同居住); default true.
    #[serde(default = "yes")]
    pub lives_together: bool,
    /// Disability certificate, if any.
    #[serde(default)]
    pub disability: Option<Disability>,
    /// Labour capacity, if assessed.
    #[serde(default)]
    pub labour_capacity: Option<LabourCapacity>,
    /// Schooling, if known.
    #[serde(default)]
    pub schooling: Option<Schooling>,
    /// Statuses.
    #[serde(default)]
    pub statuses: Vec<MemberStatus>,
    /// Benefits already received.
    #[serde(default)]
    pub benefits: Vec<CurrentBenefit>,
    /// Monthly income items; `None` = not yet declared (needs information).
    #[serde(default)]
    pub income: Option<Vec<IncomeItem>>,
    /// Monthly rigid expenses (第十三条第三款), deducted only where the profile's
    /// `rigid_expense_deduction` lists their kind; none by default.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expenses: Vec<ExpenseItem>,
    /// Employed since this date (就业), for the 渐退期 of 第三十三条.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "crate::dates::strict::opt_date")]
    pub employed_since: Option<NaiveDate>,
    /// Needs long-term care (长期照护, ≥ 6 months) — for the nursing subsidy.
    #[serde(default)]
    pub needs_long_term_care: Option<bool>,
    /// The two parents' situations, for child benefits (孤儿, 事实无人抚养儿童).
    #[serde(default)]
    pub parents: Option<Vec<ParentFacts>>,
    /// For a minor eligible both for 特困 and a child benefit: chooses the child benefit
    /// (特困人员认定办法 第九条).
    #[serde(default)]
    pub prefers_child_benefit: Option<bool>,
    /// Number of the six self-care indicators not achieved (第二十一、二十二条), if assessed.
    #[serde(default)]
    pub self_care_items_failed: Option<u8>,
}

fn yes() -> bool {
    true
}

/// A household as declared for an application or a re-check. Unknown keys are refused (a
/// misspelled `assets` would otherwise declare no assets).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Household {
    /// The caller's case reference (never published).
    #[serde(default)]
    pub case_id: String,
    /// Members; exactly one with relation `applicant`.
    pub members: Vec<Member>,
    /// Assets; `None` = not yet declared (needs information).
    #[serde(default)]
    pub assets: Option<Vec<AssetItem>>,
    /// Flags from the information matching.
    #[serde(default)]
    pub flags: Vec<Flag>,
    /// Registered residence: six-digit division code (户籍所在地).
    pub residence: String,
    /// Village or community (村、社区) where the notice is posted.
    #[serde(default)]
    pub village: String,
    /// Urban or rural.
    pub area: Area,
    /// Application (or re-check) date.
    #[serde(deserialize_with = "crate::dates::strict::date")]
    pub application_date: NaiveDate,
    /// Close-relative ties with caseworkers or village committee members (第十一条).
    #[serde(default)]
    pub staff_ties: Vec<StaffTie>,
    /// Liable relatives for the applicant's 特困 assessment; `None` = not declared.
    #[serde(default)]
    pub liable_relatives: Option<Vec<LiableRelative>>,
    /// Hardships reported for 临时救助.
    #[serde(default)]
    pub hardships: Vec<Hardship>,
    /// The 低保 the household receives now, for re-checks (在保必核) and the 渐退期 of
    /// 第三十三条; `None` for a new application.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_dibao: Option<CurrentDibao>,
}

/// The 低保 a household receives at the time of a re-check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CurrentDibao {
    /// The monthly amount paid now, fen.
    pub monthly_fen: i64,
    /// Receiving 低保 since this date.
    #[serde(deserialize_with = "crate::dates::strict::date")]
    pub since: NaiveDate,
}

impl Household {
    /// The applicant's index (the first member with relation `applicant`).
    pub fn applicant_index(&self) -> Option<usize> {
        self.members
            .iter()
            .position(|m| m.relation == Relation::Applicant)
    }

    /// The applicant.
    pub fn applicant(&self) -> Option<&Member> {
        self.applicant_index().and_then(|i| self.members.get(i))
    }

    /// Parses a household from JSON. Shape errors are reported; call [`Household::validate`]
    /// (or evaluate, which validates) for the content.
    pub fn from_json(json: &str) -> Result<Household, super::EligibilityError> {
        crate::json::from_str(json).map_err(|e| super::EligibilityError::Json {
            message: e.to_string(),
        })
    }
}

impl Member {
    /// Birth date from the identity number, else the declared one.
    pub fn birth(&self) -> Option<NaiveDate> {
        // Validation has checked the number; the hot path only decodes the date.
        self.id_number
            .as_deref()
            .and_then(crate::id::birth_date_of)
            .or(self.birth_date)
    }

    /// Age in whole years on `date`, if the birth date is known and not after `date`.
    pub fn age_on(&self, date: NaiveDate) -> Option<u32> {
        self.birth().and_then(|b| crate::id::age_on(b, date).ok())
    }

    /// `true` if the member has this status.
    pub fn has(&self, s: impl Fn(&MemberStatus) -> bool) -> bool {
        self.statuses.iter().any(s)
    }

    /// `true` if the member receives this benefit.
    pub fn receives(&self, b: CurrentBenefit) -> bool {
        self.benefits.contains(&b)
    }
}

impl IncomeKind {
    /// The Chinese name used in findings.
    pub fn as_zh(self) -> &'static str {
        match self {
            IncomeKind::Wages => "工资性收入",
            IncomeKind::BusinessNet => "经营净收入",
            IncomeKind::PropertyNet => "财产净收入",
            IncomeKind::TransferNet => "转移净收入",
            IncomeKind::Other => "其他收入",
            IncomeKind::PreferentialCare => "优待抚恤金",
            IncomeKind::FamilyPlanningReward => "计划生育奖励与扶助金",
            IncomeKind::Scholarship => "奖学金",
            IncomeKind::HeroicDeedAward => "见义勇为等奖励性补助",
            IncomeKind::SocialAssistance => "政府发放的社会救助款物",
            IncomeKind::BasicPensionBase => "城乡居民基本养老保险基础养老金",
            IncomeKind::AdvancedAgeAllowance => "高龄津贴",
            IncomeKind::DisabilitySubsidy => "残疾人两项补贴",
            IncomeKind::ChildAllowance => "孤儿、事实无人抚养儿童基本生活费",
            IncomeKind::SocialInsuranceBenefit => "社会保险待遇",
        }
    }
}

impl DisabilityCategory {
    /// The Chinese name (视力残疾, ...).
    pub fn as_zh(self) -> &'static str {
        match self {
            DisabilityCategory::Visual => "视力残疾",
            DisabilityCategory::Hearing => "听力残疾",
            DisabilityCategory::Speech => "言语残疾",
            DisabilityCategory::Physical => "肢体残疾",
            DisabilityCategory::Intellectual => "智力残疾",
            DisabilityCategory::Mental => "精神残疾",
            DisabilityCategory::Multiple => "多重残疾",
        }
    }
}

impl Relation {
    /// The Chinese name (配偶, ...).
    pub fn as_zh(self) -> &'static str {
        match self {
            Relation::Applicant => "申请人",
            Relation::Spouse => "配偶",
            Relation::Child => "子女",
            Relation::Parent => "父母",
            Relation::Grandparent => "祖父母、外祖父母",
            Relation::Grandchild => "孙子女、外孙子女",
            Relation::Sibling => "兄弟姐妹",
            Relation::Other => "其他",
        }
    }
}

impl Flag {
    /// The Chinese name.
    pub fn as_zh(self) -> &'static str {
        match self {
            Flag::PublicServant => "公职人员或财政供养人员",
            Flag::BusinessOwner => "市场主体登记",
            Flag::VehicleOwner => "车辆登记",
            Flag::HighSpending => "高消费支出",
        }
    }
}

impl IncomeKind {
    /// The stable id, as written in JSON and CSV (`wages`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            IncomeKind::Wages => "wages",
            IncomeKind::BusinessNet => "business_net",
            IncomeKind::PropertyNet => "property_net",
            IncomeKind::TransferNet => "transfer_net",
            IncomeKind::Other => "other",
            IncomeKind::PreferentialCare => "preferential_care",
            IncomeKind::FamilyPlanningReward => "family_planning_reward",
            IncomeKind::Scholarship => "scholarship",
            IncomeKind::HeroicDeedAward => "heroic_deed_award",
            IncomeKind::SocialAssistance => "social_assistance",
            IncomeKind::BasicPensionBase => "basic_pension_base",
            IncomeKind::AdvancedAgeAllowance => "advanced_age_allowance",
            IncomeKind::DisabilitySubsidy => "disability_subsidy",
            IncomeKind::ChildAllowance => "child_allowance",
            IncomeKind::SocialInsuranceBenefit => "social_insurance_benefit",
        }
    }

    /// The English name used in messages.
    pub fn as_en(self) -> &'static str {
        match self {
            IncomeKind::Wages => "wages",
            IncomeKind::BusinessNet => "net business income",
            IncomeKind::PropertyNet => "net property income",
            IncomeKind::TransferNet => "net transfer income",
            IncomeKind::Other => "other income",
            IncomeKind::PreferentialCare => "preferential care and pensions for entitled groups",
            IncomeKind::FamilyPlanningReward => "family-planning rewards and support",
            IncomeKind::Scholarship => "scholarships",
            IncomeKind::HeroicDeedAward => "awards for acts of bravery",
            IncomeKind::SocialAssistance => "social-assistance payments",
            IncomeKind::BasicPensionBase => "the basic amount of the residents' basic pension",
            IncomeKind::AdvancedAgeAllowance => "old-age allowance",
            IncomeKind::DisabilitySubsidy => "the two disability subsidies",
            IncomeKind::ChildAllowance => "orphan or de facto unsupported child allowance",
            IncomeKind::SocialInsuranceBenefit => "social-insurance benefits",
        }
    }
}

impl DisabilityCategory {
    /// The stable id, as written in JSON and CSV (`visual`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            DisabilityCategory::Visual => "visual",
            DisabilityCategory::Hearing => "hearing",
            DisabilityCategory::Speech => "speech",
            DisabilityCategory::Physical => "physical",
            DisabilityCategory::Intellectual => "intellectual",
            DisabilityCategory::Mental => "mental",
            DisabilityCategory::Multiple => "multiple",
        }
    }

    /// The English name used in messages.
    pub fn as_en(self) -> &'static str {
        match self {
            DisabilityCategory::Visual => "visual disability",
            DisabilityCategory::Hearing => "hearing disability",
            DisabilityCategory::Speech => "speech disability",
            DisabilityCategory::Physical => "physical disability",
            DisabilityCategory::Intellectual => "intellectual disability",
            DisabilityCategory::Mental => "mental disability",
            DisabilityCategory::Multiple => "multiple disabilities",
        }
    }
}

impl Relation {
    /// The stable id, as written in JSON and CSV (`applicant`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Applicant => "applicant",
            Relation::Spouse => "spouse",
            Relation::Child => "child",
            Relation::Parent => "parent",
            Relation::Grandparent => "grandparent",
            Relation::Grandchild => "grandchild",
            Relation::Sibling => "sibling",
            Relation::Other => "other",
        }
    }

    /// The English name used in messages.
    pub fn as_en(self) -> &'static str {
        match self {
            Relation::Applicant => "applicant",
            Relation::Spouse => "spouse",
            Relation::Child => "child",
            Relation::Parent => "parent",
            Relation::Grandparent => "grandparent",
            Relation::Grandchild => "grandchild",
            Relation::Sibling => "sibling",
            Relation::Other => "other relative",
        }
    }
}

impl Flag {
    /// The stable id, as written in JSON and CSV (`public_servant`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Flag::PublicServant => "public_servant",
            Flag::BusinessOwner => "business_owner",
            Flag::VehicleOwner => "vehicle_owner",
            Flag::HighSpending => "high_spending",
        }
    }

    /// The English name used in messages.
    pub fn as_en(self) -> &'static str {
        match self {
            Flag::PublicServant => "a public servant or state-funded staff member",
            Flag::BusinessOwner => "a registered business",
            Flag::VehicleOwner => "a registered vehicle",
            Flag::HighSpending => "high spending",
        }
    }
}

impl AssetKind {
    /// The stable id, as written in JSON and CSV (`deposits`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            AssetKind::Deposits => "deposits",
            AssetKind::Securities => "securities",
            AssetKind::CommercialInsurance => "commercial_insurance",
            AssetKind::Claims => "claims",
            AssetKind::InternetFinance => "internet_finance",
            AssetKind::Vehicle => "vehicle",
            AssetKind::ExtraHousing => "extra_housing",
            AssetKind::OwnHome => "own_home",
            AssetKind::ProductionMeans => "production_means",
            AssetKind::Other => "other",
        }
    }

    /// The English name used in messages.
    pub fn as_en(self) -> &'static str {
        match self {
            AssetKind::Deposits => "bank deposits",
            AssetKind::Securities => "securities and funds",
            AssetKind::CommercialInsurance => "commercial insurance",
            AssetKind::Claims => "claims",
            AssetKind::InternetFinance => "internet financial assets",
            AssetKind::Vehicle => "vehicle",
            AssetKind::ExtraHousing => "housing beyond the home",
            AssetKind::OwnHome => "own home",
            AssetKind::ProductionMeans => "means of production",
            AssetKind::Other => "other assets",
        }
    }
}

impl ExpenseKind {
    /// The stable id, as written in JSON and CSV (`disability`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            ExpenseKind::Disability => "disability",
            ExpenseKind::SeriousIllness => "serious_illness",
            ExpenseKind::EmploymentCost => "employment_cost",
            ExpenseKind::Education => "education",
            ExpenseKind::Other => "other",
        }
    }

    /// The English name used in messages.
    pub fn as_en(self) -> &'static str {
        match self {
            ExpenseKind::Disability => "disability-related expenses",
            ExpenseKind::SeriousIllness => "serious-illness expenses",
            ExpenseKind::EmploymentCost => "necessary employment costs",
            ExpenseKind::Education => "education expenses",
            ExpenseKind::Other => "other rigid expenses",
        }
    }
}
