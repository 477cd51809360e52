import type { PolicyDrift } from './policy-drift';

/** What was compared, named in the report's heading. */
export interface DriftReportSubject {
  policyFile: string;
  userPoolId: string;
  clientId: string;
  mode: string;
}

/** One mismatch on one line, as the start-up warning and `npm run policy:check` print it. */
export function describeDrift(drift: PolicyDrift): string {
  return `${drift.attribute} [${drift.kind}]: ${drift.message}`;
}

export function driftReportHeading(subject: DriftReportSubject, count: number): string {
  const found = count === 0 ? 'no mismatches' : count === 1 ? '1 mismatch' : `${count} mismatches`;
  return (
    `attribute policy ${subject.policyFile} vs user pool ${subject.userPoolId} ` +
    `(app client ${subject.clientId}, ${subject.mode} mode): ${found}`
  );
}

/** The whole report: a heading, then one indented line per mismatch. */
export function formatDriftReport(drifts: readonly PolicyDrift[], subject: DriftReportSubject) {
  return [
    driftReportHeading(subject, drifts.length),
    ...drifts.map((d) => `  - ${describeDrift(d)}`),
  ].join('\n');
}
