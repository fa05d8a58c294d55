import { Badge, Text } from '@fluentui/react-components';
import type { CheckResult } from '../../core';
import { SEVERITY_ORDER } from '../../core';
import type { Severity } from '../../core';
import { ruleCounts, ruleTitle } from '../state/findings';
import { usePane } from './context';
import { useStyles } from './styles';

export const SEVERITY_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

/** Totals of the last check: by severity, and by rule. */
export function Totals({ result }: { result: CheckResult }) {
  const { t, locale } = usePane();
  const s = useStyles();
  const rules = ruleCounts(result.byRule);
  return (
    <div className={s.section} data-testid="totals">
      <Text weight="semibold">{t.totalsBySeverity}</Text>
      <div className={s.row}>
        {SEVERITY_ORDER.map((sev) => (
          <Badge key={sev} appearance="tint" color={SEVERITY_COLOR[sev]} data-testid={`total-${sev}`}>
            {t.severity[sev]} {result.summary[sev]}
          </Badge>
        ))}
      </div>
      {rules.length ? (
        <table className={s.totalsTable} data-testid="by-rule">
          <caption style={{ textAlign: 'left', fontWeight: 600 }}>{t.totalsByRule}</caption>
          <tbody>
            {rules.map((r) => (
              <tr key={r.code}>
                <td title={r.code} data-code={r.code}>
                  {ruleTitle(r.code, locale)}
                </td>
                <td style={{ textAlign: 'right' }}>{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
