#!/usr/bin/env python3
"""Writes power-list.json: the sample power list of a (fictional) county-level city's civil-affairs
bureau, 示例市民政局. Run from the repository root: python3 examples/data/make_power_list.py

Legal bases: articles read in ../shared/laws (行政许可法, 行政处罚法, 社会救助暂行办法 — [V1];
最低生活保障审核确认办法, 特困人员认定办法, 事实无人抚养儿童保障意见 — [V2] per LEGAL.md) are cited
with their confidence; every other instrument (社会团体登记管理条例, 基金会管理条例, 慈善法, 婚姻登记
条例, 殡葬管理条例, ...) is cited by title with "unverified" and no article number, because we have
not read its text. Replace them with checked citations before publishing.
"""
import json, os

BUREAU = "示例市民政局"
CHANNELS = {
    "consultation": ["示例市政务服务中心民政窗口", "0000-12345678（工作日 9:00-17:00）"],
    "complaint": ["12345政务服务便民热线", "示例市民政局法规科 0000-12345600"],
    "supervision": ["示例市纪委监委驻市民政局纪检监察组 0000-12345699"],
}
REMEDIES = [
    {"kind": "reconsideration", "body": "示例市人民政府"},
    {"kind": "litigation", "body": "示例市人民法院"},
]
PUBLISHED = {"status": "published", "published_on": "2026-03-01", "location": "示例市民政局门户网站“权责清单”栏目"}
RESP = [
    {"stage": "受理阶段", "content": "公示应当提交的材料，一次性告知补正材料，依法受理或不予受理（不予受理的书面告知理由）。"},
    {"stage": "审查阶段", "content": "对申请材料进行审查，提出审查意见。"},
    {"stage": "决定阶段", "content": "作出决定（不予许可或不予批准的应当书面告知理由）。"},
    {"stage": "送达阶段", "content": "制发相关文书并送达。"},
    {"stage": "事后监管阶段", "content": "依法开展监督检查。"},
    {"stage": "其他", "content": "其他法律法规规章文件规定应履行的责任。"},
]
ACCOUNT = [
    "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：",
    "1.对符合法定条件的申请不予受理的；",
    "2.不在办公场所公示依法应当公示的材料的；",
    "3.未一次告知申请人必须补正的全部内容的；",
    "4.超过法定期限作出决定的；",
    "5.办理中滥用职权、徇私舞弊、索取或者收受他人财物的；",
    "6.其他违反法律法规规章文件规定的行为。",
]


def wd(n):
    return {"amount": n, "unit": "working_days"}


def nd(n):
    return {"amount": n, "unit": "natural_days"}


def cite(instrument, article="", confidence="unverified", quote=None, role="setting", decree=None):
    c = {"instrument": instrument, "article": article, "confidence": confidence, "role": role}
    if quote:
        c["quote"] = quote
    if decree:
        c["decree"] = decree
    return c


def unv(instrument, decree=None):
    """A basis whose text we have not read: title only, marked unverified."""
    return cite(instrument, "", "unverified", decree=decree)


XK42 = cite("行政许可法", "第四十二条", "v1",
            "除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。",
            role="implementing")
SJ9 = cite("社会救助暂行办法", "第九条", "v1",
           "国家对共同生活的家庭成员人均收入低于当地最低生活保障标准，且符合当地最低生活保障家庭财产状况规定的家庭，给予最低生活保障。")
SJ11 = cite("社会救助暂行办法", "第十一条", "v1", role="implementing")
SJ14 = cite("社会救助暂行办法", "第十四条", "v1")
SJ47 = cite("社会救助暂行办法", "第四十七条", "v1")
SJ48 = cite("社会救助暂行办法", "第四十八条", "v1",
            "申请临时救助的，应当向乡镇人民政府、街道办事处提出，经审核、公示后，由县级人民政府民政部门审批",
            role="implementing")
SJ8 = cite("社会救助暂行办法", "第八条", "v1",
           "对在社会救助工作中作出显著成绩的单位、个人，按照国家有关规定给予表彰、奖励。")
DB22 = cite("最低生活保障审核确认办法", "第二十二条", "v2",
            "最低生活保障审核确认工作应当自受理之日起30个工作日之内完成；特殊情况下，可以延长至45个工作日。",
            role="implementing")
TK16 = cite("特困人员认定办法", "第十六条", "v2", role="implementing")
CF60 = {"instrument": "行政处罚法", "article": "第六十条", "confidence": "v1",
        "quote": "行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定。法律、法规、规章另有规定的，从其规定。"}


def step(id, name, kind, post=None, time=None, desc=None, hearing=False):
    s = {"id": id, "name": name, "kind": kind}
    if post:
        s["post"] = post
    if time is not None:
        s["time_limit"] = time
    if desc:
        s["description"] = desc
    if hearing:
        s["hearing_notice"] = True
    return s


def tr(a, b, label=None):
    t = {"from": a, "to": b}
    if label:
        t["label"] = label
    return t


def per(n):
    return {"period": wd(n)}


def licensing_flow(review, decide, deliver, approve="准予", refuse="不予许可", unit="登记审批科", days=wd):
    """The window flow: 受理 branches to 受理 / 不予受理 / 补正; 补正 loops back."""
    per = lambda n: {"period": days(n)}
    return {
        "steps": [
            step("apply", "申请", "start"),
            step("accept", "受理", "acceptance", "政务服务中心民政窗口受理岗", "immediate",
                 "审核材料是否齐全、符合法定形式；不齐全的当场一次性告知需补正的全部内容"),
            step("correct", "一次性告知补正", "correction", "政务服务中心民政窗口受理岗", "not_counted",
                 "申请人补正材料的时间不计入办理时限"),
            step("reject", "不予受理", "end"),
            step("review", "审查", "review", f"{unit}经办人", per(review), "审查申请材料，必要时实地核查"),
            step("decide", "决定", "decision", f"{unit}科长、分管局领导", per(decide)),
            step("deliver", "制证送达", "service", "政务服务中心民政窗口", per(deliver)),
            step("notify", f"{refuse}告知", "service", f"{unit}经办人", per(deliver), "书面说明理由并告知复议、诉讼权利"),
            step("done", "办结", "end"),
        ],
        "transitions": [
            tr("apply", "accept"),
            tr("accept", "review", "受理"),
            tr("accept", "reject", "不予受理"),
            tr("accept", "correct", "补正"),
            tr("correct", "accept", "补正后重新提交"),
            tr("review", "decide"),
            tr("decide", "deliver", approve),
            tr("decide", "notify", refuse),
            tr("deliver", "done"),
            tr("notify", "done"),
        ],
    }


def immediate_flow(act, post="婚姻登记处登记员"):
    return {
        "steps": [
            step("apply", "申请", "start"),
            step("accept", "受理审查", "acceptance", post, "immediate", "当场审查证件和声明"),
            step("correct", "一次性告知补正", "correction", post, "not_counted"),
            step("reject", "不予受理", "end"),
            step("act", act, "execution", post, "immediate"),
            step("done", "办结", "end"),
        ],
        "transitions": [
            tr("apply", "accept"),
            tr("accept", "act", "受理"),
            tr("accept", "reject", "不予受理"),
            tr("accept", "correct", "补正"),
            tr("correct", "accept", "补正后重新提交"),
            tr("act", "done"),
        ],
    }


def penalty_flow(heavy):
    notice = "事先告知（拟处罚内容及陈述、申辩、听证权利）" if heavy else "事先告知（拟处罚内容及陈述、申辩权利）"
    return {
        "steps": [
            step("file", "立案", "start"),
            step("investigate", "调查取证", "review", "社会组织管理科执法人员（两人以上）", per(15), "调查取证，制作笔录"),
            step("legal", "法制审核", "review", "法规科法制审核员", per(5)),
            step("notice", notice, "prior_notice", "社会组织管理科执法人员", per(2),
                 "告知拟作出的行政处罚内容及事实、理由、依据（行政处罚法第四十四条）", hearing=heavy),
            step("defence", "陈述申辩" + ("、听证" if heavy else ""), "hearing" if heavy else "review",
                 "法规科（听证主持人由非本案调查人员担任）" if heavy else "社会组织管理科执法人员", per(5),
                 "听取陈述、申辩并复核；当事人要求听证的，告知后五日内提出"),
            step("decide", "决定", "decision", "局长办公会（重大案件集体讨论）", per(5)),
            step("serve", "送达处罚决定书", "service", "社会组织管理科执法人员", per(7), "宣告后当场交付或七日内送达"),
            step("close", "结案", "end"),
        ],
        "transitions": [
            tr("file", "investigate"), tr("investigate", "legal"), tr("legal", "notice"),
            tr("notice", "defence"), tr("defence", "decide"),
            tr("decide", "serve", "给予处罚"), tr("decide", "close", "不予处罚"),
            tr("serve", "close"),
        ],
    }


def inspection_flow(post):
    return {
        "steps": [
            step("plan", "制定检查计划", "start"),
            step("inspect", "实施检查", "review", post, per(10), "“双随机、一公开”抽查，现场检查并记录"),
            step("handle", "处理", "decision", "科长", per(3)),
            step("rectify", "责令整改并复查", "supervision", post, per(10)),
            step("publish", "结果公开", "public_notice", "办公室信息公开岗", per(5)),
            step("done", "结束", "end"),
        ],
        "transitions": [
            tr("plan", "inspect"), tr("inspect", "handle"),
            tr("handle", "publish", "合格"), tr("handle", "rectify", "责令整改"),
            tr("rectify", "publish"), tr("publish", "done"),
        ],
    }


def payment_flow(survey, notice_days, county, unit="社会救助科"):
    """Township acceptance and survey, public notice, county-level confirmation, payment."""
    steps = [
        step("apply", "申请", "start"),
        step("accept", "乡镇（街道）受理", "acceptance", "乡镇（街道）社会救助经办人", "immediate"),
        step("correct", "一次性告知补正", "correction", "乡镇（街道）社会救助经办人", "not_counted"),
        step("reject", "不予受理", "end"),
        step("survey", "调查核实、初审", "review", "乡镇（街道）社会救助经办人", per(survey), "入户调查、邻里访问、信息核对"),
    ]
    trs = [tr("apply", "accept"), tr("accept", "survey", "受理"), tr("accept", "reject", "不予受理"),
           tr("accept", "correct", "补正"), tr("correct", "accept", "补正后重新提交")]
    last = "survey"
    if notice_days:
        steps.append(step("notice", "公示", "public_notice", "村（居）民委员会", {"period": nd(notice_days)}, "在申请人所在村、社区公示"))
        trs.append(tr("survey", "notice"))
        last = "notice"
    steps += [
        step("confirm", "审核确认", "decision", f"{unit}审核岗、科长", per(county)),
        step("pay", "发放", "execution", f"{unit}资金发放岗", "immediate", "自确认之月起按月发放"),
        step("refuse", "不予确认告知", "service", f"{unit}审核岗", per(3), "书面说明理由"),
        step("done", "办结", "end"),
    ]
    trs += [tr(last, "confirm"), tr("confirm", "pay", "确认"), tr("confirm", "refuse", "不予确认"),
            tr("pay", "done"), tr("refuse", "done")]
    return {"steps": steps, "transitions": trs}


def simple_flow(post, review, decide, name_review="审核", name_decide="决定"):
    return {
        "steps": [
            step("start", "启动", "start"),
            step("review", name_review, "review", post, per(review)),
            step("decide", name_decide, "decision", "科长、分管局领导", per(decide)),
            step("publish", "公布结果", "public_notice", "办公室信息公开岗", per(5)),
            step("done", "办结", "end"),
        ],
        "transitions": [tr("start", "review"), tr("review", "decide"), tr("decide", "publish"), tr("publish", "done")],
    }


MAT_ID = {"name": "法定代表人（负责人）身份证明", "form": "original_and_copy", "copies": 1, "required": True, "issuer": "公安机关"}
MAT_APP = lambda what: {"name": f"{what}申请书", "form": "original", "copies": 1, "required": True, "issuer": "申请人自备"}

items = []


def add(**kw):
    base = {
        "implementing_body": BUREAU,
        "level": "县级",
        "channels": CHANNELS,
        "disclosure": PUBLISHED,
        "responsibilities": RESP,
        "accountability": ACCOUNT,
        "fee": {"charged": False},
    }
    base.update(kw)
    items.append(base)


# ── 行政许可 ────────────────────────────────────────────────────────────────
for code, name, org, instr, decree, subs in [
    ("MZ-XK-001", "社会团体成立、变更、注销登记", "社会团体", "社会团体登记管理条例", "国务院令第250号",
     ["成立登记", "变更登记", "注销登记"]),
    ("MZ-XK-002", "民办非企业单位成立、变更、注销登记", "民办非企业单位", "民办非企业单位登记管理暂行条例", "国务院令第251号",
     ["成立登记", "变更登记", "注销登记"]),
    ("MZ-XK-003", "基金会设立、变更、注销登记", "基金会", "基金会管理条例", "国务院令第400号",
     ["设立登记", "变更登记", "注销登记"]),
]:
    add(code=code, name=name, category="licensing", on_application=True, window=True,
        sub_items=[{"code": f"{code}-{i+1:02d}", "name": f"{org}{s}"} for i, s in enumerate(subs)],
        legal_bases=[unv(instr, decree), XK42],
        undertaking_unit="社会组织管理科", target="法人、非法人组织",
        conditions=[f"符合《{instr}》规定的{org}登记条件", "有规范的名称、章程、组织机构和住所"],
        materials=[MAT_APP(f"{org}登记"), {"name": "章程草案", "form": "original", "copies": 2, "required": True, "issuer": "申请人自备"},
                   MAT_ID, {"name": "业务主管单位批准文件", "form": "original", "copies": 1, "required": False, "issuer": "业务主管单位"},
                   {"name": "住所使用权证明", "form": "copy", "copies": 1, "required": True, "issuer": "申请人自备"}],
        time_limits={"statutory": nd(60), "statutory_basis": unv(instr, decree), "promised": wd(15)},
        handling="promised", process=licensing_flow(8, 3, 2, "准予登记", "不予登记", "社会组织管理科"),
        remedies=REMEDIES,
        note=f"法定时限按《{instr}》（条文待核，标为 unverified），不适用《行政许可法》第四十二条的20个工作日。")

for code, name, instr in [
    ("MZ-XK-004", "殡仪馆建设审批", "殡葬管理条例"),
    ("MZ-XK-005", "经营性公墓建设审批", "殡葬管理条例"),
]:
    add(code=code, name=name, category="licensing", on_application=True, window=True,
        legal_bases=[unv(instr, "国务院令第225号"), XK42], undertaking_unit="社会事务科", target="法人",
        conditions=["符合殡葬设施建设规划", "选址、用地手续齐全"],
        materials=[MAT_APP("建设"), {"name": "建设项目可行性报告", "form": "original", "copies": 1, "required": True, "issuer": "申请人自备"},
                   {"name": "规划、用地审批文件", "form": "copy", "copies": 1, "required": True, "issuer": "自然资源主管部门"}],
        time_limits={"statutory": wd(20), "promised": wd(15)}, handling="promised",
        process=licensing_flow(8, 3, 2, "准予", "不予许可", "社会事务科"), remedies=REMEDIES)

# ── 其他行政权力（含非行政许可审批） ───────────────────────────────────────
add(code="MZ-QT-001", name="社会团体修改章程核准", category="other", local_category="非行政许可审批",
    on_application=True, window=True, legal_bases=[unv("社会团体登记管理条例", "国务院令第250号")],
    undertaking_unit="社会组织管理科", target="社会团体",
    materials=[MAT_APP("章程核准"), {"name": "修改后的章程", "form": "original", "copies": 2, "required": True, "issuer": "申请人自备"}],
    time_limits={"statutory": wd(20), "statutory_basis": unv("社会团体登记管理条例"), "promised": wd(10)},
    handling="promised", process=licensing_flow(5, 2, 2, "核准", "不予核准", "社会组织管理科"), remedies=REMEDIES)
add(code="MZ-QT-002", name="慈善信托备案", category="other", on_application=True, window=True,
    legal_bases=[unv("慈善法")], undertaking_unit="慈善事业促进和社会工作科", target="受托人",
    materials=[MAT_APP("备案"), {"name": "信托文件", "form": "original_and_copy", "copies": 1, "required": True, "issuer": "受托人"}],
    time_limits={"statutory": nd(7), "statutory_basis": unv("慈善法"), "promised": nd(5)},
    handling="promised", process=licensing_flow(3, 1, 1, "予以备案", "不予备案", "慈善事业促进和社会工作科", nd), remedies=REMEDIES)
add(code="MZ-QT-003", name="地名命名、更名审核", category="other", on_application=True,
    legal_bases=[unv("地名管理条例")], undertaking_unit="区划地名科",
    time_limits={"promised": wd(30)}, handling="promised",
    process=simple_flow("区划地名科经办人", 15, 5, "征求意见、专家论证"), remedies=REMEDIES)
add(code="MZ-QT-004", name="社会组织评估等级认定", category="other", on_application=True,
    legal_bases=[unv("社会组织评估管理办法", "民政部令第39号")], undertaking_unit="社会组织管理科",
    time_limits={"promised": wd(40)}, handling="promised",
    process=simple_flow("第三方评估机构、评估委员会", 25, 5, "实地评估"), remedies=REMEDIES)

# ── 行政处罚 ────────────────────────────────────────────────────────────────
PEN = [
    ("MZ-CF-001", "对社会团体涂改、出租、出借登记证书或者印章的处罚", "社会团体登记管理条例",
     ["warning", "suspend_or_close", "downgrade_or_revocation", "confiscation", "fine"]),
    ("MZ-CF-002", "对社会团体超出章程规定的宗旨和业务范围进行活动的处罚", "社会团体登记管理条例",
     ["warning", "suspend_or_close", "downgrade_or_revocation"]),
    ("MZ-CF-003", "对社会团体拒不接受或者不按照规定接受监督检查的处罚", "社会团体登记管理条例",
     ["warning", "suspend_or_close", "downgrade_or_revocation"]),
    ("MZ-CF-004", "对社会团体违反规定设立分支机构、代表机构的处罚", "社会团体登记管理条例",
     ["warning", "suspend_or_close"]),
    ("MZ-CF-005", "对未经登记擅自以社会团体名义进行活动的处罚", "社会团体登记管理条例",
     ["large_confiscation"]),
    ("MZ-CF-006", "对民办非企业单位从事营利性经营活动的处罚", "民办非企业单位登记管理暂行条例",
     ["warning", "suspend_or_close", "downgrade_or_revocation", "confiscation", "fine"]),
    ("MZ-CF-007", "对民办非企业单位不按照规定办理变更登记的处罚", "民办非企业单位登记管理暂行条例",
     ["warning"]),
    ("MZ-CF-008", "对基金会未按照章程规定的宗旨和公益活动的业务范围进行活动的处罚", "基金会管理条例",
     ["warning", "suspend_or_close", "downgrade_or_revocation"]),
    ("MZ-CF-009", "对基金会不履行信息公布义务或者公布虚假信息的处罚", "基金会管理条例",
     ["warning", "suspend_or_close"]),
    ("MZ-CF-010", "对慈善组织未按照慈善宗旨开展活动的处罚", "慈善法",
     ["warning", "large_confiscation", "downgrade_or_revocation"]),
    ("MZ-CF-011", "对擅自兴建殡葬设施的处罚", "殡葬管理条例",
     ["large_confiscation", "fine"]),
    ("MZ-CF-012", "对社会团体未按规定报送年度工作报告的警告", "社会团体登记管理条例",
     ["warning"]),
]
for code, name, instr, kinds in PEN:
    heavy = any(k in ("large_fine", "large_confiscation", "downgrade_or_revocation", "suspend_or_close") for k in kinds)
    add(code=code, name=name, category="penalty", legal_bases=[unv(instr)],
        undertaking_unit="社会组织管理科" if instr != "殡葬管理条例" else "社会事务科",
        target="法人、非法人组织" if instr != "殡葬管理条例" else "公民、法人和其他组织",
        penalty={"kinds": kinds},
        time_limits={"statutory": nd(90), "statutory_basis": CF60, "promised": wd(40)}, handling="promised",
        process=penalty_flow(heavy), remedies=REMEDIES,
        responsibilities=[
            {"stage": "立案阶段", "content": "对发现的违法线索进行审查，决定是否立案。"},
            {"stage": "调查阶段", "content": "两名以上执法人员调查取证，出示执法证件。"},
            {"stage": "审查阶段", "content": "法制审核，审查事实、证据、依据和裁量。"},
            {"stage": "告知阶段", "content": "告知拟处罚内容及陈述、申辩" + ("、要求听证" if heavy else "") + "的权利。"},
            {"stage": "决定阶段", "content": "制作行政处罚决定书，载明复议、诉讼的途径和期限。"},
            {"stage": "送达阶段", "content": "宣告后当场交付或七日内送达。"},
            {"stage": "执行阶段", "content": "监督当事人履行处罚决定。"},
        ])

# ── 行政强制 ────────────────────────────────────────────────────────────────
for code, name, instr in [
    ("MZ-QZ-001", "对非法社会组织有关场所、物品、财产的查封、扣押", "取缔非法民间组织暂行办法"),
    ("MZ-QZ-002", "对涉嫌违法的慈善组织有关场所、资料的查封", "慈善法"),
]:
    add(code=code, name=name, category="coercion", legal_bases=[unv(instr), unv("行政强制法")],
        undertaking_unit="社会组织管理科", time_limits={"statutory": nd(30), "statutory_basis": unv("行政强制法"), "promised": wd(10)},
        handling="promised", remedies=REMEDIES,
        process={"steps": [
            step("find", "发现违法线索", "start"),
            step("approve", "报批", "decision", "分管局领导", per(1), "情况紧急需当场实施的，24小时内补办批准"),
            step("notify", "告知当事人理由、依据及陈述申辩权利", "prior_notice", "执法人员（两人以上）", "immediate"),
            step("apply", "实施查封、扣押，制作现场笔录和清单", "execution", "执法人员（两人以上）", per(1)),
            step("decide", "查清事实，作出处理决定", "decision", "社会组织管理科", per(8)),
            step("done", "解除或依法处理", "end"),
        ], "transitions": [tr("find", "approve"), tr("approve", "notify", "批准"), tr("approve", "done", "不予批准"),
                           tr("notify", "apply"), tr("apply", "decide"), tr("decide", "done")]})

# ── 行政给付 ────────────────────────────────────────────────────────────────
PAY_MAT = [MAT_APP("救助"), {"name": "户口簿、身份证", "form": "original_and_copy", "copies": 1, "required": True, "issuer": "公安机关"},
           {"name": "家庭经济状况核对授权书", "form": "original", "copies": 1, "required": True, "issuer": "申请人签署"},
           {"name": "残疾证、病历等证明材料（如有）", "form": "copy", "copies": 1, "required": False, "issuer": "相关部门"}]
add(code="MZ-GF-001", name="最低生活保障金给付", category="payment", on_application=True, window=True,
    attributes={"办理形式": "窗口办理、网上办理", "到办事现场次数": "1次", "网办深度": "全程网办",
                "权力来源": "法定本级行使", "办理结果名称": "最低生活保障证或确认通知书"},
    legal_bases=[SJ9, SJ11, DB22], undertaking_unit="社会救助科", target="自然人（家庭）",
    conditions=["共同生活的家庭成员人均收入低于当地最低生活保障标准", "符合当地最低生活保障家庭财产状况规定"],
    materials=PAY_MAT, time_limits={"statutory": wd(30), "statutory_basis": DB22, "promised": wd(30)},
    handling="promised", process=payment_flow(9, 7, 10), remedies=REMEDIES)
add(code="MZ-GF-002", name="特困人员救助供养", category="payment", on_application=True, window=True,
    legal_bases=[SJ14, TK16], undertaking_unit="社会救助科", target="自然人",
    conditions=["无劳动能力、无生活来源、无法定赡养抚养扶养义务人或者其义务人无履行能力"],
    materials=PAY_MAT, time_limits={"statutory": wd(30), "statutory_basis": TK16, "promised": wd(30)},
    handling="promised", process=payment_flow(9, 7, 10), remedies=REMEDIES,
    note="法定时限为乡镇调查15个工作日（第十三条）与县级确认15个工作日（第十六条）之和，公示7天另计（第十五条）；按合计30个工作日公布为本表的判断。")
add(code="MZ-GF-003", name="临时救助金给付", category="payment", on_application=True,
    legal_bases=[SJ47, SJ48], undertaking_unit="社会救助科", target="自然人（家庭）",
    time_limits={"promised": wd(15)}, handling="promised", process=payment_flow(5, 0, 5), remedies=REMEDIES)
add(code="MZ-GF-004", name="事实无人抚养儿童基本生活补贴给付", category="payment", on_application=True, window=True,
    legal_bases=[cite("关于进一步加强事实无人抚养儿童保障工作的意见", "二", "v2")], undertaking_unit="儿童福利科",
    target="自然人", materials=PAY_MAT[:3],
    time_limits={"statutory": wd(30), "statutory_basis": cite("关于进一步加强事实无人抚养儿童保障工作的意见", "二", "v2",
                 "乡镇（街道）15个工作日内查验；县级民政部门15个工作日内确认"), "promised": wd(30)},
    handling="promised", process=payment_flow(12, 0, 15, "儿童福利科"), remedies=REMEDIES)
add(code="MZ-GF-005", name="孤儿基本生活费给付", category="payment", on_application=True,
    legal_bases=[unv("国务院办公厅关于加强孤儿保障工作的意见", "国办发〔2010〕54号")], undertaking_unit="儿童福利科",
    time_limits={"promised": wd(20)}, handling="promised", process=payment_flow(8, 0, 9, "儿童福利科"), remedies=REMEDIES)
add(code="MZ-GF-006", name="困难残疾人生活补贴和重度残疾人护理补贴给付", category="payment", on_application=True,
    legal_bases=[unv("国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见", "国发〔2015〕52号")],
    undertaking_unit="社会事务科", time_limits={"promised": wd(20)}, handling="promised",
    process=payment_flow(8, 0, 9, "社会事务科"), remedies=REMEDIES)

# ── 行政检查 ────────────────────────────────────────────────────────────────
for code, name, instr, post in [
    ("MZ-JC-001", "对社会团体的监督检查", "社会团体登记管理条例", "社会组织管理科执法人员"),
    ("MZ-JC-002", "对民办非企业单位的监督检查", "民办非企业单位登记管理暂行条例", "社会组织管理科执法人员"),
    ("MZ-JC-003", "对基金会的监督检查", "基金会管理条例", "社会组织管理科执法人员"),
    ("MZ-JC-004", "对慈善组织的监督检查", "慈善法", "慈善事业促进和社会工作科执法人员"),
    ("MZ-JC-005", "对养老机构的监督检查", "养老机构管理办法", "养老服务科执法人员"),
    ("MZ-JC-006", "对殡葬服务单位的监督检查", "殡葬管理条例", "社会事务科执法人员"),
]:
    add(code=code, name=name, category="inspection", legal_bases=[unv(instr)],
        undertaking_unit=post.replace("执法人员", ""), time_limits={"promised": wd(30)}, handling="promised",
        process=inspection_flow(post), remedies=REMEDIES)

# ── 行政确认 ────────────────────────────────────────────────────────────────
MAR = [{"name": "居民户口簿", "form": "original", "copies": 1, "required": True, "issuer": "公安机关"},
       {"name": "居民身份证", "form": "original", "copies": 1, "required": True, "issuer": "公安机关"},
       {"name": "本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明", "form": "original", "copies": 1, "required": True, "issuer": "当事人当场签署"}]
for code, name, act in [
    ("MZ-QR-001", "内地居民结婚登记", "颁发结婚证"),
    ("MZ-QR-002", "补领结婚证、离婚证", "补发婚姻登记证"),
]:
    add(code=code, name=name, category="confirmation", on_application=True, window=True,
        legal_bases=[unv("婚姻登记条例", "国务院令第387号")], implementing_body=BUREAU + "婚姻登记处",
        undertaking_unit="婚姻登记处", target="自然人", materials=MAR,
        time_limits={"statutory": wd(0)}, handling="immediate",
        process=immediate_flow(act), remedies=REMEDIES, fee={"charged": False, "standard": "不收费"})
add(code="MZ-QR-003", name="慈善组织认定", category="confirmation", on_application=True, window=True,
    legal_bases=[unv("慈善法")], undertaking_unit="慈善事业促进和社会工作科", target="社会组织",
    materials=[MAT_APP("慈善组织认定"), {"name": "符合慈善组织条件的证明材料", "form": "original", "copies": 1, "required": True, "issuer": "申请人自备"}],
    time_limits={"statutory": nd(20), "statutory_basis": unv("慈善法"), "promised": nd(15)}, handling="promised",
    process=licensing_flow(8, 4, 2, "予以认定", "不予认定", "慈善事业促进和社会工作科", nd), remedies=REMEDIES,
    note="REALWORLD.md 记载有城市按《慈善法》第十条公布30日时限；此处时限待核（unverified）。")
add(code="MZ-QR-004", name="慈善组织公开募捐资格审核", category="confirmation", on_application=True, window=True,
    legal_bases=[unv("慈善法"), unv("慈善组织公开募捐管理办法", "民政部令第59号")], undertaking_unit="慈善事业促进和社会工作科",
    materials=[MAT_APP("公开募捐资格"), {"name": "近两年财务审计报告", "form": "original", "copies": 1, "required": True, "issuer": "会计师事务所"}],
    time_limits={"statutory": nd(20), "statutory_basis": unv("慈善法"), "promised": nd(15)}, handling="promised",
    process=licensing_flow(8, 4, 2, "准予", "不予批准", "慈善事业促进和社会工作科", nd), remedies=REMEDIES)
add(code="MZ-QR-005", name="收养登记", category="confirmation", on_application=True, window=True,
    legal_bases=[unv("民法典"), unv("中国公民收养子女登记办法")], implementing_body=BUREAU + "婚姻登记处",
    undertaking_unit="婚姻登记处", materials=MAR[:2] + [{"name": "收养人的收养能力证明", "form": "original", "copies": 1, "required": True, "issuer": "收养人所在单位或村（居）民委员会"}],
    time_limits={"statutory": nd(30), "statutory_basis": unv("中国公民收养子女登记办法"), "promised": wd(10)}, handling="promised",
    process=licensing_flow(5, 3, 2, "予以登记", "不予登记", "婚姻登记处"), remedies=REMEDIES)
add(code="MZ-QR-006", name="特困人员生活自理能力评估认定", category="confirmation", on_application=True,
    legal_bases=[cite("特困人员认定办法", "第二十条", "v2")], undertaking_unit="社会救助科",
    time_limits={"promised": wd(15)}, handling="promised", process=simple_flow("社会救助科评估人员", 5, 2, "评估"), remedies=REMEDIES)

# ── 行政奖励 ────────────────────────────────────────────────────────────────
add(code="MZ-JL-001", name="对在社会救助工作中作出显著成绩的单位、个人的表彰", category="award",
    legal_bases=[SJ8], undertaking_unit="社会救助科", time_limits={"promised": wd(30)}, handling="promised",
    process=simple_flow("社会救助科", 15, 5, "推荐、审核、公示"))
add(code="MZ-JL-002", name="对在慈善事业发展中作出突出贡献的单位、个人的表彰", category="award",
    legal_bases=[unv("慈善法")], undertaking_unit="慈善事业促进和社会工作科", time_limits={"promised": wd(30)},
    handling="promised", process=simple_flow("慈善事业促进和社会工作科", 15, 5, "推荐、审核、公示"))

# ── 行政裁决 ────────────────────────────────────────────────────────────────
add(code="MZ-CJ-001", name="乡镇（街道）行政区域界线争议的调处", category="adjudication",
    legal_bases=[unv("行政区域边界争议处理条例", "国务院令第26号")], undertaking_unit="区划地名科",
    time_limits={"promised": wd(60)}, handling="promised", remedies=REMEDIES,
    process=simple_flow("区划地名科", 40, 10, "调查、协商调解", "提出处理意见报市人民政府"))

# ── 公共服务 ────────────────────────────────────────────────────────────────
for code, name, post, basis in [
    ("MZ-GG-001", "婚姻登记档案查询", "婚姻登记处档案管理员", unv("婚姻登记档案管理办法")),
    ("MZ-GG-002", "社会组织信息查询", "社会组织管理科窗口", unv("社会组织信用信息管理办法")),
    ("MZ-GG-003", "社会救助政策咨询", "社会救助科窗口",
     cite("社会救助暂行办法", "第六十二条", "v1", "县级以上人民政府及其社会救助管理部门应当通过报刊、广播、电视、互联网等媒体，宣传社会救助法律、法规和政策。")),
]:
    add(code=code, name=name, category="public_service", on_application=True, window=True,
        legal_bases=[basis],
        undertaking_unit=post, materials=[{"name": "申请人身份证件", "form": "original", "copies": 1, "required": True, "issuer": "公安机关"}],
        time_limits={"statutory": wd(0)}, handling="immediate",
        process=immediate_flow("当场查询、答复", post), fee={"charged": False, "standard": "不收费"})

# the process table of REALWORLD §3 names unit and contact for a step
for it in items:
    if it["code"] == "MZ-XK-001":
        for s_ in it["process"]["steps"]:
            if s_["id"] == "review":
                s_["unit"] = "社会组织管理科"
                s_["contact"] = "经办人 张某 0000-12345601"
        it["attributes"] = {"权限划分": "市级负责在本市登记的社会团体", "到办事现场次数": "1次"}

# statutory_basis is a plain citation: no role or decree number (those belong to legal_bases)
for it in items:
    sb = it["time_limits"].get("statutory_basis")
    if sb:
        it["time_limits"]["statutory_basis"] = {k: v for k, v in sb.items() if k not in ("role", "decree")}

out = {"authority": BUREAU, "as_of": "2026-03-01", "items": items}
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "power-list.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(items), "items")
