//! Process tables (权力运行流程 in tabular form, REALWORLD.md §3) into an item's [`Process`].
//!
//! Columns: 程序 · 责任单位及责任人 · 工作内容 · 办结时限. Each row is a step; steps follow each
//! other in table order. A start (申请) and an end (办结) are added when the table has none,
//! since tables list only the office's own steps.

use super::error::TableError;
use super::headers::Field;
use super::layout::{detect, find_header, Layout};
use super::report::{CellIssue, ImportReport};
use super::time_limit::parse_time_limit;
use crate::power::{check_item, PowerItem, Process, Step, StepKind, Transition};

/// The step kind a step name suggests (受理 → acceptance, 公示 → public notice, …).
pub fn step_kind(name: &str) -> StepKind {
    const KINDS: [(&str, StepKind); 16] = [
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
/// line (else `name`), its process from the rows. The report carries the item's check
/// findings (the process checks PL020–PL027 among them).
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
    if !steps.iter().any(|s| s.kind == StepKind::Start) {
        steps.insert(
            0,
            Step {
                id: "start".into(),
                name: "申请".into(),
                kind: StepKind::Start,
                ..Step::default()
            },
        );
    }
    if !steps.last().is_some_and(|s| s.kind == StepKind::End) {
        steps.push(Step {
            id: "end".into(),
            name: "办结".into(),
            kind: StepKind::End,
            ..Step::default()
        });
    }
    let transitions = steps
        .windows(2)
        .filter_map(|w| match w {
            [a, b] => Some(Transition {
                from: a.id.clone(),
                to: b.id.clone(),
                label: None,
            }),
            _ => None,
        })
        .collect();
    item.process = Process { steps, transitions };
    report.imported = 1;
    report.findings = crate::power::Report {
        items: 1,
        findings: check_item(&item),
    };
    Ok((item, report))
}
