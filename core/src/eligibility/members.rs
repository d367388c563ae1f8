//! Who counts as a member of the household for 低保 (最低生活保障审核确认办法 第七条).

use super::facts::MemberFacts;
use super::household::{MemberStatus, Relation, Schooling};
use chrono::NaiveDate;

/// How a member is treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Counting {
    /// Counted, under this item of 第七条第一款.
    Counted(&'static str),
    /// Excluded by 第七条第二款, for this reason.
    Excluded(&'static str, &'static str),
    /// No legal support relation (第七条第一款第（四）项 does not reach them).
    NotFamily,
    /// The birth date is needed to decide (an adult child living apart).
    NeedsBirthDate,
}

impl Counting {
    /// `true` if counted.
    pub fn is_counted(self) -> bool {
        matches!(self, Counting::Counted(_))
    }
}

/// Classifies a member on `date`.
///
/// Exclusions come first (第七条第二款): a member in prison, in compulsory isolation, declared
/// missing, or religious staff living apart for three years or more is never counted, whatever
/// the relation. A member merely out of contact (失联) is still counted: the article excludes
/// only a court's declaration of disappearance.
///
/// Any member representation the rules read ([`MemberFacts`]) is accepted: a
/// [`Member`](super::Member) or a row of [`HouseholdColumns`](super::HouseholdColumns).
pub fn classify<M: MemberFacts + ?Sized>(m: &M, date: NaiveDate) -> Counting {
    for s in m.statuses() {
        match s {
            MemberStatus::ServingPrisonSentence => {
                return Counting::Excluded("在监狱内服刑", "serving a prison sentence")
            }
            MemberStatus::CompulsoryIsolation => {
                return Counting::Excluded("强制隔离戒毒", "in compulsory drug isolation")
            }
            MemberStatus::DeclaredMissing => {
                return Counting::Excluded("宣告失踪", "declared missing by a court")
            }
            MemberStatus::ReligiousStaffApart { years, .. } if *years >= 3 => {
                return Counting::Excluded(
                    "连续三年以上脱离家庭独立生活的宗教教职人员",
                    "religious staff living apart for three years or more",
                )
            }
            _ => {}
        }
    }
    match m.relation() {
        Relation::Applicant => Counting::Counted("申请人"),
        Relation::Spouse => Counting::Counted("（一）配偶"),
        Relation::Child => {
            let adult_dependent = matches!(
                m.schooling(),
                Some(
                    Schooling::FullTimeUndergraduate
                        | Schooling::Compulsory
                        | Schooling::SeniorHigh
                        | Schooling::SecondaryVocational
                )
            ) || m.labour_capacity()
                == Some(super::household::LabourCapacity::None);
            match m.age_on(date) {
                Some(a) if a < 18 => Counting::Counted("（二）未成年子女"),
                _ if adult_dependent => Counting::Counted("（三）已成年但不能独立生活的子女"),
                _ if m.lives_together() => Counting::Counted("（四）具有赡养义务并长期共同居住"),
                Some(_) => Counting::NotFamily,
                None => Counting::NeedsBirthDate,
            }
        }
        Relation::Parent | Relation::Grandparent | Relation::Grandchild | Relation::Sibling => {
            if m.lives_together() {
                Counting::Counted("（四）具有法定赡养、扶养、抚养义务关系并长期共同居住")
            } else {
                Counting::NotFamily
            }
        }
        Relation::Other => Counting::NotFamily,
    }
}
