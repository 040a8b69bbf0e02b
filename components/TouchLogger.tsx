import { useState } from 'react';
import type { Contact } from '@/lib/contacts/schema';
import { logTouch } from '@/lib/touches/store';
import type { StoredTouch } from '@/lib/touches/touch';
import { useI18n } from './i18n';

const CHANNELS: StoredTouch['channel'][] = ['email', 'linkedin', 'phone', 'meeting', 'other'];

/** One click to record a touch, so the cadence knows. */
export function TouchLogger({ contact, touches }: { contact: Contact; touches: readonly Pick<StoredTouch, 'at'>[] }) {
  const { t, locale } = useI18n();
  const [channel, setChannel] = useState<StoredTouch['channel']>(contact.sources.includes('linkedin') ? 'linkedin' : 'email');
  const [logged, setLogged] = useState(false);
  const log = (direction: StoredTouch['direction']) => {
    void logTouch({ contactId: contact.id, at: Date.now(), direction, channel }).then(() => setLogged(true));
  };
  const last = touches.reduce((max, touch) => Math.max(max, touch.at), 0);
  return (
    <div className="touch-logger">
      {touches.length > 0 && (
        <p className="muted" data-testid="touch-count">
          {t('touch.count', { count: String(touches.length), date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(last) })}
        </p>
      )}
      <div className="button-row">
        <label>
          <span className="visually-hidden">{t('touch.channel')}</span>
          <select value={channel} onChange={(e) => setChannel(e.target.value as StoredTouch['channel'])} data-testid="touch-channel">
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`touch.channel.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => log('outbound')} data-testid="touch-outbound">
          {t('touch.outbound')}
        </button>
        <button type="button" onClick={() => log('inbound')} data-testid="touch-inbound">
          {t('touch.inbound')}
        </button>
      </div>
      {logged && (
        <p role="status" className="ok">
          {t('touch.logged')}
        </p>
      )}
    </div>
  );
}
