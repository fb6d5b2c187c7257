import { useId, type Ref } from 'react';
import type { Diagnostic, Severity } from '../../core/diagnostics/diagnostic';
import type { ImportCounts, ImportSuccess } from '../../core/import/types';
import { messageOf } from '../../core/diagnostics/diagnostic';
import { useLanguage, useT } from '../../i18n/useT';
import { IMPORT_FORMAT_LABEL } from './formatNames';
import { messages } from './messages';
import { summarize } from './summary';
import { FindingsTable } from './FindingsTable';
import { Callout } from '../../lib/ui/Callout';

const COUNT_LABEL: Record<keyof ImportCounts, keyof typeof messages.en> = {
  frontends: 'countFrontends',
  backendPools: 'countBackendPools',
  probes: 'countProbes',
  rules: 'countRules',
  vms: 'countVms',
};

/** What an import produced, before it replaces anything: counts per kind and every diagnostic and placeholder. */
export function ImportSummaryView({
  outcome,
  planner,
  headingRef,
  onPickLoadBalancer,
}: {
  outcome: ImportSuccess;
  planner: readonly Diagnostic[];
  headingRef: Ref<HTMLHeadingElement>;
  onPickLoadBalancer: (name: string) => void;
}) {
  const t = useT(messages);
  const id = useId();
  const summary = summarize(outcome);
  const severities: Record<Severity, number> = summary.bySeverity;
  return (
    <div className="interop-summary">
      <h3 className="interop-summary__title" ref={headingRef} tabIndex={-1}>
        {t('summaryTitle', { name: outcome.topology.name, format: t(IMPORT_FORMAT_LABEL[outcome.format]) })}
      </h3>
      {outcome.loadBalancers && (
        <div className="interop-field interop-field--inline">
          <label htmlFor={`${id}-lb`}>{t('loadBalancer')}</label>
          <select
            id={`${id}-lb`}
            value={outcome.loadBalancer ?? ''}
            aria-describedby={`${id}-lb-note`}
            onChange={(e) => onPickLoadBalancer(e.currentTarget.value)}
          >
            <option value="">{t('loadBalancerAll', { count: outcome.loadBalancers.length })}</option>
            {outcome.loadBalancers.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
          <span id={`${id}-lb-note`} className="interop-muted">
            {t('loadBalancerNote', { count: outcome.loadBalancers.length })}
          </span>
        </div>
      )}
      <dl className="interop-counts" aria-label={t('countsLabel')}>
        {summary.counts.map(({ kind, count }) => (
          <div key={kind} className="interop-counts__item" data-kind={kind}>
            <dt>{t(COUNT_LABEL[kind])}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
      {summary.findings.length === 0 ? (
        <p className="interop-muted">{t('noFindings')}</p>
      ) : (
        <FindingsTable
          groups={summary.groups}
          caption={t('findingsCaption', {
            count: summary.findings.length,
            errors: severities.error,
            warnings: severities.warning,
            infos: severities.info,
            placeholders: summary.placeholders,
          })}
        />
      )}
      {outcome.counts.vms === 0 && (
        <Callout tone="info" className="interop-next">
          <strong>{t('noVmsTitle')}</strong> {t('noVmsNext')}
        </Callout>
      )}
      <PlannerFindings diagnostics={planner} />
      <p className="interop-muted">{t('replaceNote')}</p>
    </div>
  );
}

const SHOWN_ERRORS = 5;

/** What the planner's own checks say of the imported topology, before it is opened: what is wrong, not only what was assumed. */
// The checks ran in the import worker with the import: a large imported topology costs the page nothing here.
function PlannerFindings({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  const t = useT(messages);
  const language = useLanguage();
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return (
    <section className="interop-planner" aria-label={t('plannerTitle')}>
      <p>{errors.length === 0 && warnings === 0 ? t('plannerClean') : t('plannerCount', { errors: errors.length, warnings })}</p>
      {errors.length > 0 && (
        <ul className="interop-planner__list">
          {errors.slice(0, SHOWN_ERRORS).map((d, i) => (
            <li key={i}>
              <code>{d.code}</code> {messageOf(d, language)}
            </li>
          ))}
        </ul>
      )}
      {errors.length > SHOWN_ERRORS && <p className="interop-muted">{t('plannerMore', { n: errors.length - SHOWN_ERRORS })}</p>}
    </section>
  );
}
