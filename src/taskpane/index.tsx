/// <reference types="office-js" />
// Task pane entry: waits for Office, then renders the pane over the Office.js adapter.
import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../office';
import { App } from './components/App';
import { readXlsxRows } from './files/xlsx';
import { workerRunner } from './worker/runner';

function mount(): void {
  const el = document.getElementById('root');
  if (!el) return;
  const deps = { host: createOfficeHost(), runner: workerRunner('checkWorker.js'), readXlsx: readXlsxRows };
  createRoot(el).render(<App deps={deps} />);
}

void Office.onReady(() => mount());
