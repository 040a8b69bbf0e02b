import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { shippedTexts } from './shipped-texts';

/**
 * Words a Taiwan reader takes for mainland usage or a machine conversion, with what Taiwan
 * says. Every zh-Hant text the product ships is checked against it (messages, engine sentences,
 * the built-in playbook after OpenCC and lib/playbook/default/taiwan-usage.ts, the drill).
 */
const MAINLAND_TERMS: Record<string, string> = {
  質量: '品質',
  跟蹤: '追蹤',
  合同: '合約',
  模板: '範本',
  渠道: '管道 or 通路',
  季度: '季',
  質保: '保固',
  超時: '逾時',
  賬: '帳',
  信息: '資訊',
  數據: '資料',
  默認: '預設',
  缺省: '預設',
  軟件: '軟體',
  硬件: '硬體',
  視頻: '影片',
  項目: '專案',
  文檔: '文件',
  文件夾: '資料夾',
  用戶: '使用者',
  網絡: '網路',
  優化: '最佳化 or 改善',
  線索: '潛在客戶',
  領英: 'LinkedIn',
  郵箱: '電子郵件',
  訪問: '存取',
  大模型: 'LLM or 大型語言模型',
  接口: 'API',
  介面地址: '網址',
  鏈接: '連結',
  設置: '設定',
  登錄: '登入',
  屏幕: '螢幕',
  服務器: '伺服器',
  菜單: '選單',
  搜索: '搜尋',
  反饋: '回報 or 意見回饋',
  激活: '啟用',
  內存: '記憶體',
  打印: '列印',
  兼容: '相容',
  運營: '營運',
  領導: '主管',
  對接: '串接',
  限流: '限制請求頻率',
  文本: '文字',
  可選: '選用 or 選填',
  拿不準: '不確定',
  生成: '產生',
  // OpenCC splitting a word wrongly.
  擴充套件: '擴充 or 擴大導入 (it is not a software extension)',
  一齣現: '一出現',
  已籤: '已簽',
  併發出: '並發出',
  平臺: '平台',
};

/**
 * One word per concept in each Chinese UI (the glossary in README § i18n): the variants a
 * translator reaches for, with the word the product settled on. Checked on every shipped text.
 */
const OFF_GLOSSARY: Record<'zh-Hans' | 'zh-Hant', Record<string, string>> = {
  'zh-Hans': {
    触达: '跟进 (a touch), 首次接触 (the first one)',
    丢单: '输单',
    剧本: '销售手册',
    退出标准: '完成标准',
    线索评估: '线索筛选',
    领英个人资料: '领英个人主页',
    'SOP Copilot': 'SOP 销售助手',
    '「': '“ (mainland quotation marks)',
    '」': '”',
  },
  'zh-Hant': {
    觸達: '跟進 (a touch), 首次接觸 (the first one)',
    丟單: '輸單',
    劇本: '銷售手冊',
    退出標準: '完成標準',
    潛在客戶評估: '潛在客戶篩選',
    聯繫: '聯絡',
    追蹤聯繫: '跟進',
    'SOP Copilot': 'SOP 銷售助手',
  },
};

/**
 * Characters OpenCC would convert that Taiwan writes as they are, each in a reviewed word:
 * 核准, 游標, 漏斗, 平台, 里程碑, 划算. Any other character OpenCC changes in a zh-Hant text is
 * a Simplified leftover; in zh-Hans, 么 (什么) is the standard form OpenCC maps to 幺.
 */
const SHARED_CHARACTERS: Record<'zh-Hans' | 'zh-Hant', string> = { 'zh-Hant': '准游斗台里划', 'zh-Hans': '么' };

const CONVERTERS = { 'zh-Hant': OpenCC.Converter({ from: 'cn', to: 'tw' }), 'zh-Hans': OpenCC.Converter({ from: 'tw', to: 'cn' }) };

/** The Han characters of a text that belong to the other script (OpenCC converts them), each once. */
function otherScript(text: string, locale: 'zh-Hans' | 'zh-Hant'): string[] {
  const convert = CONVERTERS[locale];
  return [...new Set(text.match(/\p{Script=Han}/gu) ?? [])].filter((c) => convert(c) !== c && !SHARED_CHARACTERS[locale].includes(c));
}

/** Arguments whose value is Latin or a number: they take a space next to Han, like any Latin word. */
const LATIN_ARGUMENTS = new Set(['count', 'months', 'days', 'hours', 'seconds', 'total', 'done', 'correct', 'contacts', 'touches', 'site', 'host', 'crm', 'file', 'model', 'status', 'mask', 'date', 'last', 'every', 'respond', 'workaround', 'fix', 'confidence', 'tier', 'minimum', 'maximum', 'amount', 'monthly', 'n']);

/** The text with `{…}` arguments (and plurals) replaced: `X` when Latin, else a neutral mark. */
function withoutArguments(text: string): string {
  let out = text;
  for (let i = 0; i < 3; i += 1) out = out.replace(/\{(\w+)(?:,[^{}]*(?:\{[^{}]*\}[^{}]*)*)?\}/g, (_, name: string) => (LATIN_ARGUMENTS.has(name) ? 'X' : '□'));
  return out;
}

const HAN = /\p{Script=Han}/u;

/** What breaks the punctuation and spacing rules in one Chinese text, empty when nothing does. */
export function punctuationProblems(raw: string, locale: 'zh-Hans' | 'zh-Hant'): string[] {
  if (!HAN.test(raw)) return [];
  const text = withoutArguments(raw);
  const problems: string[] = [];
  const find = (pattern: RegExp, what: string) => {
    for (const m of text.matchAll(pattern)) problems.push(`${what}: …${text.slice(Math.max(0, m.index - 6), m.index + m[0].length + 6)}…`);
  };
  find(/\p{Script=Han}[,:;?!]|[,;?!]\p{Script=Han}/gu, 'ASCII punctuation beside Chinese (use ，：；？！)');
  find(/[()]/g, 'ASCII bracket in Chinese text (use （）)');
  find(/\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/gu, 'no space between Latin or a number and Chinese');
  find(/\S +[，。：；？！、）」』]|[（「『，。：；？！、] +\S/gu, 'space beside full-width punctuation');
  if (locale === 'zh-Hant') find(/[“”‘’]/g, 'curly quotes in Traditional Chinese (use 「」 and 『』)');
  const pairs: [string, string][] = [
    ['（', '）'],
    ['「', '」'],
    ['『', '』'],
    ['“', '”'],
    ['《', '》'],
  ];
  for (const [open, close] of pairs) {
    let depth = 0;
    for (const char of text) {
      if (char === open) depth += 1;
      else if (char === close && --depth < 0) break;
    }
    if (depth !== 0) problems.push(`unbalanced ${open}${close}`);
  }
  return problems;
}

describe('Traditional Chinese reads as Taiwan usage', () => {
  const texts = shippedTexts('zh-Hant');

  it('scans the messages, the dashboard, the engine, the playbook, the field names and the drill', () => {
    expect(new Set(texts.map((t) => t.where.split(' ')[0]))).toEqual(new Set(['messages', 'dashboard', 'engine', 'field', 'playbook', 'drill']));
  });

  it('has no mainland term or mis-conversion', () => {
    const found = texts.flatMap(({ where, text }) =>
      Object.entries(MAINLAND_TERMS)
        .filter(([term]) => text.includes(term))
        .map(([term, taiwan]) => `${where}: ${term} → ${taiwan} in “${text.slice(0, 60)}”`),
    );
    expect(found).toEqual([]);
  });
});

describe.each(['zh-Hans', 'zh-Hant'] as const)('%s says each concept one way and in its own script', (locale) => {
  const texts = shippedTexts(locale);

  it('uses the glossary’s word for each concept', () => {
    const found = texts.flatMap(({ where, text }) =>
      Object.entries(OFF_GLOSSARY[locale])
        .filter(([variant]) => text.includes(variant))
        .map(([variant, word]) => `${where}: ${variant} → ${word} in “${text.slice(0, 60)}”`),
    );
    expect(found).toEqual([]);
  });

  it('addresses the rep as 你 (您 is for the prospect, in the playbook’s talk tracks and drafts)', () => {
    const found = texts.filter(({ where, text }) => /^(messages|dashboard|engine|field) /.test(where) && text.includes('您')).map(({ where }) => where);
    expect(found).toEqual([]);
  });

  it('has no character of the other script', () => {
    const leftovers = otherScript(texts.map(({ text }) => text).join(''), locale);
    expect(leftovers.map((c) => `${c} in ${texts.find(({ text }) => text.includes(c))?.where ?? '?'}`)).toEqual([]);
  });
});

describe('otherScript', () => {
  it.each([
    ['zh-Hant', '我們的资料已匯出', ['资']],
    ['zh-Hans', '我们的資料已导出', ['資']],
    ['zh-Hant', '核准、游標、漏斗、平台、里程碑、划算', []],
  ] as const)('in %s finds what OpenCC would convert in %s', (locale, text, found) => {
    expect(otherScript(text, locale)).toEqual(found);
  });
});

/**
 * The rules both Chinese UIs follow: full-width ，：；？！（） in Chinese text (an ASCII colon is
 * fine after Latin, as in a path `contacts[1].name: `); one space between Han and Latin words or
 * numbers (`SOP 銷售助手`, `3 個月`), none beside full-width punctuation; brackets and quotes
 * balanced; 「」 in Traditional Chinese.
 */
describe.each(['zh-Hans', 'zh-Hant'] as const)('%s punctuation and Latin–Han spacing', (locale) => {
  it('follows the rules everywhere', () => {
    const found = shippedTexts(locale).flatMap(({ where, text }) => punctuationProblems(text, locale).map((problem) => `${where}: ${problem}`));
    expect(found).toEqual([]);
  });
});

describe('punctuationProblems', () => {
  it.each([
    ['原因: 預算', 'ASCII punctuation'],
    ['需要 en、zh-Hans 和 zh-Hant)', 'ASCII bracket'],
    ['SOP銷售助手', 'no space'],
    ['共{count}位', 'no space'],
    ['刪除 {name} ？', 'space beside'],
    ['「未關', 'unbalanced'],
    ['他說“好”', 'curly quotes'],
  ])('flags %s', (text, problem) => {
    expect(punctuationProblems(text, 'zh-Hant').join('\n')).toContain(problem);
  });

  it.each(['SOP 銷售助手', '共 {count} 位聯絡人', '了解{fact}：「{question}」', '{count, plural, other {# 位}}', 'contacts[1].name: 缺少名稱。'])('accepts %s', (text) => {
    expect(punctuationProblems(text, 'zh-Hant')).toEqual([]);
  });
});
