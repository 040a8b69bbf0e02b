import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { composeDraft, firstNameOf } from './drafts';

const mei = { name: 'Mei Lin Chen', company: 'Orchid Precision Manufacturing', headline: 'VP Operations at Orchid Precision Manufacturing', title: 'VP Operations', stage: 'prospect' as const };

describe('composeDraft', () => {
  it('writes a first touch around the contact’s likeliest pain and a SPIN question', () => {
    const draft = composeDraft({ playbook, locale: 'en', contact: mei, touched: false });
    expect(draft.templateId).toBe('first-touch');
    expect(draft.subject).toBe('Orchid Precision Manufacturing and manual production scheduling');
    expect(draft.body).toBe(
      'Hi Mei,\n\nI work with manufacturers on manual production scheduling. A quick question: Is production scheduling at Orchid Precision Manufacturing done by hand or in a system today?\n\nIf it is useful, I can share what similar teams changed and what it saved them.\n\nBest,',
    );
  });

  it('answers an objection with the first talk track and the clarifying question', () => {
    const draft = composeDraft({ playbook, locale: 'zh-Hans', contact: { ...mei, stage: 'negotiate' }, touched: true, objection: 'price', me: 'Sam' });
    expect(draft.templateId).toBe('objection-reply');
    expect(draft.body).toContain('可以先给一个团队上核心模块，分期付款');
    expect(draft.body).toContain('是预算有限制，还是不确定效果值这个价？');
    expect(draft.body.endsWith('Sam')).toBe(true);
  });

  it('moves to the contract on a buying signal', () => {
    expect(composeDraft({ playbook, locale: 'en', contact: mei, touched: true, signals: ['contract_process'] }).templateId).toBe('contract-now');
  });

  it.each([
    ['Mei Lin Chen', 'Mei'],
    ['王小明', '王小明'],
    ['  Daniel  Okafor ', 'Daniel'],
  ])('calls %s "%s"', (name, first) => {
    expect(firstNameOf(name)).toBe(first);
  });
});
