import { Button, Text } from '@fluentui/react-components';
import { usePane } from './context';
import { useStyles } from './styles';

export interface PagerProps {
  page: number;
  pages: number;
  onPage(page: number): void;
}

/** Previous / next page of the findings list. */
export function Pager({ page, pages, onPage }: PagerProps) {
  const { t } = usePane();
  const s = useStyles();
  if (pages <= 1) return null;
  return (
    <nav className={s.row} aria-label={t.findingsListLabel}>
      <Button size="small" disabled={page <= 0} onClick={() => onPage(page - 1)} data-testid="prev-page">
        {t.prevPage}
      </Button>
      <Text aria-live="polite" data-testid="page-of">
        {t.pageOf(page + 1, pages)}
      </Text>
      <Button size="small" disabled={page >= pages - 1} onClick={() => onPage(page + 1)} data-testid="next-page">
        {t.nextPage}
      </Button>
    </nav>
  );
}
