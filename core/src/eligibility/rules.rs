//! The rules' identities and legal references, in one table so that every finding cites an
//! article and its confidence (LEGAL.md tags). Quotes are copied from /shared/laws and LEGAL.md.

use crate::{Citation, Confidence};

/// A rule: a stable id and the provision it implements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Stable id, e.g. `dibao.income_below_standard`.
    pub id: &'static str,
    /// The instrument.
    pub instrument: &'static str,
    /// The provision.
    pub article: &'static str,
    /// How sure we are of the source.
    pub confidence: Confidence,
}

impl Rule {
    /// The citation.
    pub fn citation(&self) -> Citation {
        Citation::new(self.instrument, self.article, self.confidence)
    }
}

const DIBAO_MEASURES: &str = "最低生活保障审核确认办法";
const TEKUN_MEASURES: &str = "特困人员认定办法";
const INTERIM: &str = "社会救助暂行办法";
const DEFACTO_OPINION: &str = "关于进一步加强事实无人抚养儿童保障工作的意见";
const SUBSIDIES: &str = "国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见（国发〔2015〕52号，经地方实施文件转述）";

macro_rules! rule {
    ($name:ident, $id:literal, $inst:expr, $art:literal, $conf:ident) => {
        #[doc = concat!("`", $id, "` — ", $art)]
        pub const $name: Rule = Rule {
            id: $id,
            instrument: $inst,
            article: $art,
            confidence: Confidence::$conf,
        };
    };
}

rule!(
    DIBAO_MEMBERS,
    "dibao.members",
    DIBAO_MEASURES,
    "第七条第一款",
    V2
);
rule!(
    DIBAO_MEMBER_EXCLUDED,
    "dibao.member_excluded",
    DIBAO_MEASURES,
    "第七条第二款",
    V2
);
rule!(
    DIBAO_INCOME_COUNTED,
    "dibao.income_counted",
    DIBAO_MEASURES,
    "第十三条第一款",
    V2
);
rule!(
    DIBAO_RIGID_EXPENSES,
    "dibao.rigid_expenses",
    DIBAO_MEASURES,
    "第十三条第三款",
    V2
);
rule!(DIBAO_TAPER, "dibao.taper", DIBAO_MEASURES, "第三十三条", V2);
rule!(
    DIBAO_INCOME_EXCLUDED,
    "dibao.income_excluded",
    DIBAO_MEASURES,
    "第十三条第二款第（一）（二）项",
    V2
);
rule!(
    DIBAO_PENSION_EXCLUDED,
    "dibao.income_excluded.basic_pension",
    DIBAO_MEASURES,
    "第十三条第二款第（三）项",
    V2
);
rule!(
    DIBAO_CHILD_ALLOWANCE_EXCLUDED,
    "dibao.income_excluded.child_allowance",
    DEFACTO_OPINION,
    "三（一）",
    V2
);
rule!(
    DIBAO_LOCAL_INCOME_EXCLUDED,
    "dibao.income_excluded.local",
    DIBAO_MEASURES,
    "第十三条第二款第（四）项",
    V2
);
rule!(
    DIBAO_INCOME_BELOW,
    "dibao.income_below_standard",
    INTERIM,
    "第九条",
    V1
);
rule!(DIBAO_ASSETS, "dibao.assets", DIBAO_MEASURES, "第十四条", V2);
rule!(DIBAO_FLAG, "dibao.flag", DIBAO_MEASURES, "第十七条", V2);
rule!(DIBAO_AMOUNT, "dibao.amount", INTERIM, "第十二条", V1);
rule!(
    DIBAO_MARGINAL,
    "dibao.marginal_household",
    DIBAO_MEASURES,
    "第八条第二款",
    V2
);
rule!(
    DIBAO_SINGLE,
    "dibao.single_person",
    DIBAO_MEASURES,
    "第八条第一款",
    V2
);
rule!(
    DIBAO_CLOSE_RELATIVE,
    "dibao.close_relative_registration",
    DIBAO_MEASURES,
    "第十一条",
    V2
);
rule!(
    DIBAO_HOME_VISIT,
    "dibao.home_visit",
    DIBAO_MEASURES,
    "第二十条第二款",
    V2
);
rule!(
    DIBAO_REFUSAL,
    "dibao.refusal_notice",
    DIBAO_MEASURES,
    "第二十一条",
    V2
);
rule!(
    DIBAO_NOTICE,
    "dibao.public_notice",
    DIBAO_MEASURES,
    "第二十四条",
    V2
);
rule!(
    TEKUN_NO_LABOUR,
    "tekun.no_labour_capacity",
    TEKUN_MEASURES,
    "第五条",
    V2
);
rule!(
    TEKUN_MINOR,
    "tekun.minor_continuation",
    TEKUN_MEASURES,
    "第二十四条第二款（位置未核实）",
    V2
);
rule!(
    TEKUN_NO_LIVING_SOURCE,
    "tekun.no_living_source",
    TEKUN_MEASURES,
    "第六条",
    V2
);
rule!(TEKUN_ASSETS, "tekun.assets", TEKUN_MEASURES, "第七条", V2);
rule!(
    TEKUN_NO_SUPPORTER,
    "tekun.no_able_supporter",
    TEKUN_MEASURES,
    "第八条",
    V2
);
rule!(
    TEKUN_CHILD_CHOICE,
    "tekun.child_benefit_choice",
    TEKUN_MEASURES,
    "第九条",
    V2
);
rule!(TEKUN_AMOUNT, "tekun.amount", INTERIM, "第十五条", V1);
rule!(LIVING_SUBSIDY, "subsidy.living", SUBSIDIES, "对象范围", V2);
rule!(
    NURSING_SUBSIDY,
    "subsidy.nursing",
    SUBSIDIES,
    "对象范围",
    V2
);
rule!(
    SUBSIDY_TEKUN,
    "subsidy.no_duplication.tekun",
    SUBSIDIES,
    "衔接规定（地方文件转述；是否两项均不享受未核实）",
    Unverified
);
rule!(
    SUBSIDY_WORK_INJURY,
    "subsidy.no_duplication.work_injury",
    SUBSIDIES,
    "衔接规定（地方文件转述）",
    V2
);
rule!(
    SUBSIDY_ORPHAN,
    "subsidy.no_duplication.orphan",
    SUBSIDIES,
    "衔接规定（地方文件转述）",
    V2
);
rule!(
    SUBSIDY_DEFACTO,
    "subsidy.no_duplication.de_facto_child",
    DEFACTO_OPINION,
    "三（一）、三（二）",
    V2
);
rule!(
    SUBSIDY_CHOOSE_HIGHER,
    "subsidy.choose_higher",
    SUBSIDIES,
    "择高申领（地方文件转述）",
    V2
);
rule!(
    ORPHAN,
    "children.orphan",
    "国务院办公厅关于加强孤儿保障工作的意见（国办发〔2010〕54号）",
    "一",
    V2
);
rule!(
    DEFACTO,
    "children.de_facto_unsupported",
    DEFACTO_OPINION,
    "一",
    V2
);
rule!(
    CHILD_AGE,
    "children.age",
    "广东省实施文件（粤民规字〔2019〕10号）",
    "保障对象年龄",
    Practice
);
rule!(TEMPORARY, "temporary.screening", INTERIM, "第四十七条", V1);
rule!(
    TEMPORARY_AMOUNT,
    "temporary.amount",
    INTERIM,
    "第四十九条",
    V1
);
rule!(
    TEMPORARY_PROCEDURE,
    "temporary.procedure",
    INTERIM,
    "第四十八条",
    V1
);
rule!(
    TEMPORARY_URGENT,
    "temporary.urgent",
    INTERIM,
    "第四十八条",
    V1
);
rule!(
    INTEGRITY_CLOSE_RELATIVE,
    "integrity.close_relative_registration",
    DIBAO_MEASURES,
    "第十一条、第二十条第二款（参照适用于各项社会救助，地方廉政方案）",
    Practice
);
rule!(
    TEKUN_DIBAO_COORDINATION,
    "integrity.dibao_tekun_coordination",
    INTERIM,
    "第十五条",
    V1
);
