import type { ReactNode } from 'react';
import type { CardName } from '@/lib/settings/card-folds';
import { useCardOpen } from './use-card-fold';

/**
 * A card that folds to one line: its title and a one-line summary in a button (`aria-expanded`)
 * inside the card's heading, the body below. Closed, only that line shows; the rep's choice is
 * remembered per card (`use-card-fold.ts`), else `open` (what matters now) decides.
 */
export function Fold({
  name,
  title,
  summary,
  open: openByDefault,
  className,
  testId,
  extra,
  data,
  children,
}: {
  name: CardName;
  title: ReactNode;
  /** One line, cut with an ellipsis; shown closed and open. */
  summary?: ReactNode;
  open: boolean;
  className?: string;
  testId?: string;
  /** Controls that belong on the title line when the card is open (a language choice). */
  extra?: ReactNode;
  /** `data-*` attributes for the card (what tests and shortcuts read). */
  data?: Record<`data-${string}`, string>;
  children: ReactNode;
}) {
  const [open, setOpen] = useCardOpen(name, openByDefault);
  return (
    <section className={`card fold${className ? ` ${className}` : ''}`} aria-labelledby={`${name}-title`} data-testid={testId} data-card={name} data-open={open} {...data}>
      <div className="fold-line">
        <h2 className="fold-heading">
          <button type="button" className="fold-toggle" id={`${name}-title`} aria-expanded={open} aria-controls={`${name}-body`} onClick={() => setOpen(!open)} data-testid={`fold-${name}`}>
            <span className="fold-title">{title}</span>
            {/* The summary stands in for the body: shown only while the card is closed. */}
            {!open && summary !== undefined && summary !== '' && <span className="fold-summary">{summary}</span>}
          </button>
        </h2>
        {open && extra}
      </div>
      <div className="fold-body" id={`${name}-body`} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
