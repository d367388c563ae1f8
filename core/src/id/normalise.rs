//! What people type into a form, made into what the standards define: full-width digits and
//! letters (what Chinese input methods give in full-width mode) and lower-case letters.

use serde::Serialize;

/// A remark on a value that is not a refusal: a normalisation made, or a fact worth showing
/// (a division code no longer in use). Codes are stable strings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Remark {
    /// Stable code, e.g. `id.full_width_normalised`.
    pub code: &'static str,
    /// The remark in Chinese.
    pub zh: String,
    /// The remark in English.
    pub en: String,
}

impl Remark {
    pub(crate) fn new(code: &'static str, zh: impl Into<String>, en: impl Into<String>) -> Self {
        Remark {
            code,
            zh: zh.into(),
            en: en.into(),
        }
    }
}

/// A value as typed, made into the standards' characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalised {
    /// Spaces around removed (also the ideographic space U+3000), full-width digits and
    /// letters made ASCII, letters upper case.
    pub text: String,
    /// `true` when full-width characters were replaced.
    pub full_width: bool,
    /// `true` when lower-case letters were made upper case (a resident number's `x`).
    pub lower_case: bool,
}

impl Normalised {
    /// The remarks to show for what was changed.
    pub fn remarks(&self) -> Vec<Remark> {
        let mut out = Vec::new();
        if self.full_width {
            out.push(Remark::new(
                "id.full_width_normalised",
                "全角数字或字母已按半角读取",
                "full-width digits or letters were read as ASCII",
            ));
        }
        if self.lower_case {
            out.push(Remark::new(
                "id.lower_case_normalised",
                "小写字母已按大写读取（如 x 读作 X）",
                "lower-case letters were read as capitals (x as X)",
            ));
        }
        out
    }
}

/// Normalises a value typed into a form: trims spaces (ASCII and U+3000), maps full-width
/// `０–９`, `Ａ–Ｚ`, `ａ–ｚ` to ASCII and lower case to upper case. Other characters are kept as
/// they are, for the validator to name.
///
/// ```
/// use minzheng::id::normalise;
/// let n = normalise("　１１０１０５１９４９１２３１００２ｘ ");
/// assert_eq!(n.text, "11010519491231002X");
/// assert!(n.full_width && n.lower_case);
/// assert_eq!(normalise("91350100M000100Y43").remarks(), vec![]);
/// ```
pub fn normalise(text: &str) -> Normalised {
    let t = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    let mut full_width = false;
    let mut lower_case = false;
    let text = t
        .chars()
        .map(|c| {
            let c = match c {
                '\u{FF10}'..='\u{FF19}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}' => {
                    full_width = true;
                    char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c)
                }
                c => c,
            };
            if c.is_ascii_lowercase() {
                lower_case = true;
                c.to_ascii_uppercase()
            } else {
                c
            }
        })
        .collect();
    Normalised {
        text,
        full_width,
        lower_case,
    }
}
