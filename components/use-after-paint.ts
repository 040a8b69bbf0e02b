import { useEffect, useState } from 'react';

/**
 * True from a moment after `shown` first holds: for work the first paint must not wait behind,
 * such as counting a large index (IndexedDB counts by walking, and the reads queue behind it).
 */
export function useAfterPaint(shown: boolean, delayMs = 250): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (!shown || after) return;
    const id = setTimeout(() => setAfter(true), delayMs);
    return () => clearTimeout(id);
  }, [shown, after, delayMs]);
  return after;
}
