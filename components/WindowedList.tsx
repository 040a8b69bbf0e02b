import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Space left under the list for the card's padding and border, px. */
const BOTTOM_MARGIN = 28;

/**
 * A list that renders only the rows in view (and a few around them): each row has the same
 * height, so where a row sits is arithmetic and a list of any length costs what the screen shows.
 * `onNearEnd` asks for the next page when the last loaded rows come into view.
 */
export function WindowedList<T>({
  items,
  rowHeight,
  height: least,
  render,
  keyOf,
  onNearEnd,
  label,
  itemTestId,
}: {
  items: readonly T[];
  rowHeight: number;
  /**
   * The list's window on screen, px, when the panel is short; on a taller panel it reaches down to
   * the panel's bottom edge instead of leaving it empty. A shorter list takes its own height.
   */
  height: number;
  render: (item: T) => ReactNode;
  keyOf: (item: T) => string;
  onNearEnd?: () => void;
  label: string;
  itemTestId?: string;
}) {
  const [scrollTop, setScrollTop] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const [reach, setReach] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      const top = box.current?.getBoundingClientRect().top ?? 0;
      // From the list's top (where the page is scrolled to the top) to the panel's bottom, less a margin.
      setReach(Math.round(window.innerHeight - (top + window.scrollY) - BOTTOM_MARGIN));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);
  const height = Math.max(least, reach);
  const overscan = 6;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const onScroll = (top: number) => {
    setScrollTop(top);
    if (onNearEnd && Math.ceil((top + height) / rowHeight) + overscan >= items.length) onNearEnd();
  };
  return (
    <div ref={box} className="window" style={{ maxHeight: height }} onScroll={(e) => onScroll(e.currentTarget.scrollTop)} tabIndex={0} role="region" aria-label={label}>
      <ul className="rows windowed" style={{ height: items.length * rowHeight }}>
        {items.slice(first, last).map((item, i) => (
          <li key={keyOf(item)} style={{ top: (first + i) * rowHeight, height: rowHeight }} data-testid={itemTestId}>
            {render(item)}
          </li>
        ))}
      </ul>
    </div>
  );
}
