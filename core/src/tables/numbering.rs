//! Numbers as bureaus write them: Chinese numerals (七, 十二, 三十四, 一百零五) and numbered
//! lists inside one cell ("1.受理阶段…\n2.审查阶段…", "（1）…", "一、…").

/// The value of a number written in Arabic digits (ASCII or full-width) or in Chinese numerals
/// (`七`, `十二`, `二十`, `一百零五`, `两千`), or `None` if the text is not a number or exceeds
/// 9,999,999.
///
/// ```
/// use minzheng::tables::parse_number;
/// assert_eq!(parse_number("十二"), Some(12));
/// assert_eq!(parse_number("三十四"), Some(34));
/// assert_eq!(parse_number("一百零五"), Some(105));
/// assert_eq!(parse_number("３２"), Some(32));
/// assert_eq!(parse_number("第"), None);
/// ```
pub fn parse_number(text: &str) -> Option<u32> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    if t.chars().all(|c| ascii_digit(c).is_some()) {
        let mut n: u32 = 0;
        for c in t.chars() {
            n = n.checked_mul(10)?.checked_add(ascii_digit(c)?)?;
        }
        return (n <= 9_999_999).then_some(n);
    }
    let mut total: u32 = 0;
    let mut digit: Option<u32> = None;
    for c in t.chars() {
        if let Some(d) = zh_digit(c) {
            digit = Some(d);
        } else if let Some(unit) = zh_unit(c) {
            // A unit without a digit before it is 1 × unit (十二 = 12).
            total = total.checked_add(digit.unwrap_or(1).checked_mul(unit)?)?;
            digit = None;
        } else {
            return None;
        }
    }
    total = total.checked_add(digit.unwrap_or(0))?;
    (total <= 9_999_999).then_some(total)
}

fn ascii_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(u32::from(c) - u32::from('０')),
        _ => None,
    }
}

fn zh_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn zh_unit(c: char) -> Option<u32> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => return None,
    })
}

/// Whether `c` can be part of a number (digit or Chinese numeral).
pub(crate) fn is_number_char(c: char) -> bool {
    ascii_digit(c).is_some() || zh_digit(c).is_some() || zh_unit(c).is_some()
}

/// A number in Chinese numerals as statutes write article numbers: 7 → `七`, 12 → `十二`,
/// 105 → `一百零五`, 0 → `零`.
///
/// ```
/// use minzheng::tables::zh_number;
/// assert_eq!(zh_number(12), "十二");
/// assert_eq!(zh_number(40), "四十");
/// assert_eq!(zh_number(105), "一百零五");
/// assert_eq!(zh_number(1010), "一千零一十");
/// ```
pub fn zh_number(n: u32) -> String {
    const D: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let digit = |d: u32| D.get(d as usize).copied().unwrap_or('零');
    if n == 0 {
        return "零".to_owned();
    }
    if n >= 10_000 {
        return n.to_string();
    }
    let parts = [
        (n / 1000, '千'),
        ((n / 100) % 10, '百'),
        ((n / 10) % 10, '十'),
    ];
    let mut out = String::new();
    let mut pending_zero = false;
    for (d, unit) in parts {
        if d == 0 {
            pending_zero = !out.is_empty();
            continue;
        }
        if pending_zero {
            out.push('零');
            pending_zero = false;
        }
        // 十二, not 一十二, when the number starts with the tens.
        if !(unit == '十' && d == 1 && out.is_empty()) {
            out.push(digit(d));
        }
        out.push(unit);
    }
    let ones = n % 10;
    if ones > 0 {
        if pending_zero {
            out.push('零');
        }
        out.push(digit(ones));
    }
    out
}

/// Splits a cell holding a numbered list ("1.…\n2.…", "1、…；2、…", "（1）…（2）…", "一、…二、…")
/// into its preamble (text before item 1) and its items, each trimmed of blanks and trailing
/// `；`. Numbers must run
/// 1, 2, 3, … and each marker must start the cell or follow a line break, a space or one of
/// `；;。：:` (parenthesised markers such as `（2）` need none), so "第3.5条" or a "2、" inside
/// a sentence do not split. Without a marker
/// for 1, the whole cell is the preamble and there are no items.
///
/// ```
/// use minzheng::tables::split_numbered;
/// let (pre, items) = split_numbered("有下列情形的：1.不履行职责；2.滥用职权");
/// assert_eq!(pre, "有下列情形的：");
/// assert_eq!(items, ["不履行职责", "滥用职权"]);
/// ```
pub fn split_numbered(text: &str) -> (String, Vec<String>) {
    let mut cuts: Vec<(usize, usize)> = Vec::new(); // (marker start, content start)
    let mut expected: u32 = 1;
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let at_boundary = prev.is_none_or(|p| {
            p.is_whitespace() || matches!(p, '；' | ';' | '。' | '：' | ':' | '\u{3000}')
        });
        // A parenthesised marker (（2）) is unambiguous enough to need no boundary.
        if at_boundary || matches!(c, '（' | '(') {
            if let Some(rest) = text.get(i..) {
                if let Some(len) = marker_len(rest, expected) {
                    cuts.push((i, i + len));
                    expected += 1;
                }
            }
        }
        prev = Some(c);
    }
    // Blanks and `；` in any mix end the preamble and each item, trimmed in one pass so that
    // a part written back as an item reads the same.
    let tidy = |s: &str| {
        s.trim_start()
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '；' | ';'))
            .to_owned()
    };
    let Some(&(first, _)) = cuts.first() else {
        return (tidy(text), Vec::new());
    };
    let preamble = tidy(text.get(..first).unwrap_or(""));
    let mut items = Vec::with_capacity(cuts.len());
    for (k, &(_, start)) in cuts.iter().enumerate() {
        let end = cuts.get(k + 1).map_or(text.len(), |c| c.0);
        items.push(tidy(text.get(start..end).unwrap_or("")));
    }
    (preamble, items)
}

/// The length in bytes of the list marker for `n` at the start of `s`, if there is one.
fn marker_len(s: &str, n: u32) -> Option<usize> {
    let arabic = n.to_string();
    // 1. 1、 1． 1) 1）
    if let Some(rest) = s.strip_prefix(arabic.as_str()) {
        let next = rest.chars().next()?;
        if matches!(next, '.' | '、' | '．' | ')' | '）') {
            // "1.5" is a decimal, not a marker.
            let after = rest.get(next.len_utf8()..).and_then(|r| r.chars().next());
            if next == '.' && after.is_some_and(|a| a.is_ascii_digit()) {
                return None;
            }
            return Some(arabic.len() + next.len_utf8());
        }
        return None;
    }
    // （1） (1)
    for (open, close) in [('（', '）'), ('(', ')'), ('（', ')'), ('(', '）')] {
        if let Some(rest) = s.strip_prefix(open) {
            if let Some(rest2) = rest.strip_prefix(arabic.as_str()) {
                if rest2.starts_with(close) {
                    return Some(open.len_utf8() + arabic.len() + close.len_utf8());
                }
            }
        }
    }
    // 一、
    let zh = zh_number(n);
    if let Some(rest) = s.strip_prefix(zh.as_str()) {
        if rest.starts_with('、') {
            return Some(zh.len() + '、'.len_utf8());
        }
    }
    None
}
