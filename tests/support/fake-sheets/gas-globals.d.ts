// The fake SpreadsheetApp is typed against the real Apps Script declarations. They are global
// declarations only (no module to import types from), so this brings them into the test program.
/// <reference types="google-apps-script" />
