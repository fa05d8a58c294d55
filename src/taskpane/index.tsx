/// <reference types="office-js" />
// Task pane entry: waits for Office, then renders the pane over the Office.js adapter.
import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../office';
import { App } from './components/App';
import { readXlsxRows, readXlsxSheets } from './files/xlsx';
import { workerRunner } from './worker/runner';

function mount(): void {
  const el = document.getElementById('root');
  if (!el) return;
  const deps = { host: createOfficeHost(), runner: workerRunner('checkWorker.js'), readXlsx: readXlsxRows, readXlsxSheets };
  createRoot(el).render(<App deps={deps} />);
}

if (typeof Office === 'undefined') {
  // office.js did not load (opened outside Office, or its CDN was unreachable)
  const el = document.getElementById('root');
  if (el) el.textContent = '花名册核验需要在 Excel 中打开（Office.js 未加载）。 Roster Check must be opened in Excel (Office.js did not load).';
} else {
  void Office.onReady(() => mount());
}
