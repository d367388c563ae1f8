//! The legal-basis cell (设定依据 / 实施依据): several bases in one cell, split into instrument,
//! decree or document number, article numbers and quoted text.
//!
//! Styles seen (REALWORLD.md §1):
//! - numbered: `1.《社会团体登记管理条例》（国务院令第250号）第三条：成立社会团体，应当…`
//! - `+`-separated: `《社会团体登记管理条例》+国务院令250号+第三条、第九条`
//! - several articles at once: `第七、十二条` → 7 and 12; `第30、32、34条`; `第十条第一款` →
//!   article 10 clause 1; `第二十一条第（三）项`.

use super::numbering::{is_number_char, parse_number, split_numbered, zh_number};
use crate::power::{BasisRole, LegalBasis};
use crate::{Citation, Confidence};

/// One article reference: 第十条第一款第（三）项 → article 10, clause 1, item 3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ArticleRef {
    /// 条.
    pub article: u32,
    /// 款.
    pub clause: Option<u32>,
    /// 项.
    pub item: Option<u32>,
}

impl ArticleRef {
    /// Article `n` alone.
    pub fn article(n: u32) -> ArticleRef {
        ArticleRef {
            article: n,
            clause: None,
            item: None,
        }
    }
}

/// One basis as read from a cell, before it becomes [`LegalBasis`]es (one per article).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ParsedBasis {
    /// The instrument's title without book-title marks, e.g. `社会团体登记管理条例`.
    pub instrument: String,
    /// 发布令号 / 文号 as written, e.g. `国务院令第250号`, `民发〔2012〕220号`.
    pub decree: Option<String>,
    /// The articles cited, in order; empty when the whole instrument is cited.
    pub articles: Vec<ArticleRef>,
    /// The quoted provision text, if the cell gives it.
    pub quote: Option<String>,
}

impl ParsedBasis {
    /// One [`LegalBasis`] per article (or one for the whole instrument), with `role`. The quoted
    /// text goes with the first article only: the cell quotes the group once. Imported
    /// citations are the bureau's claims, not sources we have read: [`Confidence::Unverified`].
    pub fn to_legal_bases(&self, role: BasisRole) -> Vec<LegalBasis> {
        let make = |article: String, clause: Option<String>, quote: Option<String>| LegalBasis {
            citation: Citation {
                instrument: self.instrument.clone(),
                article,
                quote,
                confidence: Confidence::Unverified,
            },
            clause,
            decree: self.decree.clone(),
            role,
        };
        if self.articles.is_empty() {
            return vec![make(String::new(), None, self.quote.clone())];
        }
        self.articles
            .iter()
            .enumerate()
            .map(|(k, a)| {
                let mut clause = String::new();
                if let Some(c) = a.clause {
                    clause.push_str(&format!("第{}款", zh_number(c)));
                }
                if let Some(i) = a.item {
                    clause.push_str(&format!("第（{}）项", zh_number(i)));
                }
                make(
                    format!("第{}条", zh_number(a.article)),
                    (!clause.is_empty()).then_some(clause),
                    if k == 0 { self.quote.clone() } else { None },
                )
            })
            .collect()
    }
}

/// The bases of one cell and the pieces that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BasisCell {
    /// The bases, in the cell's order.
    pub bases: Vec<ParsedBasis>,
    /// Pieces of text that name no instrument.
    pub not_understood: Vec<String>,
}

/// Parses a legal-basis cell. Never fails: what cannot be read is returned in
/// [`BasisCell::not_understood`].
///
/// ```
/// use minzheng::tables::{parse_basis_cell, ArticleRef};
/// let cell = parse_basis_cell("1.《社会团体登记管理条例》（国务院令第250号）第七、十二条：…\n2.《慈善法》第十条第一款");
/// assert_eq!(cell.bases[0].instrument, "社会团体登记管理条例");
/// assert_eq!(cell.bases[0].decree.as_deref(), Some("国务院令第250号"));
/// assert_eq!(cell.bases[0].articles, [ArticleRef::article(7), ArticleRef::article(12)]);
/// assert_eq!(cell.bases[1].articles[0].clause, Some(1));
/// ```
pub fn parse_basis_cell(text: &str) -> BasisCell {
    let mut out = BasisCell::default();
    let (preamble, items) = split_numbered(text);
    let mut segments: Vec<String> = Vec::new();
    if items.is_empty() {
        segments.push(preamble);
    } else {
        if !preamble.is_empty() {
            segments.push(preamble);
        }
        segments.extend(items);
    }
    for seg in &segments {
        for piece in split_titles(seg) {
            // Blanks and separators in any mix end a piece, trimmed in one pass so that the
            // piece written back reads the same.
            let piece = piece.trim_start().trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, '；' | ';' | '，' | ',' | '、')
            });
            if piece.is_empty() {
                continue;
            }
            match parse_piece(piece) {
                Some(b) => out.bases.push(b),
                None => out.not_understood.push(piece.to_owned()),
            }
        }
    }
    out
}

/// Cuts a segment before each `《` that follows a complete title, unless we are inside quoted
/// provision text (after `：`), which may itself mention other instruments.
fn split_titles(seg: &str) -> Vec<&str> {
    let mut cuts = vec![0usize];
    let mut seen_title = false;
    let mut in_title = false;
    let mut in_quote = false;
    for (i, c) in seg.char_indices() {
        match c {
            '《' if !in_quote => {
                if seen_title {
                    cuts.push(i);
                    seen_title = false;
                }
                in_title = true;
            }
            '》' if in_title => {
                in_title = false;
                seen_title = true;
            }
            '：' | ':' | '“' if seen_title && !in_title => in_quote = true,
            '\n' | '；' | ';' => in_quote = false,
            _ => {}
        }
    }
    let mut out = Vec::with_capacity(cuts.len());
    for (k, &start) in cuts.iter().enumerate() {
        let end = cuts.get(k + 1).copied().unwrap_or(seg.len());
        out.push(seg.get(start..end).unwrap_or(""));
    }
    out
}

const FILLERS: [&str; 6] = ["根据", "依据", "按照", "依照", "参照", "见"];

fn parse_piece(piece: &str) -> Option<ParsedBasis> {
    let mut b = ParsedBasis::default();
    let rest: &str;
    if let (Some(open), Some(close)) = (piece.find('《'), piece.find('》')) {
        if close < open {
            return None;
        }
        let before = piece.get(..open)?.trim();
        if !before.is_empty() && !FILLERS.contains(&before) {
            return None;
        }
        b.instrument = piece.get(open + '《'.len_utf8()..close)?.trim().to_owned();
        rest = piece.get(close + '》'.len_utf8()..)?;
    } else if let Some(close) = piece.find('》') {
        // A closing mark without an opening one (`行政处罚法》第五十七条`): the opening mark is
        // missing, the title runs to the closing one. Keeping the `》` in the title would write
        // back as `《行政处罚法》》…`, another basis.
        let before = piece.get(..close)?.trim();
        let title = FILLERS
            .iter()
            .find_map(|f| before.strip_prefix(f))
            .unwrap_or(before);
        b.instrument = title.trim().to_owned();
        rest = piece.get(close + '》'.len_utf8()..)?;
    } else {
        // No book-title marks: the instrument runs to the first article, parenthesis, colon or +.
        let end = piece
            .char_indices()
            .find(|&(i, c)| {
                matches!(c, '（' | '(' | '：' | ':' | '+' | '＋')
                    || (c == '第' && article_at(piece.get(i..).unwrap_or("")).is_some())
            })
            .map_or(piece.len(), |(i, _)| i);
        b.instrument = piece.get(..end)?.trim().to_owned();
        rest = piece.get(end..)?;
    }
    if b.instrument.is_empty() {
        return None;
    }
    let mut rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '+' || c == '＋');
    // A parenthesis right after the title: the decree or document number.
    for (open, close) in [('（', '）'), ('(', ')'), ('（', ')'), ('(', '）')] {
        if let Some(inner) = rest.strip_prefix(open) {
            if let Some(end) = inner.find(close) {
                let d = inner.get(..end).unwrap_or("").trim();
                // A document number never names an instrument: parentheses holding a title
                // are provision text, not a decree.
                if d.contains(['《', '》']) {
                    break;
                }
                if !d.is_empty() {
                    b.decree = Some(d.to_owned());
                }
                rest = inner.get(end + close.len_utf8()..).unwrap_or("");
                break;
            }
        }
    }
    rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '+' || c == '＋');
    // `+`-style: a decree before the articles, e.g. `国务院令250号+第三条`.
    if b.decree.is_none() {
        let stop = rest
            .char_indices()
            .find(|&(i, c)| {
                matches!(c, '：' | ':' | '+' | '＋')
                    || (c == '第' && article_at(rest.get(i..).unwrap_or("")).is_some())
            })
            .map_or(rest.len(), |(i, _)| i);
        let head = rest.get(..stop).unwrap_or("").trim();
        if (head.ends_with('号') || head.contains('令') || head.contains('〔'))
            && !head.contains(['《', '》'])
        {
            b.decree = Some(head.to_owned());
            rest = rest.get(stop..).unwrap_or("");
            rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '+' || c == '＋');
        }
    }
    // Articles: groups like 第七、十二条第一款, joined by 、，和及+.
    while let Some((refs, len)) = article_at(rest) {
        b.articles.extend(refs);
        rest = rest.get(len..).unwrap_or("");
        let trimmed = rest.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '、' | '，' | ',' | '和' | '及' | '+' | '＋')
        });
        if article_at(trimmed).is_some() {
            rest = trimmed;
        } else {
            break;
        }
    }
    let mut quote = rest.trim();
    quote = quote
        .strip_prefix('：')
        .or_else(|| quote.strip_prefix(':'))
        .unwrap_or(quote)
        .trim();
    // Dangling markers and trailing separators, until none is left (each pass shortens it), so
    // that the quote written back reads the same.
    loop {
        let shorter = strip_orphan_marker(quote).trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '；' | ';' | '，' | ',' | '、')
        });
        if shorter.len() == quote.len() {
            break;
        }
        quote = shorter;
    }
    // A sentence's full stop after the articles (`第十一条。`) quotes nothing.
    if quote
        .chars()
        .all(|c| matches!(c, '。' | '.' | '；' | ';' | '，' | ',' | '、'))
    {
        quote = "";
    }
    for filler in ["的规定", "之规定", "规定"] {
        if quote == filler {
            quote = "";
        }
    }
    if !quote.is_empty() {
        b.quote = Some(quote.to_owned());
    }
    Some(b)
}

/// A quote without a list marker left dangling at its end (`…进行登记。\n1.`): a marker that
/// broke the cell's numbering (`1.` `1.` `3.`) stays in the text before the next title. It is
/// a marker, not provision text, and written back it would number a line of its own.
fn strip_orphan_marker(quote: &str) -> &str {
    let t = quote.trim_end();
    let Some(last) = t.chars().last() else {
        return t;
    };
    if !matches!(last, '.' | '、' | '．') {
        return t;
    }
    let body = t.get(..t.len() - last.len_utf8()).unwrap_or("");
    let before = body.trim_end_matches(|c: char| is_number_char(c));
    if before.len() == body.len() {
        return t;
    }
    if before.is_empty() || before.ends_with(char::is_whitespace) {
        before.trim_end()
    } else {
        t
    }
}

/// Parses one article group at the start of `s` (`第七、十二条第一款第（三）项`): the references
/// and the length consumed.
fn article_at(s: &str) -> Option<(Vec<ArticleRef>, usize)> {
    let mut pos = s.strip_prefix('第').map(|_| '第'.len_utf8())?;
    let mut numbers = Vec::new();
    loop {
        let (n, len) = number_at(s.get(pos..)?)?;
        numbers.push(n);
        pos += len;
        let next = s.get(pos..)?.chars().next()?;
        match next {
            '条' => {
                pos += next.len_utf8();
                break;
            }
            '、' | '，' | ',' | '和' | '及' => pos += next.len_utf8(),
            _ => return None,
        }
    }
    let mut refs: Vec<ArticleRef> = numbers.into_iter().map(ArticleRef::article).collect();
    // 款 and 项 apply to the last article of the group.
    if let Some(tail) = s.get(pos..) {
        if let Some(after) = tail.strip_prefix('第') {
            if let Some((n, len)) = number_at(after) {
                if after.get(len..).is_some_and(|a| a.starts_with('款')) {
                    if let Some(last) = refs.last_mut() {
                        last.clause = Some(n);
                    }
                    pos += '第'.len_utf8() + len + '款'.len_utf8();
                }
            }
        }
    }
    if let Some(tail) = s.get(pos..) {
        if let Some(after) = tail.strip_prefix('第') {
            let (open_len, inner) = match after.chars().next() {
                Some(c @ ('（' | '(')) => (c.len_utf8(), after.get(c.len_utf8()..).unwrap_or("")),
                _ => (0, after),
            };
            if let Some((n, len)) = number_at(inner) {
                let mut close_len = 0;
                let mut rest = inner.get(len..).unwrap_or("");
                if open_len > 0 {
                    if let Some(c @ ('）' | ')')) = rest.chars().next() {
                        close_len = c.len_utf8();
                        rest = rest.get(close_len..).unwrap_or("");
                    }
                }
                if rest.starts_with('项') && (open_len == 0) == (close_len == 0) {
                    if let Some(last) = refs.last_mut() {
                        last.item = Some(n);
                    }
                    pos += '第'.len_utf8() + open_len + len + close_len + '项'.len_utf8();
                }
            }
        }
    }
    Some((refs, pos))
}

/// A number at the start of `s` and its length in bytes.
fn number_at(s: &str) -> Option<(u32, usize)> {
    let len: usize = s
        .chars()
        .take_while(|&c| is_number_char(c))
        .map(char::len_utf8)
        .sum();
    let n = parse_number(s.get(..len)?)?;
    Some((n, len))
}

/// Writes bases back as a cell: one basis as `《title》（decree）第X条第Y款：quote`, several as a
/// numbered list, one per line. [`parse_basis_cell`] reads it back to the same bases.
pub fn format_bases<'a>(bases: impl IntoIterator<Item = &'a LegalBasis>) -> String {
    let lines: Vec<String> = bases.into_iter().map(format_basis).collect();
    if lines.len() == 1 {
        return lines.into_iter().next().unwrap_or_default();
    }
    lines
        .iter()
        .enumerate()
        .map(|(k, l)| format!("{}.{l}", k + 1))
        .collect::<Vec<_>>()
        .join("\n")
}

pub(crate) fn format_basis(b: &LegalBasis) -> String {
    let mut s = format!("《{}》", b.citation.instrument);
    if let Some(d) = &b.decree {
        // The parser takes a decree up to the first closing parenthesis of the kind that opened
        // it; a decree that holds one (read in the `+` style) is written in the other kind, or
        // in the `+` style it came from.
        if !d.contains('）') {
            s.push_str(&format!("（{d}）"));
        } else if !d.contains(')') {
            s.push_str(&format!("({d})"));
        } else {
            s.push_str(&format!("+{d}+"));
        }
    }
    s.push_str(&b.citation.article);
    if let Some(c) = &b.clause {
        s.push_str(c);
    }
    if let Some(q) = &b.citation.quote {
        s.push('：');
        s.push_str(q);
    }
    s
}
