import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales';
import { STAGE_IDS } from '../sop/stages';
import { buildPlaybook } from './default/build';
import data from './default/playbook.json';
import { source } from './default/source';
import { toTraditional } from './default/to-traditional';
import { DEFAULT_PLAYBOOK } from './default-playbook';
import { exportPlaybook, importPlaybook } from './import-export';
import { OBJECTION_IDS, playbookSchema } from './schema';

/** Every `{en, zh-Hans, zh-Hant}` in a tree, with its path. */
function localizedTexts(node: unknown, path = ''): [string, Record<string, unknown>][] {
  if (Array.isArray(node)) return node.flatMap((item, i) => localizedTexts(item, `${path}[${i}]`));
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  if ('en' in record && 'zh-Hans' in record) return [[path, record]];
  return Object.entries(record).flatMap(([key, value]) => localizedTexts(value, path ? `${path}.${key}` : key));
}

describe('default playbook', () => {
  it('validates against the playbook schema', () => {
    expect(playbookSchema.safeParse(data).success).toBe(true);
  });

  it('is up to date with its authoring source (run `npx tsx scripts/build-playbook.ts`)', () => {
    const rebuilt = buildPlaybook(source, toTraditional);
    expect(rebuilt).toEqual(data);
  });

  it('has every text in every language, with the same placeholders', () => {
    const texts = localizedTexts(DEFAULT_PLAYBOOK);
    expect(texts.length).toBeGreaterThan(300);
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [path, text] of texts) {
      for (const locale of LOCALES) expect(typeof text[locale] === 'string' && (text[locale]).trim(), `${path}.${locale}`).toBeTruthy();
      expect(placeholders(String(text['zh-Hans'])), path).toEqual(placeholders(String(text.en)));
      expect(placeholders(String(text['zh-Hant'])), path).toEqual(placeholders(String(text.en)));
    }
  });

  it('writes Chinese with full-width punctuation', () => {
    for (const [path, text] of localizedTexts(DEFAULT_PLAYBOOK)) {
      expect(String(text['zh-Hans']), path).not.toMatch(/[\u4e00-\u9fff][,?;!]|[,?;!][\u4e00-\u9fff]/);
    }
  });

  it('covers the 8 stages, the 12 objection categories and 10 industries × 7 roles', () => {
    expect(DEFAULT_PLAYBOOK.stages.map((s) => s.id)).toEqual([...STAGE_IDS]);
    expect(DEFAULT_PLAYBOOK.objections.map((o) => o.id).sort()).toEqual([...OBJECTION_IDS].sort());
    const { industries, roles, pains } = DEFAULT_PLAYBOOK.spin;
    expect(industries.length).toBeGreaterThanOrEqual(10);
    expect(roles.length).toBe(7);
    for (const industry of industries) {
      for (const role of roles) {
        const fitting = pains.filter((p) => (p.industries.includes('*') || p.industries.includes(industry.id)) && p.roles.includes(role.id));
        expect(fitting.length, `${industry.id} × ${role.id}`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('gives every objection response a unique talk-track id', () => {
    const tracks = DEFAULT_PLAYBOOK.objections.flatMap((o) => o.responses.map((r) => r.trackId));
    expect(new Set(tracks).size).toBe(tracks.length);
  });
});

describe('playbook import and export', () => {
  it('round-trips', () => {
    const result = importPlaybook(exportPlaybook(DEFAULT_PLAYBOOK));
    expect(result).toEqual({ ok: true, playbook: DEFAULT_PLAYBOOK });
  });

  it('lists every problem by path and applies nothing', () => {
    const edited = structuredClone(DEFAULT_PLAYBOOK) as unknown as { stages: Record<string, unknown>[]; tiers: { cadence: { touches: number } }[] };
    delete edited.stages[3]?.exitCriteria;
    if (edited.tiers[0]) edited.tiers[0].cadence.touches = -1;
    const result = importPlaybook(JSON.stringify(edited));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContain('stages[3].exitCriteria: Exit criteria: missing.');
    expect(result.problems.some((p) => p.startsWith('tiers[0].cadence.touches:'))).toBe(true);
  });

  it('reports a missing translation', () => {
    const edited = structuredClone(DEFAULT_PLAYBOOK) as unknown as { objections: { name: Record<string, string> }[] };
    if (edited.objections[2]) edited.objections[2].name['zh-Hant'] = ' ';
    const result = importPlaybook(JSON.stringify(edited));
    expect(!result.ok && result.problems.some((p) => p.startsWith('objections[2].name.zh-Hant:'))).toBe(true);
  });

  it.each([
    ['not json', '{"format": '],
    ['another file', '{"hello": "world"}'],
    ['an empty file', ''],
  ])('rejects %s with a message', (_, text) => {
    const result = importPlaybook(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.length).toBeGreaterThan(0);
  });
});
