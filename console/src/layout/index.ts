export { ConsoleLayout } from './ConsoleLayout';
export type { ConsoleMenuItem } from './ConsoleMenuItem';
export { schoolMenu } from './schoolMenu';
