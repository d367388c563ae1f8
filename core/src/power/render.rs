//! Flowcharts (权力运行流程图) of an item's process as text: Mermaid and Graphviz DOT (the SVG is
//! in `svg`).
//!
//! Every step shows its name, responsible post and time limit; decisions (受理, 决定) are drawn
//! as hexagons with labelled branches (受理 / 不予受理 / 补正); start and end are rounded.

use super::graph::Graph;
use super::layout::detail_lines;
use super::{PowerItem, StepKind};
use std::fmt::Write;

/// Escapes text for XML and HTML (`& < > " '`).
pub(crate) fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

pub(crate) fn label_lines(item: &PowerItem, i: usize) -> Vec<String> {
    let Some(st) = item.process.steps.get(i) else {
        return Vec::new();
    };
    let (post, time) = detail_lines(st);
    let mut v = vec![st.name.clone()];
    if !post.is_empty() {
        v.push(post);
    }
    if !time.is_empty() {
        v.push(time);
    }
    v
}

/// The chart as Mermaid (`flowchart TD`), for Markdown pages and Mermaid-aware sites.
///
/// ```
/// use minzheng::power::{mermaid, PowerList};
/// let list = PowerList::from_json(include_str!("../../../examples/data/power-list.json"))?;
/// let m = mermaid(list.item("MZ-XK-001")?);
/// assert!(m.starts_with("flowchart TD"));
/// assert!(m.contains("|不予受理|"));
/// # Ok::<(), minzheng::power::PowerError>(())
/// ```
pub fn mermaid(item: &PowerItem) -> String {
    let esc = |t: &str| {
        t.replace('"', "#quot;")
            .replace('<', "#lt;")
            .replace('>', "#gt;")
            .replace(['\n', '\r'], " ")
    };
    let mut out = String::from("flowchart TD\n");
    for (i, st) in item.process.steps.iter().enumerate() {
        let text = label_lines(item, i)
            .iter()
            .map(|l| esc(l))
            .collect::<Vec<_>>()
            .join("<br/>");
        let (open, close) = match st.kind {
            StepKind::Start | StepKind::End => ("([\"", "\"])"),
            k if k.is_decision() => ("{{\"", "\"}}"),
            _ => ("[\"", "\"]"),
        };
        let _ = writeln!(out, "    s{i}{open}{text}{close}");
    }
    let g = Graph::new(&item.process);
    for &(a, b, t) in &g.edges {
        let label = item
            .process
            .transitions
            .get(t)
            .and_then(|tr| tr.label.as_deref())
            .map(|l| format!("|{}|", esc(l).replace('|', "/")))
            .unwrap_or_default();
        let arrow = if g.back.get(t).copied().unwrap_or(false) {
            "-.->"
        } else {
            "-->"
        };
        let _ = writeln!(out, "    s{a} {arrow}{label} s{b}");
    }
    out
}

/// The chart's title: the item's name and `权力运行流程图`, without saying it twice when the name
/// already ends so (a process table's title, `…登记 权力运行流程`, becomes the item's name).
pub(crate) fn chart_title(name: &str) -> String {
    let name = name.trim_end();
    if name.ends_with("流程图") {
        name.to_owned()
    } else if let Some(stem) = name.strip_suffix("权力运行流程") {
        format!("{stem}权力运行流程图")
    } else if let Some(stem) = name.strip_suffix("流程") {
        format!("{stem}流程图")
    } else {
        format!("{name}权力运行流程图")
    }
}

/// The chart as Graphviz DOT (`dot -Tsvg`), for sites that render with Graphviz.
pub fn dot(item: &PowerItem) -> String {
    let esc = |t: &str| {
        t.replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace(['\n', '\r'], " ")
    };
    let mut out = String::new();
    let _ = writeln!(out, "digraph \"{}\" {{", esc(&item.code));
    let _ = writeln!(
        out,
        "    graph [label=\"{}\", labelloc=t, fontname=\"Noto Sans CJK SC\"];",
        esc(&chart_title(&item.name))
    );
    out.push_str("    node [fontname=\"Noto Sans CJK SC\", fontsize=12, style=filled, fillcolor=\"#eef4fb\"];\n");
    out.push_str("    edge [fontname=\"Noto Sans CJK SC\", fontsize=11];\n");
    for (i, st) in item.process.steps.iter().enumerate() {
        let text = label_lines(item, i)
            .iter()
            .map(|l| esc(l))
            .collect::<Vec<_>>()
            .join("\\n");
        let shape = match st.kind {
            StepKind::Start | StepKind::End => {
                "shape=box, style=\"rounded,filled\", fillcolor=\"#e3f1e4\""
            }
            k if k.is_decision() => "shape=hexagon, fillcolor=\"#fdf0d5\"",
            StepKind::PriorNotice | StepKind::HearingNotice => "shape=box, fillcolor=\"#fbe4e4\"",
            _ => "shape=box",
        };
        let _ = writeln!(out, "    s{i} [label=\"{text}\", {shape}];");
    }
    let g = Graph::new(&item.process);
    for &(a, b, t) in &g.edges {
        let mut attrs = Vec::new();
        if let Some(l) = item
            .process
            .transitions
            .get(t)
            .and_then(|tr| tr.label.as_deref())
        {
            attrs.push(format!("label=\"{}\"", esc(l)));
        }
        if g.back.get(t).copied().unwrap_or(false) {
            attrs.push("style=dashed, constraint=false".to_owned());
        }
        let a_str = if attrs.is_empty() {
            String::new()
        } else {
            format!(" [{}]", attrs.join(", "))
        };
        let _ = writeln!(out, "    s{a} -> s{b}{a_str};");
    }
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod title_tests {
    use super::chart_title;

    #[test]
    fn the_title_says_flowchart_once() {
        assert_eq!(chart_title("婚姻登记"), "婚姻登记权力运行流程图");
        assert_eq!(
            chart_title("社会团体成立登记 权力运行流程"),
            "社会团体成立登记 权力运行流程图"
        );
        assert_eq!(chart_title("低保审批流程"), "低保审批流程图");
        assert_eq!(chart_title("低保审批流程图 "), "低保审批流程图");
    }
}
