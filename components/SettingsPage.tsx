import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { LOCALE_NAMES, LOCALES, type Locale } from '@/lib/i18n/locales';
import { sendMessage } from '@/lib/messaging/protocol';
import { readManagedPolicy } from '@/lib/policy/managed-storage';
import { useManagedPolicy } from '@/lib/policy/use-managed-policy';
import { useTeamPlaybookStatus } from '@/lib/policy/use-team-playbook-status';
import { resetPlaybook, saveTeamPlaybook, teamPlaybook } from '@/lib/playbook/store';
import { isQuotaError } from '@/lib/db/storage-health';
import { PLAYBOOK_FILE_MAX_BYTES, readFileText } from '@/lib/data/file-text';
import { translate } from '@/lib/i18n/messages';
import type { Playbook } from '@/lib/playbook/schema';
import { playbookWithCorrections } from '@/lib/reader/corrections';
import { allCorrections } from '@/lib/reader/store';
import { CrmSection } from './CrmSection';
import { DataSection, download } from './DataSection';
import { I18nContext, makeI18n } from './i18n';
import { JsonFilePicker } from './JsonFilePicker';
import { LlmSection } from './LlmSection';
import { RetentionSection } from './RetentionSection';
import { teamPlaybookTitle } from './TeamPlaybookStatusText';
import { TeamPolicySection } from './TeamPolicySection';
import { useLocale } from './use-locale';
import { OutdatedAlert } from './StorageAlert';

type ImportOutcome = { ok: true; file: string } | { ok: false; file: string; problems: string[] } | { ok: false; file: string; locked: true };

/** Saves an imported playbook; a write that failed (a full disk) is said, and the playbook in use stays the one before (one write). */
async function savePlaybookFile(playbook: Playbook, file: string, locale: Locale): Promise<string | undefined> {
  try {
    await saveTeamPlaybook(playbook, file, Date.now());
    return undefined;
  } catch (error) {
    const detail = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 200);
    return translate(locale, isQuotaError(error) ? 'issue.storageFull' : 'issue.storageFailed', { detail });
  }
}

/** Language and the team playbook (export, edit, import back, reset). */
export function SettingsPage() {
  const [locale, setLocale] = useLocale();
  const i18n = makeI18n(locale);
  const { t } = i18n;
  const team = useLiveQuery(() => teamPlaybook(), [], undefined);
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const corrections = useLiveQuery(() => allCorrections(), [], []);
  const policy = useManagedPolicy();
  const teamStatus = useTeamPlaybookStatus();
  // Until the policy is read, nothing the admin may have locked is offered.
  const personalAllowed = policy?.allowPersonalPlaybook === true;
  const fromPolicy = team?.source?.kind === 'policy';

  const exportPlaybook = async () => {
    const [{ exportPlaybook: toJson }, { DEFAULT_PLAYBOOK }] = await Promise.all([import('@/lib/playbook/import-export'), import('@/lib/playbook/default-playbook')]);
    download('sop-copilot-playbook.json', toJson(team?.playbook ?? DEFAULT_PLAYBOOK));
  };

  /** The playbook with the rep's corrections of the reply reader added to its case library, for the team lead. */
  const exportWithCorrections = async () => {
    const [{ exportPlaybook: toJson }, { DEFAULT_PLAYBOOK }] = await Promise.all([import('@/lib/playbook/import-export'), import('@/lib/playbook/default-playbook')]);
    download('sop-copilot-playbook-with-cases.json', toJson(playbookWithCorrections(team?.playbook ?? DEFAULT_PLAYBOOK, corrections)));
  };

  const importFile = async (file: File) => {
    // Enforced at the write, not only by hiding the button: the policy may have changed meanwhile.
    if (!(await readManagedPolicy()).allowPersonalPlaybook) {
      setOutcome({ ok: false, file: file.name, locked: true });
      return;
    }
    const { importPlaybook } = await import('@/lib/playbook/import-export');
    const read = await readFileText(file, PLAYBOOK_FILE_MAX_BYTES, locale);
    const result = read.ok ? importPlaybook(read.text, locale) : read;
    if (!result.ok) {
      setOutcome({ ok: false, file: file.name, problems: result.problems });
      return;
    }
    const problem = await savePlaybookFile(result.playbook, file.name, locale);
    setOutcome(problem ? { ok: false, file: file.name, problems: [problem] } : { ok: true, file: file.name });
  };

  /**
   * The rep's own playbook gives way to the team's: the background fetches it and replaces theirs
   * only when the file is good (else theirs stays and the status says why).
   */
  const backToTeamPlaybook = async () => {
    setOutcome(undefined);
    await sendMessage('checkTeamPlaybook', { from: 'settings', useTeam: true }).catch((error: unknown) => console.error('Team playbook check', error));
  };

  return (
    <I18nContext.Provider value={i18n}>
      <main className="settings" lang={locale}>
        <h1>{t('settings.title')}</h1>
        <OutdatedAlert />
        <section className="card">
          <h2>
            <label htmlFor="settings-language">{t('settings.language')}</label>
          </h2>
          <select id="settings-language" value={locale} onChange={(e) => setLocale(e.target.value as Locale)} data-testid="settings-language">
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        </section>
        {policy && <TeamPolicySection policy={policy} status={teamStatus} />}
        <section className="card" aria-labelledby="playbook-title">
          <h2 id="playbook-title">{t('settings.playbook')}</h2>
          <p data-testid="playbook-source">
            {team && fromPolicy && policy?.teamPlaybookUrl
              ? t('settings.playbookPolicy', { source: teamPlaybookTitle(t, policy.teamPlaybookUrl, teamStatus) })
              : team
              ? t('settings.playbookTeam', { file: team.fileName, date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(team.importedAt) })
              : t('settings.playbookDefault')}
          </p>
          <p className="muted" data-testid="playbook-cases">
            {t('settings.cases', { count: (team?.playbook.cases ?? []).length })}
          </p>
          <p className="muted">{t('settings.importHint')}</p>
          {policy && !personalAllowed && (
            <p className="muted" data-testid="playbook-locked">
              {t('settings.personalLocked')}
            </p>
          )}
          <div className="button-row">
            <button type="button" onClick={() => void exportPlaybook()}>
              {t('settings.export')}
            </button>
            {personalAllowed && <JsonFilePicker label={t('settings.import')} testId="playbook-file" onFile={(file) => void importFile(file)} />}
            {corrections.length > 0 && (
              <button type="button" onClick={() => void exportWithCorrections()} data-testid="export-corrections">
                {t('settings.exportCorrections', { count: corrections.length })}
              </button>
            )}
            {team && !fromPolicy && personalAllowed && !policy.teamPlaybookUrl && (
              <button type="button" onClick={() => void resetPlaybook().then(() => setOutcome(undefined))}>
                {t('settings.reset')}
              </button>
            )}
            {team && !fromPolicy && personalAllowed && policy.teamPlaybookUrl && (
              <button type="button" onClick={() => void backToTeamPlaybook()} data-testid="playbook-back-to-team">
                {t('settings.resetToTeam')}
              </button>
            )}
          </div>
          {outcome?.ok && (
            <p role="status" className="ok" data-testid="import-result">
              {t('settings.importOk', { file: outcome.file })}
            </p>
          )}
          {outcome && !outcome.ok && 'locked' in outcome && (
            <p role="alert" className="error" data-testid="import-result">
              {t('settings.importRefusedByPolicy', { file: outcome.file })}
            </p>
          )}
          {outcome && !outcome.ok && 'problems' in outcome && (
            <div role="alert" className="error" data-testid="import-result">
              <p>{t('settings.importFailed', { file: outcome.file, count: outcome.problems.length })}</p>
              <ul data-testid="import-problems">
                {outcome.problems.slice(0, 200).map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          )}
        </section>
        <LlmSection />
        <CrmSection />
        <DataSection />
        <RetentionSection />
      </main>
    </I18nContext.Provider>
  );
}
