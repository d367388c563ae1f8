//! What the family and the public receive: notices in social-assistance wording from
//! replaceable templates (Markdown and HTML), the reasons of a refusal in plain words from the
//! failed findings, the remedies with their bodies and time limits, and the 公示 rows of a case.

use super::case::{dibao, interim, next_month, AssistanceCase, Procedure};
use super::error::AssistanceError;
use crate::eligibility::{yuan, Decision, FindingStatus, NoticeRow, Programme};
use crate::{Citation, Confidence};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The embedded templates (`data/assistance_notices.json`).
pub const EMBEDDED_ASSISTANCE_TEMPLATES: &str = include_str!("../../data/assistance_notices.json");

/// The kinds of notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AssistanceNoticeKind {
    /// 受理通知书.
    Acceptance,
    /// 补正材料一次性告知书.
    Correction,
    /// 不予受理通知书.
    NonAcceptance,
    /// 确认通知书 (amount and first month).
    Approval,
    /// 不予确认通知书 (reasons and remedies).
    Refusal,
    /// 减发通知书.
    Reduction,
    /// 停发通知书.
    Stop,
    /// 审核确认程序终止通知书.
    Termination,
}

impl AssistanceNoticeKind {
    /// The stable id (`acceptance`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            AssistanceNoticeKind::Acceptance => "acceptance",
            AssistanceNoticeKind::Correction => "correction",
            AssistanceNoticeKind::NonAcceptance => "non_acceptance",
            AssistanceNoticeKind::Approval => "approval",
            AssistanceNoticeKind::Refusal => "refusal",
            AssistanceNoticeKind::Reduction => "reduction",
            AssistanceNoticeKind::Stop => "stop",
            AssistanceNoticeKind::Termination => "termination",
        }
    }
}

/// One template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssistanceTemplate {
    /// The document's title.
    pub title: String,
    /// The body with `{{placeholders}}`.
    pub body: String,
}

/// A set of templates, replaceable by a bureau.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssistanceTemplates {
    /// AssistanceTemplates by kind.
    pub templates: BTreeMap<AssistanceNoticeKind, AssistanceTemplate>,
}

/// Who issues the notice and where the family may seek review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeContext<'a> {
    /// The issuing office (县民政局, via the township).
    pub office: &'a str,
    /// The reconsideration body: the people's government at the same level as the issuing
    /// department (行政复议法 第二十四条第一款第（一）项), e.g. “某某县人民政府”.
    pub reconsideration_body: &'a str,
    /// The notice's date.
    pub date: NaiveDate,
}

/// A filled notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AssistanceNotice {
    /// The kind.
    pub kind: AssistanceNoticeKind,
    /// The title.
    pub title: String,
    /// The filled text (Markdown).
    pub markdown: String,
}

const PLACEHOLDERS: &[&str] = &[
    "office",
    "case",
    "applicant",
    "programme",
    "received",
    "accepted_on",
    "decided",
    "amount",
    "first_month",
    "change_month",
    "missing",
    "reasons",
    "limits",
    "bases",
    "remedies",
    "reconsideration_body",
    "date",
];

impl AssistanceTemplates {
    /// The embedded standard templates.
    pub fn standard() -> AssistanceTemplates {
        match AssistanceTemplates::from_json(EMBEDDED_ASSISTANCE_TEMPLATES) {
            Ok(t) => t,
            Err(e) => {
                debug_assert!(false, "embedded assistance templates invalid: {e}");
                AssistanceTemplates {
                    templates: BTreeMap::new(),
                }
            }
        }
    }

    /// AssistanceTemplates from JSON (`{"templates": {"refusal": {"title", "body"}, ...}}`), every
    /// placeholder checked.
    pub fn from_json(json: &str) -> Result<AssistanceTemplates, AssistanceError> {
        let t: AssistanceTemplates =
            crate::json::from_str(json).map_err(|e| AssistanceError::BadTemplate {
                zh: format!("JSON 格式错误：{e}"),
                en: format!("malformed JSON: {e}"),
            })?;
        for (kind, tpl) in &t.templates {
            for name in placeholders(&tpl.body) {
                if !PLACEHOLDERS.contains(&name) {
                    return Err(AssistanceError::BadTemplate {
                        zh: format!("{} 模板含未知占位符 {{{{{name}}}}}", kind.as_str()),
                        en: format!(
                            "the {} template has an unknown placeholder {{{{{name}}}}}",
                            kind.as_str()
                        ),
                    });
                }
            }
        }
        Ok(t)
    }

    /// Fills the notice of `kind` for a case. Every placeholder the template uses must have a
    /// value (an approval needs a decision, a refusal its reasons): otherwise an error says
    /// which, and no half-filled notice is returned.
    pub fn fill(
        &self,
        kind: AssistanceNoticeKind,
        procedure: &Procedure<'_>,
        case: &AssistanceCase,
        ctx: &NoticeContext<'_>,
    ) -> Result<AssistanceNotice, AssistanceError> {
        let tpl = self
            .templates
            .get(&kind)
            .ok_or_else(|| AssistanceError::BadTemplate {
                zh: format!("没有 {} 模板", kind.as_str()),
                en: format!("no {} template", kind.as_str()),
            })?;
        let values = values(kind, procedure, case, ctx)?;
        let mut out = String::new();
        let mut rest = tpl.body.as_str();
        while let Some(start) = rest.find("{{") {
            out.push_str(rest.get(..start).unwrap_or(""));
            let after = rest.get(start + 2..).unwrap_or("");
            let Some(end) = after.find("}}") else {
                return Err(AssistanceError::BadTemplate {
                    zh: "未闭合的占位符".into(),
                    en: "unclosed placeholder".into(),
                });
            };
            let name = after.get(..end).unwrap_or("").trim();
            match values.get(name) {
                Some(Some(v)) => out.push_str(v),
                _ => {
                    return Err(AssistanceError::BadTemplate {
                        zh: format!(
                            "案件 {} 缺少“{name}”所需的信息，不能出具{}",
                            case.id, tpl.title
                        ),
                        en: format!(
                            "case {} lacks what {{{{{name}}}}} needs for this notice",
                            case.id
                        ),
                    })
                }
            }
            rest = after.get(end + 2..).unwrap_or("");
        }
        out.push_str(rest);
        Ok(AssistanceNotice {
            kind,
            title: tpl.title.clone(),
            markdown: out,
        })
    }
}

impl AssistanceNotice {
    /// The notice as a printable HTML page (the layout of the window documents).
    #[cfg(feature = "render")]
    pub fn to_html(&self) -> String {
        crate::window::Notice {
            kind: crate::window::NoticeKind::Denial,
            title: self.title.clone(),
            markdown: self.markdown.clone(),
        }
        .to_html()
    }
}

fn placeholders(body: &str) -> Vec<&str> {
    let mut v = Vec::new();
    let mut rest = body;
    while let Some(start) = rest.find("{{") {
        let after = rest.get(start + 2..).unwrap_or("");
        let Some(end) = after.find("}}") else { break };
        v.push(after.get(..end).unwrap_or("").trim());
        rest = after.get(end + 2..).unwrap_or("");
    }
    v
}

fn numbered(items: &[String]) -> Option<String> {
    let items: Vec<&String> = items.iter().filter(|s| !s.trim().is_empty()).collect();
    (!items.is_empty()).then(|| {
        items
            .iter()
            .enumerate()
            .map(|(i, m)| format!("{}. {m}", i + 1))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

fn month(d: NaiveDate) -> String {
    // Written out, not through chrono's `format` (see `Procedure::explain`).
    format!("{}年{:02}月", d.year(), d.month())
}

fn cite(c: &Citation) -> String {
    format!("《{}》{} {}", c.instrument, c.article, c.confidence.tag())
}

/// The remedies of a refusal, reduction or stop (LEGAL.md I2 \[V1\]): reconsideration within 60
/// days (行政复议法 第二十条第一款) before the people's government at the department's level
/// (第二十四条), or a suit within 6 months (行政诉讼法 第四十六条).
pub fn remedies(reconsideration_body: &str) -> Vec<String> {
    vec![
        format!("行政复议：自知道该决定之日起六十日内，向{reconsideration_body}申请行政复议（《中华人民共和国行政复议法》第二十条第一款、第二十四条）"),
        "行政诉讼：自知道该决定之日起六个月内，直接向人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）".to_owned(),
    ]
}

/// The reasons of a refusal or reduction in plain words: every failed finding of the decision,
/// with the rule it failed and the rule's confidence (a `[V2]` or `[UNVERIFIED]` source is never
/// presented as certain).
pub fn reasons_from(decision: &Decision) -> Vec<String> {
    decision
        .findings
        .iter()
        .filter(|f| f.status == FindingStatus::Failed)
        .map(|f| format!("{}（{}）", f.zh, cite(&f.citation)))
        .collect()
}

/// The bases a notice cites, by programme and kind.
fn bases(p: Programme, kind: AssistanceNoticeKind) -> Vec<Citation> {
    use AssistanceNoticeKind as N;
    let tk = |a: &str| Citation::new("特困人员认定办法", a, Confidence::V2);
    let ch = |a: &str| {
        Citation::new(
            "关于进一步加强事实无人抚养儿童保障工作的意见",
            a,
            Confidence::V2,
        )
    };
    match (p, kind) {
        (Programme::Dibao, N::Approval) => vec![dibao("第二十一条")],
        (Programme::Dibao, N::Refusal) => vec![dibao("第二十一条")],
        (Programme::Dibao, N::Reduction | N::Stop) => vec![dibao("第三十一条、第三十二条")],
        (Programme::Dibao, N::Termination) => vec![dibao("第二十九条")],
        (Programme::Tekun, N::Approval) => vec![tk("第十七条")],
        (Programme::Tekun, N::Refusal) => vec![tk("第十八条")],
        (Programme::Tekun, N::Reduction | N::Stop) => vec![tk("第二十四条、第二十六条")],
        (Programme::DeFactoChild, _) => vec![ch("二")],
        (Programme::TemporaryAssistance, _) => vec![interim("第四十七条、第四十八条")],
        _ => vec![interim("第十三条")],
    }
}

fn values(
    kind: AssistanceNoticeKind,
    procedure: &Procedure<'_>,
    case: &AssistanceCase,
    ctx: &NoticeContext<'_>,
) -> Result<BTreeMap<&'static str, Option<String>>, AssistanceError> {
    let last_change = case.changes.last();
    let reasons = match kind {
        AssistanceNoticeKind::Reduction | AssistanceNoticeKind::Stop => {
            last_change.and_then(|c| numbered(&c.reasons))
        }
        _ => numbered(&case.reasons),
    };
    let amount = match kind {
        AssistanceNoticeKind::Reduction => last_change.and_then(|c| c.amount_fen),
        _ => case.amount_fen,
    };
    let timings = procedure.timings(case)?;
    // With no pending limit, the notice says why: every step with a limit is done, or the
    // national texts set none for this programme (孤儿, the two subsidies, 临时救助's own steps).
    let no_pending = if timings.is_empty() {
        "国家规定未设办理时限，依当地规定办理"
    } else {
        "各环节均已办结"
    };
    let limits: Vec<String> = timings
        .into_iter()
        .filter(|t| t.done.is_none())
        .map(|t| {
            format!(
                "{}：{}，{} 前（{}）",
                t.name,
                t.period,
                t.due,
                cite(&t.basis)
            )
        })
        .collect();
    let bases: Vec<String> = bases(case.programme, kind).iter().map(cite).collect();
    let mut v: BTreeMap<&'static str, Option<String>> = BTreeMap::new();
    v.insert("office", Some(ctx.office.to_owned()));
    v.insert("case", Some(case.id.clone()));
    v.insert("applicant", Some(case.applicant.clone()));
    v.insert("programme", Some(case.programme.as_zh().to_owned()));
    v.insert("received", Some(case.received.to_string()));
    v.insert("accepted_on", case.accepted_on.map(|d| d.to_string()));
    v.insert("decided", case.decided.map(|(d, _)| d.to_string()));
    v.insert("amount", amount.map(yuan));
    v.insert("first_month", case.first_month.map(month));
    v.insert(
        "change_month",
        last_change.map(|c| month(next_month(c.date))),
    );
    v.insert("missing", numbered(&case.missing));
    v.insert("reasons", reasons);
    v.insert(
        "limits",
        numbered(&limits).or_else(|| Some(no_pending.to_owned())),
    );
    v.insert("bases", numbered(&bases));
    v.insert("remedies", numbered(&remedies(ctx.reconsideration_body)));
    v.insert(
        "reconsideration_body",
        Some(ctx.reconsideration_body.to_owned()),
    );
    v.insert("date", Some(ctx.date.to_string()));
    Ok(v)
}

/// Listed in a 公示: 低保 (最低生活保障审核确认办法 第二十四条), 特困 (特困人员认定办法 第十七条
/// “公布”) and 临时救助 (社会救助暂行办法 第四十八条). Never 事实无人抚养儿童 (“不宜设置公示
/// 环节”); nor 孤儿 and the disability subsidies, for which no text read requires a 公示 —
/// the reading that protects the children and the persons with disabilities.
pub fn listed(p: Programme) -> bool {
    matches!(
        p,
        Programme::Dibao | Programme::Tekun | Programme::TemporaryAssistance
    )
}

/// The 公示 rows of the cases paid for the month starting `month`, with nothing but what the
/// privacy rules allow (name, household size, amount, village; LEGAL.md F), in case order.
pub fn public_rows(cases: &[AssistanceCase], month: NaiveDate) -> Vec<NoticeRow> {
    cases
        .iter()
        .filter(|c| listed(c.programme))
        .filter_map(|c| {
            let amount = if c.programme == Programme::TemporaryAssistance {
                super::figures::temporary_in(c, month)
            } else {
                c.amount_on(month)
            };
            (amount > 0).then(|| NoticeRow {
                name: c.applicant.clone(),
                household_size: c.household_size,
                amount_fen: amount,
                village: c.village.clone(),
            })
        })
        .collect()
}
