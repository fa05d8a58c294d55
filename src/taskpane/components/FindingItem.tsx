import { Badge, Button } from '@fluentui/react-components';
import { memo } from 'react';
import { type Finding, hasExpectedAmount } from '../../core';
import { findingAddress, ruleTitle } from '../state/findings';
import { usePane } from './context';
import { useStyles } from './styles';
import { SEVERITY_COLOR } from './Totals';

export interface FindingItemProps {
  finding: Finding;
  onSelect(f: Finding): void;
  /** on the cell selected in the sheet */
  current?: boolean;
  /** 填入应发金额 for this finding (rate.mismatch with a computed amount) */
  onFixAmount?(f: Finding): void;
}

/** One finding: a button (Enter or click) that selects its cell in the sheet. */
export const FindingItem = memo(function FindingItem({ finding: f, onSelect, current, onFixAmount }: FindingItemProps) {
  const { t, locale } = usePane();
  const s = useStyles();
  const text = f.message ?? ruleTitle(f.code, locale);
  const address = findingAddress(f);
  const where = address ?? t.rowRef(f.row);
  return (
    <li>
      <Button
        appearance="subtle"
        className={current ? `${s.findingButton} ${s.current}` : s.findingButton}
        aria-current={current ? 'true' : undefined}
        data-current={current ? 'true' : undefined}
        data-testid="finding"
        data-code={f.code}
        data-row={f.row}
        data-col={f.col}
        // the visible text is the accessible name (axe label-content-name-mismatch); where it goes, a description
        title={t.goToCell(address ? t.cellRef(address) : where)}
        onClick={() => onSelect(f)}
      >
        <Badge appearance="filled" color={SEVERITY_COLOR[f.severity]}>
          {t.severity[f.severity]}
        </Badge>
        <span className={s.findingWhere}>{where}</span>
        <span title={f.code}>{text}</span>
      </Button>
      {onFixAmount && hasExpectedAmount(f) ? (
        <Button size="small" appearance="transparent" data-testid="fix-amount-one" onClick={() => onFixAmount(f)}>
          {t.pane.fixAmountOne}
        </Button>
      ) : null}
    </li>
  );
});
