import type { Dashboard } from '@/lib/dashboard/compute';
import type { Standing } from '@/lib/dashboard/standing';
import { areaKey, type DrillArea } from '@/lib/dashboard/drills';
import type { Playbook } from '@/lib/playbook/schema';
import { STAGE_IDS, type StageId } from '@/lib/sop/stages';
import { funnelBar } from '@/lib/dashboard/funnel';
import { useDashText } from './use-dash-text';
import { DayColumns, StackedBars } from './Charts';
import { cell, DataTable } from './DataTable';
import type { Formatters } from './format';

/** The charts' numbers: this browser's (`LoadedDashboard`) or the team's, where what is overdue now is not known (null). */
export interface SectionData extends Dashboard {
  overdue: readonly [number, number, number] | null;
  overdueFinal: boolean;
  /** Where things stand now, as the panel and Today show them; null for the team (each rep's Today is in their browser). */
  standing: Standing | null;
}

/** Per chart, what its numbers cannot include where they come from (the team's CRM): said on the chart. */
export type SectionLimits = Partial<Record<'kpis' | 'funnel' | 'cadence' | 'objections' | 'tracks' | 'drills', string>>;

interface Props {
  data: SectionData;
  playbook: Playbook;
  f: Formatters;
  limits?: SectionLimits | undefined;
}

const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);

/** A section of the dashboard; `empty`: nothing in the period, and only the summary says so (no chart or table of nothing beneath it). */
function Section({ id, title, help, limit, summary, empty = false, children }: { id: string; title: string; help?: string | undefined; limit?: string | undefined; summary: string; empty?: boolean; children: React.ReactNode }) {
  return (
    <section className="card dash-section" aria-labelledby={`${id}-title`} data-testid={`dash-${id}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {help && <p className="muted">{help}</p>}
      {limit && (
        <p className="limit" data-testid={`dash-${id}-limit`}>
          {limit}
        </p>
      )}
      <p className="summary" data-testid={`dash-${id}-summary`} data-empty={empty || undefined}>
        {summary}
      </p>
      {!empty && children}
    </section>
  );
}

export function FunnelSection({ data, playbook, f, limits }: Props) {
  const { t, locale } = useDashText();
  const { rows, weakest } = data.funnel;
  const { standing } = data;
  const name = (stage: StageId) => playbook.stages.find((s) => s.id === stage)?.name[locale] ?? stage;
  const total = (key: 'entered' | 'movedOn' | 'stalled' | 'lost') => sum(rows.map((r) => r[key]));
  const weakRow = rows.find((r) => r.stage === weakest);
  return (
    <Section id="funnel" title={t('dash.funnel.title')} help={t('dash.funnel.help', { days: String(playbook.triggers.stalledAfterDays ?? 30) })} limit={limits?.funnel} summary={t('dash.funnel.summary', { entered: total('entered'), movedOn: total('movedOn'), stalled: total('stalled'), lost: total('lost') })}>
      {weakest && weakRow && (
        <div className="advice" data-testid="dash-weakest">
          <p>
            <strong>{t('dash.funnel.weakest', { stage: name(weakest), conversion: f.share(weakRow.conversion) })}</strong>{' '}
            {t(weakest === 'discover' ? 'dash.advice.discover' : weakest === 'present' ? 'dash.advice.present' : 'dash.advice.other')}
          </p>
          <a href={`/sidepanel.html?view=playbook&stage=${weakest}`} target="_blank" rel="noopener" data-testid="dash-weakest-link">
            {t('dash.funnel.read', { stage: name(weakest) })}
          </a>
        </div>
      )}
      {/* Each bar is what entered the stage, as the table's Entered column: moved on, still in it, stalled, lost (a move back is still in it). */}
      <StackedBars
        series={[
          { name: t('dash.col.movedOn'), tone: 's0' },
          { name: t('dash.col.inStage'), tone: 's1' },
          { name: t('dash.col.stalled'), tone: 's2' },
          { name: t('dash.col.lost'), tone: 's3' },
        ]}
        rows={rows.map((r) => ({ key: r.stage, label: name(r.stage), values: funnelBar(r) }))}
      />
      {/* Where each deal and person is now, by the panel's own judgment (Today's index): the stage a manager sees on opening one. */}
      {standing && (
        <p className="muted" data-testid="dash-funnel-now">
          {t('dash.funnel.now', { unmapped: sum(standing.unmapped.map((u) => u.deals)) })}
        </p>
      )}
      <DataTable
        caption={t('dash.funnel.title')}
        file="funnel"
        testId="table-funnel"
        columns={[t('dash.col.stage'), t('dash.col.entered'), t('dash.col.movedOn'), t('dash.col.stalled'), t('dash.col.lost'), t('dash.col.conversion'), t('dash.col.medianDays'), t('dash.col.now')]}
        rows={rows.map((r) => ({
          key: r.stage,
          cells: [cell(name(r.stage), r.stage), cell(f.count(r.entered), r.entered), cell(f.count(r.movedOn), r.movedOn), cell(f.count(r.stalled), r.stalled), cell(f.count(r.lost), r.lost), cell(f.share(r.conversion), r.conversion), cell(f.days(r.medianDays), r.medianDays), standing ? cell(f.count(standing.byStage[r.stage]), standing.byStage[r.stage]) : cell('—', null)],
        }))}
      />
    </Section>
  );
}

export function CadenceSection({ data, f, limits }: Props) {
  const { t } = useDashText();
  const { rows, perDay, keptShare } = data.cadence;
  const total = (key: 'onTime' | 'late' | 'skipped') => f.count(sum(rows.map((r) => r[key])));
  const outbound = sum(perDay.map((d) => d.outbound));
  const inbound = sum(perDay.map((d) => d.inbound));
  const { overdue } = data;
  const counts = { share: f.share(keptShare), onTime: total('onTime'), late: total('late'), skipped: total('skipped') };
  const overdueCell = (i: number) => (overdue ? cell(f.count(overdue[i] ?? 0), overdue[i] ?? 0) : cell('—', null));
  return (
    <>
      <Section id="cadence" title={t('dash.cadence.title')} help={t('dash.cadence.help')} limit={limits?.cadence} summary={overdue ? t('dash.cadence.summary', { ...counts, overdue: f.count(sum(overdue)) }) : t('dash.cadence.summaryTeam', counts)}>
        {overdue && !data.overdueFinal && <p className="muted">{t('dash.cadence.building')}</p>}
        <StackedBars
          series={[
            { name: t('dash.col.onTime'), tone: 's0' },
            { name: t('dash.col.late'), tone: 's2' },
            { name: t('dash.col.skipped'), tone: 's3' },
          ]}
          rows={rows.map((r) => ({ label: r.tier, values: [r.onTime, r.late, r.skipped] }))}
        />
        <DataTable
          caption={t('dash.cadence.title')}
          file="cadence"
          testId="table-cadence"
          columns={[t('dash.col.tier'), t('dash.col.every'), t('dash.col.onTime'), t('dash.col.late'), t('dash.col.skipped'), t('dash.col.kept'), t('dash.col.overdue')]}
          rows={rows.map((r, i) => ({
            key: r.tier,
            cells: [cell(r.tier), cell(f.count(r.everyDays), r.everyDays), cell(f.count(r.onTime), r.onTime), cell(f.count(r.late), r.late), cell(f.count(r.skipped), r.skipped), cell(f.share(r.keptShare), r.keptShare), overdueCell(i)],
          }))}
        />
      </Section>
      <Section id="per-day" title={t('dash.perDay.title')} summary={t('dash.perDay.summary', { outbound, inbound, days: perDay.length, perDay: f.rate(perDay.length > 0 ? outbound / perDay.length : 0) })}>
        <DayColumns
          series={[
            { name: t('dash.col.outbound'), tone: 's0' },
            { name: t('dash.col.inbound'), tone: 's1' },
          ]}
          days={perDay.map((d) => ({ values: [d.outbound, d.inbound] }))}
        />
        <details>
          <summary>{t('dash.perDay.title')}</summary>
          <DataTable
            caption={t('dash.perDay.title')}
            file="touches-per-day"
            testId="table-per-day"
            columns={[t('dash.col.day'), t('dash.col.outbound'), t('dash.col.inbound')]}
            rows={perDay.map((d) => ({ key: String(d.day), cells: [cell(f.day(d.day), new Date(d.day).toLocaleDateString('sv')), cell(f.count(d.outbound), d.outbound), cell(f.count(d.inbound), d.inbound)] }))}
          />
        </details>
      </Section>
    </>
  );
}

export function ObjectionsSection({ data, playbook, f, limits }: Props) {
  const { t, locale } = useDashText();
  const { weeks, rows, winners, minSample } = data.tracks;
  const objectionName = (id: string) => playbook.objections.find((o) => o.id === id)?.name[locale] ?? id;
  const trackText = (objection: string, trackId: string) => {
    const text = playbook.objections.find((o) => o.id === objection)?.responses.find((r) => r.trackId === trackId)?.text[locale] ?? trackId;
    return text.length > 90 ? `${text.slice(0, 88)}…` : text;
  };
  const totals = new Map<string, number>();
  for (const w of weeks) for (const [id, n] of Object.entries(w.counts)) totals.set(id, (totals.get(id) ?? 0) + n);
  const order = playbook.objections.map((o) => o.id).filter((id) => totals.has(id));
  const top = [...totals.entries()].sort((a, b) => b[1] - a[1])[0];
  // Heard against answered: the talk tracks used for each objection in the period (at most as many as heard, on the bar).
  const answered = new Map<string, number>();
  for (const r of rows) answered.set(r.objection, (answered.get(r.objection) ?? 0) + r.uses);
  const answeredTotal = sum([...answered.values()]);
  const verdict = (objection: string, trackId: string, uses: number) => {
    if (winners[objection] === trackId) return t('dash.tracks.winner');
    const all = rows.filter((r) => r.objection === objection);
    if (all.length < 2 || all.some((r) => r.uses < minSample)) return uses < minSample ? t('dash.tracks.tooFew') : '';
    return t('dash.tracks.tie');
  };
  const objectionsUsed = new Set(rows.map((r) => r.objection));
  return (
    <>
      <Section id="objections" title={t('dash.objections.title')} help={limits?.objections ? undefined : t('dash.objections.help')} limit={limits?.objections} empty={!top} summary={top ? t(answeredTotal > 0 ? 'dash.objections.summaryAnswered' : 'dash.objections.summary', { total: sum([...totals.values()]), top: objectionName(top[0]), count: f.count(top[1]), answered: f.count(answeredTotal) }) : t('dash.empty')}>
        <StackedBars
          series={[
            { name: t('dash.col.answeredTrack'), tone: 's0' },
            { name: t('dash.col.unanswered'), tone: 's1' },
          ]}
          rows={order.map((id) => {
            const heard = totals.get(id) ?? 0;
            const used = Math.min(heard, answered.get(id) ?? 0);
            return { label: objectionName(id), values: [used, heard - used] };
          })}
        />
        <DataTable
          caption={t('dash.objections.title')}
          file="objections-by-week"
          testId="table-objections"
          columns={[t('dash.col.week'), ...order.map(objectionName)]}
          rows={weeks.map((w) => ({ key: String(w.week), cells: [cell(f.day(w.week), new Date(w.week).toLocaleDateString('sv')), ...order.map((id) => cell(f.count(w.counts[id] ?? 0), w.counts[id] ?? 0))] }))}
        />
      </Section>
      <Section
        id="tracks"
        title={t('dash.tracks.title')}
        help={t('dash.tracks.help', { min: f.count(minSample) })}
        limit={limits?.tracks}
        empty={rows.length === 0}
        // No track used: say so as the other empty charts do, not "0 talk-track uses for 0 objections; a winner named for 0".
        summary={rows.length === 0 ? t('dash.empty') : t('dash.tracks.summary', { uses: sum(rows.map((r) => r.uses)), objections: objectionsUsed.size, winners: f.count(Object.values(winners).filter((w) => w !== null).length) })}
      >
        <StackedBars
          series={[
            { name: t('dash.col.worked'), tone: 's0' },
            { name: t('dash.col.negative'), tone: 's3' },
          ]}
          rows={rows.map((r) => ({ label: `${objectionName(r.objection)} · ${trackText(r.objection, r.trackId)}`, values: [r.won, r.negative] }))}
        />
        <DataTable
          caption={t('dash.tracks.title')}
          file="talk-tracks"
          testId="table-tracks"
          columns={[t('dash.col.track'), t('dash.col.objection'), t('dash.col.uses'), t('dash.col.replied'), t('dash.col.movedOn'), t('dash.col.lost'), t('dash.col.negative'), t('dash.col.worked'), t('dash.col.verdict')]}
          rows={rows.map((r) => ({
            key: `${r.objection}:${r.trackId}`,
            cells: [
              cell(trackText(r.objection, r.trackId), r.trackId),
              cell(objectionName(r.objection), r.objection),
              cell(f.count(r.uses), r.uses),
              cell(f.count(r.replied), r.replied),
              cell(f.count(r.movedOn), r.movedOn),
              cell(f.count(r.lost), r.lost),
              cell(f.count(r.negative), r.negative),
              cell(f.share(r.winRate), r.winRate),
              cell(verdict(r.objection, r.trackId, r.uses)),
            ],
          }))}
        />
      </Section>
    </>
  );
}

export function DrillsSection({ data, playbook, f, limits }: Props) {
  const { t, locale } = useDashText();
  const { rows } = data.drills;
  const areaName = (area: DrillArea) =>
    area.kind === 'stage' ? t('dash.drills.stage', { name: playbook.stages[STAGE_IDS.indexOf(area.id)]?.name[locale] ?? area.id }) : t('dash.drills.objection', { name: playbook.objections.find((o) => o.id === area.id)?.name[locale] ?? area.id });
  const answered = sum(rows.map((r) => r.answered));
  const weakest = rows[0];
  return (
    <Section id="drills" title={t('dash.drills.title')} limit={limits?.drills} empty={!weakest} summary={weakest ? t('dash.drills.summary', { answered: f.count(answered), score: f.share(sum(rows.map((r) => r.correct)) / answered), area: areaName(weakest.area) }) : t('dash.empty')}>
      <StackedBars series={[{ name: t('dash.col.score'), tone: 's0' }, { name: '', tone: 's4' }]} rows={rows.map((r) => ({ label: areaName(r.area), values: [r.correct, r.answered - r.correct] }))} />
      <DataTable
        caption={t('dash.drills.title')}
        file="drills"
        testId="table-drills"
        columns={[t('dash.col.area'), t('dash.col.answered'), t('dash.col.correct'), t('dash.col.score'), t('dash.col.trend')]}
        rows={rows.map((r) => ({
          key: areaKey(r.area),
          cells: [cell(areaName(r.area), areaKey(r.area)), cell(f.count(r.answered), r.answered), cell(f.count(r.correct), r.correct), cell(f.share(r.score), r.score), cell(`${f.share(r.firstHalf)} → ${f.share(r.secondHalf)}`, `${r.firstHalf ?? ''}→${r.secondHalf ?? ''}`)],
        }))}
      />
      {weakest && (
        <ul className="practise">
          {rows.slice(0, 3).map((r) => (
            <li key={areaKey(r.area)}>
              <a href={`/sidepanel.html?view=drill&area=${encodeURIComponent(areaKey(r.area))}`} target="_blank" rel="noopener" data-testid={`practise-${areaKey(r.area)}`}>
                {t('dash.drills.practise', { area: areaName(r.area) })}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function KpiSection({ data, f, limits }: Props) {
  const { t } = useDashText();
  const { kpis } = data;
  const crm = t('dash.kpi.fromCrm');
  const rows: { key: string; label: string; text: string; value: string | number | null }[] = [
    { key: 'conversion', label: t('dash.kpi.conversion'), text: t('dash.kpi.of', { share: f.share(kpis.conversion), part: f.count(kpis.newSigned), whole: f.count(kpis.newLeads) }), value: kpis.conversion },
    { key: 'win-rate', label: t('dash.kpi.winRate'), text: t('dash.kpi.of', { share: f.share(kpis.winRate), part: f.count(kpis.signed), whole: f.count(kpis.signed + kpis.lost) }), value: kpis.winRate },
    { key: 'cycle', label: t('dash.kpi.cycle'), text: f.days(kpis.cycleDays), value: kpis.cycleDays },
    { key: 'cadence', label: t('dash.kpi.cadence'), text: f.share(data.cadence.keptShare), value: data.cadence.keptShare },
    { key: 'revenue', label: t('dash.kpi.revenue'), text: crm, value: null },
    { key: 'cac', label: t('dash.kpi.cac'), text: crm, value: null },
    { key: 'retention', label: t('dash.kpi.retention'), text: crm, value: null },
    { key: 'satisfaction', label: t('dash.kpi.satisfaction'), text: crm, value: null },
  ];
  return (
    <Section id="kpis" title={t('dash.kpis.title')} limit={limits?.kpis} summary={t('dash.kpis.summary', { conversion: f.share(kpis.conversion), winRate: f.share(kpis.winRate), cycle: f.days(kpis.cycleDays), cycleKnown: kpis.cycleDays === null ? 0 : 1, cadence: f.share(data.cadence.keptShare), overdue: data.overdue ? sum(data.overdue) : 0 })}>
      <DataTable caption={t('dash.kpis.title')} file="kpis" testId="table-kpis" columns={[t('dash.col.kpi'), t('dash.col.value')]} rows={rows.map((r) => ({ key: r.key, cells: [cell(r.label, r.key), cell(r.text, r.value)] }))} />
    </Section>
  );
}
