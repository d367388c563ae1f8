//! The rules the checker applies: id, severity, title and legal basis with its confidence.
//!
//! Rules resting on practice (seed documents, vendor conventions) say so through
//! [`Confidence::Practice`]; the ids are stable and never reused.

use crate::{Citation, Confidence};
use serde::Serialize;

pub use crate::finding::Severity;

/// One rule of the checker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckRule {
    /// Stable id, e.g. `PL001`.
    pub id: &'static str,
    /// Severity of its findings.
    pub severity: Severity,
    /// Title in Chinese.
    pub title: &'static str,
    /// Title in English.
    pub title_en: &'static str,
    /// The provisions (or practice) it rests on.
    pub basis: Vec<Citation>,
}

fn cite(instrument: &str, article: &str, confidence: Confidence, quote: &str) -> Citation {
    let mut c = Citation::new(instrument, article, confidence);
    if !quote.is_empty() {
        c.quote = Some(quote.to_owned());
    }
    c
}

const SEED_000: &str = "漯河市民政局推进“阳光民政”建设实施方案（种子文件 000）";
const SEED_003: &str = "民政局政务服务工作方案（种子文件 003）";
const XZCF: &str = "行政处罚法";
const XZXK: &str = "行政许可法";
const GKTL: &str = "政府信息公开条例";

fn flow_practice() -> Citation {
    cite(
        SEED_000,
        "三、（三）",
        Confidence::Practice,
        "厘清权责清单，制定权力运行流程图",
    )
}

fn limits_practice() -> Citation {
    cite(
        SEED_003,
        "第一篇 二、（二）",
        Confidence::Practice,
        "标明行政职权名称、依据、受理条件、受理材料、法定期限、承诺期限、办理流程等内容",
    )
}

fn eight_practice() -> Citation {
    cite(SEED_003, "“八公开”", Confidence::Practice,
        "将行政审批项目名称、设立依据、审批流程、申报材料、法定办结时限、承诺办结时限、收费标准、收费依据等八个方面事项全部公开")
}

/// Every rule, in id order.
pub fn rules() -> Vec<CheckRule> {
    use Severity::{Error, Warning};
    let v1 = Confidence::V1;
    let r = |id, severity, title, title_en, basis| CheckRule {
        id,
        severity,
        title,
        title_en,
        basis,
    };
    vec![
        r("PL001", Error, "事项无法律依据", "item without a legal basis", vec![
            cite(GKTL, "第二十条第（五）项、第（六）项", v1, "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果；实施行政处罚、行政强制的依据、条件、程序"),
            cite(XZXK, "第三十条", v1, "行政机关应当将法律、法规、规章规定的有关行政许可的事项、依据、条件、数量、程序、期限以及需要提交的全部材料的目录和申请书示范文本等在办公场所公示"),
        ]),
        r("PL002", Error, "承诺时限超过法定时限", "promised time limit above the statutory one", vec![limits_practice()]),
        r("PL003", Error, "即办件设有承诺时限", "on-the-spot item with a non-zero promised limit", vec![limits_practice()]),
        r("PL004", Error, "承诺件无承诺时限", "item handled within a promised period has none", vec![limits_practice()]),
        r("PL005", Error, "收费无收费依据", "fee charged without a fee basis", vec![
            cite(XZXK, "第五十八条第一款", v1, "行政机关实施行政许可和对行政许可事项进行监督检查，不得收取任何费用。但是，法律、行政法规另有规定的，依照其规定"),
            cite(GKTL, "第二十条第（八）项", v1, "行政事业性收费项目及其依据、标准"),
        ]),
        r("PL006", Warning, "不收费却列有收费标准或依据", "fee standard or basis given for an item that charges nothing", vec![eight_practice()]),
        r("PL007", Error, "“八公开”要素不全", "incomplete eight disclosures (八公开)", vec![
            eight_practice(),
            cite(XZXK, "第三十条", v1, "事项、依据、条件、数量、程序、期限以及需要提交的全部材料的目录"),
        ]),
        r("PL008", Error, "行政处罚事项缺少事先告知（陈述、申辩）环节", "penalty item without the prior-notice (statement and defence) step", vec![
            cite(XZCF, "第四十四条", v1, "行政机关在作出行政处罚决定之前，应当告知当事人拟作出的行政处罚内容及事实、理由、依据，并告知当事人依法享有的陈述、申辩、要求听证等权利"),
            cite(XZCF, "第四十五条第一款", v1, "当事人有权进行陈述和申辩。行政机关必须充分听取当事人的意见"),
            cite(XZCF, "第六十二条", v1, "未依照本法第四十四条、第四十五条的规定向当事人告知……不得作出行政处罚决定"),
        ]),
        r("PL009", Error, "应告知听证权利的行政处罚事项缺少听证告知环节", "penalty item that requires a hearing notice has none", vec![
            cite(XZCF, "第六十三条", v1, "行政机关拟作出下列行政处罚决定，应当告知当事人有要求听证的权利"),
            cite(XZCF, "第六十四条第（一）项", v1, "当事人要求听证的，应当在行政机关告知后五日内提出"),
        ]),
        r("PL010", Error, "行政处罚事项未列救济途径", "penalty item without a remedy", vec![
            cite(XZCF, "第七条第一款", v1, "对行政处罚不服的，有权依法申请行政复议或者提起行政诉讼"),
            cite(XZCF, "第五十九条第一款第（五）项", v1, "申请行政复议、提起行政诉讼的途径和期限"),
        ]),
        r("PL011", Error, "行政许可法定时限超过20个工作日而未引特别规定", "licensing limit beyond 20 working days without a cited special rule", vec![
            cite(XZXK, "第四十二条第一款", v1, "应当自受理行政许可申请之日起二十日内作出行政许可决定……但是，法律、法规另有规定的，依照其规定"),
            cite(XZXK, "第八十二条", v1, "本法规定的行政机关实施行政许可的期限以工作日计算，不含法定节假日"),
        ]),
        r("PL012", Error, "事项编码重复", "duplicate item code", vec![
            cite("阿拉善盟政务服务事项名词解释（LEGAL.md G）", "事项编码", Confidence::V2, "每一项政务服务事项的唯一标识码"),
        ]),
        r("PL013", Warning, "时限单位不同，无法不依日历比较", "limits in different units cannot be compared without a calendar", vec![limits_practice()]),
        r("PL020", Error, "流程没有唯一的开始环节", "process does not have exactly one start", vec![flow_practice()]),
        r("PL021", Error, "环节从开始不可达", "step unreachable from the start", vec![flow_practice()]),
        r("PL022", Error, "环节无法到达任何结束环节", "step with no path to an end", vec![flow_practice()]),
        r("PL023", Error, "环节未明确责任岗位", "step without a responsible post", vec![
            cite(SEED_000, "三、（一）", Confidence::Practice, "规范办事流程、量化责任清单、公开办结时限"),
        ]),
        r("PL024", Error, "环节未明确办理时限", "step without a time limit", vec![
            cite(SEED_000, "三、（一）", Confidence::Practice, "规范办事流程、量化责任清单、公开办结时限"),
        ]),
        r("PL025", Error, "流程存在无出口的循环", "cycle without an exit", vec![flow_practice()]),
        r("PL026", Error, "最长办理路径的时限合计超过承诺时限", "longest path's time limits add up to more than the promised limit", vec![limits_practice()]),
        r("PL027", Error, "流程引用了不存在的环节或环节编号重复", "transition to an unknown step, or duplicate step id", vec![flow_practice()]),
    ]
}

/// The rule with this id.
pub fn rule(id: &str) -> Option<CheckRule> {
    rules().into_iter().find(|r| r.id == id)
}
