// The pane's strings and locale, shared by every component.
import { createContext, useContext } from 'react';
import type { Locale } from '../../core';
import { stringsFor, type Strings } from '../i18n';

export interface PaneContextValue {
  t: Strings;
  locale: Locale;
}

export const PaneContext = createContext<PaneContextValue>({ t: stringsFor('zh-CN'), locale: 'zh-CN' });

export function usePane(): PaneContextValue {
  return useContext(PaneContext);
}
