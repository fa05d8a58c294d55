import { Link, Text } from '@fluentui/react-components';
import { fenToCapital, formatYuan } from '../../core';
import type { ClaimSummary } from '../state/types';
import { usePane } from './context';
import { useStyles } from './styles';

/** What the last 生成申报材料 claimed: persons, amount in 元 and in capitals, and the rows left out. */
export function ClaimTotals({ claim, onShowExcluded }: { claim: ClaimSummary; onShowExcluded: () => void }) {
  const { t } = usePane();
  const s = useStyles();
  return (
    <div className={s.section} data-testid="claim-totals">
      <Text weight="semibold">{t.claimTotalsHeading}</Text>
      <table className={s.totalsTable}>
        <tbody>
          <tr>
            <td>{t.claimPersons(claim.persons)}</td>
            <td className={s.num} data-testid="claim-amount">
              {t.claimAmount(formatYuan(claim.fen))}
            </td>
          </tr>
          <tr>
            <td>{t.claimCapital}</td>
            <td data-testid="claim-capital">{fenToCapital(claim.fen)}</td>
          </tr>
        </tbody>
      </table>
      {claim.includeErrorRows ? (
        <Text size={200} className={s.muted}>
          {t.claimWithErrors}
        </Text>
      ) : null}
      <div className={s.row}>
        <Text data-testid="claim-excluded">{t.claimExcluded(claim.excluded)}</Text>
        {claim.excludedAt ? (
          <Link as="button" data-testid="show-excluded" onClick={onShowExcluded}>
            {t.showExcluded}
          </Link>
        ) : null}
      </div>
    </div>
  );
}
