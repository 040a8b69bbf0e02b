import { translateDashboard, type DashboardKey } from '@/lib/i18n/dashboard-messages';
import type { MessageParams } from '@/lib/i18n/format';
import type { MessageKey } from '@/lib/i18n/messages';
import { useI18n } from '../i18n';

/** The dashboard's strings (and the panel's shared ones) in the page's language. */
export function useDashText(): { locale: ReturnType<typeof useI18n>['locale']; t: (key: DashboardKey | MessageKey, params?: MessageParams) => string } {
  const { locale } = useI18n();
  return { locale, t: (key, params) => translateDashboard(locale, key, params) };
}
