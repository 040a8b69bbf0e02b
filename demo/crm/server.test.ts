import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standInFetch } from './node-fetch';
import { startCrmStandIns, type CrmStandIns } from './server';

describe('the stand-ins’ scripted faults', () => {
  let crm: CrmStandIns;
  beforeAll(async () => {
    crm = await startCrmStandIns();
  }, 60_000);
  afterAll(() => crm.close());

  const readOwners = () => standInFetch(crm.port)('https://api.hubapi.com/crm/v3/owners', { method: 'GET', headers: { authorization: 'Bearer pat-na1-good-token' } });

  it('answers one request per fault, and a repeating one every request until lifted', async () => {
    crm.reset();
    crm.script('hubspot', { kind: 'status', status: 500 });
    expect((await readOwners()).status).toBe(500);
    expect((await readOwners()).status).not.toBe(500);

    crm.script('hubspot', { kind: 'status', status: 429, retryAfter: '1', repeat: true }, { kind: 'status', status: 503 });
    for (let i = 0; i < 3; i++) {
      const refused = await readOwners();
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('1');
    }
    crm.lift('hubspot');
    // Lifting ends only the repeating fault: the one-off scripted after it still comes, once.
    expect((await readOwners()).status).toBe(503);
    expect((await readOwners()).status).not.toBe(503);
  });
});
