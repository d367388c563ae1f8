//! The public sheet of an item: the eight disclosures (八公开) and the flowchart, as Markdown
//! and as a standalone HTML page.

use super::render::{mermaid, xml_escape};
use super::svg::svg;
use super::{Handling, PowerItem};

struct Sheet {
    rows: Vec<(&'static str, String)>,
}

fn period_or(p: Option<crate::deadline::Period>, none: &str) -> String {
    p.map(limit_zh).unwrap_or_else(|| none.to_owned())
}

/// A limit as published: `20个工作日`, or `当场办结` for zero.
pub(crate) fn limit_zh(p: crate::deadline::Period) -> String {
    if p.amount == 0 {
        "当场办结".to_owned()
    } else {
        p.zh()
    }
}

fn sheet(item: &PowerItem) -> Sheet {
    let tl = &item.time_limits;
    let bases: Vec<String> = item
        .legal_bases
        .iter()
        .map(|b| {
            let mut s = b.display_zh();
            if let Some(q) = &b.citation.quote {
                s.push_str(&format!("：“{q}”"));
            }
            if b.citation.confidence.needs_checking() {
                s.push_str(&format!("（{}）", b.citation.confidence.tag()));
            }
            s
        })
        .collect();
    let steps: Vec<String> = item
        .process
        .steps
        .iter()
        .filter(|s| !s.kind.is_terminal())
        .map(|s| s.name.clone())
        .collect();
    let materials: Vec<String> = item
        .materials
        .iter()
        .map(|m| {
            format!(
                "{}（{}{}份，{}{}）",
                m.name,
                m.form.zh(),
                m.copies,
                if m.required { "必要" } else { "非必要" },
                m.issuer
                    .as_deref()
                    .map(|i| format!("，{i}"))
                    .unwrap_or_default()
            )
        })
        .collect();
    let promised = match item.handling {
        Handling::Immediate => "即时办结（即办件）".to_owned(),
        Handling::Promised => period_or(tl.promised, "未公布"),
    };
    let (standard, basis) = if item.fee.charged {
        (
            item.fee.standard.clone().unwrap_or_else(|| "未公布".into()),
            if item.fee.basis.is_empty() {
                "未公布".to_owned()
            } else {
                item.fee
                    .basis
                    .iter()
                    .map(|c| format!("《{}》{}", c.instrument, c.article))
                    .collect::<Vec<_>>()
                    .join("；")
            },
        )
    } else {
        ("不收费".to_owned(), "不收费".to_owned())
    };
    Sheet {
        rows: vec![
            ("事项名称", format!("{}（{}）", item.name, item.code)),
            ("设立依据", bases.join("\n")),
            ("办理流程", steps.join(" → ")),
            ("申报材料", materials.join("\n")),
            ("法定办结时限", period_or(tl.statutory, "未公布")),
            ("承诺办结时限", promised),
            ("收费标准", standard),
            ("收费依据", basis),
        ],
    }
}

fn extra_rows(item: &PowerItem) -> Vec<(&str, String)> {
    let mut v = vec![
        ("权力类型", item.category.zh().to_owned()),
        ("实施主体", item.implementing_body.clone()),
    ];
    if let Some(u) = &item.undertaking_unit {
        v.push(("承办机构", u.clone()));
    }
    if !item.conditions.is_empty() {
        v.push(("受理条件", item.conditions.join("\n")));
    }
    let c = &item.channels;
    for (label, list) in [
        ("咨询方式", &c.consultation),
        ("投诉方式", &c.complaint),
        ("监督方式", &c.supervision),
    ] {
        if !list.is_empty() {
            v.push((label, list.join("；")));
        }
    }
    for (k, val) in &item.attributes {
        v.push((k.as_str(), val.clone()));
    }
    if !item.remedies.is_empty() {
        let r: Vec<String> = item
            .remedies
            .iter()
            .map(|r| {
                format!(
                    "{}：{}{}",
                    r.kind.zh(),
                    r.body,
                    r.time_limit
                        .map(|p| format!("（{}内）", p.zh()))
                        .unwrap_or_default()
                )
            })
            .collect();
        v.push(("救济途径", r.join("；")));
    }
    v
}

fn md_cell(t: &str) -> String {
    t.replace('|', "\\|").replace('\n', "<br>")
}

/// The public sheet as Markdown: the eight disclosures, the other elements, and the flowchart
/// as a Mermaid block.
///
/// ```
/// use minzheng::power::{publish_markdown, PowerList};
/// let list = PowerList::from_json(include_str!("../../../examples/data/power-list.json"))?;
/// let md = publish_markdown(list.item("MZ-XK-001")?);
/// assert!(md.contains("| 承诺办结时限 |"));
/// assert!(md.contains("```mermaid"));
/// # Ok::<(), minzheng::power::PowerError>(())
/// ```
pub fn publish_markdown(item: &PowerItem) -> String {
    let mut o = format!(
        "# {}\n\n## 八公开\n\n| 要素 | 内容 |\n|---|---|\n",
        item.name
    );
    for (k, v) in sheet(item).rows {
        o.push_str(&format!("| {k} | {} |\n", md_cell(&v)));
    }
    o.push_str("\n## 其他要素\n\n| 要素 | 内容 |\n|---|---|\n");
    for (k, v) in extra_rows(item) {
        o.push_str(&format!("| {k} | {} |\n", md_cell(&v)));
    }
    o.push_str("\n## 权力运行流程图\n\n```mermaid\n");
    o.push_str(&mermaid(item));
    o.push_str("```\n");
    o
}

/// The public sheet as a standalone HTML page (inline CSS and the SVG flowchart, no scripts).
pub fn publish_html(item: &PowerItem) -> String {
    let rows = |v: Vec<(&str, String)>| {
        v.into_iter()
            .map(|(k, v)| {
                format!(
                    "<tr><th>{k}</th><td>{}</td></tr>\n",
                    xml_escape(&v).replace('\n', "<br>")
                )
            })
            .collect::<String>()
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<style>\nbody{{font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#1a202c}}\ntable{{border-collapse:collapse;width:100%;margin:1em 0}}\nth,td{{border:1px solid #cbd5e0;padding:.5em .7em;text-align:left;vertical-align:top}}\nth{{background:#edf2f7;width:9em;white-space:nowrap}}\nfigure{{margin:1em 0;overflow-x:auto}}\n</style>\n</head>\n<body>\n<h1>{title}</h1>\n<h2>八公开</h2>\n<table>\n{eight}</table>\n<h2>其他要素</h2>\n<table>\n{extra}</table>\n<h2>权力运行流程图</h2>\n<figure>\n{svg}</figure>\n</body>\n</html>\n",
        title = xml_escape(&item.name),
        eight = rows(sheet(item).rows),
        extra = rows(extra_rows(item)),
        svg = svg(item)
    )
}
