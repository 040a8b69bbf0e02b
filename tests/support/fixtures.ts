import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

export const FIXTURES_DIR = new URL('../fixtures/', import.meta.url);

/** A saved page parsed the way the extractor sees it, without running its scripts. */
export function loadFixture(relativePath: string, url: string): { document: Document; url: URL } {
  const html = readFileSync(new URL(relativePath, FIXTURES_DIR), 'utf8');
  const dom = new JSDOM(html, { url });
  return { document: dom.window.document, url: new URL(url) };
}
