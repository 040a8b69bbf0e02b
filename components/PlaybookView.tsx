import type { Playbook } from '@/lib/playbook/schema';
import { useManagedPolicy } from '@/lib/policy/use-managed-policy';
import { useTeamPlaybookStatus } from '@/lib/policy/use-team-playbook-status';
import { STAGE_IDS, type StageId } from '@/lib/sop/stages';
import { useI18n } from './i18n';
import { TeamPlaybookStatusText } from './TeamPlaybookStatusText';
import { usePlaybook } from './use-playbook';

function StageSection({ playbook, stage, open }: { playbook: Playbook; stage: StageId; open: boolean }) {
  const { t, locale } = useI18n();
  const section = playbook.stages.find((s) => s.id === stage);
  if (!section) return null;
  return (
    <details className="card playbook-stage" open={open} data-testid={`playbook-${stage}`}>
      <summary>
        <strong>
          {STAGE_IDS.indexOf(stage) + 1}. {section.name[locale]}
        </strong>
      </summary>
      <p>{section.goal[locale]}</p>
      <h3>{t('playbook.tasks')}</h3>
      <ul>
        {section.keyTasks.map((task) => (
          <li key={task.en}>{task[locale]}</li>
        ))}
      </ul>
      <h3>{t('stage.exit')}</h3>
      <ul>
        {section.exitCriteria.map((criterion) => (
          <li key={criterion.id}>{criterion.text[locale]}</li>
        ))}
      </ul>
      <h3>{t('playbook.record')}</h3>
      <ul>
        {section.record.map((item) => (
          <li key={item.en}>{item[locale]}</li>
        ))}
      </ul>
      <h3>{t('playbook.example')}</h3>
      <blockquote className="reply-quote">{section.example[locale]}</blockquote>
    </details>
  );
}

/** The playbook for trainees: every stage's goal, tasks, exit criteria and a worked example. */
export function PlaybookView({ focus }: { focus: StageId | undefined }) {
  const playbook = usePlaybook();
  const policy = useManagedPolicy();
  const teamStatus = useTeamPlaybookStatus();
  if (!playbook) return null;
  return (
    <div data-testid="playbook">
      {policy?.teamPlaybookUrl && (
        <div className="card">
          <TeamPlaybookStatusText policy={policy} status={teamStatus} />
        </div>
      )}
      {STAGE_IDS.map((stage) => (
        <StageSection key={stage} playbook={playbook} stage={stage} open={stage === focus} />
      ))}
    </div>
  );
}
