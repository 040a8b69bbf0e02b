import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SopDatabase } from '../db/database';
import { saveConnection, setConsent } from './connections';

let db: SopDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  db = new SopDatabase(`connections-${String(Math.random())}`);
});

describe('reconnecting to a CRM', () => {
  it('keeps the consent given when the rep reconnects to the same place with a new token', async () => {
    await saveConnection(db, 'zoho', 'https://www.zohoapis.com', 'old', 'Sam (Nordwind)', 1_000);
    await setConsent(db, 'zoho', true, 2_000);
    await saveConnection(db, 'zoho', 'https://www.zohoapis.com', 'new', 'Sam (Nordwind)', 3_000);
    expect(await db.crmConnections.get('zoho')).toMatchObject({ consent: true, consentAt: 2_000, connectedAt: 1_000 });
  });

  it('asks for the preview again when the writes would go to another host or another account', async () => {
    await saveConnection(db, 'zoho', 'https://www.zohoapis.com', 'old', 'Sam (Nordwind)', 1_000);
    await setConsent(db, 'zoho', true, 2_000);
    await saveConnection(db, 'zoho', 'https://www.zohoapis.eu', 'new', 'Sam (Nordwind)', 3_000);
    const moved = await db.crmConnections.get('zoho');
    expect(moved).toMatchObject({ consent: false, apiBase: 'https://www.zohoapis.eu', connectedAt: 3_000 });
    expect(moved?.consentAt).toBeUndefined();

    await setConsent(db, 'zoho', true, 4_000);
    await saveConnection(db, 'zoho', 'https://www.zohoapis.eu', 'other', 'Kim (Another Org)', 5_000);
    expect(await db.crmConnections.get('zoho')).toMatchObject({ consent: false, account: 'Kim (Another Org)' });
  });
});
