// The browser bundle of ExcelJS has no type declarations of its own; xlsx.ts describes what it uses.
declare module 'exceljs/dist/exceljs.min.js';
