// The three forms. Every rule comes from the minzheng package (./pkg, copied there by the
// build); this file only reads the fields, calls it, and shows the answers in one language.
import * as mz from './pkg/index.js';

const T = {
  zh: {
    title: '民政业务表单（示例）', skip: '跳到主要内容', switch: 'English', loading: '正在加载规则引擎……',
    ready: '规则引擎已就绪（离线可用）', failed: '规则引擎加载失败：', forms: '表单',
    'dibao.title': '最低生活保障申请', 'dibao.household': '家庭信息', 'dibao.residence': '户籍地行政区划代码',
    'dibao.area': '城乡类别', 'dibao.urban': '城市', 'dibao.rural': '农村', 'dibao.date': '申请日期',
    'dibao.noAssets': '已申报：家庭无存款、车辆、房产以外的财产', 'dibao.members': '家庭成员', 'dibao.add': '添加家庭成员',
    'dibao.preview': '资格预审（仅供参考，以审核确认为准）', 'dibao.ok': '家庭信息未发现问题',
    'dibao.problems': (n) => `发现 ${n} 个问题：`, 'dibao.missing': '还需补充（一次性告知）：',
    'dibao.amount': '月保障金', 'dibao.findings': '审核要点', 'dibao.member': (n) => `第 ${n} 名成员`,
    'disclosure.title': '政府信息公开申请', 'disclosure.channel': '提交方式', 'disclosure.in_person': '当面提交',
    'disclosure.signed_mail': '邮政挂号（签收）', 'disclosure.ordinary_letter': '平常信函', 'disclosure.online': '互联网渠道',
    'disclosure.fax': '传真', 'disclosure.sent': '提交（寄出）日期', 'disclosure.confirmed': '签收或确认日期（邮寄、网上、传真）',
    'disclosure.today': '查询日', 'disclosure.consult': '征求第三方意见（所需时间不计算在内）', 'disclosure.consultFrom': '发出日期',
    'disclosure.consultTo': '答复日期', 'disclosure.extension': '延长答复期限（第三十三条第二款）', 'disclosure.extDate': '批准日期',
    'disclosure.extDays': '延长工作日', 'disclosure.receipt': '收到申请之日', 'disclosure.due': '法定答复期限',
    'disclosure.how': '计算过程', 'disclosure.status': '当前状态', 'disclosure.notes': '提示',
    'power.title': '权责清单事项编辑', 'power.json': '事项（JSON，按权责清单数据模型）', 'power.chart': '权力运行流程图',
    'power.ok': '未发现问题', 'power.count': (e, w) => `${e} 个错误，${w} 个提示`,
    'm.name': '姓名', 'm.relation': '与申请人关系', 'm.applicant': '申请人', 'm.spouse': '配偶', 'm.child': '子女', 'm.parent': '父母',
    'm.id': '公民身份号码', 'm.income': '月工资收入（元，未申报请留空）', 'm.remove': '删除此成员',
    basis: '依据', confidence: '可信度',
  },
  en: {
    title: 'Civil-affairs forms (example)', skip: 'Skip to the main content', switch: '中文', loading: 'Loading the rules engine…',
    ready: 'Rules engine ready (works offline)', failed: 'The rules engine failed to load: ', forms: 'Forms',
    'dibao.title': 'Minimum living allowance (低保) application', 'dibao.household': 'Household', 'dibao.residence': 'Household registration division code',
    'dibao.area': 'Urban or rural', 'dibao.urban': 'Urban', 'dibao.rural': 'Rural', 'dibao.date': 'Application date',
    'dibao.noAssets': 'Declared: no assets beyond savings, vehicles and housing', 'dibao.members': 'Members', 'dibao.add': 'Add a member',
    'dibao.preview': 'Eligibility preview (indicative; the review decides)', 'dibao.ok': 'No problem found in the household',
    'dibao.problems': (n) => `${n} problem(s) found:`, 'dibao.missing': 'Still needed (all at once):',
    'dibao.amount': 'Monthly amount', 'dibao.findings': 'Findings', 'dibao.member': (n) => `Member ${n}`,
    'disclosure.title': 'Government information disclosure request', 'disclosure.channel': 'How it was sent', 'disclosure.in_person': 'In person',
    'disclosure.signed_mail': 'Registered mail (signed for)', 'disclosure.ordinary_letter': 'Ordinary letter', 'disclosure.online': 'Online',
    'disclosure.fax': 'Fax', 'disclosure.sent': 'Date handed in or sent', 'disclosure.confirmed': 'Date signed for or confirmed (mail, online, fax)',
    'disclosure.today': 'As of', 'disclosure.consult': 'Third-party consultation (time not counted)', 'disclosure.consultFrom': 'Sent on',
    'disclosure.consultTo': 'Answered on', 'disclosure.extension': 'Extension of the reply period (art. 33(2))', 'disclosure.extDate': 'Approved on',
    'disclosure.extDays': 'Working days added', 'disclosure.receipt': 'Request received on', 'disclosure.due': 'Statutory reply date',
    'disclosure.how': 'How it was computed', 'disclosure.status': 'Status', 'disclosure.notes': 'Notes',
    'power.title': 'Power-list item editor', 'power.json': 'Item (JSON, power-list data model)', 'power.chart': 'Flowchart of the power',
    'power.ok': 'No problem found', 'power.count': (e, w) => `${e} error(s), ${w} warning(s)`,
    'm.name': 'Name', 'm.relation': 'Relation to the applicant', 'm.applicant': 'Applicant', 'm.spouse': 'Spouse', 'm.child': 'Child', 'm.parent': 'Parent',
    'm.id': 'Resident identity number', 'm.income': 'Monthly wages (yuan; leave empty if not declared)', 'm.remove': 'Remove this member',
    basis: 'Basis', confidence: 'confidence',
  },
};
let lang = 'zh';
const t = (k, ...a) => { const v = T[lang][k]; return typeof v === 'function' ? v(...a) : v ?? k; };
const $ = (s, el = document) => el.querySelector(s);
const msg = (o) => (lang === 'zh' ? o.zh : o.en);
function el(tag, attrs = {}, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const k of kids) e.append(k);
  return e;
}

function translate() {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
  for (const e of document.querySelectorAll('[data-i18n-label]')) e.setAttribute('aria-label', t(e.dataset.i18nLabel));
  for (const e of document.querySelectorAll('[data-i18n-alt]')) e.setAttribute('alt', t(e.dataset.i18nAlt));
  $('#lang').setAttribute('aria-pressed', String(lang === 'en'));
  $('#lang').setAttribute('lang', lang === 'zh' ? 'en' : 'zh-CN');
}

// ---- 低保 application ----------------------------------------------------------------------
let memberSeq = 0;
function addMember(values = {}) {
  const node = $('#member-template').content.firstElementChild.cloneNode(true);
  const n = ++memberSeq;
  for (const input of node.querySelectorAll('[data-f]')) {
    const f = input.dataset.f;
    if (input.matches('input, select')) {
      input.id = `m${n}-${f}`;
      const label = input.closest('.row')?.querySelector('label');
      if (label) label.htmlFor = input.id;
      if (values[f] !== undefined) input.value = values[f];
    }
  }
  const idMsg = $('[data-f=id_msg]', node);
  idMsg.id = `m${n}-id-msg`;
  $('[data-f=id_number]', node).setAttribute('aria-describedby', idMsg.id);
  $('[data-f=remove]', node).addEventListener('click', () => { node.remove(); relabel(); updateDibao(); });
  $('#members').append(node);
  relabel();
  translate();
}
function relabel() {
  [...document.querySelectorAll('.member')].forEach((m, i) => m.setAttribute('aria-label', t('dibao.member', i + 1)));
}
function household() {
  const members = [...document.querySelectorAll('.member')].map((m) => {
    const v = (f) => $(`[data-f=${f}]`, m).value.trim();
    const member = { name: v('name'), relation: v('relation') };
    if (v('id_number')) member.id_number = v('id_number').toUpperCase();
    const income = v('income');
    if (income !== '' && Number.isFinite(Number(income))) {
      member.income = Number(income) > 0 ? [{ kind: 'wages', monthly_fen: Math.round(Number(income) * 100) }] : [];
    }
    return member;
  });
  const hh = { members, residence: $('#residence').value.trim(), area: $('#area').value, application_date: $('#application_date').value };
  if ($('#no_assets').checked) hh.assets = [];
  return hh;
}
function updateIds() {
  for (const m of document.querySelectorAll('.member')) {
    const input = $('[data-f=id_number]', m);
    const out = $('[data-f=id_msg]', m);
    const text = input.value.trim().toUpperCase();
    if (!text) { out.textContent = ''; input.removeAttribute('aria-invalid'); continue; }
    const r = mz.validateResidentId(text);
    input.setAttribute('aria-invalid', String(!r.ok));
    out.className = r.ok ? 'hint ok' : 'hint bad';
    out.textContent = r.ok
      ? `${msg(r)}：${r.decoded.masked}，${r.decoded.birth_date}，${r.decoded.sex === 'male' ? (lang === 'zh' ? '男' : 'male') : (lang === 'zh' ? '女' : 'female')}`
      : msg(r);
  }
}
function updateDibao() {
  updateIds();
  const hh = household();
  const v = mz.validateHousehold(hh);
  const box = $('#household-problems');
  box.replaceChildren();
  if (v.ok) box.append(el('p', { class: 'ok' }, t('dibao.ok')));
  else {
    box.append(el('p', {}, t('dibao.problems', v.problems.length)));
    box.append(el('ul', {}, ...v.problems.map((p) => el('li', { 'data-code': p.name }, msg(p)))));
  }
  const out = $('#eligibility');
  out.replaceChildren();
  if (!v.ok) return;
  let ev;
  try { ev = mz.evaluateEligibility(hh, hh.application_date); } catch (e) { out.append(el('p', { class: 'bad' }, msg(e))); return; }
  const d = ev.decisions.find((x) => x.programme === 'dibao');
  const outcome = { eligible: ['符合条件', 'eligible'], not_eligible: ['不符合条件', 'not eligible'],
    needs_information: ['需补充材料', 'needs information'], needs_manual_review: ['需人工审核', 'needs manual review'] }[d.outcome];
  out.append(el('p', { class: `outcome ${d.outcome}`, 'data-outcome': d.outcome }, `${t('dibao.title')}：${lang === 'zh' ? outcome[0] : outcome[1]}`
    + (d.amount_fen != null ? `，${t('dibao.amount')} ${(d.amount_fen / 100).toFixed(2)} ${lang === 'zh' ? '元' : 'yuan'}` : '')));
  if (ev.missing.length) {
    out.append(el('p', {}, t('dibao.missing')));
    out.append(el('ul', { class: 'missing' }, ...ev.missing.map((m) => el('li', { 'data-field': m.field }, msg(m)))));
  }
  out.append(el('h4', {}, t('dibao.findings')));
  out.append(el('ul', { class: 'findings' }, ...d.findings.map((f) => el('li', { class: f.status, 'data-rule': f.rule },
    `${msg(f)} — ${t('basis')}：${f.citation.instrument}${f.citation.article}（${t('confidence')} ${f.confidence}）`))));
}

// ---- disclosure request ----------------------------------------------------------------------
function updateDisclosure() {
  const out = $('#disclosure-result');
  out.replaceChildren();
  const sent = $('#sent').value;
  if (!sent) return;
  const received = { case: 'form', date: sent, type: 'received', channel: $('#channel').value, applicant: 'natural_person' };
  if ($('#confirmed').value && $('#channel').value !== 'in_person') received.confirmed = $('#confirmed').value;
  const events = [received];
  const [cf, ct] = [$('#consult-from').value, $('#consult-to').value];
  if (cf) events.push({ case: 'form', date: cf, type: 'consultation_sent', party: 'third_party' });
  if (cf && ct) events.push({ case: 'form', date: ct, type: 'consultation_answered', party: 'third_party' });
  if ($('#ext-date').value) events.push({ case: 'form', date: $('#ext-date').value, type: 'extension_approved',
    amount: Number($('#ext-days').value || 20), approved_by: '政府信息公开工作机构负责人', applicant_notified: $('#ext-date').value });
  events.sort((a, b) => a.date.localeCompare(b.date));
  let r;
  try { r = mz.replayDisclosure(events, $('#today').value || sent); } catch (e) {
    out.append(el('p', { class: 'bad', role: 'alert' }, msg(e)));
    return;
  }
  const rep = r.report;
  const dl = el('dl', {},
    el('dt', {}, t('disclosure.receipt')), el('dd', { id: 'receipt' }, r.case.receipt),
    el('dt', {}, t('disclosure.due')), el('dd', { id: 'due' }, rep.deadline ? rep.deadline.due : '—'));
  if (rep.status) {
    const s = rep.status;
    const zh = { running: `尚余 ${s.workdays_left} 个工作日`, due_soon: `即将到期，尚余 ${s.workdays_left} 个工作日`, due_today: '今日到期',
      overdue: `已超期 ${s.workdays} 个工作日`, met: '已按期答复', met_late: '逾期答复' }[s.status];
    const en = { running: `${s.workdays_left} working day(s) left`, due_soon: `due soon: ${s.workdays_left} working day(s) left`,
      due_today: 'due today', overdue: `overdue by ${s.workdays} working day(s)`, met: 'answered in time', met_late: 'answered late' }[s.status];
    dl.append(el('dt', {}, t('disclosure.status')), el('dd', { id: 'status', 'data-status': s.status }, lang === 'zh' ? zh : en));
  }
  out.append(dl);
  if (r.explanation.length) {
    out.append(el('h3', {}, t('disclosure.how')));
    out.append(el('ol', { id: 'how' }, ...r.explanation.map((l) => el('li', {}, msg(l)))));
  }
  if (rep.notes.length) {
    out.append(el('h3', {}, t('disclosure.notes')));
    out.append(el('ul', {}, ...rep.notes.map((n) => el('li', { 'data-code': n.code }, lang === 'zh' ? n.zh : n.en))));
  }
}

// ---- power-list item editor ----------------------------------------------------------------------
function updatePower() {
  const box = $('#power-findings');
  box.replaceChildren();
  let item;
  try { item = JSON.parse($('#item-json').value); } catch (e) {
    box.append(el('p', { class: 'bad' }, `JSON: ${e.message}`));
    return;
  }
  try {
    const r = mz.checkPowerItem(item);
    box.append(el('p', { class: r.ok ? 'ok' : 'bad' }, r.findings.length ? t('power.count', r.errors, r.warnings) : t('power.ok')));
    box.append(el('ul', {}, ...r.findings.map((f) => el('li', { class: f.severity, 'data-rule': f.rule },
      `${f.rule} ${f.path ?? ''}: ${msg(f)}`))));
    const svg = mz.flowchartSvg(item);
    $('#flowchart').src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  } catch (e) {
    box.append(el('p', { class: 'bad' }, msg(e)));
  }
}

async function main() {
  $('#lang').addEventListener('click', () => {
    lang = lang === 'zh' ? 'en' : 'zh';
    translate(); relabel(); updateDibao(); updateDisclosure(); updatePower();
    $('#engine').textContent = t('ready');
  });
  try {
    await mz.init();
  } catch (e) {
    $('#engine').textContent = t('failed') + e;
    return;
  }
  addMember({ name: '王芳', relation: 'applicant', id_number: '' });
  $('#dibao-form').addEventListener('input', updateDibao);
  $('#dibao-form').addEventListener('change', updateDibao);
  $('#add-member').addEventListener('click', () => { addMember({ relation: 'spouse' }); updateDibao(); $('.member:last-of-type input').focus(); });
  $('#disclosure-form').addEventListener('input', updateDisclosure);
  $('#disclosure-form').addEventListener('change', updateDisclosure);
  const sample = await fetch('sample-item.json').then((r) => r.text());
  $('#item-json').value = sample;
  $('#item-json').addEventListener('input', updatePower);
  updateDibao();
  window.__firstValidationMs = performance.now(); // page load to the first validation shown
  updateDisclosure(); updatePower();
  $('#engine').textContent = t('ready');
  document.body.dataset.ready = 'true';
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('sw.js').catch(() => {});
}
main();
