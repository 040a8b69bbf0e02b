import { LOCALE_NAMES, LOCALES, type Locale } from '@/lib/i18n/locales';

/** A choice of the product's three languages, each named in itself. */
export function LanguageSelect({ label, value, onChange, testId }: { label: string; value: Locale; onChange: (locale: Locale) => void; testId: string }) {
  return (
    <label>
      <span className="visually-hidden">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as Locale)} data-testid={testId}>
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
