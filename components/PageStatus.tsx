import type { ExtractionError } from '@/lib/sites/extraction';
import { SITE_ADAPTERS } from '@/lib/sites/registry';
import { MESSAGES, type MessageKey } from '@/lib/i18n/messages';
import { useI18n } from './i18n';

/** A calm one-line status, or the loud layout error with what a maintainer needs. */
export function PageStatus({ message, testId, className }: { message: string; testId?: string; className?: string }) {
  return (
    <p className={className ? `status ${className}` : 'status'} role="status" data-testid={testId}>
      {message}
    </p>
  );
}

/** A page part a reader looks for, in the rep's words (the id stays in `data-missing` for whoever fixes the selector). */
function partName(t: ReturnType<typeof useI18n>['t'], part: string): string {
  const key = `status.part.${part}`;
  return key in MESSAGES.en ? t(key as MessageKey) : part;
}

export function LayoutError({ error }: { error: ExtractionError }) {
  const { t, list } = useI18n();
  const site = SITE_ADAPTERS[error.site].label;
  // A reader that threw carries its error message, for a bug report; a layout not recognised, the parts it missed.
  const missing = error.code === 'extractor-failed' ? error.missing.join(', ') : list(error.missing.map((part) => partName(t, part)));
  return (
    <div className="error" role="alert" data-testid="layout-error" data-code={error.code} data-missing={error.missing.join(' ')}>
      <h2>{t(error.code === 'extractor-failed' ? 'status.extractorFailed' : 'status.layoutNotRecognised', { site })}</h2>
      <p>{t(error.code === 'extractor-failed' ? 'status.extractorFailedDetail' : 'status.layoutNotRecognisedDetail', { site, missing })}</p>
    </div>
  );
}
