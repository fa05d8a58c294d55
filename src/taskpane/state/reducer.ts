// The pane's reducer: every state change in one pure function, tested without a DOM.
import type { Locale } from '../../core';
import { initialLedgerState, ledgerReducer } from './ledger';
import type { Action, PaneState } from './types';

export function initialState(locale: Locale, defaultPolicyId: string): PaneState {
  return {
    locale,
    phase: 'loading',
    useSelection: false,
    fromSelection: false,
    mapping: {},
    policyId: defaultPolicyId,
    catalog: { kind: 'sample' },
    sheets: [],
    usedSample: false,
    filters: { rule: 'all', severity: 'all' },
    page: 0,
    ledger: initialLedgerState(),
    info: {},
    infoErrors: {},
    includeErrorRows: false,
  };
}

function withoutError(errors: PaneState['infoErrors'], field: string): PaneState['infoErrors'] {
  if (!(field in errors)) return errors;
  const next = { ...errors };
  delete next[field as keyof typeof next];
  return next;
}

export function reducer(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case 'loading':
      return { ...state, phase: 'loading', notice: undefined };
    case 'sheetsListed':
      return { ...state, sheets: action.sheets };
    case 'rosterRead':
      return {
        ...state,
        phase: state.phase === 'loading' ? 'idle' : state.phase,
        sheetName: action.sheetName,
        fromSelection: action.fromSelection,
        grid: action.grid,
        layout: action.layout,
        layoutError: action.layoutError,
        mergesRead: action.mergesRead,
        rosterSheets: undefined,
      };
    case 'rosterSheets':
      return { ...state, rosterSheets: action.sheets };
    case 'layoutChanged':
      return { ...state, layout: action.layout, layoutError: action.layoutError };
    case 'setUseSelection':
      return { ...state, useSelection: action.value };
    case 'setMapping':
      return { ...state, mapping: { ...state.mapping, [action.field]: action.col } };
    case 'restoreMapping':
      return { ...state, mapping: { ...action.mapping } };
    case 'setPolicy':
      return { ...state, policyId: action.id, policyError: undefined };
    case 'customPolicyLoaded':
      return { ...state, customPolicy: action.custom, policyId: 'custom', policyError: undefined };
    case 'policyError':
      return { ...state, policyError: action.message };
    case 'setCatalog':
      return { ...state, catalog: action.choice, catalogEntries: action.entries, catalogError: undefined };
    case 'catalogError':
      return { ...state, catalogError: action.message };
    case 'runStarted':
      return { ...state, phase: 'running', notice: undefined, progress: { stage: 'read', done: 0, total: 0 } };
    case 'progress':
      return { ...state, progress: action.progress };
    case 'checked':
      return {
        ...state,
        result: action.result,
        resultSheet: action.sheetName,
        claim: undefined,
        usedSample: action.usedSample,
        layout: action.result.layout,
        filters: { rule: 'all', severity: 'all' },
        page: 0,
        stale: undefined,
        fixPreview: undefined,
      };
    case 'marked':
      return state;
    case 'runEnded':
      return { ...state, phase: 'idle', progress: undefined, notice: action.notice };
    case 'clearStarted':
      return { ...state, phase: 'clearing', notice: undefined, progress: { stage: 'clear', done: 0, total: 0 } };
    case 'notice':
      return { ...state, notice: action.notice };
    case 'setFilters':
      return { ...state, filters: { ...state.filters, ...action.filters }, page: 0 };
    case 'setPage':
      return { ...state, page: Math.max(0, action.page) };
    case 'ledger':
      return { ...state, ledger: ledgerReducer(state.ledger, action.action) };
    case 'setInfo':
      return {
        ...state,
        info: { ...state.info, [action.field]: action.value },
        infoErrors: withoutError(state.infoErrors, action.field),
      };
    case 'restoreInfo':
      return { ...state, info: { ...action.info } };
    case 'infoErrors':
      return { ...state, infoErrors: action.errors };
    case 'setIncludeErrors':
      return { ...state, includeErrorRows: action.value };
    case 'setIncludeUnrated':
      return { ...state, includeUnrated: action.value };
    case 'claimStarted':
      return { ...state, phase: 'claiming', notice: undefined, progress: { stage: 'claim', done: 0, total: 0 } };
    case 'claimWritten':
      return { ...state, claim: action.claim };
    case 'stale': {
      if (!state.result) return state;
      const rows = new Set([...(state.stale?.rows ?? []), ...(action.rows ?? [])]);
      const setting = (state.stale?.setting ?? false) || action.setting === true;
      return { ...state, stale: { rows: [...rows].sort((a, b) => a - b), setting }, fixPreview: undefined };
    }
    case 'selection':
      return { ...state, selection: action.address };
    case 'fixPreview':
      return { ...state, fixPreview: action.plan };
    default:
      return state;
  }
}
