//! The standalone SVG flowchart, laid out by `layout`.

use super::graph::Graph;
use super::layout::{layout, text_width, DETAIL_SIZE, LANE_GAP, MARGIN, NODE_H};
use super::render::{label_lines, xml_escape};
use super::{PowerItem, StepKind};
use std::fmt::Write;

const LEGEND: &str = "虚线：补正、退回等循环；红色：当事人权利告知环节；工作日不含法定节假日";

const FONT: &str =
    "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif";

/// The chart as a standalone SVG document (no scripts, no external resources), laid out by
/// our own code: what a bureau can put on its website as its 权力运行流程图.
///
/// ```
/// use minzheng::power::{svg, PowerList};
/// let list = PowerList::from_json(include_str!("../../../examples/data/power-list.json"))?;
/// let chart = svg(list.item("MZ-XK-001")?);
/// assert!(chart.starts_with("<svg") && chart.trim_end().ends_with("</svg>"));
/// assert!(chart.contains("不予受理"));
/// # Ok::<(), minzheng::power::PowerError>(())
/// ```
pub fn svg(item: &PowerItem) -> String {
    let p = &item.process;
    let g = Graph::new(p);
    let title = super::render::chart_title(&item.name);
    let tl = &item.time_limits;
    let sub = format!(
        "{} · {} · 法定时限：{} · 承诺时限：{} · {}",
        item.code,
        item.category.zh(),
        tl.statutory
            .map(super::publish::limit_zh)
            .unwrap_or_else(|| "—".into()),
        tl.promised
            .filter(|x| x.amount > 0)
            .map(|x| x.zh())
            .unwrap_or_else(|| "即时办结".into()),
        item.handling.zh()
    );
    let min_w = text_width(&title, 20.0)
        .max(text_width(&sub, DETAIL_SIZE))
        .max(text_width(&item.implementing_body, DETAIL_SIZE) + 60.0)
        .max(text_width(LEGEND, 11.0))
        + 2.0 * MARGIN;
    let top = 92.0;
    let lay = layout(p, &g, top, min_w);
    let height = lay.height + 64.0;
    let width = lay.width;
    let mut o = String::new();
    let _ = writeln!(
        o,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w:.0}\" height=\"{h:.0}\" viewBox=\"0 0 {w:.0} {h:.0}\" font-family=\"{FONT}\" role=\"img\" aria-label=\"{t}\">",
        w = width,
        h = height,
        t = xml_escape(&title)
    );
    let _ = writeln!(o, "<title>{}</title>", xml_escape(&title));
    o.push_str("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#4a5568\"/></marker></defs>\n");
    let _ = writeln!(
        o,
        "<rect x=\"0\" y=\"0\" width=\"{width:.0}\" height=\"{height:.0}\" fill=\"#ffffff\"/>"
    );
    let cx = lay.centre;
    let _ = writeln!(o, "<text x=\"{cx:.1}\" y=\"34\" text-anchor=\"middle\" font-size=\"20\" font-weight=\"bold\" fill=\"#1a202c\">{}</text>", xml_escape(&title));
    let _ = writeln!(o, "<text x=\"{cx:.1}\" y=\"56\" text-anchor=\"middle\" font-size=\"{DETAIL_SIZE}\" fill=\"#4a5568\">{}</text>", xml_escape(&sub));
    let _ = writeln!(o, "<text x=\"{cx:.1}\" y=\"74\" text-anchor=\"middle\" font-size=\"{DETAIL_SIZE}\" fill=\"#4a5568\">实施主体：{}</text>", xml_escape(&item.implementing_body));
    // edges first, so that boxes cover any line that passes behind them
    let (mut lane, mut llane) = (0usize, 0usize);
    let mut labels = String::new();
    for (e, &(a, b, t)) in g.edges.iter().enumerate() {
        let (Some(na), Some(nb)) = (lay.nodes.get(a), lay.nodes.get(b)) else {
            continue;
        };
        let label = p.transitions.get(t).and_then(|tr| tr.label.as_deref());
        let is_back = g.back.get(e).copied().unwrap_or(false);
        let (lx, ly);
        let routed = lay.routed.get(e).copied().unwrap_or(is_back);
        if routed {
            let on_left = lay.left.get(e).copied().unwrap_or(false);
            let (x, xa, xb) = if on_left {
                llane += 1;
                (
                    lay.left_lane_x - (llane - 1) as f64 * LANE_GAP,
                    na.x - na.w / 2.0,
                    nb.x - nb.w / 2.0,
                )
            } else {
                lane += 1;
                (
                    lay.lane_x + (lane - 1) as f64 * LANE_GAP,
                    na.x + na.w / 2.0,
                    nb.x + nb.w / 2.0,
                )
            };
            let (y1, y2) = (na.y + NODE_H / 2.0, nb.y + NODE_H / 2.0);
            let dash = if is_back {
                " stroke-dasharray=\"5,3\""
            } else {
                ""
            };
            let _ = writeln!(o, "<path d=\"M{xa:.1},{y1:.1} H{x:.1} V{y2:.1} H{xb:.1}\" fill=\"none\" stroke=\"#4a5568\" stroke-width=\"1.4\"{dash} marker-end=\"url(#arrow)\"/>");
            lx = x;
            ly = (y1 + y2) / 2.0;
        } else {
            let (x1, y1, x2, y2) = (na.x, na.y + NODE_H, nb.x, nb.y);
            let _ = writeln!(o, "<path d=\"M{x1:.1},{y1:.1} L{x2:.1},{y2:.1}\" fill=\"none\" stroke=\"#4a5568\" stroke-width=\"1.4\" marker-end=\"url(#arrow)\"/>");
            lx = (x1 + x2) / 2.0;
            ly = (y1 + y2) / 2.0;
        }
        if let Some(l) = label {
            let w = text_width(l, 11.0) + 8.0;
            let _ = writeln!(labels, "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"16\" rx=\"3\" fill=\"#ffffff\" stroke=\"#cbd5e0\"/><text x=\"{lx:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#2d3748\">{}</text>", lx - w / 2.0, ly - 8.0, ly + 4.0, xml_escape(l));
        }
    }
    for (i, st) in p.steps.iter().enumerate() {
        let Some(nd) = lay.nodes.get(i) else { continue };
        let (x0, y0, w, h) = (nd.x - nd.w / 2.0, nd.y, nd.w, NODE_H);
        let (fill, stroke) = match st.kind {
            StepKind::Start | StepKind::End => ("#e3f1e4", "#38a169"),
            k if k.is_decision() => ("#fdf0d5", "#d69e2e"),
            StepKind::PriorNotice | StepKind::HearingNotice | StepKind::Hearing => {
                ("#fbe4e4", "#c53030")
            }
            _ => ("#eef4fb", "#3182ce"),
        };
        match st.kind {
            StepKind::Start | StepKind::End => {
                let _ = writeln!(o, "<rect x=\"{x0:.1}\" y=\"{y0:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" rx=\"{:.1}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"1.5\"/>", h / 2.0);
            }
            k if k.is_decision() => {
                let d = 18.0;
                let _ = writeln!(o, "<polygon points=\"{:.1},{:.1} {:.1},{y0:.1} {:.1},{y0:.1} {:.1},{:.1} {:.1},{:.1} {:.1},{:.1}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"1.5\"/>",
                    x0, y0 + h / 2.0, x0 + d, x0 + w - d, x0 + w, y0 + h / 2.0, x0 + w - d, y0 + h, x0 + d, y0 + h);
            }
            _ => {
                let _ = writeln!(o, "<rect x=\"{x0:.1}\" y=\"{y0:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" rx=\"6\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"1.5\"/>");
            }
        }
        let lines = label_lines(item, i);
        let n = lines.len() as f64;
        let first = y0 + h / 2.0 - (n - 1.0) * 8.5 + 5.0;
        for (k, line) in lines.iter().enumerate() {
            let (size, weight, color) = if k == 0 {
                (15, "bold", "#1a202c")
            } else {
                (12, "normal", "#4a5568")
            };
            let _ = writeln!(o, "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"{size}\" font-weight=\"{weight}\" fill=\"{color}\">{}</text>", nd.x, first + k as f64 * 17.0, xml_escape(line));
        }
    }
    o.push_str(&labels);
    let basis = item
        .legal_bases
        .first()
        .map(|b| format!("依据：{}", b.display_zh()))
        .unwrap_or_default();
    let _ = writeln!(
        o,
        "<text x=\"{MARGIN:.1}\" y=\"{:.1}\" font-size=\"11\" fill=\"#718096\">{}</text>",
        height - 30.0,
        xml_escape(&basis)
    );
    let _ = writeln!(
        o,
        "<text x=\"{MARGIN:.1}\" y=\"{:.1}\" font-size=\"11\" fill=\"#718096\">{}</text>",
        height - 14.0,
        LEGEND
    );
    o.push_str("</svg>\n");
    o
}
