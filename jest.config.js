// Root jest: every workspace's tests in one run, sharing one embedded database.
module.exports = {
  testTimeout: 30000,
  projects: [
    '<rootDir>/packages/jest.config.js',
    '<rootDir>/services/*/jest.config.js',
    '<rootDir>/gateway/jest.config.js',
    '<rootDir>/web-map/jest.config.js',
    '<rootDir>/console/jest.config.js',
    '<rootDir>/test/jest.config.js',
    '<rootDir>/test/jest.browser.config.js',
  ],
};
