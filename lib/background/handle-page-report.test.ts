import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContactId } from '../contacts/schema';
import { SopDatabase } from '../db/database';
import type { ReportPageMessage } from '../messaging/protocol';
import { handlePageReport, type Sender } from './handle-page-report';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const sender: Sender = { id: EXT, url: 'https://www.linkedin.com/in/jane/', frameId: 0, tab: { id: 7 } };
const captured: ReportPageMessage = {
  url: 'https://www.linkedin.com/in/jane/',
  report: {
    status: 'extracted',
    result: { ok: true, kind: 'linkedin-profile', contact: { source: 'linkedin', identity: 'linkedin:jane', name: 'Jane Roe', headline: 'CFO at Acme' } },
  },
};

let db: SopDatabase;
beforeEach(() => {
  db = new SopDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('handlePageReport', () => {
  it('stores the contact and points the tab at it', async () => {
    await handlePageReport(db, captured, sender, EXT, 5);
    const contact = await db.contacts.where('identities').equals('linkedin:jane').first();
    expect(contact?.name).toBe('Jane Roe');
    expect(await db.tabStates.get(7)).toMatchObject({ status: 'captured', contactId: contact?.id });
  });

  it('a page that renames a record marks for Today the rows that read it as their person’s other record, by the name it had', async () => {
    // Jane's Gmail record at Acme beside the LinkedIn profile read here (a strong match: her address is at Acme's domain).
    const at = 1;
    await db.contacts.put({ id: 'jane-mail' as ContactId, identities: ['email:jane@acme.example'], sources: ['gmail'], name: 'Jane Roe', email: 'jane@acme.example', stage: 'prospect', stageChangedAt: at, createdAt: at, capturedAt: at });
    await handlePageReport(db, { ...captured, report: { status: 'extracted', result: { ok: true, kind: 'linkedin-profile', contact: { source: 'linkedin', identity: 'linkedin:jane', name: 'Jane Roe', company: 'Acme' } } } }, sender, EXT, 5);
    const stale = async () => (await db.meta.where('key').startsWith('stale:').primaryKeys()).sort();
    const profile = await db.contacts.where('identities').equals('linkedin:jane').first();
    expect(await stale()).toEqual([`stale:contact:${String(profile?.id)}`]);
    await db.meta.where('key').startsWith('stale:').delete();
    // Read again after her marriage: no longer Jane Roe, so her Gmail record's row is judged without this profile.
    await handlePageReport(db, { ...captured, report: { status: 'extracted', result: { ok: true, kind: 'linkedin-profile', contact: { source: 'linkedin', identity: 'linkedin:jane', name: 'Jane Doe', company: 'Acme' } } } }, sender, EXT, 9);
    expect(await stale()).toEqual([`stale:contact:${String(profile?.id)}`, 'stale:contact:jane-mail'].sort());
  });

  it('a CRM deal page that renames one of its people marks the rows that read that person as their other record, as a contact page does', async () => {
    const at = 1;
    const url = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000HbLgQAAV/view';
    const crmSender: Sender = { id: EXT, url, frameId: 0, tab: { id: 8 } };
    const deal = (name: string): ReportPageMessage => ({
      url,
      report: { status: 'extracted', result: { ok: true, kind: 'salesforce-opportunity', record: { type: 'deal', recordId: '0065g00000HbLgQAAV', name: 'Acme – Fleet', account: 'Acme', contacts: [{ name, title: 'CFO', email: 'jane@acme.example', identity: 'email:jane@acme.example' }], activity: [], fields: [] }, contact: { source: 'salesforce', identity: 'email:jane@acme.example', name, email: 'jane@acme.example' } } },
    });
    // Her LinkedIn profile, nothing exchanged: its row reads the deal's Jane Roe as her other record.
    await db.contacts.put({ id: 'jane-li' as ContactId, identities: ['linkedin:jane'], sources: ['linkedin'], name: 'Jane Roe', company: 'Acme', stage: 'prospect', stageChangedAt: at, createdAt: at, capturedAt: at });
    await handlePageReport(db, deal('Jane Roe'), crmSender, EXT, 5);
    await db.meta.where('key').startsWith('stale:').delete();
    await handlePageReport(db, deal('Jane Doe'), crmSender, EXT, 9);
    const stale = (await db.meta.where('key').startsWith('stale:').primaryKeys()).map(String);
    expect(stale).toContain('stale:contact:jane-li');
  });

  it('records a layout failure for the tab and writes no contact', async () => {
    const failed: ReportPageMessage = {
      url: captured.url,
      report: { status: 'extracted', result: { ok: false, error: { code: 'layout-not-recognised', site: 'linkedin', kind: 'linkedin-profile', missing: ['name'] } } },
    };
    await handlePageReport(db, failed, sender, EXT, 5);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.tabStates.get(7)).toMatchObject({ status: 'failed', error: { missing: ['name'] } });
  });

  it.each<[string, Sender]>([
    ['another extension', { ...sender, id: 'other' }],
    ['a sub-frame', { ...sender, frameId: 3 }],
    ['no tab', { id: EXT, url: sender.url, frameId: 0 }],
    ['an unsupported host', { ...sender, url: 'https://evil.example/in/jane/' }],
  ])('rejects a message from %s', async (_, badSender) => {
    await expect(handlePageReport(db, captured, badSender, EXT, 5)).rejects.toThrow();
    expect(await db.contacts.count()).toBe(0);
  });

  it.each<[string, unknown]>([
    ['a missing name', { ...captured, report: { status: 'extracted', result: { ok: true, kind: 'linkedin-profile', contact: { source: 'linkedin', identity: 'linkedin:jane', name: '' } } } }],
    ['an oversized name', { ...captured, report: { status: 'extracted', result: { ok: true, kind: 'linkedin-profile', contact: { source: 'linkedin', identity: 'linkedin:jane', name: 'x'.repeat(5000) } } } }],
    ['a url on another site', { ...captured, url: 'https://mail.google.com/' }],
    ['garbage', 'hello'],
  ])('rejects a payload with %s', async (_, payload) => {
    await expect(handlePageReport(db, payload, sender, EXT, 5)).rejects.toThrow();
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('handlePageReport with a conversation', () => {
  const gmailSender: Sender = { id: EXT, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTj', frameId: 0, tab: { id: 9 } };
  const thread: ReportPageMessage = {
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTj',
    report: {
      status: 'extracted',
      result: {
        ok: true,
        kind: 'gmail-thread',
        contact: { source: 'gmail', identity: 'email:mei@x.example', email: 'mei@x.example', name: 'Mei' },
        conversation: {
          subject: 'Re: Proposal',
          messages: [
            { id: 'a', direction: 'outbound', at: 1000, text: 'Proposal attached.' },
            { id: 'b', direction: 'inbound', at: 2000, fromName: 'Mei', text: 'Too expensive for us.' },
          ],
        },
      },
    },
  };

  it('records each message once as a touch and keeps the last reply for the panel', async () => {
    await handlePageReport(db, thread, gmailSender, EXT, 5000);
    await handlePageReport(db, thread, gmailSender, EXT, 6000);
    const touches = await db.touches.orderBy('at').toArray();
    expect(touches.map((t) => [t.direction, t.at, t.messageKey])).toEqual([
      ['outbound', 1000, 'gmail:a'],
      ['inbound', 2000, 'gmail:b'],
    ]);
    expect(await db.tabStates.get(9)).toMatchObject({ status: 'captured', conversation: { subject: 'Re: Proposal', lastInbound: { text: 'Too expensive for us.', at: 2000, fromName: 'Mei' } } });
  });

  it('dates a message the page dates after the moment it is read when it was first read, and keeps that time when read again', async () => {
    // The reply dated 9000, read at 5000: the page's clock is ahead of ours.
    const ahead = JSON.parse(JSON.stringify(thread).replace('"at":2000', '"at":9000')) as ReportPageMessage;
    await handlePageReport(db, ahead, gmailSender, EXT, 5000);
    await handlePageReport(db, ahead, gmailSender, EXT, 7000);
    const touches = await db.touches.orderBy('at').toArray();
    expect(touches.map((t) => [t.direction, t.at])).toEqual([
      ['outbound', 1000],
      ['inbound', 5000],
    ]);
    expect(await db.tabStates.get(9)).toMatchObject({ conversation: { lastInbound: { at: 5000 }, messages: [{ at: 1000 }, { at: 5000 }] } });
    const contact = await db.contacts.where('identities').equals('email:mei@x.example').first();
    expect(contact?.lastWord?.at).toBe(5000);
    expect(contact?.thread?.messages.map((m) => m.at)).toEqual([1000, 5000]);
    // Read again once the clock has passed the page's time: still first read at 5000, so an answer
    // the rep logged at 6000 stays after it.
    await handlePageReport(db, ahead, gmailSender, EXT, 10_000);
    expect(await db.tabStates.get(9)).toMatchObject({ conversation: { lastInbound: { at: 5000 } } });
    expect(await db.touches.count()).toBe(2);
  });
});
