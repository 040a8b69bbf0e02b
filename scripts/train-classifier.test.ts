import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trainObjectionModel } from './train-classifier';

describe('objection model', () => {
  it('is up to date with the labelled data (run `npx tsx scripts/train-classifier.ts`)', () => {
    const shipped: unknown = JSON.parse(readFileSync(new URL('../lib/engine/objection-model.json', import.meta.url), 'utf8'));
    expect(trainObjectionModel()).toEqual(shipped);
  });
});
