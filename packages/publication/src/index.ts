export { canonicalJson } from './hashing/canonicalJson';
export { contentHash, sha256Hex } from './hashing/contentHash';
export { versionId } from './versionId';
export { isDuplicateKeyError } from './isDuplicateKeyError';
export { maskIdNumber, maskName, maskPerson } from './masking/maskPerson';

export { leafHash, nodeHash, emptyRootHash } from './merkle/merkleHash';
export { rootHash, inclusionProof, consistencyProof } from './merkle/merkleTree';
export { verifyInclusion, verifyConsistency } from './merkle/verifyProofs';
export { inclusionSides } from './merkle/inclusionSides';
export type { ProofSide } from './merkle/inclusionSides';

export { publicationEventTypes } from './log/LogEntry';
export type { PublicationEventType, PublicationEventInput, LogEntry, LeafFields } from './log/LogEntry';
export { leafBytes, entryOf, eventKey } from './log/leafOf';
export { openPublicationLog, DEFAULT_LEDGER_DB, LOG_ENTRIES, LOG_CLAIMS, LOG_LINKS } from './log/openPublicationLog';
export type { PublicationLog } from './log/openPublicationLog';

export { reviewStatuses } from './review/ReviewItem';
export type { ReviewStatus, ReviewItem } from './review/ReviewItem';
export { openReviewQueue } from './review/openReviewQueue';
export { publishOrReturn } from './review/publishOrReturn';
export type { ReviewQueue, ReviewActor, ReviewQueueOptions } from './review/openReviewQueue';

export { openDistrictSettings, districtSettingsContent, DISTRICT_SETTINGS_KIND, DISTRICT_SETTINGS } from './settings/openDistrictSettings';
export type { DistrictSettings, DistrictSettingsVersion } from './settings/openDistrictSettings';

export { signTreeHead, verifyTreeHead, treeHeadBytes } from './heads/signedTreeHead';
export { treeHeadText } from './heads/treeHeadText';
export type { TreeHead, SignedTreeHead } from './heads/signedTreeHead';

export { verifyPublicationLog, fingerprint } from './verify/verifyPublicationLog';
export type { VerifyOptions } from './verify/verifyPublicationLog';
export { formatReport } from './verify/formatReport';
export { hashServed } from './verify/verifyDistrict';
export type { VerifyReport, DistrictReport, ContentMismatch } from './verify/VerifyReport';
