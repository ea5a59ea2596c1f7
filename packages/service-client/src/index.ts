export { ServiceClient, type ServiceClientOptions } from './ServiceClient';
export { serviceQuery, type ServiceQuery } from './ServiceQuery';
export { DEFAULT_SERVICE_TIMEOUT_MS, serviceClientEnv } from './serviceClientEnv';
