export { readConfig, readConfigOrExit, ConfigError } from './readConfig';
export { commonEnv } from './commonEnv';
