//! The facts the 低保 rules read, as two small traits, so that the rules are written once and
//! run over any representation of a household: the rich [`Household`] a form or a JSON file
//! gives, and the compact [`HouseholdColumns`](super::HouseholdColumns) a yearly re-check of a
//! million recipients builds once per file. The rules never see which one they read.

use super::household::{
    Area, AssetItem, CurrentDibao, Disability, ExpenseItem, Flag, Household, IncomeItem,
    LabourCapacity, Member, MemberStatus, Relation, Schooling,
};
use chrono::NaiveDate;

/// What the 低保 rules read of one member.
pub trait MemberFacts {
    /// The relation to the applicant.
    fn relation(&self) -> Relation;
    /// The birth date (from the identity number when there is one, else the declared date).
    fn birth(&self) -> Option<NaiveDate>;
    /// Lives together with the applicant.
    fn lives_together(&self) -> bool;
    /// The disability, if any.
    fn disability(&self) -> Option<Disability>;
    /// The labour capacity, if known.
    fn labour_capacity(&self) -> Option<LabourCapacity>;
    /// The schooling, if any.
    fn schooling(&self) -> Option<Schooling>;
    /// Every status of the member.
    fn statuses(&self) -> &[MemberStatus];
    /// The monthly income items; `None` when not yet declared (a missing fact).
    fn income(&self) -> Option<&[IncomeItem]>;
    /// The monthly rigid expenses (第十三条第三款).
    fn expenses(&self) -> &[ExpenseItem];
    /// Employed since (第三十三条).
    fn employed_since(&self) -> Option<NaiveDate>;

    /// Age in whole years on `date`, if the birth date is known and not after `date`.
    fn age_on(&self, date: NaiveDate) -> Option<u32> {
        self.birth().and_then(|b| crate::id::age_on(b, date).ok())
    }

    /// `true` if the member has a status matching `s`.
    fn has(&self, s: impl Fn(&MemberStatus) -> bool) -> bool {
        self.statuses().iter().any(s)
    }
}

/// What the 低保 rules read of one household.
pub trait HouseholdFacts {
    /// The member view.
    type Member<'a>: MemberFacts
    where
        Self: 'a;
    /// Urban or rural (selects the standard).
    fn area(&self) -> Area;
    /// The members, in order (indices in findings refer to this order).
    fn members(&self) -> impl Iterator<Item = Self::Member<'_>>;
    /// The assets; `None` when not yet declared.
    fn assets(&self) -> Option<&[AssetItem]>;
    /// The flags local rules act on.
    fn flags(&self) -> &[Flag];
    /// Whether any member is a close relative of staff (第十一条).
    fn has_staff_ties(&self) -> bool;
    /// The 低保 received now (re-checks).
    fn current_dibao(&self) -> Option<CurrentDibao>;
}

impl MemberFacts for Member {
    fn relation(&self) -> Relation {
        self.relation
    }
    fn birth(&self) -> Option<NaiveDate> {
        Member::birth(self)
    }
    fn lives_together(&self) -> bool {
        self.lives_together
    }
    fn disability(&self) -> Option<Disability> {
        self.disability
    }
    fn labour_capacity(&self) -> Option<LabourCapacity> {
        self.labour_capacity
    }
    fn schooling(&self) -> Option<Schooling> {
        self.schooling
    }
    fn statuses(&self) -> &[MemberStatus] {
        &self.statuses
    }
    fn income(&self) -> Option<&[IncomeItem]> {
        self.income.as_deref()
    }
    fn expenses(&self) -> &[ExpenseItem] {
        &self.expenses
    }
    fn employed_since(&self) -> Option<NaiveDate> {
        self.employed_since
    }
}

impl HouseholdFacts for Household {
    type Member<'a> = &'a Member;
    fn area(&self) -> Area {
        self.area
    }
    fn members(&self) -> impl Iterator<Item = &Member> {
        self.members.iter()
    }
    fn assets(&self) -> Option<&[AssetItem]> {
        self.assets.as_deref()
    }
    fn flags(&self) -> &[Flag] {
        &self.flags
    }
    fn has_staff_ties(&self) -> bool {
        !self.staff_ties.is_empty()
    }
    fn current_dibao(&self) -> Option<CurrentDibao> {
        self.current_dibao
    }
}

impl<M: MemberFacts + ?Sized> MemberFacts for &M {
    fn relation(&self) -> Relation {
        (**self).relation()
    }
    fn birth(&self) -> Option<NaiveDate> {
        (**self).birth()
    }
    fn lives_together(&self) -> bool {
        (**self).lives_together()
    }
    fn disability(&self) -> Option<Disability> {
        (**self).disability()
    }
    fn labour_capacity(&self) -> Option<LabourCapacity> {
        (**self).labour_capacity()
    }
    fn schooling(&self) -> Option<Schooling> {
        (**self).schooling()
    }
    fn statuses(&self) -> &[MemberStatus] {
        (**self).statuses()
    }
    fn income(&self) -> Option<&[IncomeItem]> {
        (**self).income()
    }
    fn expenses(&self) -> &[ExpenseItem] {
        (**self).expenses()
    }
    fn employed_since(&self) -> Option<NaiveDate> {
        (**self).employed_since()
    }
}

impl<H: HouseholdFacts + ?Sized> HouseholdFacts for &H {
    type Member<'a>
        = H::Member<'a>
    where
        Self: 'a;
    fn area(&self) -> Area {
        (**self).area()
    }
    fn members(&self) -> impl Iterator<Item = H::Member<'_>> {
        (**self).members()
    }
    fn assets(&self) -> Option<&[AssetItem]> {
        (**self).assets()
    }
    fn flags(&self) -> &[Flag] {
        (**self).flags()
    }
    fn has_staff_ties(&self) -> bool {
        (**self).has_staff_ties()
    }
    fn current_dibao(&self) -> Option<CurrentDibao> {
        (**self).current_dibao()
    }
}
