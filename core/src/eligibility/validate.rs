//! Household validation: every problem at once. Missing facts are not problems (they make a
//! decision "needs information"); contradictions and impossible values are.

use super::error::{EligibilityError, HouseholdProblem as P};
use super::household::{Disability, Household, Relation};
use crate::id::ResidentId;

fn grade(out: &mut Vec<P>, member: usize, d: Option<Disability>) {
    if let Some(d) = d {
        if !(1..=4).contains(&d.grade) {
            out.push(P::BadDisabilityGrade {
                member,
                grade: d.grade,
            });
        }
    }
}

/// Eleven or more digits in a row: the shape of an identity number, a phone or bank number.
fn id_like(s: &str) -> bool {
    let mut run = 0;
    for c in s.chars() {
        if c.is_ascii_digit() {
            run += 1;
            if run >= 11 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

impl Household {
    /// Every problem of the household; empty when valid.
    ///
    /// ```
    /// use minzheng::eligibility::Household;
    /// let hh = Household::from_json(r#"{"members": [{"name": "", "relation": "spouse",
    ///   "id_number": "110105194912310021"}], "residence": "1101", "area": "urban",
    ///   "application_date": "2026-06-01"}"#)?;
    /// let codes: Vec<&str> = hh.problems().iter().map(|p| p.code()).collect();
    /// assert_eq!(codes, ["applicant_count", "empty_name", "bad_id_number", "bad_residence"]);
    /// # Ok::<(), minzheng::eligibility::EligibilityError>(())
    /// ```
    pub fn problems(&self) -> Vec<P> {
        let mut out = Vec::new();
        if self.members.is_empty() {
            out.push(P::NoMembers);
        }
        let applicants = self
            .members
            .iter()
            .filter(|m| m.relation == Relation::Applicant)
            .count();
        if !self.members.is_empty() && applicants != 1 {
            out.push(P::ApplicantCount { count: applicants });
        }
        let mut ids: Vec<String> = Vec::new();
        for (i, m) in self.members.iter().enumerate() {
            let n = i + 1;
            if m.name.trim().is_empty() {
                out.push(P::EmptyName { member: n });
            }
            if id_like(&m.name) {
                out.push(P::NameLooksLikeId { member: n });
            }
            if let Some(text) = &m.id_number {
                match ResidentId::parse(text) {
                    Err(error) => out.push(P::BadIdNumber { member: n, error }),
                    Ok(id) => {
                        if ids.iter().any(|x| x == id.number()) {
                            out.push(P::DuplicateIdNumber { member: n });
                        }
                        ids.push(id.number().to_owned());
                        if m.birth_date.is_some_and(|b| b != id.birth_date())
                            || m.sex.is_some_and(|s| s != id.sex())
                        {
                            out.push(P::IdMismatch { member: n });
                        }
                    }
                }
            }
            if m.birth().is_some_and(|b| b > self.application_date) {
                out.push(P::BornAfterApplication { member: n });
            }
            grade(&mut out, n, m.disability);
            if m.income.iter().flatten().any(|x| x.monthly_fen < 0) {
                out.push(P::NegativeIncome { member: n });
            }
            if m.expenses.iter().any(|x| x.monthly_fen < 0) {
                out.push(P::NegativeExpense { member: n });
            }
            if let Some(ps) = &m.parents {
                if ps.len() != 2 {
                    out.push(P::ParentCount {
                        member: n,
                        count: ps.len(),
                    });
                }
                for p in ps {
                    grade(&mut out, 0, p.disability);
                }
            }
            if let Some(v) = m.self_care_items_failed {
                if v > 6 {
                    out.push(P::BadSelfCare {
                        member: n,
                        value: v,
                    });
                }
            }
        }
        for (k, a) in self.assets.iter().flatten().enumerate() {
            if a.value_fen < 0 {
                out.push(P::NegativeAsset { item: k + 1 });
            }
        }
        if self.current_dibao.is_some_and(|c| c.monthly_fen < 0) {
            out.push(P::NegativeCurrentDibao);
        }
        if !crate::division::is_code(&self.residence) {
            out.push(P::BadResidence {
                text: self.residence.clone(),
            });
        }
        for t in &self.staff_ties {
            if t.member >= self.members.len() {
                out.push(P::BadStaffTie { member: t.member });
            }
        }
        for r in self.liable_relatives.iter().flatten() {
            grade(&mut out, 0, r.disability);
            if r.monthly_income_fen.is_some_and(|x| x < 0) {
                out.push(P::NegativeIncome { member: 0 });
            }
        }
        out
    }

    /// `Ok` if valid, else every problem.
    pub fn validate(&self) -> Result<(), EligibilityError> {
        let problems = self.problems();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(EligibilityError::InvalidHousehold { problems })
        }
    }
}
