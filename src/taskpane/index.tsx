/// <reference types="office-js" />
// Task pane entry: finds its host — WPS 表格 (a WPS加载项 page, where WPS puts the spreadsheet's
// `Application` on window) or Excel (Office.js) — and renders the pane over that host's adapter.
import { createRoot } from 'react-dom/client';
import { createOfficeHost, createOfficeTools } from '../office';
import type { PaneTools, RosterHost } from '../core';
import { createWpsHost, etApplication } from '../wps';
import { App } from './components/App';
import { saveNotice } from './files/notice';
import { readXlsxRows, readXlsxSheets } from './files/xlsx';
import { workerRunner } from './worker/runner';

function mount(host: RosterHost, tools?: PaneTools): void {
  const el = document.getElementById('root');
  if (!el) return;
  const deps = {
    host,
    tools,
    runner: workerRunner('checkWorker.js'),
    readXlsx: readXlsxRows,
    readXlsxSheets,
    saveNotice,
  };
  createRoot(el).render(<App deps={deps} />);
}

if (etApplication()) {
  mount(createWpsHost());
} else if (typeof Office === 'undefined') {
  // neither WPS's Application nor office.js (opened outside both, or office.js's CDN was unreachable)
  const el = document.getElementById('root');
  if (el)
    el.textContent =
      '花名册核验需要在 Excel 或 WPS 表格中打开（Office.js 未加载）。 Roster Check must be opened in Excel or WPS Spreadsheets.';
} else {
  void Office.onReady(() => mount(createOfficeHost(), createOfficeTools()));
}
