//! The staged 责任事项 template (1.受理阶段 … 2.审查阶段 … 3.决定阶段 … 4.送达阶段 …
//! 5.事后监管阶段 … 6.其他法律法规规章文件规定应履行的责任), the 责任事项依据 cell staged the
//! same way, and the mapping of the stages onto process steps.

use super::basis::{format_basis, parse_basis_cell};
use super::numbering::split_numbered;
use crate::power::{BasisRole, Process, Responsibility, Step, StepKind, Transition};

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
/// is one part; an empty part (a bare `2.`) is none.
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
        .filter(|r| !r.stage.is_empty() || !r.content.is_empty())
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
/// reads it back to the same list, unless a duty's own text holds a list marker: the cell
/// format has no escaping).
pub fn format_responsibilities(list: &[Responsibility]) -> String {
    if let [only] = list {
        // One part without a stage is written bare, unless its text holds a list marker that
        // would split it on reading: then as item 1.
        if only.stage.is_empty() && split_numbered(&only.content).1.is_empty() {
            return only.content.clone();
        }
    }
    list.iter()
        .enumerate()
        .map(|(k, r)| {
            if r.stage.is_empty() {
                // `1.1…` would read as a decimal, not a list number: `1、1…` does not.
                let mark = if r.content.starts_with(|c: char| c.is_ascii_digit()) {
                    '、'
                } else {
                    '.'
                };
                format!("{}{mark}{}", k + 1, r.content)
            } else {
                // The template's words (`1.受理阶段责任：…`); the closing item
                // `6.其他法律法规规章文件规定应履行的责任。` as it stands when it reads back
                // whole (a 其他 duty whose own text starts `其他：` keeps its label, or the
                // reader would take that text's `其他：` for the label).
                let n = k + 1;
                match r.stage.as_str() {
                    "其他" if reads_back_bare(&r.content) => format!("{n}.{}", r.content),
                    s if s.ends_with("阶段") => format!("{n}.{s}责任：{}", r.content),
                    s => format!("{n}.{s}：{}", r.content),
                }
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether a 其他 duty's text, written without a label, reads back as the same 其他 duty.
fn reads_back_bare(content: &str) -> bool {
    let (stage, back) = split_stage(content);
    stage == "其他" && back == content
}

/// Attaches a 责任事项依据 cell to the responsibilities it belongs to and returns the parts it
/// could not place (never drops them: the caller reports them and keeps the cell's text).
///
/// The cell is matched to `list` in the first way that applies:
/// 1. parts labelled with a stage (`1.受理阶段责任：《…》第三十二条 2.审查阶段：…`, numbered or
///    not) go to the first responsibility of that stage; a labelled part whose stage the list
///    lacks, and an unlabelled part among labelled ones, is not placed;
/// 2. with a single responsibility, every basis goes to it;
/// 3. numbered parts as many as the responsibilities go to them in order ("numbered bases in
///    stage order");
/// 4. otherwise nothing is placed and the whole cell is returned.
///
/// The bases are parsed by [`parse_basis_cell`](super::parse_basis_cell) with the role
/// [`BasisRole::Implementing`]; a piece naming no instrument (no `《》` and no article) is
/// returned too.
///
/// ```
/// use minzheng::tables::{attach_stage_bases, parse_responsibilities};
/// let mut list = parse_responsibilities("1.受理阶段责任：依法受理。2.审查阶段责任：审查材料。");
/// let left = attach_stage_bases(
///     &mut list,
///     "1.受理阶段责任：《中华人民共和国行政许可法》第三十二条第一款\n\
///      2.审查阶段责任：《中华人民共和国行政许可法》第三十四条\n\
///      3.决定阶段责任：《中华人民共和国行政许可法》第三十八条",
/// );
/// assert_eq!(list[0].basis[0].citation.instrument, "中华人民共和国行政许可法");
/// assert_eq!(list[0].basis[0].citation.article, "第三十二条");
/// assert_eq!(list[0].basis[0].clause.as_deref(), Some("第一款"));
/// assert_eq!(list[1].basis[0].citation.article, "第三十四条");
/// // The list has no 决定阶段: that part is handed back, not dropped.
/// assert_eq!(left, ["3.决定阶段责任：《中华人民共和国行政许可法》第三十八条"]);
/// ```
pub fn attach_stage_bases(list: &mut [Responsibility], text: &str) -> Vec<String> {
    let mut left = Vec::new();
    let text = text.trim();
    if text.is_empty() {
        return left;
    }
    let parts = stage_parts(text);
    let staged: Vec<(String, String)> = parts.iter().map(|(_, p)| split_stage(p)).collect();
    if staged.iter().any(|(stage, _)| !stage.is_empty()) {
        for ((stage, content), (raw, _)) in staged.iter().zip(&parts) {
            let target = list
                .iter_mut()
                .find(|r| !stage.is_empty() && r.stage == *stage);
            match target {
                Some(r) => {
                    if !attach(r, content, &mut left) {
                        left.push(raw.clone());
                    }
                }
                None => left.push(raw.clone()),
            }
        }
    } else if let [only] = list {
        for (raw, p) in &parts {
            if !attach(only, p, &mut left) {
                left.push(raw.clone());
            }
        }
    } else if parts.len() > 1 && parts.len() == list.len() {
        for (r, (raw, p)) in list.iter_mut().zip(&parts) {
            if !attach(r, p, &mut left) {
                left.push(raw.clone());
            }
        }
    } else {
        left.push(text.to_owned());
    }
    left
}

/// Words that state no basis (an empty stage part): nothing to attach, nothing to report.
const NO_BASIS: [&str; 6] = ["", "无", "—", "-", "/", "／"];

/// Parses `text` into `r.basis`; pieces without an instrument go to `left`. Returns `false` if
/// the text held no basis at all (the caller reports the part whole).
fn attach(r: &mut Responsibility, text: &str, left: &mut Vec<String>) -> bool {
    let text = text.trim().trim_end_matches(['；', ';']).trim();
    if NO_BASIS.contains(&text) {
        return true;
    }
    let cell = parse_basis_cell(text);
    // Without book-title marks the basis parser takes any text for a title; here, where the
    // template's boilerplate (其他法律法规规章文件规定…) also appears, we require a title or an
    // article.
    let credible = text.contains('《') || cell.bases.iter().any(|b| !b.articles.is_empty());
    if !credible || cell.bases.is_empty() {
        return false;
    }
    for b in &cell.bases {
        r.basis.extend(b.to_legal_bases(BasisRole::Implementing));
    }
    left.extend(cell.not_understood);
    true
}

/// The parts of a staged cell as `(raw part with its number, content without the number)`:
/// its numbered items (after the preamble, if any), else, when the cell starts with a stage
/// label, the pieces starting at each label (`受理阶段责任：…；审查阶段：…`), else the whole
/// cell.
fn stage_parts(text: &str) -> Vec<(String, String)> {
    let (pre, items) = split_numbered(text);
    if !items.is_empty() {
        let mut parts = Vec::with_capacity(items.len() + 1);
        if !pre.is_empty() {
            parts.push((pre.clone(), pre));
        }
        // The raw part, for the report: the item with its marker as the cell wrote it.
        for (k, item) in items.into_iter().enumerate() {
            parts.push((format!("{}.{item}", k + 1), item));
        }
        return parts;
    }
    // A label is a full stage name, then 责任 or not, then a colon, at the start or after a
    // blank or `；。`, and outside a book title.
    let is_label = |rest: &str| {
        STAGES.iter().any(|(stage, kind, _)| {
            kind.is_some()
                && rest.strip_prefix(stage).is_some_and(|after| {
                    let after = after.strip_prefix("责任").unwrap_or(after);
                    after.starts_with(['：', ':'])
                })
        })
    };
    let mut cuts = Vec::new();
    let mut prev: Option<char> = None;
    let mut in_title = false;
    for (i, c) in text.char_indices() {
        match c {
            '《' => in_title = true,
            '》' => in_title = false,
            _ => {}
        }
        let at_boundary = prev.is_none_or(|p| p.is_whitespace() || matches!(p, '；' | ';' | '。'));
        if at_boundary && !in_title && is_label(text.get(i..).unwrap_or("")) {
            cuts.push(i);
        }
        prev = Some(c);
    }
    // An unnumbered staged cell starts with its first label; a label later in a cell that
    // does not is provision text (a quote may mention 决定阶段：…).
    if cuts.len() < 2 || cuts.first() != Some(&0) {
        return vec![(text.to_owned(), text.to_owned())];
    }
    cuts.iter()
        .enumerate()
        .filter_map(|(k, &start)| {
            let end = cuts.get(k + 1).copied().unwrap_or(text.len());
            let part = text
                .get(start..end)?
                .trim()
                .trim_end_matches(['；', ';'])
                .trim_end();
            (!part.is_empty()).then(|| (part.to_owned(), part.to_owned()))
        })
        .collect()
}

/// Writes the responsibilities' bases back as a 责任事项依据 cell that
/// [`attach_stage_bases`] reads back onto the same responsibilities: `1.受理阶段：《…》第X条；《…》…`
/// one stage per line when every stage with bases is labelled (and first of its stage); the
/// bases alone for a single responsibility; otherwise one numbered part per responsibility, in
/// order (empty for one without bases). Empty when no responsibility has a basis.
///
/// ```
/// use minzheng::tables::{attach_stage_bases, format_stage_bases, parse_responsibilities};
/// let mut list = parse_responsibilities("1.受理阶段责任：依法受理。2.审查阶段责任：审查材料。");
/// attach_stage_bases(&mut list, "1.受理阶段：《行政许可法》第三十二条\n2.审查阶段：《行政许可法》第三十四条");
/// assert_eq!(
///     format_stage_bases(&list),
///     "1.受理阶段：《行政许可法》第三十二条\n2.审查阶段：《行政许可法》第三十四条"
/// );
/// ```
pub fn format_stage_bases(list: &[Responsibility]) -> String {
    let inline = |r: &Responsibility| {
        r.basis
            .iter()
            .map(format_basis)
            .collect::<Vec<_>>()
            .join("；")
    };
    if list.iter().all(|r| r.basis.is_empty()) {
        return String::new();
    }
    if let [only] = list {
        return inline(only);
    }
    let labelled = list.iter().enumerate().all(|(k, r)| {
        r.basis.is_empty()
            || (!r.stage.is_empty() && list.iter().position(|x| x.stage == r.stage) == Some(k))
    });
    let lines: Vec<String> = if labelled {
        list.iter()
            .filter(|r| !r.basis.is_empty())
            .enumerate()
            .map(|(k, r)| format!("{}.{}：{}", k + 1, r.stage, inline(r)))
            .collect()
    } else {
        list.iter()
            .enumerate()
            .map(|(k, r)| format!("{}.{}", k + 1, inline(r)))
            .collect()
    };
    lines.join("\n")
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
