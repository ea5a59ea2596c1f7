export { messageFor, hasMessage } from './messageFor';
export { errorMessages } from './errorMessages';
export type { Lang, Message } from './errorMessages';
export { fieldLabel } from './fieldLabel';
export { fieldLabels } from './fieldLabels';
export { enumLabels, withEnumLabel } from './enumLabels';
export { zodIssueReason, zhErrorMap, translateReason } from './zodIssueReason';
