import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { MessageKey } from '@/lib/i18n/messages';
import { OPEN_PANEL_COMMAND } from '@/lib/browser/panel-host';
import { useI18n } from './i18n';

/** The single-key shortcuts of the panel; a button that does one carries `data-shortcut="<key>"`. */
export const ACTION_SHORTCUTS: readonly { key: string; label: MessageKey }[] = [
  { key: 'd', label: 'shortcuts.draft' },
  { key: 'c', label: 'shortcuts.copy' },
  { key: 'i', label: 'shortcuts.insert' },
  { key: 'n', label: 'shortcuts.done' },
  { key: 's', label: 'shortcuts.snooze' },
];

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * Keyboard shortcuts inside the panel: 1–5 switch views, `?` shows the list, a letter presses the
 * button that carries it (`data-shortcut`), if one is on screen and enabled. Never while the rep
 * types in a text box, never with Ctrl, Alt or ⌘ (those are the browser's).
 */
export function useShortcuts(viewCount: number, onView: (index: number) => void, onHelp: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || typingIn(event.target)) return;
      const key = event.key;
      if (key === '?') {
        event.preventDefault();
        return onHelp();
      }
      const view = Number(key);
      if (Number.isInteger(view) && view >= 1 && view <= viewCount) {
        event.preventDefault();
        return onView(view - 1);
      }
      const button = [...document.querySelectorAll<HTMLButtonElement>(`button[data-shortcut="${key.toLowerCase()}"]`)].find((b) => !b.disabled);
      if (!button) return;
      event.preventDefault();
      // A button in a folded card: the card opens first, so the rep sees what the key did.
      const fold = button.closest<HTMLElement>('.fold[data-open="false"]');
      fold?.querySelector<HTMLButtonElement>('.fold-toggle')?.click();
      button.click();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [viewCount, onView, onHelp]);
}

/** The browser shortcut that opens the panel, as the rep set it (empty when none is set). */
function usePanelShortcut(): string | null {
  const [keys, setKeys] = useState<string | null>(null);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((commands) => setKeys(commands.find((c) => c.name === OPEN_PANEL_COMMAND)?.shortcut ?? ''))
      .catch(() => setKeys(''));
  }, []);
  return keys;
}

/** The "?" list: every shortcut of the panel and the browser's shortcut that opens it. */
export function ShortcutHelp({ viewCount, onClose }: { viewCount: number; onClose: () => void }) {
  const { t } = useI18n();
  const panelKeys = usePanelShortcut();
  return (
    <section className="card shortcut-help" role="dialog" aria-labelledby="shortcuts-title" data-testid="shortcut-help">
      <div className="card-title-row">
        <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
        <button type="button" className="link-button" onClick={onClose} data-testid="shortcut-help-close">
          {t('shortcuts.close')}
        </button>
      </div>
      <dl className="fields shortcut-list">
        {ACTION_SHORTCUTS.map(({ key, label }) => (
          <div key={key} className="answer-row">
            <dt>
              <kbd>{key.toUpperCase()}</kbd>
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
        <div className="answer-row">
          <dt>
            <kbd>1</kbd>–<kbd>{viewCount}</kbd>
          </dt>
          <dd>{t('shortcuts.views')}</dd>
        </div>
        <div className="answer-row">
          <dt>
            <kbd>?</kbd>
          </dt>
          <dd>{t('shortcuts.help')}</dd>
        </div>
      </dl>
      <p className="muted">{t('shortcuts.where')}</p>
      {panelKeys && <p className="muted" data-testid="shortcut-panel">{t('shortcuts.panel', { keys: panelKeys })}</p>}
    </section>
  );
}
