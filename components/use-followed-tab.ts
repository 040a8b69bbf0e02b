import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/**
 * The tab the panel stands beside: `?tabId=` when given (a panel opened for one tab), else the
 * active tab of the panel's window, followed as the user switches tabs. undefined while looking,
 * null when there is none.
 */
export function useFollowedTabId(): number | null | undefined {
  const fixed = Number(new URLSearchParams(location.search).get('tabId'));
  const [tabId, setTabId] = useState<number | null | undefined>(Number.isInteger(fixed) && fixed > 0 ? fixed : undefined);
  const isFixed = Number.isInteger(fixed) && fixed > 0;

  useEffect(() => {
    if (isFixed) return;
    let windowId: number | undefined;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      windowId = tab?.windowId;
      setTabId(tab?.id ?? null);
    });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [isFixed]);

  return tabId;
}
