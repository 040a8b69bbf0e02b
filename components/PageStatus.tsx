import type { ExtractionError } from '@/lib/sites/extraction';
import { SITE_ADAPTERS } from '@/lib/sites/registry';
import { useI18n } from './i18n';

/** A calm one-line status, or the loud layout error with what a maintainer needs. */
export function PageStatus({ message, testId, className }: { message: string; testId?: string; className?: string }) {
  return (
    <p className={className ? `status ${className}` : 'status'} role="status" data-testid={testId}>
      {message}
    </p>
  );
}

export function LayoutError({ error }: { error: ExtractionError }) {
  const { t } = useI18n();
  const site = SITE_ADAPTERS[error.site].label;
  return (
    <div className="error" role="alert" data-testid="layout-error" data-code={error.code}>
      <h2>{t(error.code === 'extractor-failed' ? 'status.extractorFailed' : 'status.layoutNotRecognised', { site })}</h2>
      <p>{t(error.code === 'extractor-failed' ? 'status.extractorFailedDetail' : 'status.layoutNotRecognisedDetail', { site, missing: error.missing.join(', ') })}</p>
    </div>
  );
}
