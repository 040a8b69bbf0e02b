import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** The WCAG 2.0 and 2.1 rules, levels A and AA: what every accessibility check of ours asks for. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core as @axe-core/playwright loads it (its own dependency, whichever version it was installed with). */
const AXE_SOURCE = readFileSync(createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's WCAG A/AA findings on `page` (or on what `include` selects), run in the page itself.
 *
 * Why not `AxeBuilder.analyze()`: each call injects axe-core's 580 kB again, and by default runs
 * `runPartial` here and `finishRun` in a new blank tab it opens and loads axe into: 4 s a call on the
 * shared 2-core machine, of which axe's own run was under 0.5 s. Here axe is injected once per
 * document (a language switch or a theme change keeps the document) and `axe.run` is called with
 * the same rules, which is what AxeBuilder's legacy mode does. On a page without frames both give the
 * same violations, passes, incomplete and inapplicable rules on the same nodes (compared on a CRM
 * deal in the panel); a page with frames would need AxeBuilder's frame handling, so it fails here.
 */
export async function axeScan(page: Page, include?: string): Promise<AxeResults> {
  expect(page.frames().map((frame) => frame.url()), 'axe runs in the page itself, which has no frames to reach').toHaveLength(1);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    ([selector, tags]) => {
      const { axe } = window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } };
      return axe.run(selector === undefined ? document : { include: [selector] }, { runOnly: { type: 'tag', values: tags } });
    },
    [include, WCAG_TAGS] as const,
  );
}

/** The serious and critical violations, each as `rule: node, node` (what the checks compare to []). */
export function seriousViolations(results: AxeResults): string[] {
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
