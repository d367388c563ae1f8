//! The flow checks (PL020–PL027): the shape of the process and its time limits.

use super::check::Sink;
use super::graph::{Graph, Ids};
use super::span::Total;
use super::{Handling, PowerItem, Process, StepKind};
use crate::deadline::{Period, PeriodUnit};

pub(crate) fn check_flow(item: &PowerItem, s: &mut Sink<'_>) {
    let p = &item.process;
    pl027_ids(p, s);
    let starts = pl020_one_start(p, s);
    pl023_pl024_post_and_time(p, s);
    if p.steps.is_empty() {
        return;
    }
    let g = Graph::new(p);
    if let Some(&start) = starts.first() {
        pl021_reachable(p, &g, start, s);
    }
    let trapped = pl025_exitless_cycles(p, &g, s);
    let ends: Vec<usize> = p
        .steps
        .iter()
        .enumerate()
        .filter(|(_, st)| st.kind == StepKind::End)
        .map(|(i, _)| i)
        .collect();
    pl022_path_to_end(p, &g, &ends, &trapped, s);
    // PL026: the longest start-to-end path against the promised limit.
    let limit = match (item.handling, item.time_limits.promised) {
        (_, Some(p)) if p.amount > 0 => Some(p),
        (Handling::Immediate, _) => Some(Period::working_days(0)),
        _ => None,
    };
    if let (Some(limit), Some(&start)) = (limit, starts.first()) {
        longest_path_check(item, &g, start, &ends, limit, s);
    }
}

/// PL027: duplicate step ids and transitions to unknown steps.
fn pl027_ids(p: &Process, s: &mut Sink<'_>) {
    let ids = Ids::new(p);
    for (i, st) in p.steps.iter().enumerate() {
        if ids.get(&st.id) != Some(i) {
            s.push(
                "PL027",
                &format!("process.steps[{i}].id"),
                format!("环节编号“{}”重复", st.id),
                format!("step id \"{}\" is used twice", st.id),
            );
        }
    }
    for (t, tr) in p.transitions.iter().enumerate() {
        for (end, id) in [("from", &tr.from), ("to", &tr.to)] {
            if ids.get(id).is_none() {
                s.push(
                    "PL027",
                    &format!("process.transitions[{t}].{end}"),
                    format!("连线引用了不存在的环节“{id}”"),
                    format!("transition refers to unknown step \"{id}\""),
                );
            }
        }
    }
}

/// PL020: exactly one start step. Returns the start steps found.
fn pl020_one_start(p: &Process, s: &mut Sink<'_>) -> Vec<usize> {
    let starts: Vec<usize> = p
        .steps
        .iter()
        .enumerate()
        .filter(|(_, st)| st.kind == StepKind::Start)
        .map(|(i, _)| i)
        .collect();
    if starts.len() != 1 {
        s.push(
            "PL020",
            "process.steps",
            format!("流程应有且只有一个开始环节，现有{}个", starts.len()),
            format!(
                "a process needs exactly one start step; it has {}",
                starts.len()
            ),
        );
    }
    starts
}

/// PL023 / PL024: every working step has a responsible post and a time limit.
fn pl023_pl024_post_and_time(p: &Process, s: &mut Sink<'_>) {
    for (i, st) in p.steps.iter().enumerate() {
        if st.kind.is_terminal() {
            continue;
        }
        if st.post.as_deref().is_none_or(|x| x.trim().is_empty()) {
            s.push(
                "PL023",
                &format!("process.steps[{i}].post"),
                format!("环节“{}”未明确责任岗位", st.name),
                format!("step \"{}\" has no responsible post", st.id),
            );
        }
        if st.time_limit.is_none() {
            s.push(
                "PL024",
                &format!("process.steps[{i}].time_limit"),
                format!("环节“{}”未明确办理时限", st.name),
                format!("step \"{}\" has no time limit", st.id),
            );
        }
    }
}

/// PL021: every step reachable from the (first) start.
fn pl021_reachable(p: &Process, g: &Graph, start: usize, s: &mut Sink<'_>) {
    let reach = g.reach(&[start], true);
    for (i, st) in p.steps.iter().enumerate() {
        if !reach.get(i).copied().unwrap_or(true) {
            s.push(
                "PL021",
                &format!("process.steps[{i}]"),
                format!("环节“{}”从开始环节无法到达", st.name),
                format!("step \"{}\" cannot be reached from the start", st.id),
            );
        }
    }
}

/// PL025: a cycle none of whose steps leads out of it (and holding no end), reported once per
/// cycle. Returns, for each step, whether it is trapped in such a cycle.
fn pl025_exitless_cycles(p: &Process, g: &Graph, s: &mut Sink<'_>) -> Vec<bool> {
    let comp = g.components();
    // a component is cyclic if an edge stays inside it; it has an exit if an edge leaves it
    let mut cyclic = vec![false; g.n];
    let mut exits = vec![false; g.n];
    for &(a, b, _) in &g.edges {
        let (ca, cb) = (comp.get(a).copied(), comp.get(b).copied());
        let flag = if ca == cb { &mut cyclic } else { &mut exits };
        if let Some(x) = ca.and_then(|c| flag.get_mut(c)) {
            *x = true;
        }
    }
    let mut has_end = vec![false; g.n];
    for (j, st) in p.steps.iter().enumerate() {
        if st.kind == StepKind::End {
            if let Some(x) = comp.get(j).and_then(|&c| has_end.get_mut(c)) {
                *x = true;
            }
        }
    }
    let trapped: Vec<bool> = (0..g.n)
        .map(|i| {
            comp.get(i).is_some_and(|&c| {
                cyclic.get(c).copied().unwrap_or(false)
                    && !exits.get(c).copied().unwrap_or(true)
                    && !has_end.get(c).copied().unwrap_or(true)
            })
        })
        .collect();
    let mut reported = vec![false; g.n];
    for (i, _) in trapped.iter().enumerate().filter(|(_, t)| **t) {
        let Some(&c) = comp.get(i) else { continue };
        if let Some(r) = reported.get_mut(c).filter(|r| !**r) {
            *r = true;
            let names: Vec<&str> = p
                .steps
                .iter()
                .enumerate()
                .filter(|(j, _)| comp.get(*j) == Some(&c))
                .map(|(_, st)| st.name.as_str())
                .collect();
            s.push(
                "PL025",
                &format!("process.steps[{i}]"),
                format!("环节“{}”构成循环且无出口", names.join("”→“")),
                format!("steps {} form a cycle with no exit", names.join(" → ")),
            );
        }
    }
    trapped
}

/// PL022: a path from every step to some end (steps trapped in an exitless cycle are reported
/// once by PL025).
fn pl022_path_to_end(p: &Process, g: &Graph, ends: &[usize], trapped: &[bool], s: &mut Sink<'_>) {
    let co = g.reach(ends, false);
    for (i, st) in p.steps.iter().enumerate() {
        if !co.get(i).copied().unwrap_or(true) && !trapped.get(i).copied().unwrap_or(false) {
            s.push(
                "PL022",
                &format!("process.steps[{i}]"),
                format!("环节“{}”无法到达任何结束环节", st.name),
                format!("step \"{}\" has no path to an end", st.id),
            );
        }
    }
}

/// The longest path over the DAG left when back edges (loops such as 补正 → 受理, which restart
/// the count) are removed. Exact when every counted step is in the limit's unit; otherwise a
/// real longest path (by natural days at least) decides "longer", and the per-unit maxima over
/// all paths decide "not longer".
fn longest_path_check(
    item: &PowerItem,
    g: &Graph,
    start: usize,
    ends: &[usize],
    limit: Period,
    s: &mut Sink<'_>,
) {
    let steps = &item.process.steps;
    let weight = |i: usize| {
        steps
            .get(i)
            .and_then(|st| st.time_limit)
            .and_then(|t| t.counted())
            .map_or(Total::default(), Total::of)
    };
    let key = |t: &Total| t.day_bounds().0;
    // best[i] = (a real longest path, the per-unit envelope) for start..=i
    let mut best: Vec<Option<(Total, Total)>> = vec![None; g.n];
    if let Some(b) = best.get_mut(start) {
        *b = Some((weight(start), weight(start)));
    }
    let fwd = g.forward();
    for v in g.topo(&fwd) {
        let Some((real, env)) = best.get(v).copied().flatten() else {
            continue;
        };
        for &w in fwd.of(v) {
            let ww = weight(w);
            let cand = (real.plus(ww), env.plus(ww));
            if let Some(slot) = best.get_mut(w) {
                *slot = Some(match *slot {
                    None => cand,
                    Some((r0, e0)) => (
                        if key(&cand.0) > key(&r0) { cand.0 } else { r0 },
                        e0.max(cand.1),
                    ),
                });
            }
        }
    }
    let mut worst: Option<(Total, Total)> = None;
    for &e in ends {
        if let Some((r, en)) = best.get(e).copied().flatten() {
            worst = Some(match worst {
                None => (r, en),
                Some((r0, e0)) => (if key(&r) > key(&r0) { r } else { r0 }, e0.max(en)),
            });
        }
    }
    let Some((real, env)) = worst else { return };
    let verdict = match env.only(limit.unit) {
        Some(a) => Some(a > u64::from(limit.amount)),
        None => {
            if real.exceeds(limit) == Some(true) {
                Some(true)
            } else if env.exceeds(limit) == Some(false) {
                Some(false)
            } else {
                None
            }
        }
    };
    let (total, total_en) = describe(env);
    let (limit_zh, limit_en) = if limit.amount == 0 {
        (
            "0（即办件应当场办结）".to_owned(),
            "0 (an on-the-spot item)".to_owned(),
        )
    } else {
        (limit.zh(), limit.en())
    };
    match verdict {
        Some(true) => s.push(
            "PL026",
            "process",
            format!("最长办理路径各环节时限合计{total}，超过承诺时限{limit_zh}"),
            format!(
                "the longest path's step limits add up to {total_en}, more than the promised {limit_en}"
            ),
        ),
        Some(false) => {}
        None => s.push(
            "PL013",
            "process",
            format!("各环节时限单位不一（最长合计{total}），无法确定是否超过承诺时限{limit_zh}"),
            format!(
                "step limits are in mixed units (longest {total_en}); cannot tell whether they exceed the promised {limit_en}"
            ),
        ),
    }
}

fn describe(t: Total) -> (String, String) {
    let mut zh = Vec::new();
    let mut en = Vec::new();
    for (n, unit) in [
        (t.wd, PeriodUnit::WorkingDays),
        (t.nat, PeriodUnit::NaturalDays),
        (t.months, PeriodUnit::Months),
    ] {
        if n > 0 {
            zh.push(format!("{n}{}", unit.as_zh()));
            en.push(format!("{n} {}", unit.as_en()));
        }
    }
    if zh.is_empty() {
        return ("0个工作日".into(), "0 working days".into());
    }
    (zh.join("加"), en.join(" plus "))
}
