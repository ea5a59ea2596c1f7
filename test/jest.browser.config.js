// Browser tests: Debian Chromium driven by playwright-core against the whole system in-process.
const preset = require('../jest.preset');

module.exports = { ...preset(__dirname, 'browser'), testMatch: ['<rootDir>/**/*.browser.test.ts'], testTimeout: 120000 };
