//! A small layered layout for the flowchart SVG: steps in rows by their longest distance from a
//! root of the loop-free graph, ordered within a row by the average position of their
//! predecessors; loops (补正 → 受理) are routed along the right-hand margin.
//!
//! Written by hand rather than pulling a graph-layout crate: process graphs have a handful of
//! steps, and the core must stay small enough for the WASM build (DESIGN.md).

use super::graph::Graph;
use super::{Process, Step, StepKind};

/// Width of a text run at `size` px: CJK and full-width characters are one em, others ~0.6 em.
pub(crate) fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| if (c as u32) < 0x2E80 { 0.6 } else { 1.0 })
        .sum::<f64>()
        * size
}

pub(crate) const NAME_SIZE: f64 = 15.0;
pub(crate) const DETAIL_SIZE: f64 = 12.0;
pub(crate) const NODE_H: f64 = 62.0;
const ROW_GAP: f64 = 58.0;
const COL_GAP: f64 = 36.0;
const PAD_X: f64 = 22.0;
pub(crate) const MARGIN: f64 = 30.0;
pub(crate) const LANE_GAP: f64 = 18.0;

pub(crate) struct Placed {
    /// Centre x, top y, width.
    pub x: f64,
    pub y: f64,
    pub w: f64,
}

pub(crate) struct Layout {
    pub nodes: Vec<Placed>,
    pub width: f64,
    pub height: f64,
    /// x of the first right-hand lane for loop edges.
    pub lane_x: f64,
    /// x of the first left-hand lane.
    pub left_lane_x: f64,
    /// Per edge: routed along the left margin.
    pub left: Vec<bool>,
    /// Per edge: routed along a margin (loops, and edges that skip a row).
    pub routed: Vec<bool>,
    /// The x the rows are centred on.
    pub centre: f64,
}

pub(crate) fn detail_lines(step: &Step) -> (String, String) {
    let post = step.post.clone().unwrap_or_default();
    let time = step.time_limit.map(|t| t.zh()).unwrap_or_default();
    (post, time)
}

pub(crate) fn node_width(step: &Step) -> f64 {
    let (post, time) = detail_lines(step);
    let w = text_width(&step.name, NAME_SIZE)
        .max(text_width(&post, DETAIL_SIZE))
        .max(text_width(&time, DETAIL_SIZE));
    let extra = if step.kind.is_decision() { 36.0 } else { 0.0 };
    (w + 2.0 * PAD_X + extra).max(110.0)
}

/// Lays out `p` below `top`.
pub(crate) fn layout(p: &Process, g: &Graph, top: f64, min_width: f64) -> Layout {
    let n = p.steps.len();
    let fwd = g.forward();
    let order = g.topo(&fwd);
    let mut layer = vec![0usize; n];
    for &v in &order {
        let lv = layer.get(v).copied().unwrap_or(0);
        for &b in fwd.of(v) {
            if let Some(lb) = layer.get_mut(b) {
                *lb = (*lb).max(lv + 1);
            }
        }
    }
    let rows = layer.iter().copied().max().map_or(0, |m| m + 1);
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); rows];
    for (v, &l) in layer.iter().enumerate() {
        if let Some(r) = members.get_mut(l) {
            r.push(v);
        }
    }
    let widths: Vec<f64> = p.steps.iter().map(node_width).collect();
    let wof = |v: usize| widths.get(v).copied().unwrap_or(110.0);
    let row_width = |r: &[usize]| {
        r.iter().map(|&v| wof(v)).sum::<f64>() + COL_GAP * (r.len().saturating_sub(1)) as f64
    };
    let content_w = members
        .iter()
        .map(|r| row_width(r))
        .fold(0.0_f64, f64::max)
        .max(min_width - 2.0 * MARGIN);
    let mid = MARGIN + content_w / 2.0;
    let mut nodes: Vec<Placed> = (0..n)
        .map(|v| Placed {
            x: mid,
            y: top,
            w: wof(v),
        })
        .collect();
    for (l, row) in members.iter_mut().enumerate() {
        // order by the mean x of the predecessors already placed
        if l > 0 {
            let key = |v: usize| {
                let xs: Vec<f64> = g
                    .forward_edges()
                    .filter(|e| e.1 == v)
                    .filter_map(|e| nodes.get(e.0).map(|pn| pn.x))
                    .collect();
                if xs.is_empty() {
                    mid
                } else {
                    xs.iter().sum::<f64>() / xs.len() as f64
                }
            };
            // siblings: corrections and suspensions to the left, ends to the right, the main
            // path between
            let rank = |v: usize| match p.steps.get(v).map(|s| s.kind) {
                Some(StepKind::Correction | StepKind::Suspension) => 0,
                Some(StepKind::End) => 2,
                _ => 1,
            };
            let mut keyed: Vec<(f64, u8, usize)> =
                row.iter().map(|&v| (key(v), rank(v), v)).collect();
            keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
            *row = keyed.into_iter().map(|k| k.2).collect();
        }
        let rw = row_width(row);
        let mut x = mid - rw / 2.0;
        let y = top + l as f64 * (NODE_H + ROW_GAP);
        for &v in row.iter() {
            let w = wof(v);
            if let Some(nd) = nodes.get_mut(v) {
                nd.x = x + w / 2.0;
                nd.y = y;
            }
            x += w + COL_GAP;
        }
    }
    // loops leave from the side nearer their source: count the lanes on each side
    // and forward edges that skip a row are routed the same way, so that they pass no box
    let mut left = Vec::new();
    let mut routed = Vec::new();
    for (e, &(a, b, _)) in g.edges.iter().enumerate() {
        let is_back = g.back.get(e).copied().unwrap_or(false);
        let (la, lb) = (layer.get(a).copied(), layer.get(b).copied());
        let skips = matches!((la, lb), (Some(x), Some(y)) if y != x + 1);
        let r = is_back || skips;
        let on_left = nodes.get(a).is_some_and(|n| n.x < mid - 1.0);
        routed.push(r);
        left.push(r && on_left);
    }
    let n_left = left.iter().filter(|b| **b).count() as f64;
    let n_right = routed.iter().filter(|b| **b).count() as f64 - n_left;
    let shift = if n_left > 0.0 {
        n_left * LANE_GAP + 24.0 + 48.0
    } else {
        0.0
    };
    for nd in &mut nodes {
        nd.x += shift;
    }
    let lane_x = MARGIN + shift + content_w + 24.0;
    let right_room = if n_right > 0.0 {
        24.0 + n_right * LANE_GAP + 40.0
    } else {
        0.0
    };
    Layout {
        nodes,
        width: MARGIN + shift + content_w + right_room + MARGIN,
        height: top + rows as f64 * (NODE_H + ROW_GAP) - ROW_GAP,
        lane_x,
        left_lane_x: MARGIN + shift - 24.0,
        left,
        routed,
        centre: mid + shift,
    }
}
