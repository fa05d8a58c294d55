// The one function of chinese-days the calendar uses. workdays.ts requires this module on its first
// question rather than at load: the library's tables cost ~25 ms at every start, and only the claim
// papers' notice period asks. (A module of ours in between keeps the task pane's bundle tree-shaken.)
export { getDayDetail } from 'chinese-days';
