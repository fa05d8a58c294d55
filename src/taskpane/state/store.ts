// A tiny synchronous store over the reducer: the controller reads the state right after dispatching,
// which React's useReducer does not allow. Used by the hook and by the tests.
import { reducer } from './reducer';
import type { Action, PaneState } from './types';

export interface Store {
  getState(): PaneState;
  dispatch(a: Action): void;
  subscribe(fn: () => void): () => void;
}

export function createStore(initial: PaneState): Store {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(a) {
      const next = reducer(state, a);
      if (next === state) return;
      state = next;
      for (const fn of listeners) fn();
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
