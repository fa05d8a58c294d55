import { Text } from '@fluentui/react-components';
import type { ImportReport } from '../state/ledger';
import { usePane } from './context';
import { useStyles } from './styles';

/** What each roster file chosen for 导入花名册到台账 added, and its rows that could not be read. */
export function LedgerImportReport({ reports }: { reports: ImportReport[] }) {
  const { t, locale } = usePane();
  const s = useStyles();
  if (!reports.length) return null;
  return (
    <ul className={s.list} data-testid="ledger-import-report" aria-label={t.ledger.importButton}>
      {reports.map((r, i) => (
        <li key={`${i}:${r.file}`} data-file={r.file} data-added={r.added}>
          <Text size={200}>
            {r.error
              ? t.ledger.importFailed(r.file, r.error)
              : t.ledger.importLine(r.file, r.rows, r.added, r.duplicates)}
          </Text>
          {r.unreadable.length ? (
            <Text as="p" size={200} className={s.muted} style={{ margin: 0 }} data-testid="ledger-unreadable">
              {t.ledger.importUnreadable(
                r.unreadable
                  .slice(0, 20)
                  .map((u) => `${t.rowRef(u.row)} (${u.value || '—'})`)
                  .join(locale === 'zh-CN' ? '、' : ', '),
              )}
              {r.unreadable.length > 20 ? ` … ${r.unreadable.length}` : ''}
            </Text>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
