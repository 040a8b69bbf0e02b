import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense } from 'react';
import { tabStateOf } from '@/lib/tabs/store';
import { ContactView } from './ContactView';
import { useI18n } from './i18n';
import { LayoutError, PageStatus } from './PageStatus';

const LOADING = 'loading' as const;

// The deal card and its engine (stage mapping, buying signals) load only on CRM pages.
const DealView = lazy(() => import('./DealCard').then((module) => ({ default: module.DealView })));

/** What the followed tab shows, live from the database the background writes. */
export function TabView({ tabId }: { tabId: number }) {
  const { t } = useI18n();
  const state = useLiveQuery(() => tabStateOf(tabId), [tabId], LOADING);
  if (state === LOADING) return null;
  if (state === null) return <PageStatus message={t('status.idle')} />;
  switch (state.status) {
    case 'reading':
      return <PageStatus message={t('status.reading')} />;
    case 'unsupported':
      return <PageStatus message={t('status.unsupported')} />;
    case 'failed':
      return <LayoutError error={state.error} />;
    case 'captured':
      return (
        <ContactView
          contactId={state.contactId}
          dealId={state.dealId}
          conversation={state.conversation}
          composeTabId={state.site === 'gmail' || state.site === 'outlook' || state.site === 'linkedin' ? tabId : undefined}
          composeSite={state.site}
          dealView={
            state.dealId && (
              <Suspense fallback={null}>
                <DealView dealId={state.dealId} />
              </Suspense>
            )
          }
        />
      );
  }
}
