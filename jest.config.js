// Root jest: every workspace's tests in one run, sharing one embedded database.
module.exports = {
  testTimeout: 30000,
  // A run on 2 cores goes in band, so one handle a suite leaves open kept the whole run waiting after
  // its summary (seen once on 2026-12-03: "Jest did not exit one second after the test run"). Exit
  // when the run is over; find such handles with `npx jest <file> --detectOpenHandles`.
  forceExit: true,
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
