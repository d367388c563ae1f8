//! The staged 责任事项 template (1.受理阶段 … 2.审查阶段 … 3.决定阶段 … 4.送达阶段 …
//! 5.事后监管阶段 … 6.其他法律法规规章文件规定应履行的责任) and its mapping onto process steps.

use super::numbering::split_numbered;
use crate::power::{Process, Responsibility, Step, StepKind, Transition};

/// The stages of the template, the step kind each maps to (none for 其他), and the step name.
pub const STAGES: [(&str, Option<StepKind>, &str); 6] = [
    ("受理阶段", Some(StepKind::Acceptance), "受理"),
    ("审查阶段", Some(StepKind::Review), "审查"),
    ("决定阶段", Some(StepKind::Decision), "决定"),
    ("送达阶段", Some(StepKind::Service), "送达"),
    ("事后监管阶段", Some(StepKind::Supervision), "事后监管"),
    ("其他", None, "其他"),
];

/// Parses a 责任事项 cell into one [`Responsibility`] per numbered part. A part that starts
/// with a stage name (`受理阶段责任：…`, `受理阶段：…`, `受理：…`) gets that stage
/// (`受理阶段`); `其他…` gets `其他`; any other part keeps an empty stage. An unnumbered cell
/// is one part.
///
/// ```
/// use minzheng::tables::parse_responsibilities;
/// let r = parse_responsibilities("1.受理阶段责任：公示应当提交的材料。2.审查阶段责任：审查材料。");
/// assert_eq!(r[0].stage, "受理阶段");
/// assert_eq!(r[0].content, "公示应当提交的材料。");
/// assert_eq!(r[1].stage, "审查阶段");
/// ```
pub fn parse_responsibilities(text: &str) -> Vec<Responsibility> {
    let (preamble, items) = split_numbered(text);
    let mut parts = Vec::new();
    if !preamble.is_empty() {
        parts.push(preamble);
    }
    parts.extend(items);
    parts
        .into_iter()
        .map(|p| {
            let (stage, content) = split_stage(&p);
            Responsibility {
                stage,
                content,
                basis: Vec::new(),
            }
        })
        .collect()
}

fn split_stage(part: &str) -> (String, String) {
    for (stage, _, short) in STAGES {
        for head in [stage, short] {
            if let Some(rest) = part.strip_prefix(head) {
                let after = rest.strip_prefix("阶段").unwrap_or(rest);
                let after = after.strip_prefix("责任").unwrap_or(after);
                if let Some(content) = after.strip_prefix('：').or_else(|| after.strip_prefix(':'))
                {
                    return (stage.to_owned(), content.trim().to_owned());
                }
                if stage == "其他" {
                    return (stage.to_owned(), part.trim().to_owned());
                }
            }
        }
    }
    (String::new(), part.trim().to_owned())
}

/// Writes responsibilities back as a cell: `1.受理阶段：…` one per line ([`parse_responsibilities`]
/// reads it back to the same list).
pub fn format_responsibilities(list: &[Responsibility]) -> String {
    if let [only] = list {
        if only.stage.is_empty() {
            return only.content.clone();
        }
    }
    list.iter()
        .enumerate()
        .map(|(k, r)| {
            if r.stage.is_empty() {
                format!("{}.{}", k + 1, r.content)
            } else {
                format!("{}.{}：{}", k + 1, r.stage, r.content)
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The process the staged template describes: a start (申请), one step per mapped stage in the
/// template's order (受理 → 审查 → 决定 → 送达 → 事后监管, each with its duty as description),
/// and an end (办结), joined in sequence. Returns an empty process when no stage maps to a
/// step. The steps carry no post and no time limit: the template does not say them, and the
/// checks report it (PL023, PL024).
pub fn process_from_responsibilities(list: &[Responsibility]) -> Process {
    let mut steps = Vec::new();
    for (stage, kind, short) in STAGES {
        let Some(kind) = kind else { continue };
        if let Some(r) = list.iter().find(|r| r.stage == stage) {
            steps.push(Step {
                id: format!("s{}", steps.len() + 1),
                name: short.to_owned(),
                kind,
                description: (!r.content.is_empty()).then(|| r.content.clone()),
                ..Step::default()
            });
        }
    }
    if steps.is_empty() {
        return Process::default();
    }
    let mut all = Vec::with_capacity(steps.len() + 2);
    all.push(Step {
        id: "start".to_owned(),
        name: "申请".to_owned(),
        kind: StepKind::Start,
        ..Step::default()
    });
    all.extend(steps);
    all.push(Step {
        id: "end".to_owned(),
        name: "办结".to_owned(),
        kind: StepKind::End,
        ..Step::default()
    });
    let transitions = all
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
    Process {
        steps: all,
        transitions,
    }
}
