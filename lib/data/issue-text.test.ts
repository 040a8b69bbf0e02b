import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULT_PLAYBOOK } from '../playbook/default-playbook';
import { importPlaybook } from '../playbook/import-export';
import type { Locale } from '../i18n/locales';
import { parseJsonFile } from './json-file';

const schema = z.object({
  contacts: z.array(
    z.object({
      name: z.string().min(1),
      email: z.email().optional(),
      stage: z.enum(['prospect', 'qualify']),
      identities: z.array(z.string()).min(1),
      phone: z.string().max(5).optional(),
    }),
  ),
  cadence: z.object({ touches: z.number().int().positive(), perDays: z.number() }),
});

const problems = (value: unknown, locale: Locale) => {
  const result = parseJsonFile(JSON.stringify(value), schema, { locale });
  return result.ok ? [] : result.problems;
};

describe('import problems in the rep’s language, naming the field in their words, path kept', () => {
  const file = {
    contacts: [{ email: 'nope', stage: 'won', identities: [], phone: '+44 20 7946 0000' }],
    cadence: { touches: 1.5, perDays: 'weekly' },
  };

  it.each<[Locale, string[]]>([
    [
      'en',
      [
        'contacts[0].name: Name: missing.',
        'contacts[0].email: Email address: “nope” is not a valid email address.',
        'contacts[0].stage: Stage: “won” is not one of prospect, qualify.',
        'contacts[0].identities: Identities (profile links, email addresses): empty.',
        'contacts[0].phone: Phone number: longer than 5 characters.',
        'cadence.touches: Number of touches of the cadence: should be a whole number.',
        'cadence.perDays: Number of days of the cadence: should be a number.',
      ],
    ],
    [
      'zh-Hans',
      [
        'contacts[0].name: 缺少名称。',
        'contacts[0].email: 邮箱“nope”不是有效的邮箱地址。',
        'contacts[0].stage: 阶段“won”不在可选值之中：prospect, qualify。',
        'contacts[0].identities: 身份标识（主页链接、邮箱）为空。',
        'contacts[0].phone: 电话超过了 5 个字符。',
        'cadence.touches: 节奏中的跟进次数应为整数。',
        'cadence.perDays: 节奏天数应为数字。',
      ],
    ],
    [
      'zh-Hant',
      [
        'contacts[0].name: 缺少名稱。',
        'contacts[0].email: 電子郵件「nope」不是有效的電子郵件地址。',
        'contacts[0].stage: 階段「won」不在可用的值之中：prospect, qualify。',
        'contacts[0].identities: 身分識別（個人檔案連結、電子郵件）是空的。',
        'contacts[0].phone: 電話超過了 5 個字元。',
        'cadence.touches: 節奏中的跟進次數應為整數。',
        'cadence.perDays: 節奏天數應為數字。',
      ],
    ],
  ])('%s', (locale, expected) => {
    expect(problems(file, locale)).toEqual(expected);
  });

  it('says a file is not JSON in the rep’s language', () => {
    const result = parseJsonFile('{"a": ', schema, { locale: 'zh-Hant' });
    expect(!result.ok && result.problems[0]).toMatch(/^檔案不是有效的 JSON（.+）。/);
  });

  it('names the file itself when the whole file is wrong', () => {
    const result = parseJsonFile('[]', schema, { locale: 'zh-Hans' });
    expect(!result.ok && result.problems).toEqual(['（文件）: 文件应为一组字段。']);
  });

  it('never shows zod’s English in a Chinese playbook import', () => {
    const edited = structuredClone(DEFAULT_PLAYBOOK) as unknown as { stages: Record<string, unknown>[]; tiers: { cadence: { touches: number } }[] };
    delete edited.stages[3]?.exitCriteria;
    if (edited.tiers[0]) edited.tiers[0].cadence.touches = 0;
    const result = importPlaybook(JSON.stringify(edited), 'zh-Hant');
    expect(!result.ok && result.problems).toEqual(['stages[3].exitCriteria: 缺少完成標準。', 'tiers[0].cadence.touches: 節奏中的跟進次數必須大於 0。']);
  });
});
