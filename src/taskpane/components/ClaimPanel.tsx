import { Button, Switch, Text } from '@fluentui/react-components';
import type { PaneController } from '../state/controller';
import type { PaneState } from '../state/types';
import { ClaimTotals } from './ClaimTotals';
import { usePane } from './context';
import { InfoForm } from './InfoForm';
import { useStyles } from './styles';

/** 申报材料: the 申报信息 form, the include-rows-with-errors switch, 生成申报材料 and what it claimed. */
export function ClaimPanel({ state, ctl }: { state: PaneState; ctl: PaneController }) {
  const { t } = usePane();
  const s = useStyles();
  const idle = state.phase === 'idle';
  return (
    <section className={s.section} aria-labelledby="claim-heading" data-testid="claim-panel">
      <Text as="h2" id="claim-heading" weight="semibold" size={400}>
        {t.claimHeading}
      </Text>
      <Text size={200} className={s.muted}>
        {t.claimHint}
      </Text>
      <InfoForm state={state} ctl={ctl} />
      <Switch
        checked={state.includeErrorRows}
        disabled={!idle}
        label={t.includeErrors}
        data-testid="include-errors"
        onChange={(_, d) => ctl.claim.setIncludeErrors(d.checked)}
      />
      <Text size={200} className={s.muted}>
        {t.includeErrorsHint}
      </Text>
      <Switch
        checked={state.includeUnrated === true}
        disabled={!idle}
        label={t.pane.includeUnrated}
        data-testid="include-unrated"
        onChange={(_, d) => ctl.claim.setIncludeUnrated(d.checked)}
      />
      <Text size={200} className={s.muted}>
        {t.pane.includeUnratedHint}
      </Text>
      <div className={s.row}>
        <Button
          appearance="primary"
          disabled={!idle || !state.result}
          data-testid="generate-claim"
          onClick={() => void ctl.claim.generate()}
        >
          {t.generateClaim}
        </Button>
        {ctl.canSaveNotice ? (
          <Button
            disabled={!idle || !state.result}
            data-testid="notice-only"
            onClick={() => void ctl.claim.noticeOnly()}
          >
            {t.pane.noticeOnly}
          </Button>
        ) : null}
        {!state.result ? (
          <Text size={200} className={s.muted}>
            {t.claimNeedsCheck}
          </Text>
        ) : null}
      </div>
      {state.claim ? <ClaimTotals claim={state.claim} onShowExcluded={() => void ctl.claim.showExcluded()} /> : null}
    </section>
  );
}
