import { Text } from '@fluentui/react-components';
import type { PaneController } from '../state/controller';
import { INFO_FIELDS } from '../state/info';
import type { PaneState } from '../state/types';
import { usePane } from './context';
import { InfoField } from './InfoField';
import { useStyles } from './styles';

/** The 申报信息 form: what the claim papers need that the roster does not hold; kept in the document. */
export function InfoForm({ state, ctl }: { state: PaneState; ctl: PaneController }) {
  const { t } = usePane();
  const s = useStyles();
  const busy = state.phase !== 'idle';
  return (
    <fieldset className={s.fieldset} aria-labelledby="info-heading" data-testid="info-form">
      <Text as="h3" id="info-heading" weight="semibold">
        {t.infoHeading}
      </Text>
      {INFO_FIELDS.map((spec) => (
        <InfoField
          key={spec.key}
          spec={spec}
          value={state.info[spec.key]}
          error={state.infoErrors[spec.key]}
          disabled={busy}
          onChange={(v) => ctl.claim.setInfo(spec.key, v)}
          onBlur={() => ctl.claim.saveInfo()}
        />
      ))}
    </fieldset>
  );
}
