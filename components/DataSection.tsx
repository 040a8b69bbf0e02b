import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { ImportMode } from '@/lib/data/backup';
import { contactCount } from '@/lib/contacts/store';
import { deleteEverything, exportData, importData } from '@/lib/data/store';
import { DATA_FILE_MAX_BYTES, readFileText } from '@/lib/data/file-text';
import { sendMessage } from '@/lib/messaging/protocol';
import { useI18n } from './i18n';
import { JsonFilePicker } from './JsonFilePicker';

type State =
  | { kind: 'idle' }
  | { kind: 'exporting' }
  | { kind: 'exported'; file: string }
  | { kind: 'importing'; done: number; total: number }
  | { kind: 'imported'; file: string; contacts: number; touches: number; merged: number; corrections: number; trackUses: number; drillAnswers: number }
  | { kind: 'failed'; file: string; problems: string[] }
  | { kind: 'confirm-delete' }
  | { kind: 'deleted' };

/** Downloads text as a file, the way a link with `download` does. */
export function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What is stored and where, and export, import and delete of all of it. */
export function DataSection() {
  const { t, locale } = useI18n();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const count = useLiveQuery(() => contactCount(), [], 0);

  const exportAll = async () => {
    setState({ kind: 'exporting' });
    const file = `sop-copilot-data-${new Date().toISOString().slice(0, 10)}.json`;
    download(file, await exportData(Date.now()));
    setState({ kind: 'exported', file });
  };
  const importFile = async (file: File) => {
    setState({ kind: 'importing', done: 0, total: 0 });
    const startedAt = Date.now();
    try {
      const read = await readFileText(file, DATA_FILE_MAX_BYTES, locale);
      const result = read.ok ? await importData(read.text, mode, (done, total) => setState({ kind: 'importing', done, total }), locale, startedAt) : read;
      setState(result.ok ? { ...result, kind: 'imported', file: file.name } : { kind: 'failed', file: file.name, problems: result.problems });
    } catch (error) {
      // Anything else that failed before or during the write (which is one transaction): nothing was changed.
      setState({ kind: 'failed', file: file.name, problems: [t('issue.storageFailed', { detail: String(error).slice(0, 200) })] });
    }
  };
  const deleteAll = async () => {
    await deleteEverything();
    setState({ kind: 'deleted' });
    // A team playbook the admin's policy names is the team's, not the rep's data: it is fetched again.
    void sendMessage('checkTeamPlaybook', { from: 'settings' }).catch((error: unknown) => console.error('Team playbook check', error));
  };

  return (
    <section className="card" aria-labelledby="data-title">
      <h2 id="data-title">{t('data.title')}</h2>
      <p data-testid="privacy-notice">{t('data.privacy')}</p>
      <div className="button-row">
        <button type="button" onClick={() => void exportAll()} data-testid="data-export">
          {t('data.export')}
        </button>
        <JsonFilePicker label={t('data.import')} testId="data-file" onFile={(file) => void importFile(file)} />
        <button type="button" onClick={() => setState({ kind: 'confirm-delete' })} data-testid="data-delete-all">
          {t('data.deleteAll')}
        </button>
      </div>
      <fieldset className="checklist">
        <label>
          <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {t('data.merge')}
        </label>
        <label>
          <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} data-testid="data-mode-replace" /> {t('data.replace')}
        </label>
      </fieldset>
      {state.kind === 'exporting' && (
        <p role="status">
          <progress /> {t('data.exporting')}
        </p>
      )}
      {state.kind === 'exported' && (
        <p role="status" className="ok" data-testid="data-result">
          {t('data.exported', { file: state.file })}
        </p>
      )}
      {state.kind === 'importing' && (
        <p role="status">
          <progress value={state.done} max={state.total || 1} /> {t('data.importing', { done: state.done, total: state.total })}
        </p>
      )}
      {state.kind === 'imported' && (
        <p role="status" className="ok" data-testid="data-result">
          {t('data.imported', { file: state.file, contacts: state.contacts, touches: state.touches })}
        </p>
      )}
      {state.kind === 'imported' && state.corrections + state.trackUses + state.drillAnswers > 0 && (
        <p role="status" className="ok" data-testid="data-imported-work">
          {t('data.importedWork', { corrections: state.corrections, tracks: state.trackUses, answers: state.drillAnswers })}
        </p>
      )}
      {state.kind === 'imported' && state.merged > 0 && (
        <p role="status" className="ok" data-testid="data-merged">
          {t('data.merged', { count: state.merged })}
        </p>
      )}
      {state.kind === 'failed' && (
        <div role="alert" className="error" data-testid="data-result">
          <p>{t('data.importFailed', { file: state.file, count: state.problems.length })}</p>
          <ul>
            {state.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {state.kind === 'confirm-delete' && (
        <div role="alertdialog" aria-labelledby="delete-all-question" className="error">
          <p id="delete-all-question">{t('data.deleteAllConfirm', { count })}</p>
          <div className="button-row">
            <button type="button" onClick={() => void deleteAll()} data-testid="data-delete-all-yes">
              {t('data.deleteAllYes')}
            </button>
            <button type="button" onClick={() => setState({ kind: 'idle' })}>
              {t('data.cancel')}
            </button>
          </div>
        </div>
      )}
      {state.kind === 'deleted' && (
        <p role="status" className="ok" data-testid="data-result">
          {t('data.deleted')}
        </p>
      )}
    </section>
  );
}
