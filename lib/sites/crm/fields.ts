/**
 * The fields a CRM record shows, recognised by their label in any of our three languages. Every
 * CRM lets admins rename fields and users pick a UI language, so the labels below are the stock
 * names of each CRM (Salesforce, HubSpot, Zoho, Pipedrive, Fxiaoke) in English, Simplified and
 * Traditional Chinese; a label is matched whole, after trimming the required-field star and colon.
 */
export const RECORD_FIELDS = ['name', 'email', 'phone', 'title', 'company', 'stage', 'amount', 'closeDate', 'nextStep', 'owner', 'contactName', 'lastActivity'] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];

const LABELS: Record<RecordField, readonly string[]> = {
  name: ['name', 'full name', 'lead name', 'person name', '姓名', '名称', '名稱', '联系人姓名', '聯絡人姓名'],
  email: ['email', 'e-mail', 'email address', 'primary email', 'work email', 'secondary email', '电子邮件', '电子邮箱', '电子邮件地址', '邮箱', '邮件', '電子郵件', '電子信箱', '電子郵件地址', '郵箱'],
  phone: ['phone', 'phone number', 'mobile', 'mobile phone', 'mobile phone number', 'work phone', 'business phone', 'direct phone', '电话', '手机', '手机号', '手机号码', '移动电话', '联系电话', '电话号码', '電話', '手機', '行動電話', '聯絡電話', '電話號碼'],
  title: ['title', 'job title', 'position', 'designation', 'role', '职务', '职位', '职称', '職務', '職位', '職稱'],
  company: ['account name', 'account', 'company', 'company name', 'organization', 'organisation', 'associated company', '客户名称', '客户名', '客户', '公司', '公司名称', '所属客户', '客戶名稱', '客戶名', '客戶', '公司名稱', '所屬客戶', '帳戶名稱'],
  stage: ['stage', 'deal stage', 'pipeline stage', 'sales stage', '阶段', '商机阶段', '销售阶段', '交易阶段', '阶段名称', '階段', '商機階段', '銷售階段', '交易階段'],
  amount: ['amount', 'deal amount', 'deal value', 'value', 'opportunity amount', '金额', '商机金额', '交易金额', '预计金额', '销售金额', '金額', '商機金額', '交易金額', '預計金額'],
  closeDate: ['close date', 'closing date', 'expected close date', 'expected closing date', '预计成交日期', '预计结单日期', '结单日期', '成交日期', '结束日期', '关闭日期', '预计签单日期', '預計成交日期', '預計結單日期', '結單日期', '結束日期', '關閉日期'],
  nextStep: ['next step', 'next steps', '下一步', '下一步计划', '下一步行动', '下一步計劃', '下一步行動'],
  owner: ['owner', 'opportunity owner', 'deal owner', 'contact owner', 'lead owner', 'record owner', '负责人', '所有者', '负责销售', '負責人', '所有人'],
  contactName: ['contact name', 'contact person', 'person', 'primary contact', '联系人', '联系人名称', '主要联系人', '聯絡人', '聯絡人名稱', '主要聯絡人'],
  lastActivity: ['last activity', 'last activity date', 'last contacted', 'last engagement date', '最后跟进时间', '最近跟进时间', '最后活动时间', '最後跟進時間', '最近跟進時間'],
};

/** Lower-case, full-width folded, whitespace collapsed, a leading star and a trailing colon removed. */
export function normaliseLabel(label: string): string {
  return label
    .normalize('NFKC')
    .replace(/^\s*\*\s*/, '')
    .replace(/\s*[:：]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const BY_LABEL = new Map<string, RecordField>(RECORD_FIELDS.flatMap((field) => LABELS[field].map((label) => [label, field] as const)));

/**
 * Whose record this is, said "<object> owner" in every CRM and in our three languages ("Opportunity
 * Owner", "业务机会所有人", "商機擁有者"), custom objects included.
 */
const OWNER_SUFFIX = /^.{1,30}(?: owner|所有人|所有者|擁有者|擁有人|负责人|負責人)$/u;

/** The field a label names, or null when it is none we read. */
export function fieldForLabel(label: string): RecordField | null {
  const normalised = normaliseLabel(label);
  return BY_LABEL.get(normalised) ?? (OWNER_SUFFIX.test(normalised) ? 'owner' : null);
}

/** A person's role on a deal (a contact role tile's "Role"), which a record's own fields would read as a job title. */
const PERSON_ROLE_LABELS = new Set(['role', 'contact role', 'buying role', '角色', '联系人角色', '聯絡人角色', '商机角色', '商機角色']);

export function isPersonRoleLabel(label: string): boolean {
  return PERSON_ROLE_LABELS.has(normaliseLabel(label));
}

