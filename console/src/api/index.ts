export { ApiError, isApiError, type GatewayErrorBody } from './ApiError';
export type { Account, Session } from './Account';
export { fetchConsoleConfig, type ConsoleConfig } from './ConsoleConfig';
export { errorText } from './errorText';
export { GatewayClient } from './GatewayClient';
export { readAnswer } from './readAnswer';
