import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readLabelled } from '../../scripts/eval-classifier';
import { HOSTILE_COPIES } from '../../scripts/hostile-copies';
import { measure, readExamples } from '../../scripts/train-reader';
import { OBJECTION_IDS } from '../playbook/ids';
import { classifyReply, readerModel } from './classify-reply';
import { NearestExamples } from './nearest';
import { readerInput } from './reader-input';

const data = (file: string) => new URL(`../../tests/data/${file}`, import.meta.url);

describe('classifyReply', () => {
  it.each([
    ['Honestly the price is too high for us.', 'price', 'en'],
    ['今年没有预算了。', 'budget', 'zh-Hans'],
    ['預算已經凍結了,下半年不會再批新專案。', 'budget', 'zh-Hant'],
    ['我得请示领导', 'authority', 'zh-Hans'],
    ['Just send me some material.', 'brush_off', 'en'],
    ['和我们现有系统不兼容。', 'fit', 'zh-Hans'],
    ['付款方式和违约条款不行', 'contract', 'zh-Hans'],
    ['現在用 Excel 也挺好的。', 'status_quo', 'zh-Hant'],
    ['Never heard of you, what if the go-live fails?', 'trust', 'en'],
    ['这个 ROI 我看不到,不确定效果', 'value', 'zh-Hans'],
  ])('%s → %s', (text, category, language) => {
    const result = classifyReply(text);
    expect(result.category).toBe(category);
    expect(result.language).toBe(language);
    expect(result.confidence).toBeGreaterThanOrEqual(0.5);
  });

  // DOMAIN.md § 5, where categories meet.
  it.each([
    ["I'm slammed this week, can't talk", 'timing'],
    ['bad time, driving', 'timing'],
    ['We already have a provider for that.', 'competitor'],
    ["we're locked into a contract with Oracle until 2027", 'competitor'],
    ['I can get the same thing cheaper elsewhere', 'competitor'],
    ['Let me think it over.', 'brush_off'],
    ['考虑一下吧', 'brush_off'],
    ['不值', 'value'],
    ['太贵', 'price'],
    ['Could we do a 12 month term instead of 36?', 'contract'],
    ['We need a cap on the yearly price increase', 'contract'],
    ['We don’t have that problem here.', 'need'],
  ])('reads the boundary case %s as %s', (text, category) => {
    expect(classifyReply(text).category).toBe(category);
  });

  // Issue 14, round 22: kinds an outside set of other people's replies missed (worth judged against free
  // tools, a relative calling it fake, fit told as a rule of their own, a currency or licence change, a
  // plain question about a language), read with a reading the card shows (≥ 0.6); beside them the near
  // misses that keep their category (another vendor cheaper, too dear, a language they need and lack).
  it.each([
    ["The free apps do the job, I'm not paying for this.", 'value'],
    ["My brother says it's a scam.", 'trust'],
    ['免费的工具就够用了，付费不值得', 'value'],
    ['免費的就夠用，付錢不值', 'value'],
    ['阮阿嬤講這攏是假的', 'trust'],
    ['有繁体版本吗？', 'none'],
    ['能按整个公司买一个授权吗，不按人头', 'contract'],
    ['可以用新台幣付嗎？', 'contract'],
    ['Another vendor quoted us less for the same thing.', 'competitor'],
    ['This is way too expensive.', 'price'],
    ['别家报价更便宜', 'competitor'],
    ['太貴喇', 'price'],
    ['We need Traditional Chinese and you only have Simplified.', 'fit'],
  ])('reads the outside kind %s as %s', (text, category) => {
    const result = classifyReply(text);
    expect(result.category).toBe(category);
    expect(result.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('leaves out a subject set aside: "price is not the issue, timing is" is timing, not price', () => {
    for (const text of ['Price is not the issue, timing is.', 'price is not the issue timing is', '价格不是问题,主要是时间上来不及']) {
      const result = classifyReply(text);
      expect(result.category, text).toBe('timing');
      expect(result.objections.map((o) => o.category), text).not.toContain('price');
    }
  });

  it.each([
    ['Price is fine. Let us talk about the rollout plan.'],
    ['Budget is approved, we are ready to move forward.'],
    ['Thanks for the demo yesterday, the team loved it.'],
    ['Are you free Tuesday at 3 for a call?'],
    ['预算已经批下来了,下周可以签'],
  ])('finds no objection in %s', (text) => {
    expect(classifyReply(text).category).toBe('none');
  });

  it('reports another objection voiced in a sentence of its own, each with its words', () => {
    const text = 'Honestly it is way too expensive for us. Also we already use Zoho for all of this.';
    const result = classifyReply(text);
    expect(result.objections.map((o) => o.category).sort()).toEqual(['competitor', 'price']);
    for (const o of result.objections) expect(text.slice(o.evidence.start, o.evidence.end)).toBe(o.evidence.text);
  });

  it('quotes the sentence that carries the objection', () => {
    const text = 'Thanks for the call on Monday.\nWe just do not have the budget this year.\nBest, Ann';
    const result = classifyReply(text);
    expect(result.category).toBe('budget');
    expect(result.evidence?.text).toBe('We just do not have the budget this year.');
  });

  it('ignores quoted history and signatures', () => {
    const reply = 'Sounds great, talk soon.\n\n--\nMaria\nBudget & Cost Control\n\nOn Tue, Mar 5 Li wrote:\n> Too expensive? No budget?';
    expect(classifyReply(reply).category).toBe('none');
  });

  it('says when it is unsure, with its two best readings', () => {
    // Two concerns in one question (does it read our file; who else uses it): no one reading is right.
    const torn = classifyReply('does it read the bank file if the dates are in a different format, and who else uses it?');
    expect(torn.unsure).toBe(true);
    expect(torn.readings[0]?.category).not.toBe(torn.readings[1]?.category);
    expect(torn.readings[0]?.confidence).toBeGreaterThanOrEqual(torn.readings[1]?.confidence ?? 1);
    expect(torn.confidence < 0.6 || (torn.readings[0]?.confidence ?? 0) - (torn.readings[1]?.confidence ?? 0) < 0.2).toBe(true);
  });

  it.each([
    ['Not sure about the timing and the price.', ['price', 'timing']],
    ['Too pricey. And we already use Zoho.', ['competitor', 'price']],
    ['No budget this year and no time either', ['budget', 'timing']],
    ['时间不合适,价格也贵', ['price', 'timing']],
  ])('reads two concerns in one reply (%s) as two readings, neither sure', (text, both) => {
    const read = classifyReply(text);
    expect(read.unsure).toBe(true);
    expect(read.confidence).toBeLessThanOrEqual(0.55);
    expect(read.readings.slice(0, 2).map((r) => r.category).sort()).toEqual([...both].sort());
    expect(read.objections.map((o) => o.category).sort()).toEqual([...both].sort());
  });

  it('scores a sentence from its clauses as it scores the sentence alone (one pass serves both)', () => {
    const model = readerModel();
    const { folded, skip } = readerInput('Bad timing, and honestly it is a bit pricey for us');
    const scores = model.score(folded, skip);
    const cut = folded.indexOf(', and');
    const [whole] = model.scoreParts(scores, [[0, folded.length]]);
    const joined = model.joinParts(model.partSums(scores, [[0, cut], [cut, folded.length]]));
    expect([...model.partLogits(joined)].map((x) => x.toFixed(9))).toEqual([...(whole?.logits ?? [])].map((x) => x.toFixed(9)));
    expect(joined.known).toBe(whole?.known);
  });

  it('keeps one sure reading when the other clause only closes the reply ("so no", "thanks")', () => {
    expect(classifyReply("Doesn't work with our ERP, so no.").readings[0]?.category).toBe('fit');
    const one = classifyReply('Thanks, and have a great weekend. Too pricey for us though.');
    expect(one.category).toBe('price');
    expect(one.unsure).toBe(false);
  });

  it('never claims to be sure of words it does not know', () => {
    expect(classifyReply('Krzysztof Wąsowski-Blumenthal').confidence).toBeLessThanOrEqual(0.35);
    expect(classifyReply('👍').category).toBe('none');
    expect(classifyReply('贵').confidence).toBeLessThan(0.8);
    expect(classifyReply('贵').category).toBe('price');
  });

  it('follows a labelled reply close to the one read (a correction), and no other', () => {
    const examples = new NearestExamples([{ text: 'We already work with Acme on all our payroll.', category: 'status_quo', source: 'correction', at: 1 }]);
    const near = classifyReply('we already work with Globex on all our payroll', { examples });
    expect(near.category).toBe('status_quo');
    expect(near.source).toBe('correction');
    expect(near.unsure).toBe(false);
    const far = classifyReply('Too expensive for a team our size.', { examples });
    expect(far.category).toBe('price');
    expect(far.source).toBe('model');
  });

  // Every labelled reply times every copy: 3 s alone, past the default 30 s on a shared machine at load 14.
  it('reads a hostile or broken copy of every labelled reply as the reply itself', () => {
    const replies = readdirSync(data('')).filter((f) => f.startsWith('objections-') && f.endsWith('.tsv')).flatMap((f) => readLabelled(data(f))).map((row) => row.text);
    for (const [name, copy] of Object.entries(HOSTILE_COPIES)) {
      const differing = replies.filter((text) => classifyReply(copy(text)).category !== classifyReply(text).category).map((text) => copy(text));
      expect(differing, name).toEqual([]);
    }
  }, 120_000);

  it('is right on the sets never trained on, and right when it says 0.8 or more', () => {
    const rows = ['objections-final.tsv', 'objections-final2.tsv'].flatMap((f) => readExamples(new URL(data(f)).pathname));
    const m = measure(rows, (text) => classifyReply(text));
    expect(m.macroF1).toBeGreaterThanOrEqual(0.95);
    expect(m.sureAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['firstlook-real-like.tsv', 'firstlook-voices2.tsv', 'firstlook-voices3.tsv', 'firstlook-voices4.tsv', 'firstlook-voices5.tsv', 'firstlook-voices6.tsv'])('reads %s (voices it was not written in, never trained on) right ≥ 0.90, and ≥ 0.9 when it says 0.8 or more', (file) => {
    const m = measure(readExamples(new URL(data(file)).pathname), (text) => classifyReply(text));
    expect(m.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(m.sureAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('ships a model of every category, under 400 kB gzipped', () => {
    const json = readFileSync(new URL('./model.json', import.meta.url));
    expect(gzipSync(json).length).toBeLessThan(400 * 1024);
    expect((JSON.parse(json.toString()) as { classes: string[] }).classes).toEqual([...OBJECTION_IDS, 'none']);
  });

  it('gives the same answer every time', () => {
    const text = 'We are comparing you with two other vendors at the moment.';
    expect(classifyReply(text)).toEqual(classifyReply(text));
  });
});
