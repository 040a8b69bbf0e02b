/**
 * The tier after a demo they answered (DOMAIN.md § 2–3): past discovery, whose exit is the need confirmed by the
 * customer, someone who sat through the demo and wrote back with questions is no early contact (tier C) but B (need
 * clear, budget not yet confirmed). Not an email merely opened or a bare thanks, nor a demo nobody answered.
 */
import { describe, expect, it } from 'vitest';
import type { ContactId } from '../contacts/schema';
import { scoreBantAt, UNKNOWN_BANT } from '../engine/bant';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { readReply } from '../reader/read-reply';
import { advise } from './advise';
import type { SituationMessage } from './types';

/** Monday 7 December 2026, 10:00. */
const NOW = new Date(2026, 11, 7, 10).getTime();
const DAY = 86_400_000;

function judged(ours: string, theirs: string | null, locale: 'en' | 'zh-Hans' | 'zh-Hant') {
  const contact = { id: 'contact-demo' as ContactId, identities: ['test:demo'], sources: ['gmail' as const], name: locale === 'en' ? 'Marc Vidal' : '王芳', company: 'Castell Wines', stage: 'prospect' as const, stageChangedAt: NOW - 20 * DAY, createdAt: NOW - 20 * DAY, capturedAt: NOW - 20 * DAY };
  const at = NOW - 3 * DAY;
  const messages: SituationMessage[] = [{ direction: 'outbound', at: NOW - 4 * DAY, text: ours }, ...(theirs ? [{ direction: 'inbound' as const, at, text: theirs }] : [])];
  return advise({
    playbook, now: NOW, locale, contact, deal: null,
    conversation: { subject: 'Demo', messages },
    touches: [], lastWord: theirs ? { at, text: theirs, reading: readReply(theirs, at) } : null,
  }).situation;
}

describe('a demo held and answered: tier B', () => {
  it.each<[string, string, 'en' | 'zh-Hans' | 'zh-Hant']>([
    // (were tier C: the tier read only what the rep recorded before the quote)
    ['Hi Marc, thanks for your time at the demo today. The recording is attached.', 'Thanks, the team liked it. Does it work offline, and can it read our Sage data?', 'en'],
    ['王总您好，感谢今天参加产品演示，演示录像和资料见附件。', '谢谢，大家觉得不错。想问一下：离线能用吗？两个工厂上线要多久？', 'zh-Hans'],
    ['陳生你好，多謝今日抽時間睇產品展示，錄影同簡報已附上。', '多謝，同事都覺得幾好。想問下：冇網絡都用得嗎？兩間廠要幾耐先上到線？', 'zh-Hant'],
    ['陳經理您好，今天已做產品展示，簡報已附上，請參考。', '謝謝，想請問導入兩間工廠大概需要多久？', 'zh-Hant'],
  ])('%s → %s', (ours, theirs, locale) => {
    const situation = judged(ours, theirs, locale);
    expect(situation.stage.id).toBe('present');
    expect(situation.tier).toBe('B');
  });
  it.each<[string, string | null, 'en' | 'zh-Hans' | 'zh-Hant']>([
    // (an overview sent and a bare thanks: no demo held, an early contact still)
    ['Hi Marc, sharing a short overview of our cold chain sensors.', 'Thanks.', 'en'],
    ['王总您好，冒昧打扰，想介绍一下我们的冷链监控产品。', '收到，谢谢。', 'zh-Hans'],
    ['陳生你好，想同你介紹下我哋嘅冷鏈監控。', '唔該，有需要再搵你。', 'zh-Hant'],
    // (a demo nobody answered: what the rep recorded, nothing more)
    ['Hi Marc, thanks for your time at the demo today. The recording is attached.', null, 'en'],
    ['陳生你好，多謝今日抽時間睇產品展示，錄影同簡報已附上。', null, 'zh-Hant'],
  ])('%s → %s stays C', (ours, theirs, locale) => {
    expect(judged(ours, theirs, locale).tier).toBe('C');
  });
  it('what the rep recorded stands: a vague need stays C, no budget is B, and heard before presentation is no need shown', () => {
    expect(scoreBantAt({ ...UNKNOWN_BANT, need: 'vague' }, 'present', playbook, 'en', true).tier).toBe('C');
    expect(scoreBantAt(UNKNOWN_BANT, 'present', playbook, 'en', true).tier).toBe('B');
    expect(scoreBantAt(UNKNOWN_BANT, 'present', playbook, 'en', false).tier).toBe('C');
    expect(scoreBantAt(UNKNOWN_BANT, 'discover', playbook, 'zh-Hans', true).tier).toBe('C');
    expect(scoreBantAt({ ...UNKNOWN_BANT, need: 'none' }, 'present', playbook, 'zh-Hant', true)).toMatchObject({ tier: null, retire: true });
  });
});
