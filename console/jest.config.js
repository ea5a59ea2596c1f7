const preset = require('../jest.preset')(__dirname, 'console');

module.exports = {
  ...preset,
  // auto-bind (under @graphql-codegen, for the generated-operations check) ships ES modules only.
  transformIgnorePatterns: ['/node_modules/(?!(flatbush|flatqueue|auto-bind)/)'],
};
