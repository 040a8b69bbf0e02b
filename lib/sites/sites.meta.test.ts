/**
 * "Add a site" in one pass: every site in `SITE_HOSTS` must have everything a site needs. A site
 * added to the table without one of these fails here, with the missing piece named.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_ROUTES } from '../../demo/routes';
import { DEFAULT_CRM_STAGES } from '../playbook/crm-stages';
import { CRM_SITE_IDS, SITE_HOSTS, SITE_IDS, isCrmSite } from './hosts';
import { PAGE_KINDS } from './page-kinds';
import { SITE_ADAPTERS } from './registry';

const root = resolve(import.meta.dirname, '../..');
const e2eSpecs = readdirSync(resolve(root, 'tests/e2e')).filter((f) => f.endsWith('.spec.ts')).map((f) => readFileSync(resolve(root, 'tests/e2e', f), 'utf8'));

describe.each(SITE_IDS)('the site %s', (site) => {
  it('has a content script wired to its own hosts and adapter', () => {
    const path = resolve(root, `entrypoints/${site}.content.ts`);
    expect(existsSync(path), `entrypoints/${site}.content.ts`).toBe(true);
    const source = readFileSync(path, 'utf8');
    expect(source).toContain(`matchPatternsFor('${site}')`);
    expect(source).toContain('startCapture(');
    expect(source).toContain('noScriptStartedPostMessage: true');
  });

  it('has an adapter registered, with a label and page kinds of its own', () => {
    expect(SITE_ADAPTERS[site].label.length).toBeGreaterThan(0);
    expect(PAGE_KINDS.filter((kind) => kind.startsWith(`${site}-`)).length, `page kinds named ${site}-…`).toBeGreaterThan(0);
  });

  it('has its code and extraction tests in lib/sites/<site>/', () => {
    const dir = resolve(root, `lib/sites/${site}`);
    expect(existsSync(resolve(dir, 'index.ts')), 'index.ts').toBe(true);
    expect(existsSync(resolve(dir, 'selectors.ts')), 'selectors.ts').toBe(true);
    expect(readdirSync(dir).some((f) => f.endsWith('.test.ts')), 'a test next to the code').toBe(true);
  });

  it('has fixture pages and demo routes for them on its own hosts', () => {
    const fixtures = readdirSync(resolve(root, `tests/fixtures/${site}`)).filter((f) => f.endsWith('.html'));
    expect(fixtures.length, `tests/fixtures/${site}/*.html`).toBeGreaterThan(0);
    const routes = DEMO_ROUTES.filter((route) => route.file.startsWith(`${site}/`));
    expect(routes.length, 'a demo route').toBeGreaterThan(0);
    const hostPattern = (host: string) => (host.startsWith('*.') ? (h: string) => h.endsWith(host.slice(1)) : (h: string) => h === host);
    for (const route of routes) expect(SITE_HOSTS[site].some((host) => hostPattern(host)(route.host)), route.host).toBe(true);
  });

  it('is exercised by an end-to-end spec in the built extension', () => {
    const hosts = DEMO_ROUTES.filter((route) => route.file.startsWith(`${site}/`)).map((route) => route.host);
    expect(e2eSpecs.some((spec) => hosts.some((host) => spec.includes(host))), `an e2e spec opening ${hosts.join(' or ')}`).toBe(true);
  });

  it.runIf(isCrmSite(site))('maps its stock pipeline to SOP stages', () => {
    expect(DEFAULT_CRM_STAGES.filter((row) => row.crm === site).length).toBeGreaterThan(2);
  });
});

it('names every CRM among the sites', () => {
  for (const crm of CRM_SITE_IDS) expect(SITE_IDS).toContain(crm);
});
