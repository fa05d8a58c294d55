/* global window */
// WPS加载项 entry page script (loaded by index.html, the page WPS opens for the add-in). Defines the ribbon
// callbacks named in ribbon.xml on `window.ribbon`; the button opens the task pane (taskpane.html, the same
// React pane as the Excel add-in) once and toggles it afterwards. API used, as in WPS's published samples:
// Application.CreateTaskPane(url) → pane with .ID / .Visible, Application.GetTaskPane(id),
// Application.PluginStorage.getItem/setItem (shared between the add-in's pages).
(function () {
  var PANE_KEY = 'rosterCheck.taskpaneId';

  function baseUrl() {
    var href = window.location.href;
    var i = href.lastIndexOf('/');
    return i > 0 ? href.substring(0, i) : href;
  }

  function togglePane() {
    var app = window.Application;
    var id = app.PluginStorage.getItem(PANE_KEY);
    if (!id) {
      var pane = app.CreateTaskPane(baseUrl() + '/taskpane.html', '花名册核验');
      app.PluginStorage.setItem(PANE_KEY, pane.ID);
      pane.Visible = true;
      return;
    }
    var existing = app.GetTaskPane(id);
    existing.Visible = !existing.Visible;
  }

  window.ribbon = {
    OnAddinLoad: function (ribbonUI) {
      if (typeof window.Application.ribbonUI !== 'object') window.Application.ribbonUI = ribbonUI;
      return true;
    },
    OnAction: function (control) {
      if (control.Id === 'btnRosterCheck') togglePane();
      return true;
    },
    GetImage: function () {
      return 'assets/icon-32.png';
    },
  };
})();
