// What a host operation cost. The ET object model is synchronous: there is no batch to sync, so the adapter
// counts its own calls into WPS (property reads and writes, method calls) by kind.
export interface WpsStats {
  operation: string;
  /** Range.Value2 / Formula / NumberFormat / Text reads and writes */
  rangeCalls: number;
  /** Interior, Font, Borders, alignment, widths */
  formatCalls: number;
  /** Comment.Text, AddComment, ClearComments, Comment.Delete */
  noteCalls: number;
  cellsMarked: number;
}

export function newStats(operation: string): WpsStats {
  return { operation, rangeCalls: 0, formatCalls: 0, noteCalls: 0, cellsMarked: 0 };
}

export function abortError(): Error {
  const e = new Error('The operation was cancelled');
  e.name = 'AbortError';
  return e;
}
