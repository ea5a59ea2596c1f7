// Cross-service tests. Browser tests (*.browser.test.ts) are their own project, `browser`, which
// `npm test` runs after every other project has passed, so a broken service fails fast.
const preset = require('../jest.preset');

module.exports = { ...preset(__dirname, 'test'), testPathIgnorePatterns: ['/node_modules/', '/dist/', '\\.browser\\.test\\.ts$'] };
