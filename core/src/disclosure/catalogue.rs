//! The disclosure catalogue (政府信息公开目录): what a bureau discloses, how, and the checks.

use super::terms::{Channel, ExemptionGround};
use crate::calendar::Calendar;
use crate::deadline::Catalogue as Periods;
use crate::{Citation, Confidence};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The embedded taxonomy of seed 001 section 三 (categories, sub-categories, responsible units).
pub const EMBEDDED_TAXONOMY: &str = include_str!("../../data/disclosure_taxonomy.json");

/// A taxonomy of disclosure categories.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Taxonomy {
    /// Where it comes from.
    #[serde(default)]
    pub source: String,
    /// The categories, in order.
    pub categories: Vec<TaxonomyCategory>,
}

/// A category with its sub-categories.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaxonomyCategory {
    /// Name, e.g. `社会救助`.
    pub name: String,
    /// Sub-categories.
    pub subcategories: Vec<Subcategory>,
}

/// A sub-category and the unit responsible for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subcategory {
    /// Name, e.g. `城乡低保`.
    pub name: String,
    /// The responsible unit (责任科室), e.g. `市社会救助局`.
    pub unit: String,
}

impl Taxonomy {
    /// The taxonomy of seed 001 (a city civil-affairs bureau's 2019 disclosure plan).
    ///
    /// ```
    /// let t = minzheng::disclosure::Taxonomy::seed001();
    /// assert_eq!(t.categories.len(), 10);
    /// assert_eq!(t.unit("社会救助", "城乡低保"), Some("市社会救助局"));
    /// ```
    pub fn seed001() -> Taxonomy {
        match crate::json::from_str(EMBEDDED_TAXONOMY) {
            Ok(t) => t,
            Err(e) => {
                debug_assert!(false, "embedded taxonomy invalid: {e}");
                Taxonomy {
                    source: String::new(),
                    categories: Vec::new(),
                }
            }
        }
    }

    /// The responsible unit of a sub-category.
    pub fn unit(&self, category: &str, subcategory: &str) -> Option<&str> {
        self.categories
            .iter()
            .find(|c| c.name == category)?
            .subcategories
            .iter()
            .find(|s| s.name == subcategory)
            .map(|s| s.unit.as_str())
    }
}

/// How an entry is disclosed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "attribute", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Attribute {
    /// 主动公开.
    Proactive,
    /// 依申请公开.
    OnRequest,
    /// 不予公开, with the exemption ground (absent = a defect the checks report).
    NotDisclosed {
        /// The ground.
        #[serde(default)]
        ground: Option<ExemptionGround>,
    },
}

/// One entry of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Stable id within the catalogue.
    pub id: String,
    /// Category (of the taxonomy).
    pub category: String,
    /// Sub-category.
    pub subcategory: String,
    /// What is disclosed.
    pub title: String,
    /// The unit responsible (责任科室).
    #[serde(default)]
    pub responsible_unit: String,
    /// Proactive, on request, or not disclosed with a ground.
    #[serde(flatten)]
    pub attribute: Attribute,
    /// Where it is published.
    #[serde(default)]
    pub channels: Vec<Channel>,
    /// The item of 条例 第二十条 it falls under (1–15), if any: such items must be proactive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article20_item: Option<u8>,
    /// A normative policy document (规范性文件), which must be published with its interpretation
    /// (seed 001 四(四): 谁起草、谁解读, 同步发布).
    #[serde(default)]
    pub normative_document: bool,
    /// When the information was formed or last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "crate::dates::strict::opt_date")]
    pub formed: Option<NaiveDate>,
    /// When it was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "crate::dates::strict::opt_date")]
    pub published: Option<NaiveDate>,
    /// When its interpretation (解读) was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "crate::dates::strict::opt_date")]
    pub interpretation_published: Option<NaiveDate>,
    /// The record of the third-party consultation (第十五条, 第三十二条), where the ground needs one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consultation_record: Option<String>,
    /// Whether bulletin-board copies carry the office's seal (seed 001 四(一)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sealed: Option<bool>,
    /// 其他要素 — columns of a published catalogue with no typed field here, by their
    /// published name (the standard catalogue's 公开内容(要素), 公开依据, 公开时限, 公开主体,
    /// 公开对象, 公开层级, and channels we have no [`Channel`] for). Never checked.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub attributes: std::collections::BTreeMap<String, String>,
}

/// A disclosure catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisclosureCatalogue {
    /// The office, e.g. `某市民政局`.
    pub office: String,
    /// The entries.
    pub entries: Vec<Entry>,
}

pub use crate::finding::{Finding, Severity};

/// Collects the findings of one entry, with paths `entries[i].field`.
struct EntrySink<'a> {
    i: usize,
    out: &'a mut Vec<Finding>,
}

impl EntrySink<'_> {
    fn push(&mut self, check: &'static str, field: &str, zh: String, en: String, basis: Citation) {
        let severity = CHECKS
            .iter()
            .find(|c| c.0 == check)
            .map_or(Severity::Error, |c| c.1);
        let path = format!("entries[{}].{field}", self.i);
        self.out
            .push(Finding::check(check, severity, basis, path, zh, en));
    }
}

/// DC008 — every entry names the information and its responsible unit (条例 第二十二条;
/// seed 001 三).
fn check_names(e: &Entry, sink: &mut EntrySink<'_>) {
    if e.title.trim().is_empty() {
        sink.push(
            "DC008",
            "title",
            "缺少信息名称".into(),
            "the title is missing".into(),
            tiaoli("第二十二条"),
        );
    }
    if e.responsible_unit.trim().is_empty() {
        let name = &e.title;
        sink.push(
            "DC008",
            "responsible_unit",
            format!("“{name}”缺少责任单位"),
            format!("\"{name}\" has no responsible unit"),
            seed001("三"),
        );
    }
}

/// DC001, DC002, DC011 — withholding needs a ground (第十三条: disclosure is the rule), a third
/// party's rights need the written consultation (第十五条、第三十二条), and the grounds of
/// 第十六条 only allow withholding, so they are flagged for review.
fn check_withholding(e: &Entry, sink: &mut EntrySink<'_>) {
    let name = &e.title;
    match e.attribute {
        Attribute::NotDisclosed { ground: None } => sink.push(
            "DC001",
            "attribute",
            format!("“{name}”不予公开，但未写明理由（公开为常态、不公开为例外）"),
            format!("\"{name}\" is not disclosed but no ground is given (disclosure is the rule)"),
            tiaoli("第十三条"),
        ),
        Attribute::NotDisclosed { ground: Some(g) } => {
            if g == ExemptionGround::ThirdPartyRights
                && e.consultation_record
                    .as_deref()
                    .is_none_or(|r| r.trim().is_empty())
            {
                sink.push(
                    "DC002",
                    "consultation_record",
                    format!("“{name}”以保护第三方合法权益为由不公开，但没有书面征求第三方意见的记录"),
                    format!("\"{name}\" is withheld for a third party's rights without a record of the written consultation"),
                    tiaoli("第十五条、第三十二条"),
                );
            }
            if g.is_discretionary() {
                sink.push(
                    "DC011",
                    "attribute.ground",
                    format!("“{name}”以“{}”为由不公开：第十六条为“可以不予公开”，请复核是否确需不公开", g.label()),
                    format!("\"{name}\" is withheld as {}: Art. 16 allows but does not require withholding; review", g.label_en()),
                    g.basis(),
                );
            }
        }
        _ => {}
    }
}

/// DC012, DC003 — 第二十条 has fifteen items, and what they list is disclosed proactively.
fn check_article20(e: &Entry, sink: &mut EntrySink<'_>) {
    let Some(item) = e.article20_item else { return };
    let name = &e.title;
    if !(1..=15).contains(&item) {
        sink.push(
            "DC012",
            "article20_item",
            format!("第二十条没有第{item}项（共十五项）"),
            format!("Art. 20 has no item {item} (it has 15)"),
            tiaoli("第二十条"),
        );
    } else if e.attribute != Attribute::Proactive {
        sink.push(
            "DC003",
            "attribute",
            format!("“{name}”属于第二十条第{item}项应主动公开的信息，不能只依申请公开或不公开"),
            format!("\"{name}\" falls under Art. 20 item {item} and must be disclosed proactively"),
            tiaoli("第二十条"),
        );
    }
}

/// DC005, DC004, DC010 — a proactive entry has a channel (第二十三条), a normative document is
/// published with its interpretation on the same day (seed 001 四（四）), and publication
/// comes within 20 working days of forming (第二十六条).
fn check_proactive(e: &Entry, calendar: &Calendar, periods: &Periods, sink: &mut EntrySink<'_>) {
    let name = &e.title;
    if e.channels.is_empty() {
        sink.push(
            "DC005",
            "channels",
            format!("“{name}”为主动公开，但没有公开渠道"),
            format!("\"{name}\" is proactive but has no channel"),
            tiaoli("第二十三条"),
        );
    }
    if e.normative_document && e.published.is_some() && e.interpretation_published != e.published {
        let when = e
            .interpretation_published
            .map(|d| d.to_string())
            .unwrap_or_else(|| "未发布 / none".into());
        sink.push(
            "DC004",
            "interpretation_published",
            format!("规范性文件“{name}”未与解读同日发布（解读：{when}）：谁起草、谁解读，同步发布"),
            format!("normative document \"{name}\" was not published with its interpretation on the same day (interpretation: {when})"),
            seed001("四（四）"),
        );
    }
    let (Some(formed), Some(published)) = (e.formed, e.published) else {
        return;
    };
    let Ok(dl) = periods
        .clock("disclosure.proactive", formed)
        .and_then(|c| c.compute(calendar))
    else {
        return;
    };
    if published > dl.due {
        let late = calendar.workdays_between(dl.due, published).unwrap_or(0);
        sink.push(
            "DC010",
            "published",
            format!("“{name}”形成于 {formed}，应于 {} 前公开，实际 {published} 公开，逾期 {late} 个工作日", dl.due),
            format!("\"{name}\" formed on {formed} was due by {} but published on {published}: {late} working day(s) late", dl.due),
            tiaoli("第二十六条"),
        );
    }
}

/// DC009 — copies on the bulletin board carry the seal (seed 001 四（一）).
fn check_bulletin_board(e: &Entry, sink: &mut EntrySink<'_>) {
    if e.channels.contains(&Channel::BulletinBoard) && e.sealed != Some(true) {
        let name = &e.title;
        sink.push(
            "DC009",
            "sealed",
            format!("“{name}”在公开栏公开，原则上应加盖印章"),
            format!("\"{name}\" is posted on the bulletin board: copies should carry the seal"),
            seed001("四（一）"),
        );
    }
}

/// DC013, DC014 — the category is in the catalogue's taxonomy and the entry's unit is one the
/// taxonomy names for it (seed 001 三).
fn check_taxonomy(e: &Entry, taxonomy: &Taxonomy, sink: &mut EntrySink<'_>) {
    let name = &e.title;
    match taxonomy.unit(&e.category, &e.subcategory) {
        None => sink.push(
            "DC013",
            "subcategory",
            format!("分类“{} / {}”不在目录分类中", e.category, e.subcategory),
            format!(
                "category \"{} / {}\" is not in the taxonomy",
                e.category, e.subcategory
            ),
            seed001("三"),
        ),
        Some(unit) => {
            // The taxonomy may name several units (`财务科、福利科`): the entry's unit must be
            // one of them, exactly.
            let named = e.responsible_unit.trim();
            if !named.is_empty() && !unit.split('、').any(|u| u.trim() == named) {
                sink.push(
                    "DC014",
                    "responsible_unit",
                    format!(
                        "“{name}”的责任单位“{}”与分类的责任单位“{unit}”不一致",
                        e.responsible_unit
                    ),
                    format!(
                        "\"{name}\" names {} as responsible, the taxonomy names {unit}",
                        e.responsible_unit
                    ),
                    seed001("三"),
                );
            }
        }
    }
}

fn tiaoli(article: &str) -> Citation {
    Citation::new("政府信息公开条例", article, Confidence::V1)
}

fn seed001(part: &str) -> Citation {
    Citation::new(
        "毕节市民政局2019年政务公开工作实施方案（种子文件 001）",
        part,
        Confidence::Practice,
    )
}

/// Every check, for documentation: id, severity, what it finds in Chinese and in English.
pub const CHECKS: &[(&str, Severity, &str, &str)] = &[
    (
        "DC001",
        Severity::Error,
        "不予公开但未写明理由",
        "not disclosed without a ground",
    ),
    (
        "DC002",
        Severity::Error,
        "以第三方权益为由不公开但无征求意见记录",
        "third-party ground without the consultation record",
    ),
    (
        "DC003",
        Severity::Error,
        "第二十条所列信息未列为主动公开",
        "an item of Art. 20 not listed as proactive",
    ),
    (
        "DC004",
        Severity::Error,
        "规范性文件未同日发布解读",
        "normative document without its interpretation on the same day",
    ),
    (
        "DC005",
        Severity::Error,
        "主动公开信息没有公开渠道",
        "proactive entry without a channel",
    ),
    (
        "DC006",
        Severity::Warning,
        "非主动公开信息列有公开渠道",
        "channels listed for an entry that is not proactive",
    ),
    ("DC007", Severity::Error, "编号重复", "duplicate id"),
    (
        "DC008",
        Severity::Error,
        "缺少名称或责任单位",
        "missing title or responsible unit",
    ),
    (
        "DC009",
        Severity::Warning,
        "公开栏公开未加盖印章",
        "bulletin-board copies without the seal",
    ),
    (
        "DC010",
        Severity::Error,
        "主动公开超过20个工作日",
        "proactive entry published later than 20 working days",
    ),
    (
        "DC011",
        Severity::Warning,
        "以第十六条可不公开情形不公开，请复核",
        "withheld on a discretionary ground of Art. 16: review",
    ),
    (
        "DC012",
        Severity::Error,
        "第二十条项号无效",
        "invalid Art. 20 item number",
    ),
    (
        "DC013",
        Severity::Warning,
        "类别不在目录分类中",
        "category or sub-category not in the taxonomy",
    ),
    (
        "DC014",
        Severity::Warning,
        "责任单位与分类不一致",
        "responsible unit differs from the taxonomy's",
    ),
];

impl DisclosureCatalogue {
    /// Checks the catalogue in one pass: every finding, in entry order.
    ///
    /// `calendar` and `periods` are used for the timeliness check (DC010,
    /// `disclosure.proactive`); `taxonomy` for DC013–DC014.
    ///
    /// ```
    /// use minzheng::calendar::Calendar;
    /// use minzheng::deadline::Catalogue;
    /// use minzheng::disclosure::{DisclosureCatalogue, Taxonomy};
    /// let cat: DisclosureCatalogue = serde_json::from_str(r#"{"office": "示例市民政局", "entries": [
    ///   {"id": "1", "category": "社会救助", "subcategory": "城乡低保", "title": "低保申请人家庭经济状况",
    ///    "responsible_unit": "市社会救助局", "attribute": "not_disclosed"}]}"#).unwrap();
    /// let findings = cat.check(&Calendar::china(), &Catalogue::national(), &Taxonomy::seed001());
    /// assert_eq!(findings[0].rule, "DC001");
    /// ```
    pub fn check(
        &self,
        calendar: &Calendar,
        periods: &Periods,
        taxonomy: &Taxonomy,
    ) -> Vec<Finding> {
        let mut out = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            let mut sink = EntrySink { i, out: &mut out };
            if self.entries.iter().take(i).any(|o| o.id == e.id) {
                sink.push(
                    "DC007",
                    "id",
                    format!("编号“{}”重复", e.id),
                    format!("duplicate id \"{}\"", e.id),
                    tiaoli("第二十二条"),
                );
            }
            check_names(e, &mut sink);
            check_withholding(e, &mut sink);
            check_article20(e, &mut sink);
            if e.attribute == Attribute::Proactive {
                check_proactive(e, calendar, periods, &mut sink);
            } else if !e.channels.is_empty() {
                sink.push(
                    "DC006",
                    "channels",
                    format!("“{}”不是主动公开，却列有公开渠道", e.title),
                    format!("\"{}\" is not proactive but lists channels", e.title),
                    tiaoli("第十三条"),
                );
            }
            check_bulletin_board(e, &mut sink);
            check_taxonomy(e, taxonomy, &mut sink);
        }
        out
    }
}
