// openid-client 6 (and its oauth4webapi, jose) ship ES modules only: SWC turns them into CommonJS like our code.
module.exports = { ...require('../jest.preset')(__dirname, 'gateway'), transformIgnorePatterns: ['/node_modules/(?!(flatbush|flatqueue|openid-client|oauth4webapi|jose)/)'] };
