import { liveQuery } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { updateProgress } from '@/lib/db/upkeep-state';
import { followUserInput, reportUserInput } from '@/lib/db/user-input';
import { keepDerivedDataNow, upkeepNeeded, upkeepState } from '@/lib/situation/store';
import { useI18n } from './i18n';

/**
 * How long after a change the upkeep starts, and then only when the page is idle: the panel's own
 * reads and paints of the page go first; a burst of captures is judged once.
 */
const SETTLE_MS = 1_000;
const whenIdle = (run: () => void) => (typeof requestIdleCallback === 'function' ? void requestIdleCallback(run, { timeout: 5_000 }) : run());

/**
 * Keeps the derived data current from this page while it is open (the service worker does not
 * judge): whenever keys are left to fill, Today's index is missing or a capture marked a row
 * stale, the upkeep runs (its own chunk: the judgment and the reader load only then).
 */
function useUpkeep(): void {
  // The upkeep (here, in the worker, in other panels) pauses while the rep types here: their search reads go first.
  useEffect(() => {
    followUserInput();
    const typed = () => reportUserInput();
    document.addEventListener('keydown', typed, true);
    document.addEventListener('input', typed, true);
    return () => {
      document.removeEventListener('keydown', typed, true);
      document.removeEventListener('input', typed, true);
    };
  }, []);
  useEffect(() => {
    let running = false;
    let again = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        // A change while it ran (another capture) is answered by one more round.
        for (let round = true; round; round = again) {
          again = false;
          await keepDerivedDataNow();
        }
      } catch (error) {
        console.error('data upkeep', error);
      } finally {
        running = false;
      }
    };
    const subscription = liveQuery(() => upkeepNeeded()).subscribe({
      next: (needed) => {
        if (!needed) return;
        clearTimeout(timer);
        timer = setTimeout(() => whenIdle(() => void run()), SETTLE_MS);
      },
      error: (error: unknown) => console.error('data upkeep', error),
    });
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, []);
}

/**
 * "Updating your data: 45%…" while an upgraded store's keys are filled or Today's index is
 * rebuilt; the panel stays usable meanwhile. Runs the upkeep itself.
 */
export function DataUpdate() {
  const { t, locale } = useI18n();
  useUpkeep();
  const state = useLiveQuery(() => upkeepState(), []);
  const progress = state ? updateProgress(state) : null;
  if (progress === null) return null;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(Math.min(progress, 0.99));
  return (
    <p className="status data-update" role="status" data-testid="data-update" data-progress={progress.toFixed(3)}>
      {t('data.updating', { percent })}
    </p>
  );
}
