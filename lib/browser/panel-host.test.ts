import { describe, expect, it, vi } from 'vitest';
import { openPanelFromToolbar } from './panel-host';

describe('openPanelFromToolbar', () => {
  it('in Chrome and Edge: the side panel opens on the toolbar button by its own behaviour', () => {
    const setPanelBehavior = vi.fn(() => Promise.resolve());
    const addListener = vi.fn();
    expect(openPanelFromToolbar({ sidePanel: { setPanelBehavior }, action: { onClicked: { addListener } } })).toBe('side-panel');
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    expect(addListener).not.toHaveBeenCalled();
  });

  it('in Firefox (no sidePanel): a click on the toolbar button toggles the sidebar', () => {
    const toggle = vi.fn(() => Promise.resolve());
    let click: (() => void) | undefined;
    const host = openPanelFromToolbar({ sidebarAction: { toggle }, browserAction: { onClicked: { addListener: (listener) => (click = listener) } } });
    expect(host).toBe('sidebar');
    expect(toggle).not.toHaveBeenCalled();
    click?.();
    expect(toggle).toHaveBeenCalledTimes(1);
  });

  it('says so on a browser with neither, and calls nothing', () => {
    expect(openPanelFromToolbar({})).toBe('none');
    expect(openPanelFromToolbar({ browserAction: { onClicked: { addListener: () => undefined } } })).toBe('none');
  });

  it('a failure to set the behaviour is reported, not thrown', async () => {
    const onError = vi.fn();
    const failure = new Error('no');
    openPanelFromToolbar({ sidePanel: { setPanelBehavior: () => Promise.reject(failure) } }, onError);
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(failure));
  });
});
