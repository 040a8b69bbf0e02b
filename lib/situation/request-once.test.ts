/** What they ask of us is read once per judgment: the stage, the action and the draft share that one reading. */
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { readReply } from '../reader/read-reply';
import { advise } from './advise';
import * as request from './request';

vi.mock('./request', async (load) => {
  const actual = await load<typeof import('./request')>();
  return { ...actual, findRequest: vi.fn(actual.findRequest) };
});

describe('findRequest', () => {
  it('runs once for a judgment and its draft, and the draft sends what they asked for', () => {
    const now = new Date(2026, 11, 4, 10).getTime();
    const at = now - 3_600_000;
    const text = 'Looks good to us. Can you send over the MSA so legal can start on it?';
    const spy = vi.mocked(request.findRequest);
    spy.mockClear();
    const { situation, draft } = advise({
      playbook,
      now,
      locale: 'en',
      contact: { name: 'Ana Souza', company: 'Vale Foods', stage: 'negotiate', createdAt: now - 40 * 86_400_000, sources: ['gmail'] },
      deal: null,
      conversation: { subject: 'Quote', messages: [{ direction: 'outbound', at: now - 3 * 86_400_000, text: 'Hi Ana, the quote is attached.' }, { direction: 'inbound', at, text }] },
      touches: [],
      lastWord: { at, text, reading: readReply(text, at) },
    });
    expect(situation.action.kind).toBe('move_to_contract');
    expect(situation.request).toMatch(/send over the MSA/);
    expect(draft.templateId).toBe('contract-request');
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
