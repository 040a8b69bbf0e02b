import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { healthAfterFailedChange, healthAfterFailure, isQuotaError, sayFailedChanges, storageHealthItem } from './storage-health';

describe('storage health', () => {
  it('knows a full disk however Dexie wraps it', () => {
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError(Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota }))).toBe(true);
    expect(isQuotaError(new Error('Table contacts not part of transaction'))).toBe(false);
  });

  it('says what failed, bounded', () => {
    const health = healthAfterFailure(Object.assign(new Error('x'.repeat(2000)), { name: 'QuotaExceededError' }), 5, 'https://www.linkedin.com/in/a/');
    expect(health).toMatchObject({ ok: false, kind: 'full', at: 5, url: 'https://www.linkedin.com/in/a/' });
    expect(health.detail.length).toBe(500);
  });

  it('a change the rep made whose write failed is said as such; a bug elsewhere or a closing page is not', async () => {
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    expect(healthAfterFailedChange(new Dexie.AbortError('Transaction aborted', quota), 7)).toMatchObject({ ok: false, kind: 'full', what: 'change', at: 7 });
    expect(healthAfterFailedChange(new Dexie.ConstraintError('Key already exists'), 7)).toMatchObject({ ok: false, kind: 'other', what: 'change' });
    expect(healthAfterFailedChange(new DOMException('The transaction was aborted', 'AbortError'), 7)).toMatchObject({ kind: 'other', what: 'change' });
    expect(healthAfterFailedChange(new Dexie.DatabaseClosedError('Database has been closed'), 7)).toBeUndefined();
    expect(healthAfterFailedChange(new TypeError('x is undefined'), 7)).toBeUndefined();

    // An unhandled rejection in the page reaches the alert every panel shows.
    const page = new EventTarget();
    sayFailedChanges(page, () => 9);
    const event = Object.assign(new Event('unhandledrejection'), { reason: quota });
    page.dispatchEvent(event);
    await expect.poll(() => storageHealthItem.getValue()).toMatchObject({ ok: false, kind: 'full', what: 'change', at: 9 });
  });
});

