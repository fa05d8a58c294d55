// Errors shaped like OfficeExtension.Error ("RichApi.Error"): name, code, message, debugInfo.

export type DoubleErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidReference'
  | 'InvalidOperation'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'AccessDenied'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded';

export class RichApiError extends Error {
  readonly code: DoubleErrorCode;
  readonly debugInfo: { code: DoubleErrorCode; message: string; errorLocation?: string };

  constructor(code: DoubleErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function notLoaded(prop: string): RichApiError {
  return new RichApiError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
