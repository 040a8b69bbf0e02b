/**
 * The store's architecture, checked: every Dexie table has its entity module, listed in the
 * README's "Where each entity's reads and writes live"; the pages never import the database
 * (the lint says so too, this names the file); and no module imports itself back through others.
 */
import 'fake-indexeddb/auto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SopDatabase } from './database';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf("### Where each entity's reads and writes live"));
const rows = section
  .split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| ---') && !line.startsWith('| entity'))
  .map((line) => line.split('|').map((cell) => cell.trim()));

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const SOURCES = ['lib', 'components', 'entrypoints'].flatMap((dir) => sourcesUnder(resolve(root, dir)));

/** Every module a source imports (static, re-exported, type-only or lazy), as files of this repository. */
function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');
  return specifiers.flatMap((spec) => {
    const base = spec.startsWith('@/') ? resolve(root, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(file), spec) : null;
    if (!base) return [];
    const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    return found && /\.tsx?$/.test(found) ? [found] : [];
  });
}

describe('the store, one module per entity', () => {
  const db = new SopDatabase('entities-meta');
  const tables = db.tables.map((table) => table.name);

  it.each(tables)('the table %s has its module in the README table, and the module exists', (table) => {
    const row = rows.find((cells) => new RegExp(`(^|[^\\w])${table}([^\\w]|$)`).test(cells[1] ?? ''));
    expect(row, `a row naming "${table}" in the README's table`).toBeDefined();
    const module = /`([^`]+\/store\.ts)`/.exec(row?.[2] ?? '')?.[1] ?? '';
    expect(existsSync(resolve(root, module)), `${module} exists`).toBe(true);
    expect(readFileSync(resolve(root, module), 'utf8')).toContain('db: SopDatabase = getDatabase()');
  });

  it('is never opened by a component, a hook of theirs or the panel, settings and dashboard pages', () => {
    const pages = SOURCES.filter((file) => /^(components\/|entrypoints\/(sidepanel|dashboard|options)\/)/.test(relative(root, file)));
    expect(pages.length).toBeGreaterThan(20);
    const opening = pages.filter((file) => importsOf(file).includes(resolve(root, 'lib/db/database.ts'))).map((file) => relative(root, file));
    expect(opening).toEqual([]);
  });
});

describe('imports', () => {
  it('have no cycles in lib/, components/ and entrypoints/ (lazy and type-only imports count too)', () => {
    const graph = new Map(SOURCES.map((file) => [file, importsOf(file)]));
    expect(graph.size).toBeGreaterThan(200);
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].map((f) => relative(root, f)).join(' → '));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
