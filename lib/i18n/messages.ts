import type { Locale } from './locales';

/** UI strings. English is the reference: every key here must exist in every other language. */
const en = {
  'app.title': 'SOP Copilot',
  'app.language': 'Language',
  'status.noTab': 'No tab to follow. Open the panel from the toolbar beside a LinkedIn profile.',
  'status.idle': 'Open a LinkedIn profile and the contact appears here.',
  'status.reading': 'Reading the page…',
  'status.unsupported': 'Nothing to read on this page. Open a LinkedIn profile to see the contact.',
  'status.layoutNotRecognised': '{site} layout not recognised',
  'status.layoutNotRecognisedDetail': 'The page does not look like any {site} layout we know, so nothing was saved. Missing: {missing}. Reload the page; if it persists, the site changed and the extension needs an update.',
  'status.contactMissing': 'This contact was deleted.',
  'contact.headline': 'Headline',
  'contact.company': 'Company',
  'contact.title': 'Title',
  'contact.location': 'Location',
  'contact.profile': 'Profile',
  'contact.source': 'Source',
  'contact.captured': 'Captured',
  'contact.stage': 'SOP stage',
  'next.title': 'Next step',
  'next.reason': 'Why',
  'stage.prospect': 'Prospecting',
  'stage.qualify': 'Qualification',
  'stage.discover': 'Discovery',
  'stage.present': 'Solution presentation',
  'stage.negotiate': 'Quote and negotiation',
  'stage.close': 'Contract',
  'stage.deliver': 'Delivery and tracking',
  'stage.retain': 'After-sales and growth',
  'next.prospect.action': 'Make a first touch: a short connection note that names one pain of theirs.',
  'next.prospect.reason': 'New contact: prospecting ends once the source is recorded and a first touch is made.',
  'next.other.action': 'Work through the exit criteria of {stage}.',
  'next.other.reason': 'The contact is at {stage}; it moves on when its exit criteria are met.',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

const zhHans: Messages = {
  'app.title': 'SOP 销售助手',
  'app.language': '语言',
  'status.noTab': '没有可跟随的标签页。请在领英个人资料页旁从工具栏打开侧边栏。',
  'status.idle': '打开领英个人资料页，联系人会显示在这里。',
  'status.reading': '正在读取页面…',
  'status.unsupported': '此页面没有可读取的内容。打开领英个人资料页即可查看联系人。',
  'status.layoutNotRecognised': '无法识别 {site} 页面布局',
  'status.layoutNotRecognisedDetail': '该页面与我们已知的 {site} 布局都不相符，因此未保存任何内容。缺少：{missing}。请刷新页面；如仍出现，说明网站已改版，需要更新扩展。',
  'status.contactMissing': '该联系人已被删除。',
  'contact.headline': '简介',
  'contact.company': '公司',
  'contact.title': '职位',
  'contact.location': '所在地',
  'contact.profile': '主页',
  'contact.source': '来源',
  'contact.captured': '采集时间',
  'contact.stage': 'SOP 阶段',
  'next.title': '下一步',
  'next.reason': '原因',
  'stage.prospect': '客户开发',
  'stage.qualify': '线索筛选',
  'stage.discover': '需求挖掘',
  'stage.present': '方案呈现',
  'stage.negotiate': '报价与谈判',
  'stage.close': '合同签订',
  'stage.deliver': '订单处理与跟踪',
  'stage.retain': '售后服务与客户维护',
  'next.prospect.action': '完成首次接触：发一条简短的邀请附言，点出对方的一个痛点。',
  'next.prospect.reason': '新联系人：记录来源并完成首次接触后，客户开发阶段即告完成。',
  'next.other.action': '逐项完成「{stage}」阶段的退出标准。',
  'next.other.reason': '该联系人处于「{stage}」阶段；满足退出标准后进入下一阶段。',
};

const zhHant: Messages = {
  'app.title': 'SOP 銷售助手',
  'app.language': '語言',
  'status.noTab': '沒有可跟隨的分頁。請在領英個人檔案頁旁從工具列開啟側邊欄。',
  'status.idle': '開啟領英個人檔案頁，聯絡人會顯示在這裡。',
  'status.reading': '正在讀取頁面…',
  'status.unsupported': '此頁面沒有可讀取的內容。開啟領英個人檔案頁即可查看聯絡人。',
  'status.layoutNotRecognised': '無法識別 {site} 頁面版面',
  'status.layoutNotRecognisedDetail': '該頁面與我們已知的 {site} 版面都不相符，因此未儲存任何內容。缺少：{missing}。請重新整理頁面；如仍出現，表示網站已改版，需要更新擴充功能。',
  'status.contactMissing': '該聯絡人已被刪除。',
  'contact.headline': '簡介',
  'contact.company': '公司',
  'contact.title': '職稱',
  'contact.location': '所在地',
  'contact.profile': '個人檔案',
  'contact.source': '來源',
  'contact.captured': '擷取時間',
  'contact.stage': 'SOP 階段',
  'next.title': '下一步',
  'next.reason': '原因',
  'stage.prospect': '客戶開發',
  'stage.qualify': '線索篩選',
  'stage.discover': '需求挖掘',
  'stage.present': '方案呈現',
  'stage.negotiate': '報價與談判',
  'stage.close': '合約簽訂',
  'stage.deliver': '訂單處理與追蹤',
  'stage.retain': '售後服務與客戶維護',
  'next.prospect.action': '完成首次接觸：發一則簡短的邀請附言，點出對方的一個痛點。',
  'next.prospect.reason': '新聯絡人：記錄來源並完成首次接觸後，客戶開發階段即告完成。',
  'next.other.action': '逐項完成「{stage}」階段的退出標準。',
  'next.other.reason': '該聯絡人處於「{stage}」階段；滿足退出標準後進入下一階段。',
};

export const MESSAGES: Record<Locale, Messages> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };

/**
 * A UI string in the given language with `{name}` placeholders filled.
 *
 * @example translate('en', 'status.layoutNotRecognised', { site: 'LinkedIn' }) // 'LinkedIn layout not recognised'
 */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string> = {}): string {
  return MESSAGES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
