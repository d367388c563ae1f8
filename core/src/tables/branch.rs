//! Branches of a process read from a step's 工作内容 (REALWORLD.md §3): 补正 and 不予受理 out of
//! 受理, 不予许可 / 不予批准 out of 决定, 中止 and 终止 out of any working step.
//!
//! Process tables list one row per step of the main line; the branches are only sentences in
//! the 工作内容 cell ("材料不齐全或不符合法定形式的，一次告知补正"; "不属于本机关职权范围的，作出不予
//! 受理决定"). [`BRANCH_PHRASES`] is the table of the words we read as a branch, each with the
//! kinds of step it leaves and the provision it follows from, so a reader can check every one.

use crate::power::StepKind;

/// A branch out of a step of the main line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Branch {
    /// 补正 — the office tells the applicant everything to correct at once; the applicant
    /// corrects and submits again, so the branch loops back to the step it left.
    Correction,
    /// 不予受理 — the application is not accepted; the procedure ends.
    NotAccepted,
    /// 不予许可 / 不予批准 / 不予登记 … — the negative decision; the procedure ends.
    Refused,
    /// 中止 — the procedure is suspended and resumes at the step it left.
    Suspended,
    /// 终止 — the procedure is terminated; it ends.
    Terminated,
}

impl Branch {
    /// Whether the branch returns to the step it left (补正, 中止) rather than ending.
    ///
    /// ```
    /// use minzheng::tables::Branch;
    /// assert!(Branch::Correction.loops_back());
    /// assert_eq!(Branch::Correction.back_label(), Some("补正后重新提交"));
    /// assert!(!Branch::NotAccepted.loops_back());
    /// ```
    pub fn loops_back(self) -> bool {
        matches!(self, Branch::Correction | Branch::Suspended)
    }

    /// The label of the arrow back to the step it left, for a branch that loops back.
    pub fn back_label(self) -> Option<&'static str> {
        match self {
            Branch::Correction => Some("补正后重新提交"),
            Branch::Suspended => Some("恢复"),
            _ => None,
        }
    }

    /// The kind of the step the branch leads to.
    pub fn step_kind(self) -> StepKind {
        match self {
            Branch::Correction => StepKind::Correction,
            Branch::Suspended => StepKind::Suspension,
            Branch::NotAccepted | Branch::Refused | Branch::Terminated => StepKind::End,
        }
    }

    /// Every branch, in the order [`branches_in`] reports them.
    const ALL: [Branch; 5] = [
        Branch::Correction,
        Branch::NotAccepted,
        Branch::Refused,
        Branch::Suspended,
        Branch::Terminated,
    ];

    /// The id of the step derived for this branch from the 工作内容 of step `parent`
    /// (`s1-correction`).
    pub(crate) fn derived_id(self, parent: &str) -> String {
        format!("{parent}-{}", self.id_suffix())
    }

    /// The parent step's id if `id` is one that [`derived_id`](Self::derived_id) gives.
    pub(crate) fn derived_parent(id: &str) -> Option<&str> {
        Branch::ALL
            .iter()
            .find_map(|b| id.strip_suffix(b.id_suffix())?.strip_suffix('-'))
    }

    /// The suffix of the id of a step derived for this branch (`s1-correction`).
    fn id_suffix(self) -> &'static str {
        match self {
            Branch::Correction => "correction",
            Branch::NotAccepted => "not-accepted",
            Branch::Refused => "refused",
            Branch::Suspended => "suspended",
            Branch::Terminated => "terminated",
        }
    }
}

/// One entry of [`BRANCH_PHRASES`]: words in 工作内容 that mean the flow branches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BranchPhrase {
    /// The words looked for in the step's 工作内容.
    pub phrase: &'static str,
    /// The branch they mean.
    pub branch: Branch,
    /// The kinds of step the branch leaves; the words elsewhere mean nothing.
    pub from: &'static [StepKind],
    /// The name of the branch step and the label of its arrow, e.g. `不予许可`.
    pub label: &'static str,
    /// For a negative decision: the label of the main arrow (the positive outcome), e.g.
    /// `准予许可`.
    pub main_label: Option<&'static str>,
    /// The provision the branch follows from, or empty where it is the bureau's practice only.
    pub basis: &'static str,
}

const ACCEPTANCE: &[StepKind] = &[StepKind::Acceptance];
const ACCEPTANCE_OR_REVIEW: &[StepKind] = &[StepKind::Acceptance, StepKind::Review];
const DECISION: &[StepKind] = &[StepKind::Decision];
/// Every step that is not a start or an end.
const WORKING: &[StepKind] = &[
    StepKind::Acceptance,
    StepKind::Correction,
    StepKind::Review,
    StepKind::Decision,
    StepKind::PriorNotice,
    StepKind::HearingNotice,
    StepKind::Hearing,
    StepKind::Service,
    StepKind::PublicNotice,
    StepKind::Execution,
    StepKind::Supervision,
];

/// 行政许可法 第三十二条第一款第（四）项: incomplete materials — tell the applicant, on the
/// spot or within five days and at once, everything to correct (LEGAL.md C1).
const ART_32_4: &str = "《中华人民共和国行政许可法》第三十二条第一款第（四）项";
/// 行政许可法 第三十二条第一款第（一）、（二）项: no licence needed, or not within the office's
/// powers — do not accept (即时告知 / 即时作出不予受理的决定); 第二款: in writing, sealed and dated.
const ART_32_12: &str =
    "《中华人民共和国行政许可法》第三十二条第一款第（一）项、第（二）项，第二款";
/// 行政许可法 第三十八条第二款: a written refusal stating reasons and the rights of
/// reconsideration and litigation. Not yet transcribed in LEGAL.md (第三十二条 is, C1 [V1]):
/// check it there before relying on the wording.
const ART_38_2: &str = "《中华人民共和国行政许可法》第三十八条第二款";

/// The phrase table, in the order it is searched: for each branch the first phrase found in a
/// step's 工作内容 decides the branch's label. A phrase is read only in a step of its `from`
/// kinds. Negations (`不得中止`) are not recognised: the tables we have seen do not write them.
#[rustfmt::skip]
pub const BRANCH_PHRASES: [BranchPhrase; 17] = [
    phrase("补正", Branch::Correction, ACCEPTANCE_OR_REVIEW, "补正", None, ART_32_4),
    phrase("补齐", Branch::Correction, ACCEPTANCE_OR_REVIEW, "补正", None, ART_32_4),
    phrase("一次性告知", Branch::Correction, ACCEPTANCE_OR_REVIEW, "补正", None, ART_32_4),
    phrase("一次告知", Branch::Correction, ACCEPTANCE_OR_REVIEW, "补正", None, ART_32_4),
    phrase("不予受理", Branch::NotAccepted, ACCEPTANCE, "不予受理", None, ART_32_12),
    phrase("不受理", Branch::NotAccepted, ACCEPTANCE, "不予受理", None, ART_32_12),
    phrase("不属于本机关职权范围", Branch::NotAccepted, ACCEPTANCE, "不予受理", None, ART_32_12),
    phrase("不属于本行政机关职权范围", Branch::NotAccepted, ACCEPTANCE, "不予受理", None, ART_32_12),
    phrase("不予行政许可", Branch::Refused, DECISION, "不予行政许可", Some("准予行政许可"), ART_38_2),
    phrase("不予许可", Branch::Refused, DECISION, "不予许可", Some("准予许可"), ART_38_2),
    phrase("不予批准", Branch::Refused, DECISION, "不予批准", Some("批准"), ART_38_2),
    phrase("不予登记", Branch::Refused, DECISION, "不予登记", Some("准予登记"), ART_38_2),
    phrase("不予认定", Branch::Refused, DECISION, "不予认定", Some("认定"), ""),
    phrase("不予确认", Branch::Refused, DECISION, "不予确认", Some("确认"), ""),
    phrase("不予给付", Branch::Refused, DECISION, "不予给付", Some("给付"), ""),
    phrase("中止", Branch::Suspended, WORKING, "中止", None, ""),
    phrase("终止", Branch::Terminated, WORKING, "终止", None, ""),
];

const fn phrase(
    phrase: &'static str,
    branch: Branch,
    from: &'static [StepKind],
    label: &'static str,
    main_label: Option<&'static str>,
    basis: &'static str,
) -> BranchPhrase {
    BranchPhrase {
        phrase,
        branch,
        from,
        label,
        main_label,
        basis,
    }
}

/// A branch found in a step's 工作内容: the table entry and the sentence that states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundBranch {
    /// The entry of [`BRANCH_PHRASES`] that matched.
    pub phrase: &'static BranchPhrase,
    /// The sentence of the cell holding the phrase (split at `。；;` and line breaks).
    pub sentence: String,
}

/// The branches a step of `kind` with this 工作内容 has, at most one per [`Branch`], in the
/// order of [`Branch`]'s variants.
///
/// ```
/// use minzheng::power::StepKind;
/// use minzheng::tables::{branches_in, Branch};
/// let found = branches_in(
///     "接收申请材料；材料不齐全或不符合法定形式的，一次告知补正；不属于本机关职权范围的，作出不予受理决定",
///     StepKind::Acceptance,
/// );
/// assert_eq!(found[0].phrase.branch, Branch::Correction);
/// assert_eq!(found[0].sentence, "材料不齐全或不符合法定形式的，一次告知补正");
/// assert_eq!(found[1].phrase.branch, Branch::NotAccepted);
/// // The same words in a decision step are not a refusal to accept.
/// assert!(branches_in("不予受理", StepKind::Decision).is_empty());
/// ```
pub fn branches_in(text: &str, kind: StepKind) -> Vec<FoundBranch> {
    let mut found: Vec<FoundBranch> = Vec::new();
    for branch in Branch::ALL {
        let hit = BRANCH_PHRASES
            .iter()
            .filter(|p| p.branch == branch && p.from.contains(&kind))
            .find_map(|p| sentence_with(text, p.phrase).map(|s| (p, s)));
        if let Some((phrase, sentence)) = hit {
            found.push(FoundBranch { phrase, sentence });
        }
    }
    found
}

/// The entry whose label is `name` (an explicit branch row named `不予登记`), if any.
pub(crate) fn phrase_labelled(name: &str) -> Option<&'static BranchPhrase> {
    BRANCH_PHRASES.iter().find(|p| p.label == name)
}

/// Words that, right before a phrase, say the branch does *not* happen (`不得中止`).
const NEGATIONS: [&str; 7] = ["不得", "不应", "不能", "不会", "无需", "不需", "禁止"];

/// Whether the text before a phrase ends with a negation, allowing an adverb of up to two
/// characters in between (`不得中止`, `不得随意中止`, `不得无故终止`) but no more (`不能补正的不予受理`
/// is a refusal to accept).
fn negated(before: &str) -> bool {
    let mut cut = before;
    for _ in 0..3 {
        if NEGATIONS.iter().any(|n| cut.ends_with(n)) {
            return true;
        }
        let mut chars = cut.chars();
        if chars.next_back().is_none() {
            return false;
        }
        cut = chars.as_str();
    }
    false
}

/// The first sentence of `text` where `phrase` occurs without a negation right before it.
fn sentence_with(text: &str, phrase: &str) -> Option<String> {
    text.split(['。', '；', ';', '\n'])
        .find(|s| {
            s.match_indices(phrase).any(|(at, _)| {
                let before = s.get(..at).unwrap_or("");
                !negated(before)
            })
        })
        .map(|s| s.trim().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_ids_name_their_parent() {
        for b in Branch::ALL {
            assert_eq!(Branch::derived_parent(&b.derived_id("s4")), Some("s4"));
        }
        assert_eq!(Branch::derived_parent("s4-not-accepted"), Some("s4"));
        assert_eq!(Branch::derived_parent("step-1"), None);
        assert_eq!(Branch::derived_parent("refused"), None);
    }

    #[test]
    fn a_negated_phrase_is_not_a_branch() {
        assert!(branches_in("审查期间不得中止", StepKind::Review).is_empty());
        assert!(branches_in("材料齐全的，无需补正", StepKind::Acceptance).is_empty());
        // A negated mention does not hide a real one in the same sentence.
        let found = branches_in("不得随意中止；确需中止的，书面告知", StepKind::Review);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found.first().map(|f| f.sentence.as_str()),
            Some("确需中止的，书面告知")
        );
        let found = branches_in("不得无故终止，但申请人撤回申请的终止办理", StepKind::Review);
        assert_eq!(found.len(), 1, "{found:?}");
        // A negation further back belongs to another clause's verb.
        let found = branches_in("不能补正的不予受理", StepKind::Acceptance);
        assert!(
            found.iter().any(|f| f.phrase.branch == Branch::NotAccepted),
            "{found:?}"
        );
    }
}
