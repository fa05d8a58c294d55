// Input the front ends share: the error that names a bad file or option, and CSV decoding.
export { InputError, type InputErrorCode } from './error';
export { decodeCsv } from './csv';
