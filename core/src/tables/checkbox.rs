//! Checkbox cells (■ / □ / √): `■政府网站 □政府公报 √两微一端` into the set of ticked labels.

/// A checkbox cell: the labels ticked and those left empty, in the cell's order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CheckboxCell {
    /// Labels after a ticked box (■ ☑ √ ✓ ✔ ● ▣ ⊠ ☒).
    pub checked: Vec<String>,
    /// Labels after an empty box (□ ☐ ○ ◯).
    pub unchecked: Vec<String>,
    /// Text before the first box, if any (not understood).
    pub stray: Option<String>,
}

fn mark(c: char) -> Option<bool> {
    match c {
        '■' | '☑' | '√' | '✓' | '✔' | '●' | '▣' | '⊠' | '☒' => Some(true),
        '□' | '☐' | '○' | '◯' => Some(false),
        _ => None,
    }
}

/// Parses a checkbox cell. A cell without any box is read as a plain list (separated by `、`,
/// `，`, `；` or line breaks), every label ticked.
///
/// ```
/// use minzheng::tables::parse_checkboxes;
/// let c = parse_checkboxes("■政府网站 □政府公报 √两微一端 □发布会/听证会");
/// assert_eq!(c.checked, ["政府网站", "两微一端"]);
/// assert_eq!(c.unchecked, ["政府公报", "发布会/听证会"]);
/// ```
pub fn parse_checkboxes(text: &str) -> CheckboxCell {
    let mut cell = CheckboxCell::default();
    if !text.chars().any(|c| mark(c).is_some()) {
        cell.checked = text
            .split(['、', '，', ',', '；', ';', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        return cell;
    }
    let mut current: Option<(bool, String)> = None;
    let mut stray = String::new();
    let flush = |cur: Option<(bool, String)>, cell: &mut CheckboxCell| {
        if let Some((ticked, label)) = cur {
            // Separators and blanks in any mix (`依申请 ，；`) end the label, in one pass so that
            // the label written back reads the same.
            let label = label
                .trim_start()
                .trim_end_matches(|c: char| {
                    c.is_whitespace() || matches!(c, '、' | '，' | ',' | '；' | ';')
                })
                .to_owned();
            if !label.is_empty() {
                if ticked {
                    cell.checked.push(label);
                } else {
                    cell.unchecked.push(label);
                }
            }
        }
    };
    for c in text.chars() {
        if let Some(ticked) = mark(c) {
            flush(current.take(), &mut cell);
            current = Some((ticked, String::new()));
        } else if let Some((_, label)) = current.as_mut() {
            label.push(c);
        } else {
            stray.push(c);
        }
    }
    flush(current, &mut cell);
    let stray = stray.trim();
    if !stray.is_empty() {
        cell.stray = Some(stray.to_owned());
    }
    cell
}

/// Writes a checkbox cell: every option with ■ if it is in `checked`, □ otherwise, then any
/// checked label not among the options; separated by spaces.
pub fn format_checkboxes(options: &[&str], checked: &[String]) -> String {
    let mut parts: Vec<String> = options
        .iter()
        .map(|o| {
            let box_ = if checked.iter().any(|c| c == o) {
                '■'
            } else {
                '□'
            };
            format!("{box_}{o}")
        })
        .collect();
    for c in checked {
        if !options.contains(&c.as_str()) {
            parts.push(format!("■{c}"));
        }
    }
    parts.join(" ")
}
