//! Identifiers: the resident identity number (GB 11643) and the unified social credit code
//! (GB 32100), checked and decoded into fixed-size structs (no allocation, nothing to free).

use super::ffi::{date, guard, in_str, out_ref, ymd};
use super::MinzhengResult;
use minzheng::id::{classify, CreditCode, IdKind, ResidentId, Sex};
use std::ffi::c_char;

/// Sex, as encoded in the identity number's 17th digit.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MinzhengSex {
    /// 男 (odd 17th digit).
    Male = 1,
    /// 女 (even 17th digit).
    Female = 2,
}

/// Which kind of number a string is, by its shape and its checks.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MinzhengIdKind {
    /// 公民身份号码 (GB 11643).
    Resident = 1,
    /// 统一社会信用代码 (GB 32100).
    Credit = 2,
    /// 外国人永久居留身份证号码, 2023 edition (recognised only; `minzheng_id_check_json` says
    /// more).
    ForeignPermanent = 3,
}

/// A checked resident identity number, decoded.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct MinzhengResidentId {
    /// The 18-character number (a 15-digit one converted), NUL-terminated.
    pub number: [c_char; 19],
    /// The number for display and logs: `110105********002X`, NUL-terminated.
    pub masked: [c_char; 19],
    /// The six-digit division code of the address part, NUL-terminated.
    pub division: [c_char; 7],
    /// The birth date, YYYYMMDD.
    pub birth_date: i32,
    /// The sex.
    pub sex: MinzhengSex,
    /// `true` when a 15-digit number was given and converted.
    pub converted_from_15: bool,
}

/// A checked unified social credit code, decoded.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct MinzhengCreditCode {
    /// The 18-character code, NUL-terminated.
    pub code: [c_char; 19],
    /// The six-digit division code, NUL-terminated.
    pub division: [c_char; 7],
    /// The nine-character organisation code, NUL-terminated.
    pub organisation: [c_char; 10],
    /// The registering department's name (e.g. `民政`), UTF-8, NUL-terminated; empty when the
    /// department character is not in the table.
    pub department_name: [c_char; 64],
    /// The category's name for civil-affairs codes (`社会团体`, `民办非企业单位`, `基金会`,
    /// `其他`), UTF-8, NUL-terminated; empty otherwise.
    pub category_name: [c_char; 64],
    /// The registering department character (`5` = civil affairs).
    pub department: c_char,
    /// The category character.
    pub category: c_char,
    /// `true` when registered by civil affairs (department `5`).
    pub civil_affairs: bool,
}

/// `s` as a NUL-terminated fixed array, cut at a character boundary when longer.
fn fixed<const N: usize>(s: &str) -> [c_char; N] {
    let mut out = [0 as c_char; N];
    let mut n = s.len().min(N.saturating_sub(1));
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    for (dst, src) in out.iter_mut().zip(s.as_bytes().iter().take(n)) {
        *dst = *src as c_char;
    }
    out
}

fn ascii_char(c: char) -> c_char {
    if c.is_ascii() {
        c as u8 as c_char
    } else {
        b'?' as c_char
    }
}

/// Checks a resident identity number (18 characters, or 15 digits converted) and decodes it.
/// Surrounding spaces are ignored and a lowercase `x` is read as `X`.
///
/// Errors ("why not", each with its own number and message): `id_empty`, `id_wrong_length`,
/// `id_bad_character`, `id_bad_birth_date`, `id_unknown_province`, `id_check_character_wrong`
/// (well formed, but the check character does not match: "check the last character").
/// Messages never contain the number in clear.
///
/// Thread safety: may be called from any thread.
///
/// # Safety
/// `text` is NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_resident_id_parse(
    text: *const c_char,
    out: *mut MinzhengResidentId,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (text, out) = unsafe { (in_str(text, "text")?, out_ref(out, "out")?) };
        let id = ResidentId::parse(text)?;
        *out = MinzhengResidentId {
            number: fixed(id.number()),
            masked: fixed(&id.masked()),
            division: fixed(id.division_code()),
            birth_date: ymd(id.birth_date()),
            sex: match id.sex() {
                Sex::Male => MinzhengSex::Male,
                Sex::Female => MinzhengSex::Female,
            },
            converted_from_15: id.converted_from_15(),
        };
        Ok(())
    })
}

/// Which kind of number `text` is to be read as: a resident identity number or a unified social
/// credit code (the core's `minzheng::id::classify`). An 18-character string of 17 digits is a
/// resident number even when its birth date is impossible, so a mistyped identity number is
/// never taken for a credit code that happens to pass its check character. `*out` is written
/// and the result is `MINZHENG_OK` whether or not the number is valid; call
/// `minzheng_resident_id_parse` or `minzheng_credit_code_parse` for the kind to learn why not.
///
/// # Safety
/// `text` is NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_id_kind(
    text: *const c_char,
    out: *mut MinzhengIdKind,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (text, out) = unsafe { (in_str(text, "text")?, out_ref(out, "out")?) };
        *out = match classify(text).kind {
            IdKind::Resident => MinzhengIdKind::Resident,
            IdKind::Credit => MinzhengIdKind::Credit,
            IdKind::ForeignPermanent => MinzhengIdKind::ForeignPermanent,
            _ => {
                return Err(super::errors::invalid_argument(
                    "此版本的 C 接口不认识该号码类型".to_owned(),
                    "this version of the C API does not know the kind of number".to_owned(),
                ))
            }
        };
        Ok(())
    })
}

/// Whether `text` is a valid resident identity number: `*out` is `true` or `false`, and the
/// result is `MINZHENG_OK` either way (argument errors aside). Use
/// `minzheng_resident_id_parse` to learn why not.
///
/// # Safety
/// `text` is NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_resident_id_is_valid(
    text: *const c_char,
    out: *mut bool,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (text, out) = unsafe { (in_str(text, "text")?, out_ref(out, "out")?) };
        *out = ResidentId::parse(text).is_ok();
        Ok(())
    })
}

/// The age in full years on `day` (YYYYMMDD) of the holder of a valid identity number.
///
/// Errors: the parse errors, `id_date_before_birth`, `MINZHENG_ERR_INVALID_DATE`.
///
/// # Safety
/// `text` is NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_resident_id_age_on(
    text: *const c_char,
    day: i32,
    out: *mut u32,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (text, out) = unsafe { (in_str(text, "text")?, out_ref(out, "out")?) };
        *out = ResidentId::parse(text)?.age_on(date(day, "day")?)?;
        Ok(())
    })
}

/// Checks a unified social credit code (MOD 31 check character) and decodes it. Surrounding
/// spaces are ignored and lowercase letters read as uppercase.
///
/// Errors: `id_empty`, `id_wrong_length`, `id_bad_character`, `id_check_character_wrong`.
///
/// # Safety
/// `text` is NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_credit_code_parse(
    text: *const c_char,
    out: *mut MinzhengCreditCode,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (text, out) = unsafe { (in_str(text, "text")?, out_ref(out, "out")?) };
        let c = CreditCode::parse(text)?;
        *out = MinzhengCreditCode {
            code: fixed(c.code()),
            division: fixed(c.division_code()),
            organisation: fixed(c.organisation_code()),
            department_name: fixed(c.department_name().unwrap_or("")),
            category_name: fixed(c.category_name().unwrap_or("")),
            department: ascii_char(c.department()),
            category: ascii_char(c.category()),
            civil_affairs: c.is_civil_affairs(),
        };
        Ok(())
    })
}

/// Whether `text` is a valid unified social credit code: `*out` is `true` or `false`, and the
/// result is `MINZHENG_OK` either way (argument errors aside).
///
/// # Safety
/// `text` is NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_credit_code_is_valid(
    text: *const c_char,
    out: *mut bool,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (text, out) = unsafe { (in_str(text, "text")?, out_ref(out, "out")?) };
        *out = CreditCode::parse(text).is_ok();
        Ok(())
    })
}
