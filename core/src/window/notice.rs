//! Formal window documents (文书): filled, printable texts from replaceable templates.

use super::case::{Desk, WindowCase};
use super::error::WindowError;
use super::item::WindowItem;
use crate::deadline::{due_date, Period};
use crate::text::Bilingual;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The embedded templates (`data/window_notices.json`).
pub const EMBEDDED_TEMPLATES: &str = include_str!("../../data/window_notices.json");

/// The kinds of document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NoticeKind {
    /// 受理通知书.
    Acceptance,
    /// 不予受理通知书.
    NonAcceptance,
    /// 补正材料通知书.
    Correction,
    /// 准予（行政许可）决定书.
    Grant,
    /// 不予（行政许可）决定书.
    Denial,
    /// 送达回证.
    ServiceReceipt,
}

impl NoticeKind {
    /// The stable id, as written in JSON (`acceptance`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            NoticeKind::Acceptance => "acceptance",
            NoticeKind::NonAcceptance => "non_acceptance",
            NoticeKind::Correction => "correction",
            NoticeKind::Grant => "grant",
            NoticeKind::Denial => "denial",
            NoticeKind::ServiceReceipt => "service_receipt",
        }
    }
}

/// One template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Template {
    /// The document's title.
    pub title: String,
    /// The body with `{{placeholders}}`.
    pub body: String,
}

/// A set of templates (replaceable by a bureau).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Templates {
    /// Templates by kind.
    pub templates: BTreeMap<NoticeKind, Template>,
}

/// A filled document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Notice {
    /// The kind.
    pub kind: NoticeKind,
    /// The title.
    pub title: String,
    /// The filled text (Markdown).
    pub markdown: String,
}

const PLACEHOLDERS: &[&str] = &[
    "office",
    "case",
    "applicant",
    "item_name",
    "item_code",
    "received",
    "accepted_on",
    "decision_due",
    "decided",
    "issue_due",
    "grounds",
    "missing",
    "bases",
    "remedies",
    "date",
];

impl Templates {
    /// The embedded standard templates.
    pub fn standard() -> Templates {
        match Templates::from_json(EMBEDDED_TEMPLATES) {
            Ok(t) => t,
            Err(e) => {
                debug_assert!(false, "embedded templates invalid: {e}");
                Templates {
                    templates: BTreeMap::new(),
                }
            }
        }
    }

    /// Templates from JSON (`{"templates": {"acceptance": {"title", "body"}, ...}}`), with every
    /// placeholder checked.
    pub fn from_json(json: &str) -> Result<Templates, WindowError> {
        let t: Templates = crate::json::from_str(json).map_err(|e| WindowError::BadTemplate {
            why: Bilingual::new(
                format!("JSON 格式错误：{e}"),
                format!("malformed JSON: {e}"),
            ),
        })?;
        for (kind, tpl) in &t.templates {
            for name in placeholders(&tpl.body) {
                if !PLACEHOLDERS.contains(&name) {
                    return Err(WindowError::BadTemplate {
                        why: Bilingual::new(
                            format!("{} 模板含未知占位符 {{{{{name}}}}}", kind.as_str()),
                            format!(
                                "the {} template has an unknown placeholder {{{{{name}}}}}",
                                kind.as_str()
                            ),
                        ),
                    });
                }
            }
        }
        Ok(t)
    }

    /// Fills the document of `kind` for a case. Every placeholder the template uses must have a
    /// value (e.g. a grant needs a decision): otherwise an error says which.
    pub fn fill(
        &self,
        kind: NoticeKind,
        desk: &Desk<'_>,
        case: &WindowCase,
        office: &str,
        date: NaiveDate,
    ) -> Result<Notice, WindowError> {
        let tpl = self
            .templates
            .get(&kind)
            .ok_or_else(|| WindowError::BadTemplate {
                why: Bilingual::new(
                    format!("没有 {} 模板", kind.as_str()),
                    format!("no {} template", kind.as_str()),
                ),
            })?;
        let item = desk
            .item(&case.item)
            .ok_or_else(|| WindowError::UnknownItem {
                case: case.id.clone(),
                item: case.item.clone(),
            })?;
        let values = values(desk, item, case, office, date)?;
        let mut out = String::new();
        let mut rest = tpl.body.as_str();
        while let Some(start) = rest.find("{{") {
            out.push_str(rest.get(..start).unwrap_or(""));
            let after = rest.get(start + 2..).unwrap_or("");
            let Some(end) = after.find("}}") else {
                return Err(WindowError::BadTemplate {
                    why: Bilingual::new("未闭合的占位符", "unclosed placeholder"),
                });
            };
            let name = after.get(..end).unwrap_or("").trim();
            match values.get(name) {
                Some(Some(v)) => out.push_str(v),
                _ => {
                    return Err(WindowError::BadTemplate {
                        why: Bilingual::new(
                            format!(
                                "案件 {} 缺少“{name}”所需的信息，不能出具{}",
                                case.id, tpl.title
                            ),
                            format!(
                                "case {} lacks what {{{{{name}}}}} needs for this document",
                                case.id
                            ),
                        ),
                    })
                }
            }
            rest = after.get(end + 2..).unwrap_or("");
        }
        out.push_str(rest);
        Ok(Notice {
            kind,
            title: tpl.title.clone(),
            markdown: out,
        })
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

fn numbered(items: &[String]) -> String {
    items
        .iter()
        .enumerate()
        .map(|(i, m)| format!("{}. {m}", i + 1))
        .collect::<Vec<_>>()
        .join("\n")
}

fn values(
    desk: &Desk<'_>,
    item: &WindowItem,
    case: &WindowCase,
    office: &str,
    date: NaiveDate,
) -> Result<BTreeMap<&'static str, Option<String>>, WindowError> {
    let decided = case.decided.map(|(d, _)| d);
    let decision_due = match case.accepted_on {
        Some(_) => Some(desk.decision_due(case, date)?.to_string()),
        None => None,
    };
    let issue_due = match decided {
        Some(d) => {
            Some(due_date(desk.calendar(), d, Period::working_days(10), &[], None)?.to_string())
        }
        None => None,
    };
    let grounds = case_grounds(case);
    let bases = numbered(
        &item
            .bases_or_default()
            .iter()
            .map(|b| b.to_string())
            .collect::<Vec<_>>(),
    );
    let remedies = if item.remedies.is_empty() {
        None
    } else {
        Some(numbered(
            &item
                .remedies
                .iter()
                .map(|r| match r.time_limit {
                    Some(p) => format!("{}：{}（{}内）", r.kind, r.body, p.zh()),
                    None => format!("{}：{}", r.kind, r.body),
                })
                .collect::<Vec<_>>(),
        ))
    };
    let mut m = BTreeMap::new();
    m.insert("office", Some(office.to_owned()));
    m.insert("case", Some(case.id.clone()));
    m.insert("applicant", Some(case.applicant.clone()));
    m.insert("item_name", Some(item.name.clone()));
    m.insert("item_code", Some(item.code.clone()));
    m.insert("received", Some(case.received.to_string()));
    m.insert("accepted_on", case.accepted_on.map(|d| d.to_string()));
    m.insert("decision_due", decision_due);
    m.insert("decided", decided.map(|d| d.to_string()));
    m.insert("issue_due", issue_due);
    m.insert("grounds", grounds);
    m.insert(
        "missing",
        (!case.missing.is_empty()).then(|| numbered(&case.missing)),
    );
    m.insert("bases", Some(bases));
    m.insert("remedies", remedies);
    m.insert("date", Some(date.to_string()));
    Ok(m)
}

fn case_grounds(case: &WindowCase) -> Option<String> {
    case.grounds.clone()
}

impl Notice {
    /// The document as a printable HTML page.
    #[cfg(feature = "render")]
    pub fn to_html(&self) -> String {
        let mut body = String::new();
        let mut list = false;
        for para in self.markdown.split("\n\n") {
            for line in para.lines() {
                let l = line.trim();
                let is_item = l
                    .split_once(". ")
                    .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
                if is_item && !list {
                    body.push_str("<ol>\n");
                    list = true;
                } else if !is_item && list {
                    body.push_str("</ol>\n");
                    list = false;
                }
                if let Some(t) = l.strip_prefix("# ") {
                    body.push_str(&format!("<h1>{}</h1>\n", esc(t)));
                } else if is_item {
                    let text = l.split_once(". ").map(|(_, t)| t).unwrap_or(l);
                    body.push_str(&format!("<li>{}</li>\n", esc(text)));
                } else if !l.is_empty() {
                    body.push_str(&format!("<p>{}</p>\n", esc(l)));
                }
            }
            if list {
                body.push_str("</ol>\n");
                list = false;
            }
        }
        format!(
            "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\nbody {{ font-family: \"FangSong\", \"仿宋\", \"Noto Serif CJK SC\", serif; max-width: 180mm; margin: 0 auto; padding: 20mm 18mm; font-size: 16px; line-height: 1.9; }}\nh1 {{ font-family: \"SimHei\", \"Noto Sans CJK SC\", sans-serif; text-align: center; font-size: 22px; margin: 4px 0; font-weight: normal; }}\np {{ margin: 6px 0; }}\n@media print {{ @page {{ size: A4; margin: 20mm; }} body {{ padding: 0; }} }}\n</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
            esc(&self.title)
        )
    }
}

#[cfg(feature = "render")]
use crate::text::escape_html as esc;
