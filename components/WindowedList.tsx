import { useState, type ReactNode } from 'react';

/**
 * A list that renders only the rows in view (and a few around them): each row has the same
 * height, so where a row sits is arithmetic and a list of any length costs what the screen shows.
 * `onNearEnd` asks for the next page when the last loaded rows come into view.
 */
export function WindowedList<T>({
  items,
  rowHeight,
  height,
  render,
  keyOf,
  onNearEnd,
  label,
  itemTestId,
}: {
  items: readonly T[];
  rowHeight: number;
  /** The most the list takes on screen, px; a shorter list takes its own height. */
  height: number;
  render: (item: T) => ReactNode;
  keyOf: (item: T) => string;
  onNearEnd?: () => void;
  label: string;
  itemTestId?: string;
}) {
  const [scrollTop, setScrollTop] = useState(0);
  const overscan = 6;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const onScroll = (top: number) => {
    setScrollTop(top);
    if (onNearEnd && Math.ceil((top + height) / rowHeight) + overscan >= items.length) onNearEnd();
  };
  return (
    <div className="window" style={{ maxHeight: height }} onScroll={(e) => onScroll(e.currentTarget.scrollTop)} tabIndex={0} role="region" aria-label={label}>
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
