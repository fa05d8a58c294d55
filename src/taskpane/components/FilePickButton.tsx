import { Button } from '@fluentui/react-components';
import { useRef } from 'react';
import { useStyles } from './styles';

export interface FilePickButtonProps {
  label: string;
  accept: string;
  disabled?: boolean;
  testId: string;
  /** several files at once: onFiles gets them all */
  multiple?: boolean;
  onFile?(file: File): void;
  onFiles?(files: File[]): void;
}

/** A keyboard-usable button that opens the file chooser (the file input itself stays hidden). */
export function FilePickButton({ label, accept, disabled, testId, multiple, onFile, onFiles }: FilePickButtonProps) {
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
        multiple={multiple}
        className={s.hiddenInput}
        tabIndex={-1}
        aria-hidden="true"
        data-testid={testId}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length) onFiles?.(files);
          if (files[0]) onFile?.(files[0]);
        }}
      />
    </>
  );
}
