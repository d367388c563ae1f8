#!/usr/bin/env python3
"""Writes the test tables of tests/tables/: every layout of REALWORLD.md §1-4, as bureaus
publish them (title lines, two-row headers, merged cells, numbered and "+" bases, checkbox
cells), each as UTF-8 CSV (with BOM, as Excel writes "CSV UTF-8"), GB18030 CSV (Excel's default
"CSV" on Chinese Windows) and .xlsx with real merged cells. Run from anywhere; the files are
committed, so the tests need no Python.

The tables are written by us in the published layouts; their content is illustrative."""
import os, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
M = None  # a merged continuation cell: blank in CSV, part of a merge range in xlsx

ZZ = "因不履行或不正确履行行政职责,有下列情形的,行政机关及相关工作人员应承担相应责任：1.对符合法定条件的申请不予受理的；2.对不符合法定条件的申请准予登记的；3.在登记过程中滥用职权、玩忽职守的；4.其他违反法律法规规章文件规定的行为。"
ZR = "1.受理阶段责任：公示依法应当提交的材料；一次性告知补正材料；依法受理或不予受理（不予受理的应当告知理由）。\n2.审查阶段责任：对申请材料进行审查，提出审查意见。\n3.决定阶段责任：作出准予登记或不予登记的决定（不予登记的应当书面告知理由）。\n4.送达阶段责任：准予登记的，发放登记证书。\n5.事后监管阶段责任：开展年度检查，加强监督管理。\n6.其他法律法规规章文件规定应履行的责任。"

TABLES = {
    # §1, column set 1: two-row header (大项 / 子项), merged main item over its sub-items.
    "power-set1": [
        ["序号", "权力类型", "权力事项名称", M, "实施层级", "权限划分", "设定（实施）依据", "是否属依申请事项", "责任事项", "追责情形", "实施机构（科室）"],
        [M, M, "大项", "子项", M, M, M, M, M, M, M],
        ["1", "行政许可", "社会团体成立、变更、注销登记(含3个子项)", "1.成立登记", "市级", "市民政局;县级民政部门(由有关业务主管单位实施前置审查)",
         "1.《社会团体登记管理条例》（国务院令第250号）第三条：成立社会团体，应当经其业务主管单位审查同意，并依照本条例的规定进行登记。\n2.《社会团体登记管理条例》第七、十二条：…\n3.《慈善法》第十条第一款：设立慈善组织，应当向县级以上人民政府民政部门申请登记，民政部门应当自受理申请之日起三十日内作出决定。",
         "是", ZR, ZZ, "社会组织管理科"],
        [M, M, M, "2.变更登记", M, M, M, M, M, M, M],
        [M, M, M, "3.注销登记", M, M, M, M, M, M, M],
        ["2", "行政给付", "最低生活保障金给付", "", "县级", "县级民政部门",
         "《社会救助暂行办法》（国务院令第649号）第九条、第十一条第（三）项", "是", ZR, ZZ, "社会救助科"],
        ["3", "行政处罚", "对社会团体违法行为的处罚", "", "市级", "市民政局",
         "《社会团体登记管理条例》第30、32、34条", "否", "1.立案阶段责任：发现违法线索，依法立案。\n2.审查阶段责任：调查取证。\n3.决定阶段责任：作出处罚决定。", ZZ, "社会组织管理科"],
    ],
    # §1, column set 2: "+"-separated bases, 市级主管部门 (kept as an attribute).
    "power-set2": [
        ["序号", "市级主管部门", "事项名称", "实施机关", "设定和实施依据", "责任事项", "追责情形", "备注"],
        ["1", "市民政局", "慈善组织公开募捐资格审批", "市民政局", "《慈善组织公开募捐管理办法》+民政部令第59号+第五条、第六条", ZR, ZZ, ""],
        ["2", M, "民办非企业单位成立登记", "市民政局", "《民办非企业单位登记管理暂行条例》+国务院令251号+第三条", ZR, ZZ, "含业务主管单位前置审查"],
    ],
    # §1, column set 3.
    "power-set3": [
        ["序号", "权力类型", "项目名称", "设定依据", "实施主体", "责任事项", "责任事项依据", "承办机构", "追责对象范围", "备注"],
        ["1", "行政确认", "婚姻登记", "《婚姻登记条例》（国务院令第387号）第二条", "县级民政部门", ZR, "《婚姻登记条例》第七条", "婚姻登记处", "婚姻登记员", ""],
        ["2", "行政奖励", "对在社会救助工作中作出显著成绩的单位、个人给予表彰奖励", "《社会救助暂行办法》第十条", "县级以上人民政府民政部门", "", "", "社会救助科", "", "非依申请"],
    ],
    # §1, column set 4: 职权编码, two-row 职权名称 (项目 / 子项), fees, unknown column 经办人.
    "power-set4": [
        ["序号", "职权编码", "职权名称", M, "实施依据", "实施对象", "承办机构", "公开范围", "办理数量", "收费（征收）依据和标准", "责任主体", "责任事项", "追责情形", "经办人"],
        [M, M, "项目", "子项", M, M, M, M, M, M, M, M, M, M],
        ["1", "MZ-QR-001", "收养登记", "", "《中华人民共和国民法典》第一千一百零五条第一款；《中国公民收养子女登记办法》第三条", "自然人", "婚姻收养登记处", "全社会", "120", "不收费", "县民政局", ZR, ZZ, "王某"],
        ["2", "MZ-ZS-002", "殡葬设施建设审批", "", "《殡葬管理条例》第八条", "法人", "社会事务科", "全社会", "3", "每件100元，依据《某省殡葬服务收费管理办法》第五条", "县民政局", ZR, ZZ, "李某"],
    ],
    # §1, column set 5: title line, merged 行政决定部门, numbered categories "行政许可1".
    "power-set5": [
        ["总共4项事项,其中行政许可2项,行政处罚2项", M, M, M, M],
        ["行政决定部门", "行政职权类别", "项目名称", "设定依据", "行政相对人"],
        ["市民政局", "行政许可1", "社会团体成立登记", "《社会团体登记管理条例》第九条", "法人"],
        [M, "行政许可2", "基金会设立登记", "《基金会管理条例》（国务院令第400号）第九条", "法人"],
        [M, "行政处罚1", "对社会团体违法行为的处罚", "《社会团体登记管理条例》第三十条", "法人"],
        [M, "行政处罚2", "对基金会违法行为的处罚", "《基金会管理条例》第四十二条", "法人"],
    ],
    # §2, a county's general catalogue (通用目录).
    "catalogue": [
        ["事项序号", "行业分类", "主项名称", "子项名称", "事项类型", "设定依据", "行使层级", "国家目录编码", "备注"],
        ["1", "社会救助", "最低生活保障对象认定", "", "行政确认", "《社会救助暂行办法》第十一条", "县级", "000107002000", ""],
        ["2", "社会救助", "特困人员认定", "", "行政确认", "《社会救助暂行办法》第十四条、第十五条", "县级", "000107003000", ""],
    ],
    # §2, a city's discretion standard (裁量基准): 决定方式 is not in our synonym table.
    "discretion": [
        ["事项名称", "主要依据", "申请条件", "决定方式", "办理时限"],
        ["社会团体成立登记", "《社会团体登记管理条例》第九条、第十条", "1.有50个以上的个人会员或者30个以上的单位会员；\n2.有规范的名称和相应的组织机构；\n3.有固定的住所。", "书面决定", "法定时限：60日内"],
        ["慈善组织认定", "《中华人民共和国慈善法》第十条第一款", "符合慈善法第九条规定的条件", "书面决定", "法定时限：30日内；承诺时限：20个工作日"],
        ["基金会变更登记", "《基金会管理条例》第十五条", "", "书面决定", "视情况而定"],
    ],
    # §2, a service guide: element names and values side by side, the basis as a sub-table.
    "guide": [
        ["城乡居民最低生活保障金给付办事指南", M, M, M],
        ["事项名称", "城乡居民最低生活保障金给付", "基本编码", "000105001000"],
        ["实施主体", "某县民政局", "承办机构", "某镇人民政府"],
        ["办件类型", "承诺件", "事项版本", "3"],
        ["事项状态", "在用", "服务对象", "自然人"],
        ["职权类型", "□行政许可 □行政确认 □行政征收 ■行政给付 □公共服务 □内部审批 □其他", "事项审查类型", "■审核转报 □即审即办"],
        ["办理形式", "网上办理", "行使层级", "镇(乡、街道)级"],
        ["法定时限", "20工作日", "承诺期限", "20工作日"],
        ["是否收费", "否", "到办事现场次数", "1"],
        ["申请条件", "1.持有当地常住户口；\n2.家庭人均收入低于当地低保标准；\n3.家庭财产符合规定。", M, M],
        ["申请材料", "1.申请书；\n2.户口簿；\n3.居民身份证；\n4.家庭收入和财产状况的证明材料。", M, M],
        ["咨询方式", "0000-1234567", "监督投诉方式", "12345"],
        ["受理地点、时间", "镇便民服务中心，工作日9:00-17:00", M, M],
        ["设定依据", M, M, M],
        ["依据名称", "制定机关", "发布令号(文号)", "具体规定内容"],
        ["社会救助暂行办法", "国务院", "国务院令第649号", "第十一条：申请最低生活保障按照下列程序办理…"],
        ["最低生活保障审核确认办法", "民政部", "民发〔2021〕57号", "第二条：…"],
    ],
    # §3, a process table.
    "process": [
        ["社会团体成立登记 权力运行流程", M, M, M],
        ["程序", "责任单位及责任人", "工作内容", "办结时限"],
        ["受理", "政务服务窗口 窗口受理岗 0000-1234567", "接收申请材料，材料不全的一次性告知补正", "即时办理"],
        ["补正", "申请人", "申请人补正材料", "不计算在办理期限内"],
        ["审查", "社会组织管理科 审查岗", "审查申请材料，必要时实地核查", "自受理后第15个工作日完成"],
        ["决定", "局分管领导 审批岗", "作出准予登记或不予登记的决定", "5工作日"],
        ["送达", "政务服务窗口 窗口受理岗", "送达登记证书", "3个工作日"],
        ["事后监管", "社会组织管理科", "年度检查", "视情况"],
    ],
    # §1, column set 3 with a staged 责任事项依据: by stage label, by position, and a stage the
    # 责任事项 lacks (reported, text kept).
    "power-set6": [
        ["序号", "权力类型", "项目名称", "设定依据", "实施主体", "责任事项", "责任事项依据", "承办机构", "追责对象范围", "备注"],
        ["1", "行政许可", "社会团体成立登记", "《社会团体登记管理条例》（国务院令第250号）第九条", "市民政局",
         "1.受理阶段责任：公示依法应当提交的材料；一次性告知补正材料；依法受理或不予受理。\n2.审查阶段责任：对申请材料进行审查，提出审查意见。\n3.决定阶段责任：作出准予登记或不予登记的决定。\n4.送达阶段责任：准予登记的，发放登记证书。",
         "1.受理阶段责任：《中华人民共和国行政许可法》第三十二条第一款第（四）项：申请材料不齐全或者不符合法定形式的，应当当场或者在五日内一次告知申请人需要补正的全部内容。\n2.审查阶段责任：《中华人民共和国行政许可法》第三十四条；《社会团体登记管理条例》（国务院令第250号）第十一条。\n3.决定阶段责任：《中华人民共和国行政许可法》第三十八条、第四十二条。\n4.送达阶段责任：《中华人民共和国行政许可法》第四十四条。",
         "社会组织管理科", "经办人", ""],
        ["2", "行政处罚", "对社会团体违法行为的处罚", "《社会团体登记管理条例》第三十条", "市民政局",
         "1.立案责任：发现违法线索，依法立案。\n2.调查责任：调查取证。\n3.决定责任：作出处罚决定。",
         "1.《中华人民共和国行政处罚法》第五十四条\n2.《中华人民共和国行政处罚法》第五十五条\n3.《中华人民共和国行政处罚法》第五十七条",
         "社会组织管理科", "执法人员", ""],
        ["3", "行政确认", "婚姻登记", "《婚姻登记条例》（国务院令第387号）第二条", "县级民政部门",
         "1.受理阶段责任：审查当事人的证件和证明材料。\n2.决定阶段责任：符合条件的，当场予以登记。",
         "1.受理阶段责任：《婚姻登记条例》第七条\n2.审查阶段责任：《婚姻登记条例》第七条\n3.决定阶段责任：《婚姻登记条例》第七条",
         "婚姻登记处", "婚姻登记员", ""],
    ],
    # §3, a process table whose 工作内容 states the branches (行政许可法 第三十二条, 第三十八条).
    "process-branches": [
        ["社会团体成立登记 权力运行流程", M, M, M],
        ["程序", "责任单位及责任人", "工作内容", "办结时限"],
        ["受理", "政务服务中心民政窗口 受理岗 0000-1234567",
         "接收申请材料，审查材料是否齐全、符合法定形式；材料不齐全或者不符合法定形式的，一次告知申请人需要补正的全部内容；申请事项依法不属于本机关职权范围的，作出不予受理决定，并告知申请人向有关行政机关申请；符合条件的，予以受理并出具受理通知书",
         "即时办理"],
        ["审查", "社会组织管理科 审查岗 0000-1234568",
         "对申请材料进行审查，必要时实地核查；申请人书面申请暂缓审查的，中止办理，中止情形消除后恢复审查；申请人撤回申请的，终止办理",
         "15个工作日"],
        ["决定", "局分管领导 审批岗",
         "作出准予许可或者不予许可的决定；不予许可的，书面说明理由，并告知申请人享有依法申请行政复议或者提起行政诉讼的权利",
         "5个工作日"],
        ["送达", "政务服务中心民政窗口 发证岗", "自作出决定之日起颁发、送达登记证书", "10个工作日"],
    ],
    # §4, the grassroots standard disclosure catalogue, 社会救助领域.
    "disclosure": [
        ["社会救助领域基层政务公开标准目录", M, M, M, M, M, M, M, M, M, M],
        ["序号", "公开事项", M, "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级"],
        [M, "一级事项", "二级事项", M, M, M, M, M, M, M, M],
        ["1", "政策法规", "法律法规", "《社会救助暂行办法》", "《政府信息公开条例》第二十条", "制定或获取信息之日起20个工作日内", "县级民政部门", "■政府网站 ■政府公报 □两微一端 □发布会/听证会 □广播电视 □纸质媒体 ■公开查阅点 □政务服务中心 □便民服务站 □入户/现场 □社区/企事业单位/村公示栏（电子屏） □精准推送 □其他", "全社会", "■主动 □依申请", "县级"],
        ["2", "最低生活保障", "办事指南", "申请条件、申请材料、办理流程、办理时限", "《社会救助暂行办法》第九条", "制定或获取信息之日起10个工作日内", M, "■政府网站 □政府公报 ■两微一端 □发布会/听证会 □广播电视 □纸质媒体 □公开查阅点 ■政务服务中心 ■便民服务站 □入户/现场 ■社区/企事业单位/村公示栏（电子屏） □精准推送 □其他", "全社会", "■主动 □依申请", "县级、乡级"],
        ["3", M, "审核信息", "初审对象名单", "《最低生活保障审核确认办法》第二十二条", "制定或获取信息之日起10个工作日内, 公示7个工作日", "乡镇人民政府（街道办事处）", "□政府网站 □政府公报 □两微一端 □发布会/听证会 □广播电视 □纸质媒体 □公开查阅点 □政务服务中心 □便民服务站 □入户/现场 ■社区/企事业单位/村公示栏（电子屏） □精准推送 □其他", "特定群体", "■主动 □依申请", "乡级"],
        ["4", "监督管理", "投诉举报", "投诉举报地址和电话", "《社会救助暂行办法》第五十七条", "制定或获取信息之日起20个工作日内", "县级民政部门", "■政府网站 □政府公报 □两微一端 □发布会/听证会 □广播电视 □纸质媒体 □公开查阅点 □政务服务中心 □便民服务站 □入户/现场 □社区/企事业单位/村公示栏（电子屏） □精准推送 □其他", "全社会", "□主动 ■依申请", "县级"],
    ],
}


def csv_text(rows):
    def q(c):
        c = "" if c is None else c
        if any(ch in c for ch in ',"\n\r'):
            return '"' + c.replace('"', '""') + '"'
        return c
    return "".join(",".join(q(c) for c in r) + "\r\n" for r in rows)


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def merges(rows):
    """Ranges for runs of None to the right of or below a filled cell."""
    out, taken = [], set()
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is None or (r, c) in taken:
                continue
            c2 = c
            while c2 + 1 < len(row) and row[c2 + 1] is None and (r, c2 + 1) not in taken:
                c2 += 1
            r2 = r
            while r2 + 1 < len(rows) and all(
                k < len(rows[r2 + 1]) and rows[r2 + 1][k] is None and (r2 + 1, k) not in taken
                for k in range(c, c2 + 1)
            ):
                r2 += 1
            if (r2, c2) != (r, c):
                for rr in range(r, r2 + 1):
                    for cc in range(c, c2 + 1):
                        taken.add((rr, cc))
                out.append(f"{col(c)}{r+1}:{col(c2)}{r2+1}")
    return out


def sheet_xml(rows):
    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows):
        sheet.append(f'<row r="{r+1}">')
        for c, v in enumerate(row):
            if v:
                sheet.append(f'<c r="{col(c)}{r+1}" t="inlineStr"><is><t xml:space="preserve">{escape(v)}</t></is></c>')
        sheet.append("</row>")
    sheet.append("</sheetData>")
    m = merges(rows)
    if m:
        sheet.append(f'<mergeCells count="{len(m)}">' + "".join(f'<mergeCell ref="{x}"/>' for x in m) + "</mergeCells>")
    sheet.append("</worksheet>")
    return "".join(sheet)


def xlsx(path, rows):
    xlsx_book(path, [("Sheet1", rows)])


def xlsx_book(path, sheets):
    """A workbook with one worksheet per (name, rows)."""
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for n in range(1, len(sheets) + 1))
    entries = "".join(f'<sheet name="{escape(name)}" sheetId="{n}" r:id="rId{n}"/>' for n, (name, _) in enumerate(sheets, 1))
    rels = "".join(
        f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>'
        for n in range(1, len(sheets) + 1))
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' + overrides + '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' + entries + '</sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + rels + '</Relationships>',
    }
    for n, (_, rows) in enumerate(sheets, 1):
        parts[f"xl/worksheets/sheet{n}.xml"] = sheet_xml(rows)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


for name, rows in TABLES.items():
    text = csv_text(rows)
    with open(os.path.join(HERE, f"{name}.utf8.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + text.encode("utf-8"))
    with open(os.path.join(HERE, f"{name}.gb18030.csv"), "wb") as f:
        f.write(text.encode("gb18030"))
    xlsx(os.path.join(HERE, f"{name}.xlsx"), rows)
# A workbook as some bureaus publish one: licensing on the first sheet (set 5, title line and
# merged 行政决定部门), a note sheet without a table, penalties on the third (set 2).
NOTE = [["本清单由某市民政局编制，自2026年1月1日起施行。"]]
xlsx_book(os.path.join(HERE, "workbook.xlsx"),
          [("行政许可", TABLES["power-set5"]), ("说明", NOTE), ("其他", TABLES["power-set2"])])
print("wrote", len(TABLES) * 3 + 1, "files")
