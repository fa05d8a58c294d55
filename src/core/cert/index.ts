export { normalizeCertType, certHasLevel, CERT_TYPE_EN } from './cert-type';
export { normalizeLevel, isNoLevel, LEVEL_ZH, LEVEL_EN } from './level';
