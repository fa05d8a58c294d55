// Converting between the pane's state and the settings saved in the document (DocSettings).
import { type DocSettings, loadPolicyJson } from '../../core';
import { CUSTOM_POLICY_ID, type CatalogChoice, type CustomPolicy, type PaneState } from './types';

export function toDocSettings(s: PaneState): DocSettings {
  const out: DocSettings = { mapping: { ...s.mapping }, policyId: s.policyId };
  if (s.policyId === CUSTOM_POLICY_ID && s.customPolicy) {
    out.customPolicy = { source: s.customPolicy.source, json: s.customPolicy.json };
  }
  const c = s.catalog;
  if (c.kind === 'sample') out.catalogSource = 'sample';
  else if (c.kind === 'sheet') out.catalogSource = `sheet:${c.sheet}`;
  else {
    out.catalogSource = `file:${c.name}`;
    out.catalogRows = c.rows;
  }
  if (Object.keys(s.info).length) out.info = { ...s.info };
  return out;
}

/** The catalog choice saved in the document, or undefined when there is none (or it is unusable). */
export function catalogChoiceOf(s: DocSettings): CatalogChoice | undefined {
  const src = s.catalogSource ?? '';
  if (src === 'sample') return { kind: 'sample' };
  if (src.startsWith('sheet:') && src.length > 6) return { kind: 'sheet', sheet: src.slice(6) };
  if (src.startsWith('file:') && Array.isArray(s.catalogRows))
    return { kind: 'file', name: src.slice(5), rows: s.catalogRows };
  return undefined;
}

/** The custom policy saved in the document, validated again (throws PolicyError when it no longer parses). */
export function customPolicyOf(s: DocSettings): CustomPolicy | undefined {
  const saved = s.customPolicy as { source?: unknown; json?: unknown } | undefined;
  if (!saved || typeof saved !== 'object' || saved.json === undefined) return undefined;
  const source = typeof saved.source === 'string' ? saved.source : 'POLICY.json';
  return { source, json: saved.json, policy: loadPolicyJson(JSON.stringify(saved.json), source) };
}
