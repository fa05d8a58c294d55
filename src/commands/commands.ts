/// <reference types="office-js" />
// The function file the manifest names (FunctionFile). The ribbon button only opens the task pane
// (ShowTaskpane), so there are no ExecuteFunction commands; Office still loads this page.
void Office.onReady(() => undefined);
