import { useEffect, useId, useState } from 'react';
import { llmPolicyRefusal } from '@/lib/policy/llm-policy';
import { useManagedPolicy } from '@/lib/policy/use-managed-policy';
import { DEFAULT_LLM_SETTINGS, endpointOrigin, llmSettingsItem, maskKey, parseLlmSettings, TIMEOUT_RANGE, type LlmSettings } from '@/lib/llm/settings';
import { useI18n } from './i18n';

type Outcome = { kind: 'saved'; host: string } | { kind: 'saved-off' } | { kind: 'error'; message: string };

/**
 * The optional LLM: on/off, endpoint, model, key, timeout. Turning it on asks the browser for
 * access to that one endpoint (an optional host permission), from the click itself; the key is
 * kept in local storage and only ever shown masked.
 */
export function LlmSection() {
  const { t, list } = useI18n();
  const id = useId();
  const policy = useManagedPolicy();
  // While the policy is read, and when the admin turned the LLM off, the form cannot be used.
  const locked = policy?.allowLlm !== true;
  const endpoints = policy?.allowedLlmEndpoints;
  const [saved, setSaved] = useState<LlmSettings>(DEFAULT_LLM_SETTINGS);
  const [form, setForm] = useState({ enabled: false, baseUrl: DEFAULT_LLM_SETTINGS.baseUrl, model: DEFAULT_LLM_SETTINGS.model, apiKey: '', timeoutSeconds: String(DEFAULT_LLM_SETTINGS.timeoutSeconds) });
  const [outcome, setOutcome] = useState<Outcome>();

  useEffect(() => {
    void llmSettingsItem.getValue().then((value) => {
      const settings = parseLlmSettings(value);
      setSaved(settings);
      setForm({ enabled: settings.enabled, baseUrl: settings.baseUrl, model: settings.model, apiKey: '', timeoutSeconds: String(settings.timeoutSeconds) });
    });
  }, []);

  const save = async () => {
    const origin = endpointOrigin(form.baseUrl.trim());
    if (!origin) return setOutcome({ kind: 'error', message: t('llm.invalidUrl') });
    if (!form.model.trim()) return setOutcome({ kind: 'error', message: t('llm.invalidModel') });
    const host = new URL(form.baseUrl.trim()).host;
    if (form.enabled && policy && llmPolicyRefusal(policy, form.baseUrl.trim())) {
      return setOutcome({ kind: 'error', message: policy.allowLlm ? t('llm.endpointNotAllowed', { host, endpoints: list(endpoints ?? []) }) : t('llm.lockedOff') });
    }
    // Asked from the click that saves: the browser shows its own prompt for this one host.
    const denied = form.enabled && !(await browser.permissions.request({ origins: [origin] }).catch(() => false));
    const next = parseLlmSettings({ enabled: form.enabled && !denied, baseUrl: form.baseUrl.trim(), model: form.model.trim(), apiKey: form.apiKey.trim() || saved.apiKey, timeoutSeconds: Number(form.timeoutSeconds) });
    await llmSettingsItem.setValue(next);
    setSaved(next);
    setForm({ ...form, enabled: next.enabled, apiKey: '', timeoutSeconds: String(next.timeoutSeconds) });
    if (denied) setOutcome({ kind: 'error', message: t('llm.permissionDenied', { host }) });
    else setOutcome(next.enabled ? { kind: 'saved', host } : { kind: 'saved-off' });
  };

  const forgetKey = async () => {
    const next = { ...saved, apiKey: '' };
    await llmSettingsItem.setValue(next);
    setSaved(next);
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('llm.title')}</h2>
      <p className="muted">{t('llm.intro')}</p>
      {policy && !policy.allowLlm && (
        <p className="error" data-testid="llm-locked">
          {t('llm.lockedOff')}
        </p>
      )}
      {policy?.allowLlm && endpoints && (
        <p className="muted" data-testid="llm-locked">
          {t('llm.lockedEndpoints', { endpoints: list(endpoints) })}
        </p>
      )}
      <form
        className="llm-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset disabled={locked} className="llm-fields">
          <label className="inline">
            <input type="checkbox" checked={form.enabled} onChange={(e) => setForm({ ...form, enabled: e.target.checked })} data-testid="llm-enabled" /> {t('llm.enabled')}
          </label>
          <label>
            {t('llm.baseUrl')}
            <input type="url" value={form.baseUrl} onChange={(e) => setForm({ ...form, baseUrl: e.target.value })} data-testid="llm-base-url" spellCheck={false} />
          </label>
          <label>
            {t('llm.model')}
            <input type="text" value={form.model} onChange={(e) => setForm({ ...form, model: e.target.value })} data-testid="llm-model" spellCheck={false} />
          </label>
          <label>
            {t('llm.apiKey')}
            <input type="password" autoComplete="off" value={form.apiKey} onChange={(e) => setForm({ ...form, apiKey: e.target.value })} data-testid="llm-api-key" spellCheck={false} />
          </label>
          <p className="muted" data-testid="llm-key-status">
            {saved.apiKey ? t('llm.apiKeySaved', { mask: maskKey(saved.apiKey) }) : ''} {t('llm.apiKeyHint')}
          </p>
          <label>
            {t('llm.timeout')}
            <input type="number" min={TIMEOUT_RANGE.min} max={TIMEOUT_RANGE.max} value={form.timeoutSeconds} onChange={(e) => setForm({ ...form, timeoutSeconds: e.target.value })} data-testid="llm-timeout" />
          </label>
        </fieldset>
        <div className="button-row">
          <button type="submit" className="primary" disabled={locked} data-testid="llm-save">
            {t('llm.save')}
          </button>
          {saved.apiKey && (
            <button type="button" onClick={() => void forgetKey()} data-testid="llm-forget-key">
              {t('llm.forgetKey')}
            </button>
          )}
        </div>
      </form>
      {outcome?.kind === 'saved' && (
        <p role="status" className="ok" data-testid="llm-status">
          {t('llm.saved', { host: outcome.host })}
        </p>
      )}
      {outcome?.kind === 'saved-off' && (
        <p role="status" className="ok" data-testid="llm-status">
          {t('llm.savedOff')}
        </p>
      )}
      {outcome?.kind === 'error' && (
        <p role="alert" className="error-text" data-testid="llm-status">
          {outcome.message}
        </p>
      )}
    </section>
  );
}
