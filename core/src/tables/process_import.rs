//! Process tables (权力运行流程 in tabular form, REALWORLD.md §3) into an item's [`Process`].
//!
//! Columns: 程序 · 责任单位及责任人 · 工作内容 · 办结时限. Each row is a step. The rows of the
//! main line follow each other in table order; a start (申请) and an end (办结) are added when
//! the table has none, since tables list only the office's own steps.
//!
//! Branches come from two places. A row that is itself a branch (程序 `补正`, `中止`, or a name
//! starting with `不予` or holding `终止`) leaves the main step above it instead of continuing the
//! line. A main step's 工作内容 that states a branch in the words of
//! [`BRANCH_PHRASES`](super::BRANCH_PHRASES)
//! (`材料不齐全的，一次告知补正`, `作出不予受理决定`, `不予许可的书面说明理由`) gets a branch step
//! right after it, unless a row already gives that branch: 补正 and 中止 loop back to the step
//! they leave (with its unit and post, their time not counted: an application is counted from
//! 受理, 行政许可法 第三十二条, and a suspension stops the clock), 不予受理, 不予许可 and 终止 end
//! the procedure. The main arrow out of 受理 is labelled `受理`, out of a 决定 with a refusal
//! the positive outcome (`准予许可`).

use super::branch::{branches_in, phrase_labelled, Branch};
use super::error::TableError;
use super::headers::Field;
use super::layout::{detect, find_header, Layout};
use super::report::{CellIssue, ImportReport};
use super::time_limit::parse_time_limit;
use crate::power::{check_item, PowerItem, Process, Step, StepKind, StepTime, Transition};

/// The step kind a step name suggests (受理 → acceptance, 公示 → public notice, …).
pub fn step_kind(name: &str) -> StepKind {
    const KINDS: [(&str, StepKind); 19] = [
        // Branch rows first: `不予受理` is an end, not an acceptance.
        ("不予", StepKind::End),
        ("终止", StepKind::End),
        ("中止", StepKind::Suspension),
        ("补正", StepKind::Correction),
        ("受理", StepKind::Acceptance),
        ("申请", StepKind::Start),
        ("立案", StepKind::Start),
        ("听证告知", StepKind::HearingNotice),
        ("听证", StepKind::Hearing),
        ("告知", StepKind::PriorNotice),
        ("公示", StepKind::PublicNotice),
        ("送达", StepKind::Service),
        ("事后监管", StepKind::Supervision),
        ("监管", StepKind::Supervision),
        ("决定", StepKind::Decision),
        ("审批", StepKind::Decision),
        ("发放", StepKind::Execution),
        ("办结", StepKind::End),
        ("结案", StepKind::End),
    ];
    KINDS
        .iter()
        .find(|(w, _)| name.contains(w))
        .map_or(StepKind::Review, |&(_, k)| k)
}

/// Imports a process table as an item: its name from the 事项名称 column or the first title
/// line (else `name`), its process from the rows, with the branches the rows and their
/// 工作内容 state (module documentation). The report carries the item's check findings (the
/// process checks PL020–PL027 among them).
///
/// ```
/// use minzheng::power::StepKind;
/// use minzheng::tables::{import_process_table, parse_csv};
/// let grid = parse_csv(
///     "程序,责任单位及责任人,工作内容,办结时限\n\
///      受理,窗口 受理岗,材料不齐全的一次告知补正；不属于本机关职权范围的作出不予受理决定,即时办理\n\
///      决定,科室 审批岗,作出准予许可或者不予许可的决定,5个工作日\n",
/// )?;
/// let (item, _report) = import_process_table(&grid, "某事项")?;
/// let names: Vec<&str> = item.process.steps.iter().map(|s| s.name.as_str()).collect();
/// assert_eq!(names, ["申请", "受理", "补正", "不予受理", "决定", "不予许可", "办结"]);
/// assert_eq!(item.process.steps[2].kind, StepKind::Correction);
/// # Ok::<(), minzheng::tables::TableError>(())
/// ```
pub fn import_process_table(
    grid: &[Vec<String>],
    name: &str,
) -> Result<(PowerItem, ImportReport), TableError> {
    let header = find_header(grid)?;
    if detect(&header) != Layout::ProcessTable {
        return Err(TableError::MissingColumn { column: "程序" });
    }
    let mut report = ImportReport::for_header(Layout::ProcessTable, &header);
    let mut item = PowerItem {
        code: "1".to_owned(),
        name: header
            .title_lines
            .first()
            .cloned()
            .unwrap_or_else(|| name.to_owned()),
        ..PowerItem::default()
    };
    let mut steps: Vec<Step> = Vec::new();
    for (r, row) in grid.iter().enumerate().skip(header.data_start) {
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        report.rows_read += 1;
        let mut step = Step {
            id: format!("s{}", steps.len() + 1),
            ..Step::default()
        };
        for col in &header.columns {
            let text = row.get(col.index).map_or("", |s| s.trim());
            if text.is_empty() {
                continue;
            }
            match col.field {
                Some(Field::StepName) => step.name = text.to_owned(),
                Some(Field::Name) => item.name = text.to_owned(),
                Some(Field::StepUnit) => {
                    // 责任单位及责任人: "unit person phone", separated by spaces or line breaks.
                    let mut parts = text
                        .split(|c: char| c.is_whitespace() || c == '；' || c == ';')
                        .filter(|s| !s.is_empty());
                    step.unit = parts.next().map(str::to_owned);
                    step.post = parts.next().map(str::to_owned);
                    let rest: Vec<&str> = parts.collect();
                    if !rest.is_empty() {
                        step.contact = Some(rest.join(" "));
                    }
                }
                Some(Field::StepContent) => step.description = Some(text.to_owned()),
                Some(Field::StepTime | Field::TimeLimit) => match parse_time_limit(text) {
                    Ok(parts) => step.time_limit = parts.first().map(|p| p.time),
                    Err(part) => report.not_understood.push(CellIssue {
                        row: r + 1,
                        column: col.name.clone(),
                        text: part,
                        reason: "无法识别的时限".into(),
                        reason_en: "time limit not understood".into(),
                    }),
                },
                _ => {
                    item.attributes.insert(
                        format!("{}（第{}步）", col.name, steps.len() + 1),
                        text.to_owned(),
                    );
                }
            }
        }
        if step.name.is_empty() {
            report.not_understood.push(CellIssue {
                row: r + 1,
                column: "程序".into(),
                text: row.join(" | "),
                reason: "环节名称为空，本行未导入".into(),
                reason_en: "no step name: row not imported".into(),
            });
            continue;
        }
        step.kind = step_kind(&step.name);
        steps.push(step);
    }
    item.process = assemble(steps);
    report.imported = 1;
    report.findings = crate::power::Report {
        items: 1,
        findings: check_item(&item),
    };
    Ok((item, report))
}

/// Where a step sits in the assembled flow.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// On the main line.
    Main,
    /// A branch out of the main step at this index (into the assembled list).
    Side(usize, Branch),
}

/// The branch a row of the table stands for, if it is a branch row rather than a main step.
fn row_branch(step: &Step) -> Option<Branch> {
    match step.kind {
        StepKind::Correction => Some(Branch::Correction),
        StepKind::Suspension => Some(Branch::Suspended),
        StepKind::End if step.name.contains("终止") => Some(Branch::Terminated),
        StepKind::End if step.name.contains("不予受理") => Some(Branch::NotAccepted),
        StepKind::End if step.name.starts_with("不予") => Some(Branch::Refused),
        _ => None,
    }
}

/// The label of the arrow into a branch step.
fn branch_label(step: &Step, branch: Branch) -> String {
    match branch {
        Branch::Correction => "补正".to_owned(),
        Branch::Suspended => "中止".to_owned(),
        _ => step.name.clone(),
    }
}

/// Builds the flow from the rows: the main line in order, branch rows and the branches the
/// 工作内容 states out of the main step above them.
fn assemble(rows: Vec<Step>) -> Process {
    let mut out: Vec<(Step, Role)> = Vec::with_capacity(rows.len() + 4);
    // Derived branches of the current main step wait until its branch rows are seen.
    let mut pending: Vec<(Step, Branch)> = Vec::new();
    let mut anchor: Option<usize> = None;
    let mut seen: Vec<Branch> = Vec::new();
    let mut main_label: Option<&'static str> = None;
    let mut main_labels: Vec<(usize, &'static str)> = Vec::new();

    let flush = |out: &mut Vec<(Step, Role)>,
                 anchor: Option<usize>,
                 pending: &mut Vec<(Step, Branch)>,
                 seen: &[Branch]| {
        if let Some(a) = anchor {
            for (st, b) in pending.drain(..) {
                if !seen.contains(&b) {
                    out.push((st, Role::Side(a, b)));
                }
            }
        }
    };
    let mut rows = rows;
    if !rows.iter().any(|s| s.kind == StepKind::Start) {
        rows.insert(
            0,
            Step {
                id: "start".into(),
                name: "申请".into(),
                kind: StepKind::Start,
                ..Step::default()
            },
        );
    }
    let last_main_is_end = rows
        .iter()
        .rev()
        .find(|s| row_branch(s).is_none())
        .is_some_and(|s| s.kind == StepKind::End);
    if !last_main_is_end {
        rows.push(Step {
            id: "end".into(),
            name: "办结".into(),
            kind: StepKind::End,
            ..Step::default()
        });
    }
    for step in rows {
        match (row_branch(&step), anchor) {
            (Some(b), Some(a)) => {
                if b == Branch::Refused {
                    if let Some(l) = phrase_labelled(&step.name).and_then(|p| p.main_label) {
                        main_label = main_label.or(Some(l));
                    }
                }
                seen.push(b);
                out.push((step, Role::Side(a, b)));
            }
            _ => {
                flush(&mut out, anchor, &mut pending, &seen);
                if let (Some(a), Some(l)) = (anchor, main_label.take()) {
                    main_labels.push((a, l));
                }
                seen.clear();
                if !step.kind.is_terminal() {
                    for found in branches_in(step.description.as_deref().unwrap_or(""), step.kind) {
                        let b = found.phrase.branch;
                        if b == Branch::Refused {
                            main_label = found.phrase.main_label;
                        }
                        let working = !b.step_kind().is_terminal();
                        pending.push((
                            Step {
                                id: b.derived_id(&step.id),
                                name: found.phrase.label.to_owned(),
                                kind: b.step_kind(),
                                post: step.post.clone().filter(|_| working),
                                unit: step.unit.clone().filter(|_| working),
                                time_limit: working.then_some(StepTime::NotCounted),
                                description: Some(found.sentence),
                                ..Step::default()
                            },
                            b,
                        ));
                    }
                }
                anchor = Some(out.len());
                out.push((step, Role::Main));
            }
        }
    }
    flush(&mut out, anchor, &mut pending, &seen);
    if let (Some(a), Some(l)) = (anchor, main_label) {
        main_labels.push((a, l));
    }

    let mut transitions = Vec::new();
    for (i, (st, role)) in out.iter().enumerate() {
        match role {
            Role::Main => {
                let sides: Vec<usize> = out
                    .iter()
                    .enumerate()
                    .filter(|(_, (_, r))| matches!(r, Role::Side(a, _) if *a == i))
                    .map(|(j, _)| j)
                    .collect();
                let next = out
                    .iter()
                    .enumerate()
                    .skip(i + 1)
                    .find(|(_, (_, r))| *r == Role::Main);
                if let Some((_, (to, _))) = next {
                    let label = if sides.is_empty() {
                        None
                    } else if st.kind == StepKind::Acceptance {
                        Some("受理".to_owned())
                    } else {
                        main_labels
                            .iter()
                            .find(|(a, _)| *a == i)
                            .map(|(_, l)| (*l).to_owned())
                    };
                    transitions.push(Transition {
                        from: st.id.clone(),
                        to: to.id.clone(),
                        label,
                    });
                }
                for j in sides {
                    if let Some((side, Role::Side(_, b))) = out.get(j) {
                        transitions.push(Transition {
                            from: st.id.clone(),
                            to: side.id.clone(),
                            label: Some(branch_label(side, *b)),
                        });
                    }
                }
            }
            Role::Side(a, b) => {
                if let (Some(back), Some((main, _))) = (b.back_label(), out.get(*a)) {
                    transitions.push(Transition {
                        from: st.id.clone(),
                        to: main.id.clone(),
                        label: Some(back.to_owned()),
                    });
                }
            }
        }
    }
    Process {
        steps: out.into_iter().map(|(s, _)| s).collect(),
        transitions,
    }
}
