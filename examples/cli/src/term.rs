//! Plain-text tables for the terminal: columns padded by display width (`unicode-width`: a
//! Chinese character takes two columns). The library gives the rows; only the layout is here.

use minzheng::crosscheck::RecheckSummary;
use minzheng::power::Stats;
use unicode_width::UnicodeWidthStr;

/// The display width of `s` in terminal columns.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` followed by spaces up to `w` columns.
pub fn pad(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(width(s))))
}

/// Rows of (label, value): labels padded to the widest, values right-aligned in 12 columns.
pub fn label_value(rows: &[(String, String)]) -> String {
    let w = rows.iter().map(|(l, _)| width(l)).max().unwrap_or(0);
    rows.iter()
        .map(|(l, v)| format!("{}  {v:>12}\n", pad(l, w)))
        .collect()
}

/// The cross-check summary as a table.
pub fn crosscheck_summary(s: &RecheckSummary) -> String {
    label_value(&s.rows())
}

/// The power-list statistics as a table: code, category, items, sub-items; then the totals.
pub fn power_stats(s: &Stats) -> String {
    let mut out = format!("{}{}事项  子项\n", pad("代码", 6), pad("权力类型", 17));
    for c in &s.by_category {
        out.push_str(&format!(
            "{}    {}{:>5} {:>5}\n",
            c.code,
            pad(c.name, 16),
            c.items,
            c.sub_items
        ));
        for (k, v) in &c.local {
            out.push_str(&format!("        └ {k} {v}\n"));
        }
    }
    out.push_str(&format!(
        "{}{:>5} {:>5}\n",
        pad("合计", 22),
        s.total,
        s.sub_items
    ));
    for h in &s.by_handling {
        out.push_str(&format!("{}  {}\n", h.name, h.items));
    }
    out.push_str(&format!(
        "依申请事项 {}  窗口事项 {}  收费事项 {}  依据均为[V1] {}\n",
        s.on_application, s.window, s.charged, s.bases_verified
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_takes_two_columns() {
        assert_eq!(width("户数 / households"), 17);
        assert_eq!(pad("合计", 6), "合计  ");
        let t = label_value(&[
            ("户数".into(), "3".into()),
            ("households".into(), "12".into()),
        ]);
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(
            lines,
            ["户数                   3", "households            12"]
        );
        // Every line ends in the same column.
        assert!(lines
            .iter()
            .all(|l| Some(width(l)) == lines.first().map(|f| width(f))));
    }

    #[test]
    fn power_statistics_align_by_display_width() {
        let list =
            minzheng::power::PowerList::from_json(include_str!("../../data/power-list.json"))
                .unwrap_or_else(|e| unreachable!("{e}"));
        let t = power_stats(&Stats::of(&list));
        let widths: Vec<usize> = t
            .lines()
            .skip(1)
            .take_while(|l| !l.starts_with("合计"))
            .filter(|l| !l.contains('└'))
            .map(width)
            .collect();
        assert!(widths.len() > 1, "{t}");
        assert!(widths.iter().all(|w| Some(w) == widths.first()), "{t}");
        let total = t
            .lines()
            .find(|l| l.starts_with("合计"))
            .unwrap_or_default();
        assert_eq!(Some(&width(total)), widths.first(), "{t}");
        // The header's 子项 ends where the counts end.
        let header = t.lines().next().unwrap_or_default();
        assert_eq!(Some(&width(header)), widths.first(), "{t}");
    }
}
