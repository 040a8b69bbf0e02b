import { sendMessage } from '../messaging/protocol';
import { onCrmEnqueued } from './enqueue';

/** In an extension page: an activity queued here is sent by the background, told at once (the alarm would do it later anyway). */
export function wakeBackgroundOnCrmEnqueue(): void {
  onCrmEnqueued(() => void sendMessage('crmDrain', undefined).catch(() => undefined));
}
