import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Switch,
  Text,
} from '@fluentui/react-components';
import { readAsArrayBuffer } from '../files/readFile';
import type { PaneController } from '../state/controller';
import type { PaneState } from '../state/types';
import { usePane } from './context';
import { DateInput } from './DateInput';
import { FilePickButton } from './FilePickButton';
import { LedgerImportReport } from './LedgerImportReport';
import { LedgerStatusText } from './LedgerStatusText';
import { useStyles } from './styles';

const ROSTER_TYPES = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 补贴台账: the ledger sheet's status, 对照补贴台账核验, 导入花名册到台账 and 登记入账 (collapsible). */
export function LedgerPanel({ state, ctl }: { state: PaneState; ctl: PaneController }) {
  const { t } = usePane();
  const s = useStyles();
  const l = state.ledger;
  const lt = t.ledger;
  const busy = l.busy || state.phase !== 'idle';
  const ledgerFindings = state.result ? state.result.findings.filter((f) => f.code.startsWith('ledger.')).length : 0;
  const onFiles = (files: File[]) =>
    void Promise.all(files.map(async (f) => ({ name: f.name, data: await readAsArrayBuffer(f) }))).then((list) =>
      ctl.ledger.importFiles(list),
    );
  return (
    <section className={s.section} aria-labelledby="ledger-heading" data-testid="ledger">
      <Accordion collapsible defaultOpenItems={['ledger']}>
        <AccordionItem value="ledger">
          <AccordionHeader as="h2" id="ledger-heading" data-testid="ledger-toggle-section">
            <Text weight="semibold" size={400}>
              {lt.heading}
            </Text>
          </AccordionHeader>
          <AccordionPanel className={s.section}>
            <LedgerStatusText status={l.status} checkedAgainst={l.checkedAgainst} findings={ledgerFindings} />
            <Switch
              label={lt.checkToggle}
              checked={l.check}
              disabled={busy}
              data-testid="ledger-check"
              onChange={(_, d) => ctl.ledger.setCheck(d.checked)}
            />
            <Text size={200} className={s.muted}>
              {lt.checkHint}
            </Text>
            <div className={s.row}>
              <FilePickButton
                label={lt.importButton}
                accept={ROSTER_TYPES}
                disabled={busy}
                multiple
                testId="ledger-import"
                onFiles={onFiles}
              />
            </div>
            <Text size={200} className={s.muted}>
              {lt.importHint}
            </Text>
            <LedgerImportReport reports={l.imports} />
            <div className={s.row}>
              <Field label={lt.paidOn} style={{ flex: '0 1 11em' }}>
                <DateInput
                  size="small"
                  value={l.paidOn}
                  disabled={busy}
                  testId="ledger-paid"
                  onChange={(v) => ctl.ledger.setPaidOn(v)}
                />
              </Field>
              <Button
                appearance="secondary"
                disabled={busy || !state.result}
                data-testid="ledger-record"
                onClick={() => void ctl.ledger.record()}
              >
                {lt.recordButton}
              </Button>
            </div>
            <Text size={200} className={s.muted}>
              {state.result ? lt.recordHint : lt.recordNeedsCheck}
            </Text>
            {l.notice ? (
              <MessageBar intent={l.notice.intent} data-testid="ledger-notice" aria-live="polite">
                <MessageBarBody>{l.notice.text}</MessageBarBody>
              </MessageBar>
            ) : null}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
