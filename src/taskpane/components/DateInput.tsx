import { Input } from '@fluentui/react-components';
import { formatDate, parseDateText } from '../../core';
import { usePane } from './context';
import { useStyles } from './styles';

/** YYYY-MM-DD as typed, or a readable date (2021年3月1日, 2021.3.1) turned into it; unreadable text kept. */
export function normalDate(text: string): string {
  const d = parseDateText(text.trim());
  return d ? formatDate(d) : text;
}

interface Props {
  value: string;
  disabled: boolean;
  testId: string;
  size?: 'small' | 'medium';
  onChange(value: string): void;
  onBlur?(): void;
}

/**
 * A date typed as text, the same whatever the browser's locale (an <input type=date> shows mm/dd/yyyy under
 * en-US): YYYY-MM-DD or 2021年3月1日, made YYYY-MM-DD when the field is left.
 */
export function DateInput({ value, disabled, testId, size, onChange, onBlur }: Props) {
  const { t } = usePane();
  const s = useStyles();
  return (
    <Input
      className={s.fill}
      size={size}
      type="text"
      inputMode="numeric"
      placeholder={t.pane.datePlaceholder}
      value={value}
      disabled={disabled}
      data-testid={testId}
      onChange={(_, d) => onChange(d.value)}
      onBlur={() => {
        const normal = normalDate(value);
        if (normal !== value) onChange(normal);
        onBlur?.();
      }}
    />
  );
}
