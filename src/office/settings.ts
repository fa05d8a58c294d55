/// <reference types="office-js" />
// Settings kept in the document (Office.context.document.settings, key 'rosterCheck').
import type { DocSettings } from '../core';

export const SETTINGS_KEY = 'rosterCheck';

export function loadSettings(): DocSettings {
  const v = Office.context.document.settings.get(SETTINGS_KEY) as DocSettings | null | undefined;
  return v && typeof v === 'object' ? v : {};
}

export function saveSettings(s: DocSettings): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(SETTINGS_KEY, s);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Failed)
        reject(new Error(result.error?.message ?? 'saveAsync failed'));
      else resolve();
    });
  });
}

export function displayLanguage(): string {
  return (typeof Office !== 'undefined' && Office.context?.displayLanguage) || 'zh-CN';
}
