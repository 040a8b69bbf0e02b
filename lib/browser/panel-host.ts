/**
 * Where the panel lives: Chrome's and Edge's side panel (`chrome.sidePanel`), or Firefox's sidebar
 * (`sidebarAction`, no `sidePanel` API at all). The one place that tells them apart, so nothing else
 * calls a Chrome-only API that Firefox does not have (a call on `undefined` there would stop the
 * background before it registered its handlers).
 */

/** What the two browsers offer for opening the panel from the toolbar button. */
export interface PanelHostApi {
  sidePanel?: { setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void> } | undefined;
  sidebarAction?: { toggle(): Promise<void> } | undefined;
  /** The toolbar button: `action` (MV3) or `browserAction` (Firefox's MV2). */
  action?: { onClicked: { addListener(listener: () => void): void } } | undefined;
  browserAction?: { onClicked: { addListener(listener: () => void): void } } | undefined;
}

export type PanelHost = 'side-panel' | 'sidebar' | 'none';

/**
 * Makes the toolbar button (and its shortcut) open the panel: Chrome's side panel by its own
 * behaviour, Firefox's sidebar by toggling it on the click (a user action, which `toggle` needs).
 * Returns which host it found; 'none' on a browser with neither (the panel's pages still open as tabs).
 *
 * @example openPanelFromToolbar(globalThis.browser) // 'side-panel' in Chrome, 'sidebar' in Firefox
 */
export function openPanelFromToolbar(api: PanelHostApi, onError: (error: unknown) => void = console.error): PanelHost {
  if (api.sidePanel) {
    api.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(onError);
    return 'side-panel';
  }
  const { sidebarAction } = api;
  const button = api.action ?? api.browserAction;
  if (sidebarAction && button) {
    button.onClicked.addListener(() => void sidebarAction.toggle().catch(onError));
    return 'sidebar';
  }
  return 'none';
}

/** The manifest command that opens the panel, whose shortcut the "?" list shows. */
export const OPEN_PANEL_COMMAND = import.meta.env.FIREFOX ? '_execute_sidebar_action' : '_execute_action';
