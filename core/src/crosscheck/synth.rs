//! Seeded synthetic data for the cross-check: recipient households (the CLI's household CSV
//! format) and departmental records (the record CSV format), with a configurable share of
//! discrepancies. Deterministic for a seed; nothing here is real data. The callbacks receive
//! one line at a time, so any size can be written in constant memory.

use super::record::Department;
use crate::id::resident_check_char;

/// The household CSV header the generator writes.
pub const HOUSEHOLD_HEADER: &str = "household_id,area,residence,village,application_date,name,relation,birth_date,id_number,disability_category,disability_grade,wages,transfer_net,financial_assets,vehicle_value,extra_housing";
/// The record CSV header the generator writes (every department's file).
pub const RECORD_HEADER: &str = "id_number,kind,value_fen,monthly_fen,area_m2,detail,grade";

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config {
    /// The seed.
    pub seed: u64,
    /// Households.
    pub households: u64,
    /// Records per household on average (members' own records, padded with records of people
    /// who are not recipients to reach the total).
    pub records_per_household: u64,
    /// Households with a discrepancy, per thousand (undeclared wages, pension, vehicle,
    /// property, public post, business role, provident fund, disability certificate).
    pub anomaly_permille: u64,
    /// Of the padding records, the share (per thousand) about people who are not recipients;
    /// the rest are the household's bank accounts, whose balances add up to what it declared.
    pub outsider_permille: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            seed: 7,
            households: 1000,
            records_per_household: 10,
            anomaly_permille: 80,
            outsider_permille: 100,
        }
    }
}

/// What was generated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Households.
    pub households: u64,
    /// Member rows.
    pub members: u64,
    /// Records.
    pub records: u64,
}

use crate::rng::Rng;

/// A valid identity number for person number `p` (unique within a province for p < 10^7).
fn id_for(province: u64, p: u64, y: u32, m: u32, d: u32) -> String {
    let division = province * 10_000 + (p / 1000) % 10_000;
    let body = format!("{division:06}{y:04}{m:02}{d:02}{:03}", p % 1000);
    let check = resident_check_char(&body).unwrap_or('0');
    format!("{body}{check}")
}

/// Generates the data: `household_row` gets each household CSV line (without the header),
/// `record` each record line with its department.
pub fn generate(
    cfg: &Config,
    mut household_row: impl FnMut(&str),
    mut record: impl FnMut(Department, &str),
) -> Counts {
    let mut rng = Rng::new(cfg.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut counts = Counts::default();
    let mut person = 0u64;
    let mut outsider = 0u64;
    let mut rec = |d: Department, line: String, counts: &mut Counts| {
        counts.records += 1;
        record(d, &line);
    };
    let relations = ["spouse", "child", "parent", "child"];
    for h in 0..cfg.households {
        let area = if h % 3 == 0 { "rural" } else { "urban" };
        let size = 1 + rng.below(4);
        let anomaly = rng.chance(cfg.anomaly_permille);
        let which = rng.below(8);
        let deposits: i64 = (rng.below(15_000) * 100) as i64;
        let mut row = String::with_capacity(160);
        let mut ids: Vec<String> = Vec::with_capacity(4);
        for k in 0..size {
            let p = person;
            person += 1;
            let age = if k == 0 {
                35 + rng.below(50)
            } else {
                rng.below(90)
            };
            let (y, mo, d) = (
                (2025 - age) as u32,
                1 + rng.below(12) as u32,
                1 + rng.below(28) as u32,
            );
            let mut id = id_for(11, p, y, mo, d);
            if rng.chance(1) && rng.chance(200) {
                // A handful of members without an identity number (cannot be checked).
                id.clear();
            }
            let working = (18..60).contains(&age);
            let wages: i64 = if working && rng.chance(300) {
                (rng.below(1500) * 100) as i64
            } else {
                0
            };
            let pension: i64 = if age >= 60 && rng.chance(500) {
                (300 + rng.below(600)) as i64 * 100
            } else {
                0
            };
            let disabled = rng.chance(60);
            let rel = if k == 0 {
                "applicant"
            } else {
                relations.get(k as usize % 4).copied().unwrap_or("child")
            };
            row.clear();
            let first = k == 0;
            row.push_str(&format!(
                "H{h:08},{area},110105,示例社区,2026-01-10,成员{},{rel},{y:04}-{mo:02}-{d:02},{id},{},{},{wages},{pension},{},{},{}",
                k + 1,
                if disabled { "physical" } else { "" },
                if disabled { "3" } else { "" },
                if first { deposits.to_string() } else { String::new() },
                if first { "0" } else { "" },
                if first { "0" } else { "" },
            ));
            household_row(&row);
            counts.members += 1;
            if id.is_empty() {
                continue;
            }
            // The records that agree with what was declared.
            ids.push(id.clone());
            if wages > 0 {
                rec(
                    Department::Tax,
                    format!("{id},wages,,{wages},,,"),
                    &mut counts,
                );
            }
            if pension > 0 {
                rec(
                    Department::SocialInsurance,
                    format!("{id},pension,,{pension},,employee,"),
                    &mut counts,
                );
            }
            if first && rng.chance(700) {
                rec(
                    Department::RealEstate,
                    format!("{id},property,,,{},,", 30 + rng.below(60)),
                    &mut counts,
                );
            }
            if disabled {
                rec(
                    Department::DisabledPersonsFederation,
                    format!("{id},disability,,,,physical,3"),
                    &mut counts,
                );
            }
            // One discrepancy in the household, on its applicant.
            if anomaly && first {
                let line = match which {
                    0 => (
                        Department::Tax,
                        format!("{id},wages,,{},,,", wages + 200_000),
                    ),
                    1 => (
                        Department::SocialInsurance,
                        format!("{id},pension,,{},,employee,", pension + 45_000),
                    ),
                    2 => (
                        Department::Vehicles,
                        format!("{id},vehicle,{},,,,", (20 + rng.below(200)) * 100_000),
                    ),
                    3 => (
                        Department::RealEstate,
                        format!("{id},property,,,{},,", 60 + rng.below(90)),
                    ),
                    4 => (Department::PublicPayroll, format!("{id},public_post,,,,,")),
                    5 => (
                        Department::MarketRegistration,
                        format!(
                            "{id},company_role,{},,,legal_representative,",
                            (1 + rng.below(100)) * 1_000_000
                        ),
                    ),
                    6 => (
                        Department::ProvidentFund,
                        format!(
                            "{id},provident_fund,{},{},,,",
                            rng.below(5_000_000),
                            50_000 + rng.below(100_000)
                        ),
                    ),
                    _ => (
                        Department::DisabledPersonsFederation,
                        format!("{id},disability,,,,intellectual,1"),
                    ),
                };
                // A second property only counts if there is a first one.
                if which == 3 {
                    rec(
                        Department::RealEstate,
                        format!("{id},property,,,{},,", 30 + rng.below(60)),
                        &mut counts,
                    );
                }
                rec(line.0, line.1, &mut counts);
            }
        }
        counts.households += 1;
        // Padding up to the target: bank accounts of the members whose balances add up to the
        // declared deposits, and records of people who are not recipients (departments'
        // extracts are wider than the query), now and then with a wrong check character.
        let target = (h + 1) * cfg.records_per_household;
        let missing = target.saturating_sub(counts.records);
        let outsiders = missing * cfg.outsider_permille / 1000;
        let accounts = if ids.is_empty() {
            0
        } else {
            (missing - outsiders).max(u64::from(deposits > 0))
        };
        for a in 0..accounts {
            let share = deposits / accounts as i64
                + if a == 0 {
                    deposits % accounts as i64
                } else {
                    0
                };
            let holder = ids
                .get(rng.below(ids.len() as u64) as usize)
                .cloned()
                .unwrap_or_default();
            rec(
                Department::Banking,
                format!("{holder},deposits,{share},,,,"),
                &mut counts,
            );
        }
        for _ in 0..outsiders {
            let p = outsider;
            outsider += 1;
            let mut id = id_for(
                12 + (p / 10_000_000) % 3,
                p,
                1950 + rng.below(60) as u32,
                1 + rng.below(12) as u32,
                1 + rng.below(28) as u32,
            );
            if rng.chance(10) {
                let bad = if id.ends_with('1') { '2' } else { '1' };
                id.pop();
                id.push(bad);
            }
            let (d, line) = match rng.below(4) {
                0 => (
                    Department::Banking,
                    format!("{id},deposits,{},,,,", rng.below(10_000_000)),
                ),
                1 => (
                    Department::Tax,
                    format!("{id},wages,,{},,,", rng.below(1_000_000)),
                ),
                2 => (
                    Department::SocialInsurance,
                    format!("{id},pension,,{},,employee,", rng.below(500_000)),
                ),
                _ => (
                    Department::RealEstate,
                    format!("{id},property,,,{},,", 40 + rng.below(100)),
                ),
            };
            rec(d, line, &mut counts);
        }
    }
    counts
}
