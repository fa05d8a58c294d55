import { Checkbox, Field, Input, Textarea } from '@fluentui/react-components';
import type { InfoFieldSpec } from '../state/info';
import { usePane } from './context';
import { DateInput } from './DateInput';
import { useStyles } from './styles';

interface Props {
  spec: InfoFieldSpec;
  value: string | boolean | undefined;
  error?: string;
  disabled: boolean;
  onChange: (value: string | boolean) => void;
  /** leaving the field saves the form in the document */
  onBlur: () => void;
}

/** One field of the 申报信息 form, its error shown under it. */
export function InfoField({ spec, value, error, disabled, onChange, onBlur }: Props) {
  const { t } = usePane();
  const s = useStyles();
  const label = t.infoLabels[spec.key];
  const testId = `info-${spec.key}`;
  if (spec.kind === 'boolean') {
    return (
      <Field validationMessage={error} validationState={error ? 'error' : 'none'}>
        <Checkbox
          checked={value === true}
          disabled={disabled}
          label={label}
          data-testid={testId}
          onChange={(_, d) => onChange(d.checked === true)}
          onBlur={onBlur}
        />
      </Field>
    );
  }
  const text = typeof value === 'string' ? value : '';
  return (
    <Field
      label={spec.required ? label : `${label}（${t.optional}）`}
      required={spec.required}
      validationMessage={error}
      validationState={error ? 'error' : 'none'}
    >
      {spec.key === 'remark' ? (
        <Textarea
          className={s.fill}
          value={text}
          disabled={disabled}
          data-testid={testId}
          resize="vertical"
          onChange={(_, d) => onChange(d.value)}
          onBlur={onBlur}
        />
      ) : spec.kind === 'date' ? (
        <DateInput value={text} disabled={disabled} testId={testId} onChange={onChange} onBlur={onBlur} />
      ) : (
        <Input
          className={s.fill}
          type="text"
          inputMode={spec.inputMode}
          value={text}
          disabled={disabled}
          data-testid={testId}
          onChange={(_, d) => onChange(d.value)}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
}
