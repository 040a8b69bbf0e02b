import type { Locale } from '../i18n/locales';

type Words = Record<Locale, string>;
const w = (en: string, zhHans: string, zhHant: string): Words => ({ en, 'zh-Hans': zhHans, 'zh-Hant': zhHant });

/**
 * What a rep calls the fields of a data or playbook file, by the key in the file, or by
 * `parent.key` where one key means two things (`touches` of a file, `cadence.touches`).
 */
export const FIELD_NAMES: Record<string, Words> = {
  // Data file: contacts, touches, notes, deals.
  format: w('file format', '文件格式', '檔案格式'),
  version: w('file version', '文件版本', '檔案版本'),
  exportedAt: w('export time', '导出时间', '匯出時間'),
  contacts: w('contacts', '联系人', '聯絡人'),
  touches: w('touches', '跟进记录', '跟進紀錄'),
  notes: w('notes', '备注', '備註'),
  deals: w('deals', '商机', '商機'),
  id: w('id', 'ID', 'ID'),
  identities: w('identities (profile links, email addresses)', '身份标识（主页链接、邮箱）', '身分識別（個人檔案連結、電子郵件）'),
  sources: w('sources', '来源', '來源'),
  source: w('source', '来源', '來源'),
  name: w('name', '名称', '名稱'),
  headline: w('headline', '简介', '簡介'),
  company: w('company', '公司', '公司'),
  title: w('job title', '职位', '職稱'),
  location: w('location', '所在地', '所在地'),
  profileUrl: w('profile link', '主页链接', '個人檔案連結'),
  email: w('email address', '邮箱', '電子郵件'),
  phone: w('phone number', '电话', '電話'),
  about: w('about text', '个人介绍', '個人介紹'),
  stage: w('stage', '阶段', '階段'),
  stageChangedAt: w('date the stage changed', '阶段变更时间', '階段變更時間'),
  createdAt: w('creation date', '创建时间', '建立時間'),
  capturedAt: w('capture date', '采集时间', '擷取時間'),
  bant: w('BANT facts', 'BANT 信息', 'BANT 資訊'),
  contactId: w('contact it belongs to', '所属联系人', '所屬聯絡人'),
  contactIds: w('contacts of the deal', '商机联系人', '商機聯絡人'),
  at: w('date', '时间', '時間'),
  direction: w('direction (outbound or inbound)', '方向（outbound 或 inbound）', '方向（outbound 或 inbound）'),
  channel: w('channel', '渠道', '管道'),
  note: w('note', '备注', '備註'),
  text: w('text', '文字', '文字'),
  crm: w('CRM', 'CRM', 'CRM'),
  record: w('CRM record', 'CRM 记录', 'CRM 紀錄'),
  recordId: w('record id', '记录 ID', '紀錄 ID'),
  amount: w('amount', '金额', '金額'),
  closeDate: w('close date', '预计成交日期', '預計成交日期'),
  owner: w('owner', '负责人', '負責人'),
  account: w('account', '客户', '客戶'),
  // Playbook file.
  stages: w('stages', '阶段', '階段'),
  goal: w('goal', '目标', '目標'),
  keyTasks: w('key tasks', '关键任务', '關鍵任務'),
  exitCriteria: w('exit criteria', '完成标准', '完成標準'),
  example: w('worked example', '实例', '範例'),
  tiers: w('tiers', '等级', '等級'),
  definition: w('definition', '定义', '定義'),
  cadence: w('cadence', '跟进节奏', '跟進節奏'),
  perDays: w('number of days of the cadence', '节奏天数', '節奏天數'),
  'cadence.touches': w('number of touches of the cadence', '节奏中的跟进次数', '節奏中的跟進次數'),
  cadenceLabel: w('cadence label', '节奏说明', '節奏說明'),
  send: w('what to send', '发送内容', '傳送內容'),
  objections: w('objections', '异议', '異議'),
  hiddenConcerns: w('hidden concerns', '背后的顾虑', '背後的顧慮'),
  clarifyingQuestion: w('clarifying question', '澄清提问', '釐清提問'),
  responses: w('talk tracks', '话术', '話術'),
  buyingSignals: w('buying signals', '购买信号', '購買訊號'),
  action: w('action', '行动', '行動'),
  drafts: w('drafts', '草稿', '草稿'),
  subject: w('subject', '主题', '主旨'),
  body: w('body', '正文', '內文'),
  crmStages: w('CRM stage table', 'CRM 阶段对照表', 'CRM 階段對照表'),
  sop: w('SOP stage', 'SOP 阶段', 'SOP 階段'),
  cases: w('case library', '案例库', '案例庫'),
  category: w('category', '类别', '類別'),
  keywords: w('keywords', '关键词', '關鍵字'),
  questions: w('questions', '问题', '問題'),
  weights: w('weights', '权重', '權重'),
  en: w('English text', '英文文本', '英文文字'),
  'zh-Hans': w('Simplified Chinese text', '简体中文文本', '簡體中文文字'),
  'zh-Hant': w('Traditional Chinese text', '繁体中文文本', '繁體中文文字'),
};

const UNKNOWN: Words = w('field “{key}”', '字段“{key}”', '欄位「{key}」');
const WHOLE_FILE: Words = w('file', '文件', '檔案');

/**
 * The field an issue is about, in the rep's words: the last named key of its path
 * (`contacts[1].email` → "email address", "邮箱", "電子郵件"); an unknown key is quoted.
 */
export function fieldName(path: readonly PropertyKey[], locale: Locale): string {
  const keys = path.filter((part): part is string => typeof part === 'string');
  const key = keys.at(-1);
  if (key === undefined) return WHOLE_FILE[locale];
  return (FIELD_NAMES[`${keys.at(-2) ?? ''}.${key}`] ?? FIELD_NAMES[key])?.[locale] ?? UNKNOWN[locale].replace('{key}', key);
}
