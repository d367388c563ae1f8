//! Property tests of the power-list checker and renderers: random items and flows never panic
//! anything; generated well-formed flows pass the flow checks; the SVG is well-formed XML.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use minzheng::deadline::{Period, PeriodUnit};
use minzheng::power::*;
use proptest::prelude::*;

fn period() -> impl Strategy<Value = Period> {
    (
        0u32..200,
        prop_oneof![
            Just(PeriodUnit::WorkingDays),
            Just(PeriodUnit::NaturalDays),
            Just(PeriodUnit::Months)
        ],
    )
        .prop_map(|(amount, unit)| Period { amount, unit })
}

fn kind() -> impl Strategy<Value = StepKind> {
    prop_oneof![
        Just(StepKind::Start),
        Just(StepKind::End),
        Just(StepKind::Acceptance),
        Just(StepKind::Correction),
        Just(StepKind::Review),
        Just(StepKind::Decision),
        Just(StepKind::PriorNotice),
        Just(StepKind::HearingNotice),
        Just(StepKind::Service),
    ]
}

fn step_time() -> impl Strategy<Value = Option<StepTime>> {
    prop_oneof![
        Just(None),
        Just(Some(StepTime::Immediate)),
        Just(Some(StepTime::NotCounted)),
        period().prop_map(|p| Some(StepTime::Period(p))),
    ]
}

/// Names with characters that must be escaped in XML, Mermaid and DOT.
fn name() -> impl Strategy<Value = String> {
    "[a-z受理审查决定<>&\"'|{}\\\\ ]{0,12}"
}

fn random_item() -> impl Strategy<Value = PowerItem> {
    let steps = prop::collection::vec(
        (
            kind(),
            name(),
            prop::option::of(name()),
            step_time(),
            any::<bool>(),
        ),
        0..12,
    );
    (
        steps,
        prop::collection::vec((0usize..14, 0usize..14, prop::option::of(name())), 0..24),
        prop::sample::select(Category::ALL.to_vec()),
        any::<bool>(),
        prop::option::of(period()),
        prop::option::of(period()),
        any::<bool>(),
        name(),
    )
        .prop_map(
            |(steps, edges, category, immediate, statutory, promised, charged, nm)| {
                let steps: Vec<Step> = steps
                    .into_iter()
                    .enumerate()
                    .map(|(i, (kind, name, post, time_limit, h))| Step {
                        id: format!("s{i}"),
                        name,
                        kind,
                        post,
                        time_limit,
                        description: None,
                        hearing_notice: h,
                        ..Step::default()
                    })
                    .collect();
                let transitions = edges
                    .into_iter()
                    .map(|(a, b, label)| Transition {
                        from: format!("s{a}"),
                        to: format!("s{b}"),
                        label,
                    })
                    .collect();
                PowerItem {
                    code: nm.clone(),
                    name: nm,
                    category,
                    window: charged,
                    handling: if immediate {
                        Handling::Immediate
                    } else {
                        Handling::Promised
                    },
                    time_limits: TimeLimits {
                        statutory,
                        statutory_basis: None,
                        promised,
                    },
                    fee: Fee {
                        charged,
                        ..Fee::default()
                    },
                    penalty: Some(PenaltyScope {
                        kinds: vec![PenaltyKind::LargeFine],
                        hearing_required: false,
                    }),
                    process: Process { steps, transitions },
                    ..PowerItem::default()
                }
            },
        )
}

/// A tiny XML well-formedness checker: balanced tags, quoted attributes, known entities, no
/// raw `<` or `&` in text.
fn well_formed(xml: &str) -> Result<(), String> {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = xml.trim();
    if !rest.starts_with('<') {
        return Err("does not start with a tag".into());
    }
    let check_text = |t: &str| -> Result<(), String> {
        let mut s = t;
        while let Some(i) = s.find('&') {
            let after = &s[i + 1..];
            let end = after.find(';').ok_or("unterminated entity")?;
            let ent = &after[..end];
            let ok = matches!(ent, "amp" | "lt" | "gt" | "quot" | "apos")
                || (ent.starts_with('#') && ent[1..].chars().all(|c| c.is_ascii_digit()));
            if !ok {
                return Err(format!("bad entity &{ent};"));
            }
            s = &after[end + 1..];
        }
        if t.contains('<') || t.contains('>') {
            return Err(format!("raw angle bracket in {t:?}"));
        }
        Ok(())
    };
    let mut roots = 0;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('<') {
            let end = r.find('>').ok_or("unterminated tag")?;
            let tag = &r[..end];
            rest = &r[end + 1..];
            if let Some(name) = tag.strip_prefix('/') {
                let open = stack.pop().ok_or("close without open")?;
                if open != name.trim() {
                    return Err(format!("</{name}> closes <{open}>"));
                }
                continue;
            }
            let self_closing = tag.ends_with('/');
            let body = tag.trim_end_matches('/');
            let name: String = body.chars().take_while(|c| !c.is_whitespace()).collect();
            if name.is_empty() {
                return Err("empty tag name".into());
            }
            // attributes: name="value" pairs, values without raw < or "
            let mut attrs = body[name.len()..].trim();
            while !attrs.is_empty() {
                let eq = attrs
                    .find('=')
                    .ok_or(format!("attribute without value in <{name}>"))?;
                let after = attrs[eq + 1..].trim_start();
                let q = after.chars().next().ok_or("no value")?;
                if q != '"' && q != '\'' {
                    return Err(format!("unquoted attribute in <{name}>"));
                }
                let close = after[1..].find(q).ok_or("unterminated attribute")?;
                check_text(&after[1..1 + close])?;
                attrs = after[close + 2..].trim_start();
            }
            if stack.is_empty() {
                roots += 1;
            }
            if !self_closing {
                stack.push(name);
            }
        } else {
            let next = rest.find('<').unwrap_or(rest.len());
            check_text(&rest[..next])?;
            if stack.is_empty() && !rest[..next].trim().is_empty() {
                return Err("text outside the root".into());
            }
            rest = &rest[next..];
        }
    }
    if !stack.is_empty() {
        return Err(format!("unclosed {stack:?}"));
    }
    if roots != 1 {
        return Err(format!("{roots} root elements"));
    }
    Ok(())
}

#[test]
fn the_xml_checker_rejects_what_it_should() {
    assert!(well_formed("<svg><text>a &amp; b</text></svg>").is_ok());
    assert!(well_formed("<svg><text>a & b</text></svg>").is_err());
    assert!(well_formed("<svg><text>a</svg>").is_err());
    assert!(well_formed("<svg x=1/>").is_err());
    assert!(well_formed("<svg x=\"<\"/>").is_err());
    assert!(well_formed("<a/><b/>").is_err());
}

/// A well-formed flow: start → accept (受理 / 不予受理 / 补正 ↺) → a chain of steps, each of
/// which may branch straight to an end.
fn well_formed_flow() -> impl Strategy<Value = (Process, u32)> {
    prop::collection::vec((1u32..30, any::<bool>(), any::<bool>()), 1..10).prop_map(|chain| {
        let mk = |id: &str, kind, wd: Option<u32>| Step {
            id: id.into(),
            name: id.into(),
            kind,
            post: Some("岗位".into()),
            time_limit: wd.map(|n| StepTime::Period(Period::working_days(n))),
            description: None,
            hearing_notice: false,
            ..Step::default()
        };
        let t = |a: &str, b: &str| Transition {
            from: a.into(),
            to: b.into(),
            label: None,
        };
        let mut steps = vec![
            mk("start", StepKind::Start, None),
            mk("accept", StepKind::Acceptance, Some(1)),
            mk("fix", StepKind::Correction, Some(1)),
            mk("reject", StepKind::End, None),
            mk("end", StepKind::End, None),
        ];
        let mut tr = vec![
            t("start", "accept"),
            t("accept", "reject"),
            t("accept", "fix"),
            t("fix", "accept"),
        ];
        let mut prev = "accept".to_owned();
        let mut total = 1;
        for (i, (wd, exit, loop_back)) in chain.into_iter().enumerate() {
            let id = format!("c{i}");
            steps.push(mk(&id, StepKind::Review, Some(wd)));
            tr.push(t(&prev, &id));
            if exit {
                tr.push(t(&id, "end"));
            }
            if loop_back {
                tr.push(t(&id, "accept"));
            }
            total += wd;
            prev = id;
        }
        tr.push(t(&prev, "end"));
        (
            Process {
                steps,
                transitions: tr,
            },
            total,
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn random_items_never_panic_the_checker_or_the_renderers(items in prop::collection::vec(random_item(), 0..6)) {
        let list = PowerList { authority: "x".into(), as_of: None, items };
        let report = check(&list);
        for f in &report.findings {
            prop_assert!(minzheng::power::rule(&f.rule).is_some());
            prop_assert!(f.path().starts_with("items["));
        }
        let _ = Stats::of(&list).summary_en();
        for it in &list.items {
            let svg_text = svg(it);
            prop_assert!(well_formed(&svg_text).is_ok(), "{:?}\n{}", well_formed(&svg_text), svg_text);
            let html = publish_html(it);
            prop_assert!(html.contains("</html>"));
            let _ = (mermaid(it), dot(it), publish_markdown(it));
        }
    }

    #[test]
    fn generated_well_formed_flows_pass_the_flow_checks((process, total) in well_formed_flow()) {
        let item = PowerItem {
            code: "P".into(),
            name: "测试事项".into(),
            category: Category::Confirmation,
            handling: Handling::Promised,
            legal_bases: vec![LegalBasis::new(minzheng::Citation::new("某条例", "", minzheng::Confidence::Unverified))],
            time_limits: TimeLimits { statutory: None, statutory_basis: None, promised: Some(Period::working_days(total)) },
            process,
            ..PowerItem::default()
        };
        let findings = check_item(&item);
        prop_assert!(findings.is_empty(), "{:#?}", findings);
        // one working day less and the longest path exceeds the promise
        let mut tight = item.clone();
        tight.time_limits.promised = Some(Period::working_days(total - 1));
        let findings = check_item(&tight);
        let rules: Vec<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
        if total > 1 {
            prop_assert_eq!(rules, vec!["PL026"]);
        }
        prop_assert!(well_formed(&svg(&item)).is_ok());
    }
}

#[test]
fn sample_flowcharts_are_well_formed_xml() {
    let list = PowerList::from_json(include_str!("../../examples/data/power-list.json")).unwrap();
    for it in &list.items {
        well_formed(&svg(it)).unwrap();
    }
}
