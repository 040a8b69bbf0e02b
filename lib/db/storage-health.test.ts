import { describe, expect, it } from 'vitest';
import { healthAfterFailure, isQuotaError } from './storage-health';

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
    expect(!health.ok && health.detail.length).toBe(500);
  });
});
