// The browser project's timeout per test: headless Chromium and LibreOffice start slowly on a busy machine.
jest.setTimeout(180_000);
