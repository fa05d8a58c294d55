import { Label, Select, useId } from '@fluentui/react-components';
import type { Field } from '../../core';
import type { SheetColumn } from '../state/columns';
import { usePane } from './context';
import { useStyles } from './styles';

export interface MappingRowProps {
  field: Field;
  col: number;
  required: boolean;
  columns: SheetColumn[];
  disabled: boolean;
  onChange(field: Field, col: number): void;
}

/** One field of the mapping: its name and a dropdown of the sheet's columns (or 未映射). */
export function MappingRow({ field, col, required, columns, disabled, onChange }: MappingRowProps) {
  const { t } = usePane();
  const s = useStyles();
  const id = useId('map');
  const missing = required && col === 0;
  const label = t.fields[field];
  return (
    <>
      <Label htmlFor={id} required={required} className={missing ? s.missingLabel : undefined}>
        {label}
      </Label>
      <Select
        id={id}
        className={s.fill}
        size="small"
        value={String(col)}
        disabled={disabled}
        data-field={field}
        aria-invalid={missing || undefined}
        aria-label={required ? `${label}（${t.required}）` : label}
        onChange={(_, d) => onChange(field, Number(d.value))}
      >
        <option value="0">{t.unmapped}</option>
        {columns.map((c) => (
          <option key={c.col} value={String(c.col)}>
            {t.columnOption(c.letter, c.header)}
          </option>
        ))}
      </Select>
    </>
  );
}
