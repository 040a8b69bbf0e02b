import { Component, type ReactNode } from 'react';
import { useI18n } from './i18n';

interface State {
  error: Error | null;
}

/** What a failed card shows in its place: which card, what went wrong; the rest of the panel keeps working. */
function CardFailed({ name, error }: { name: string; error: Error }) {
  const { t } = useI18n();
  return (
    <section className="card error" role="alert" data-testid="card-failed" data-card={name}>
      {t('card.failed', { error: `${name}: ${error.name}` })}
    </section>
  );
}

/**
 * An error boundary around one card: a card that throws while rendering shows its own failure and
 * leaves every other card working (one broken feature never blanks the panel).
 */
export class CardBoundary extends Component<{ name: string; children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown): void {
    console.error(`[SOP Copilot] the ${this.props.name} card failed`, error);
  }

  override render(): ReactNode {
    return this.state.error ? <CardFailed name={this.props.name} error={this.state.error} /> : this.props.children;
  }
}
