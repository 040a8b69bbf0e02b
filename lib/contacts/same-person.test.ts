import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SopDatabase } from '../db/database';
import { mergeCandidatesOf } from './merge';
import { companyKey, domainMatchesCompany, firmLabelOf, matchStrength, personNameKey, sameCompany } from './same-person';
import { upsertContact } from './upsert-contact';

describe('the same person under two records', () => {
  it.each([
    ['Orchid Precision Ltd', 'orchid precision'],
    ['Orchid Precision, Ltd.', 'orchid precision'],
    ['ACME Holdings GmbH & Co. KG', 'acme holdings'],
    ['Lotus Foods Pte. Ltd.', 'lotus foods'],
    ['华辰科技有限公司', '华辰科技'],
    ['華辰科技股份有限公司', '华辰科技'],
    ['Orchid Precision (Suzhou) Co., Ltd.', 'orchid precision'],
  ])('reads the company %s as %s', (company, key) => {
    expect(companyKey(company)).toBe(key);
  });

  it('folds a name as the person writes it elsewhere: width, case, Traditional as Simplified', () => {
    expect(personNameKey('陳美玲')).toBe(personNameKey('陈美玲'));
    expect(personNameKey('陈 美玲')).toBe(personNameKey('陈美玲'));
    expect(personNameKey('MEI  LIN CHEN')).toBe(personNameKey('Mei Lin Chen'));
    expect(personNameKey('Mei Lin Chen')).not.toBe(personNameKey('Mei Chen'));
  });

  it('tells one firm from two by its name', () => {
    expect(sameCompany('Orchid Precision Ltd', 'Orchid Precision')).toBe(true);
    expect(sameCompany('Orchid Precision', 'Orchid Precision Manufacturing')).toBe(true);
    expect(sameCompany('華辰科技股份有限公司', '华辰科技')).toBe(true);
    // one word in common at the start says nothing
    expect(sameCompany('Acme', 'Acme Health')).toBe(false);
    expect(sameCompany('Northwind Traders', 'Contoso Pharma')).toBe(false);
  });

  it('reads the firm in an email domain, never a free-mail one', () => {
    expect(firmLabelOf('mei.chen@orchid-precision.example')).toBe('orchid-precision');
    expect(firmLabelOf('a@mail.lotusfoods.co.uk')).toBe('lotusfoods');
    expect(firmLabelOf('john.smith@gmail.com')).toBeNull();
    expect(firmLabelOf('wang@163.com')).toBeNull();
    expect(domainMatchesCompany('mei.chen@orchid-precision.example', 'Orchid Precision Manufacturing')).toBe(true);
    expect(domainMatchesCompany('ops@lotusfoods.co.uk', 'Lotus Foods Ltd')).toBe(true);
    expect(domainMatchesCompany('x@orchid.example', 'Orchid Precision')).toBe(true);
    expect(domainMatchesCompany('x@orchidlabs.example', 'Orchid Precision')).toBe(false);
    expect(domainMatchesCompany('x@ab.example', 'AB Foods')).toBe(false);
  });

  it.each([
    ['the LinkedIn company and the email domain', { name: 'Mei Lin Chen', company: 'Orchid Precision Manufacturing' }, { name: 'Mei Lin Chen', email: 'mei.chen@orchid-precision.example' }, 'strong'],
    ['one company with and without its legal form', { name: 'Mei Lin Chen', company: 'Orchid Precision Ltd' }, { name: 'mei lin chen', company: 'Orchid Precision' }, 'strong'],
    ['a Chinese name in both scripts at one firm', { name: '陈美玲', company: '华辰科技有限公司' }, { name: '陳美玲', company: '華辰科技' }, 'strong'],
    ['a shared phone, written two ways', { name: 'Priya Nair', phone: '+91 98450 12345' }, { name: 'Priya Nair', phone: '098450-12345' }, 'strong'],
    ['a shared email', { name: 'Jonas Weber', email: 'Jonas.Weber@example.de' }, { name: 'Jonas Weber', email: 'jonas.weber@example.de' }, 'strong'],
    ['two John Smiths at two companies', { name: 'John Smith', company: 'Northwind Traders' }, { name: 'John Smith', company: 'Contoso Pharma', email: 'john.smith@contoso.example' }, 'weak'],
    ['two John Smiths with free-mail addresses', { name: 'John Smith', email: 'jsmith@gmail.com' }, { name: 'John Smith', email: 'john.smith@gmail.com' }, 'weak'],
    ['a name and nothing else', { name: 'Mei Lin Chen' }, { name: 'Mei Lin Chen', company: 'Orchid Precision' }, 'weak'],
    ['two names', { name: 'Mei Lin Chen', company: 'Orchid Precision' }, { name: 'Mei Chen', company: 'Orchid Precision' }, null],
  ] as const)('%s: %s', (_, a, b, strength) => {
    expect(matchStrength(a, b)).toBe(strength);
    expect(matchStrength(b, a)).toBe(strength);
  });

  describe('in the store', () => {
    let db: SopDatabase;
    beforeEach(() => {
      db = new SopDatabase(`test-${crypto.randomUUID()}`);
    });
    afterEach(async () => {
      await db.delete();
    });

    it('offers the strong match first, and finds a Chinese name written in the other script', async () => {
      const linkedin = (await upsertContact(db, { source: 'linkedin', identity: 'linkedin:chen', name: '陈美玲', company: '华辰科技有限公司' }, 1000)).contact;
      const mail = (await upsertContact(db, { source: 'gmail', identity: 'email:chen@huachen.example', name: '陳美玲', email: 'chen@huachen.example', company: '華辰科技' }, 2000)).contact;
      const namesake = (await upsertContact(db, { source: 'outlook', identity: 'email:chen@other.example', name: '陈美玲', email: 'chen@other.example', company: '远航物流' }, 3000)).contact;
      const found = await mergeCandidatesOf(db, linkedin);
      expect(found.map((c) => [c.contact.id, c.strength])).toEqual([
        [mail.id, 'strong'],
        [namesake.id, 'weak'],
      ]);
    });
  });
});
