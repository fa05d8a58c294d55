import { Field, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { readAsArrayBuffer } from '../files/readFile';
import type { PaneController } from '../state/controller';
import type { PaneState } from '../state/types';
import { usePane } from './context';
import { FilePickButton } from './FilePickButton';
import { useStyles } from './styles';

/** The occupation catalog: the bundled sample, a sheet of this workbook, or a CSV/.xlsx file. */
export function CatalogPicker({ state, ctl }: { state: PaneState; ctl: PaneController }) {
  const { t } = usePane();
  const s = useStyles();
  const busy = state.phase !== 'idle';
  const c = state.catalog;
  // the radio's choice may run ahead of the catalog in use: 'file' before a file was chosen
  const [kind, setKind] = useState<string>(c.kind);
  useEffect(() => setKind(c.kind), [c]);
  const onKind = (next: string) => {
    setKind(next);
    if (next === 'sample') ctl.chooseSampleCatalog();
    else if (next === 'sheet') void ctl.chooseCatalogSheet(state.sheets.find((n) => /目录|catalog/i.test(n)) ?? '');
  };
  return (
    <section className={s.section} aria-labelledby="catalog-heading">
      <Text as="h2" id="catalog-heading" weight="semibold" size={400}>
        {t.catalogHeading}
      </Text>
      <RadioGroup value={kind} disabled={busy} aria-labelledby="catalog-heading" onChange={(_, d) => onKind(d.value)}>
        <Radio value="sample" label={t.catalogSample} />
        <Radio value="sheet" label={t.catalogSheet} />
        <Radio value="file" label={t.catalogFile} />
      </RadioGroup>
      {c.kind === 'sheet' ? (
        <Field label={t.catalogSheetLabel}>
          <Select
            className={s.fill}
            value={c.sheet}
            disabled={busy}
            data-testid="catalog-sheet"
            onChange={(_, d) => void ctl.chooseCatalogSheet(d.value)}
          >
            <option value="">{t.catalogChooseSheet}</option>
            {state.sheets.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {kind === 'file' ? (
        <div className={s.row}>
          <FilePickButton
            label={t.catalogChooseFile}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy}
            testId="catalog-file"
            onFile={(file) => void readAsArrayBuffer(file).then((data) => ctl.loadCatalogFile(file.name, data))}
          />
          {c.kind === 'file' && state.catalogEntries !== undefined ? (
            <Text size={200}>{t.catalogFileLoaded(c.name, state.catalogEntries)}</Text>
          ) : null}
        </div>
      ) : null}
      {c.kind === 'sample' ? (
        <MessageBar intent="warning" data-testid="sample-warning">
          <MessageBarBody>{t.sampleWarning}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.catalogError ? (
        <MessageBar intent="error" data-testid="catalog-error">
          <MessageBarBody>{state.catalogError}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
