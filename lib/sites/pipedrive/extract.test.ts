import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/support/fixtures';
import { pipedriveAdapter } from '.';

describe('Pipedrive records', () => {
  it('reads a person; the "(Work)" tag is not part of the address', () => {
    const page = loadFixture('pipedrive/person--2024--2026-10-05.html', 'https://nordwind.pipedrive.com/person/5120');
    expect(pipedriveAdapter.detect(page.url)).toBe('pipedrive-person');
    const result = pipedriveAdapter.extract(page.document, page.url);
    expect(result).toMatchObject({ ok: true, kind: 'pipedrive-person', contact: { identity: 'email:j.weber@nordlicht-pharma.example', name: 'Jonas Weber', title: 'Head of Quality', company: 'Nordlicht Pharma GmbH', email: 'j.weber@nordlicht-pharma.example' } });
  });

  it('reads a deal whose stage is only in the pipeline bar (a custom stage), with European number format', () => {
    const page = loadFixture('pipedrive/deal--custom-stage--2026-10-05.html', 'https://nordwind.pipedrive.com/deal/1842');
    expect(pipedriveAdapter.detect(page.url)).toBe('pipedrive-deal');
    const result = pipedriveAdapter.extract(page.document, page.url);
    if (!result.ok || !result.record) throw new Error('expected a deal');
    expect(result.record).toMatchObject({
      recordId: '1842',
      name: 'Nordlicht Pharma – Cold Chain Sensors',
      stage: 'Security review',
      amount: '€45.000',
      amountValue: 45_000,
      closeAt: new Date(2027, 0, 29).getTime(),
      account: 'Nordlicht Pharma GmbH',
      contacts: [{ name: 'Jonas Weber', title: 'Head of Quality', email: 'j.weber@nordlicht-pharma.example', phone: '+49 89 555012', identity: 'email:j.weber@nordlicht-pharma.example' }],
      activity: [{ at: Date.parse('2026-09-30T13:00:00+02:00') }],
    });
  });

  it('reads an expected close date that reads both ways by the activity stamp beside it ("May 13, 2019": month first)', () => {
    const page = loadFixture('pipedrive/deal--classic-2019--2019-05-14.html', 'https://nordwind.pipedrive.com/deal/977');
    const value = [...page.document.querySelectorAll('.item__value')].find((element) => element.textContent === '06/28/2019');
    if (value) value.textContent = '05/01/2027';
    let result = pipedriveAdapter.extract(page.document, page.url);
    expect(result.ok && result.record?.closeAt).toBe(new Date(2027, 4, 1).getTime());
    const stamp = page.document.querySelector('time.flowItem__time');
    if (stamp) stamp.textContent = '13 May 2019';
    result = pipedriveAdapter.extract(page.document, page.url);
    expect(result.ok && result.record?.closeAt).toBe(new Date(2027, 0, 5).getTime());
  });

  it('reads a deal on the classic (2019–2022) view by its BEM classes', () => {
    const page = loadFixture('pipedrive/deal--classic-2019--2019-05-14.html', 'https://nordwind.pipedrive.com/deal/977');
    const result = pipedriveAdapter.extract(page.document, page.url);
    if (!result.ok || !result.record) throw new Error('expected a deal');
    expect(result.record).toMatchObject({
      recordId: '977',
      name: 'Kestrel Robotics – Pilot Scanners',
      stage: 'Proposal Made',
      amountValue: 12_500,
      closeAt: new Date(2019, 5, 28).getTime(),
      account: 'Kestrel Robotics',
      owner: 'Sam Lee',
      contacts: [{ name: 'Aiko Tanaka', email: 'aiko.tanaka@kestrel.example', phone: '+81 3-5555-0199', identity: 'email:aiko.tanaka@kestrel.example' }],
      activity: [{ at: Date.parse('2019-05-13T09:30:00+09:00') }],
    });
  });

  it.each([
    ['pipedrive/deal--lost-badge--2026-12-05.html', 'https://nordwind.pipedrive.com/deal/2201', 'lost'],
    ['pipedrive/deal--won-badge--2026-12-05.html', 'https://nordwind.pipedrive.com/deal/2202', 'won'],
  ])('reads the Won / Lost badge of %s apart from the stage bar', (file, url, status) => {
    const page = loadFixture(file, url);
    const result = pipedriveAdapter.extract(page.document, page.url);
    if (!result.ok || !result.record) throw new Error('expected a deal');
    expect(result.record.status).toBe(status);
    // The bar keeps the last open stage; the badge says how it ended.
    expect(result.record.stage).toMatch(/^(?:Proposal Made|Negotiations Started)$/);
  });

  it('reads an open deal with no status', () => {
    const page = loadFixture('pipedrive/deal--custom-stage--2026-10-05.html', 'https://nordwind.pipedrive.com/deal/1842');
    const result = pipedriveAdapter.extract(page.document, page.url);
    if (!result.ok || !result.record) throw new Error('expected a deal');
    expect(result.record.status).toBeUndefined();
  });

  it('refuses a redesigned deal view', () => {
    const page = loadFixture('pipedrive/deal--broken-layout--2026-11-01.html', 'https://nordwind.pipedrive.com/deal/1843');
    expect(pipedriveAdapter.extract(page.document, page.url)).toEqual({ ok: false, error: { code: 'layout-not-recognised', site: 'pipedrive', kind: 'pipedrive-deal', missing: ['record'] } });
  });

  it.each([
    ['https://nordwind.pipedrive.com/deal/1842', 'pipedrive-deal'],
    ['https://nordwind.pipedrive.com/person/5120/', 'pipedrive-person'],
    ['https://nordwind.pipedrive.com/pipeline/1/user/everyone', null],
    ['https://nordwind.pipedrive.com/organization/771', null],
  ])('detects %s as %s', (url, kind) => {
    expect(pipedriveAdapter.detect(new URL(url))).toBe(kind);
  });
});
