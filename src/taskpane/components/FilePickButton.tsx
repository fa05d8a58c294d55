import { Button } from '@fluentui/react-components';
import { useRef } from 'react';
import { useStyles } from './styles';

export interface FilePickButtonProps {
  label: string;
  accept: string;
  disabled?: boolean;
  testId: string;
  onFile(file: File): void;
}

/** A keyboard-usable button that opens the file chooser (the file input itself stays hidden). */
export function FilePickButton({ label, accept, disabled, testId, onFile }: FilePickButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const s = useStyles();
  return (
    <>
      <Button size="small" disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        className={s.hiddenInput}
        tabIndex={-1}
        aria-hidden="true"
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
