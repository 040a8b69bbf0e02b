import { lazy, Suspense } from 'react';
import type { DealId } from '@/lib/deals/deal';
import { ContactView } from './ContactView';

// The deal card and its engine load only when a deal is shown.
const DealView = lazy(() => import('./DealCard').then((module) => ({ default: module.DealView })));

/** A deal opened in the panel from one of its people: the same judgment and cards as on its CRM page. */
export function OpenedDeal({ dealId }: { dealId: DealId }) {
  return (
    <ContactView
      dealId={dealId}
      dealView={
        <Suspense fallback={null}>
          <DealView dealId={dealId} />
        </Suspense>
      }
    />
  );
}
