import { Field, MessageBar, MessageBarBody, Select, Text } from '@fluentui/react-components';
import { BUILTIN_POLICIES } from '../../core';
import type { PaneController } from '../state/controller';
import { CUSTOM_POLICY_ID, type PaneState } from '../state/types';
import { usePane } from './context';
import { FilePickButton } from './FilePickButton';
import { useStyles } from './styles';

/** The policy profile: a built-in one, or a POLICY.json chosen from disk (its error shown here). */
export function PolicyPicker({ state, ctl }: { state: PaneState; ctl: PaneController }) {
  const { t } = usePane();
  const s = useStyles();
  const busy = state.phase !== 'idle';
  return (
    <section className={s.section} aria-labelledby="policy-heading">
      <Text as="h2" id="policy-heading" weight="semibold" size={400}>
        {t.policyHeading}
      </Text>
      <Field label={t.policyLabel}>
        <Select
          className={s.fill}
          value={state.policyId}
          disabled={busy}
          data-testid="policy-select"
          onChange={(_, d) => ctl.setPolicy(d.value)}
        >
          {BUILTIN_POLICIES.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          {state.customPolicy ? (
            <option value={CUSTOM_POLICY_ID}>{t.policyCustom(state.customPolicy.policy.name)}</option>
          ) : null}
        </Select>
      </Field>
      <div className={s.row}>
        <FilePickButton
          label={t.policyFromFile}
          accept=".json,application/json"
          disabled={busy}
          testId="policy-file"
          onFile={(file) => void file.text().then((text) => ctl.loadPolicyFile(file.name, text))}
        />
      </div>
      {state.policyError ? (
        <MessageBar intent="error" data-testid="policy-error">
          <MessageBarBody>
            <pre style={{ whiteSpace: 'pre-wrap', margin: 0, fontFamily: 'inherit' }}>{state.policyError}</pre>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
