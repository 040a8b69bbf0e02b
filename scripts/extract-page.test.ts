import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractSavedPage } from './extract-page';

const read = (path: string) => readFileSync(new URL(`../tests/fixtures/${path}`, import.meta.url), 'utf8');

describe('npm run extract', () => {
  it('prints the contact and exits 0 for a recognised page', () => {
    const out = extractSavedPage(['--url', 'https://www.linkedin.com/in/daniel-okafor-77b1/', 'linkedin/profile--gen2022--2022-09-03.html'], read);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ ok: true, kind: 'linkedin-profile', contact: { name: 'Daniel Okafor' } });
  });

  it('prints the layout error and exits 1 for a page it does not recognise', () => {
    const out = extractSavedPage(['linkedin/profile--broken-layout--2026-11-01.html', '--url', 'https://www.linkedin.com/in/kai-lindqvist/'], read);
    expect(out.code).toBe(1);
    expect(JSON.parse(out.stdout)).toEqual({ ok: false, error: { code: 'layout-not-recognised', site: 'linkedin', kind: 'linkedin-profile', missing: ['top-card'] } });
  });

  it('reads a Gmail thread with its conversation', () => {
    const out = extractSavedPage(['--url', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW', 'gmail/thread--objection-price--2024-06-12.html'], read);
    expect(out.code).toBe(0);
    const result = JSON.parse(out.stdout) as { kind: string; contact: { email: string }; conversation: { messages: unknown[] } };
    expect(result.kind).toBe('gmail-thread');
    expect(result.contact.email).toBe('mei.chen@orchid-precision.example');
    expect(result.conversation.messages).toHaveLength(3);
  });

  it('reads a CRM deal record (a hash-routed Fxiaoke 商机)', () => {
    const out = extractSavedPage(['--url', 'https://www.fxiaoke.com/XV/UI/Home#crm/detail/=/NewOpportunityObj/6571d2e3f4a5b6c7d8e9f0a1', 'fxiaoke/opportunity--2024--2026-10-20.html'], read);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ ok: true, kind: 'fxiaoke-opportunity', record: { stage: '需求确定', amountValue: 800_000 }, contact: { name: '王芳' } });
  });

  it('says when the URL is not a page it reads', () => {
    const out = extractSavedPage(['--url', 'https://www.linkedin.com/feed/', 'linkedin/profile--gen2022--2022-09-03.html'], read);
    expect(out.code).toBe(1);
    expect(JSON.parse(out.stdout)).toMatchObject({ ok: false, error: { code: 'unsupported-page' } });
  });

  it.each([[[]], [['--url']], [['page.html']], [['--url', 'nope', 'page.html']]])('prints usage for %j', (argv) => {
    const out = extractSavedPage(argv, read);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('usage');
  });

  it('reports an unreadable file', () => {
    const out = extractSavedPage(['--url', 'https://www.linkedin.com/in/x/', 'missing.html'], read);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('cannot read missing.html');
  });
});
