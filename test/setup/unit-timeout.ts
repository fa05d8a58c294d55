// The unit project's timeout per test: generous for a shared two-core machine, short enough that a
// hung unit test fails fast instead of waiting out the browser project's minutes.
jest.setTimeout(30_000);
