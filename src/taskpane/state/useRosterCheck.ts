// Binds the controller and store to React: the components get the state and the controller.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { BUILTIN_POLICIES } from '../../core';
import { pickLocale } from '../i18n';
import { PaneController, type PaneDeps } from './controller';
import { initialState } from './reducer';
import { createStore } from './store';
import type { PaneState } from './types';

export function useRosterCheck(deps: PaneDeps): { state: PaneState; ctl: PaneController } {
  const store = useMemo(
    () => createStore(initialState(pickLocale(deps.host.displayLanguage()), BUILTIN_POLICIES[0]?.id ?? '')),
    [deps.host],
  );
  const ctl = useMemo(() => new PaneController(deps, store.dispatch, store.getState), [deps, store]);
  const state = useSyncExternalStore(store.subscribe, store.getState);
  useEffect(() => {
    void ctl.open();
  }, [ctl]);
  return { state, ctl };
}
