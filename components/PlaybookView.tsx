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

/** Tiers: who belongs in each, how often to follow up, what to send. */
function TiersSection({ playbook }: { playbook: Playbook }) {
  const { t, label, locale } = useI18n();
  return (
    <details className="card playbook-stage" data-testid="playbook-tiers">
      <summary>
        <strong>{t('playbook.tiersTitle')}</strong>
      </summary>
      {playbook.tiers.map((tier) => (
        <div key={tier.id} className="playbook-entry">
          <h3>
            <span className={`tier tier-${tier.id}`}>{t('today.tier', { tier: tier.id })}</span> {tier.definition[locale]}
          </h3>
          <p>
            {label('playbook.cadence')}
            {tier.cadenceLabel[locale]}
          </p>
          <p>
            {label('playbook.send')}
            {tier.send[locale]}
          </p>
        </div>
      ))}
    </details>
  );
}

/** Each objection: what it may hide, the question that tells, and the talk tracks. */
function ObjectionSection({ objection }: { objection: Playbook['objections'][number] }) {
  const { t, label, locale } = useI18n();
  return (
    <details className="card playbook-stage" data-testid={`playbook-objection-${objection.id}`}>
      <summary>
        <strong>{objection.name[locale]}</strong>
      </summary>
      <h3>{t('reply.mayHide')}</h3>
      <ul>
        {objection.hiddenConcerns.map((concern) => (
          <li key={concern.en}>{concern[locale]}</li>
        ))}
      </ul>
      <p>
        {label('reply.clarify')}
        {objection.clarifyingQuestion[locale]}
      </p>
      <h3>{t('playbook.tracks')}</h3>
      <ol>
        {objection.responses.map((response) => (
          <li key={response.trackId}>{response.text[locale]}</li>
        ))}
      </ol>
    </details>
  );
}

/** Buying signals and what to do when one shows. */
function SignalsSection({ playbook }: { playbook: Playbook }) {
  const { t, locale } = useI18n();
  return (
    <details className="card playbook-stage" data-testid="playbook-signals">
      <summary>
        <strong>{t('playbook.signalsTitle')}</strong>
      </summary>
      <ul>
        {playbook.buyingSignals.map((signal) => (
          <li key={signal.id}>
            <strong>{signal.name[locale]}</strong> {signal.action[locale]}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The playbook for trainees: every stage's goal, tasks, exit criteria and a worked example; tiers, objections and buying signals. */
export function PlaybookView({ focus }: { focus: StageId | undefined }) {
  const { t } = useI18n();
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
      <h2 className="playbook-group">{t('playbook.stagesTitle')}</h2>
      <div data-testid="playbook-stages">
        {STAGE_IDS.map((stage) => (
          <StageSection key={stage} playbook={playbook} stage={stage} open={stage === focus} />
        ))}
      </div>
      <h2 className="playbook-group">{t('playbook.qualifyTitle')}</h2>
      <TiersSection playbook={playbook} />
      <h2 className="playbook-group">{t('playbook.objectionsTitle')}</h2>
      {playbook.objections.map((objection) => (
        <ObjectionSection key={objection.id} objection={objection} />
      ))}
      <SignalsSection playbook={playbook} />
    </div>
  );
}
