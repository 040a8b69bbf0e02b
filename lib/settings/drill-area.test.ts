import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DRILL_AREAS, drillAreaItem, parseDrillArea } from './drill-area';

describe('the drill area kept after the panel closes', () => {
  it('keeps a known stage or objection area and drops anything else', () => {
    expect(parseDrillArea('stage:qualify')).toBe('stage:qualify');
    expect(parseDrillArea('objection:price')).toBe('objection:price');
    for (const stray of ['stage:gone', 'objection:', 'qualify', '', 42, null, undefined, { area: 'stage:qualify' }]) expect(parseDrillArea(stray)).toBe('');
  });

  it('knows every stage and every objection category once', () => {
    expect([...DRILL_AREAS].filter((a) => a.startsWith('stage:')).length).toBeGreaterThanOrEqual(5);
    expect(DRILL_AREAS.has('objection:brush_off')).toBe(true);
  });

  it('is stored in local extension storage under drillArea, "every area" until chosen', async () => {
    fakeBrowser.reset();
    expect(await drillAreaItem.getValue()).toBe('');
    await drillAreaItem.setValue('stage:negotiate');
    expect(await fakeBrowser.storage.local.get('drillArea')).toEqual({ drillArea: 'stage:negotiate' });
  });
});
