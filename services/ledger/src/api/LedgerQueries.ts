import { AppError } from '@zsgk/errors';
import { canonicalJson, districtSettingsContent, DISTRICT_SETTINGS_KIND, type DistrictSettings, type DistrictSettingsVersion, type LogEntry, type PublicationLog, type SignedTreeHead } from '@zsgk/publication';
import type { Identity } from '@zsgk/identity';
import type { DistrictKey } from '../data/DistrictKeyStore';
import { checkCount, checkDistrictCode, checkIndex, checkReason, checkRecordId } from './checkArguments';
import { TreeHeads, type ConsistencyProofView, type InclusionProofView } from '../ledger/TreeHeads';

export interface PublicKeyView { districtCode: string; algorithm: 'Ed25519'; publicKeyPem: string; fingerprint: string }

/**
 * Everything the ledger answers, shared by the GraphQL resolvers and the plain HTTP routes, so both
 * check arguments and sizes the same way. Keys are created only for districts that have a log.
 */
export class LedgerQueries {
  readonly heads: TreeHeads;

  constructor(
    readonly log: PublicationLog,
    readonly settings: DistrictSettings,
    private readonly keys: { keyFor(districtCode: string): DistrictKey },
    readonly maxPage: number,
  ) {
    this.heads = new TreeHeads(log, (code) => keys.keyFor(code));
  }

  head(districtCode: string): Promise<SignedTreeHead | null> {
    return this.heads.head(checkDistrictCode(districtCode));
  }

  entries(districtCode: string, from: number, count: number): Promise<LogEntry[]> {
    return this.log.entries(checkDistrictCode(districtCode), checkIndex(from, 'from'), checkCount(count, this.maxPage));
  }

  entry(districtCode: string, index: number): Promise<LogEntry | null> {
    return this.log.entry(checkDistrictCode(districtCode), checkIndex(index, 'index'));
  }

  async inclusion(districtCode: string, index: number, treeSize: number | null): Promise<InclusionProofView> {
    const size = await this.sizeAtMost(districtCode, treeSize, 'treeSize');
    if (checkIndex(index, 'index') >= size) {
      throw new AppError('BAD_USER_INPUT', `index ${index} is not below treeSize ${size}.`, { path: 'index' });
    }
    return this.heads.inclusion(districtCode, index, size);
  }

  async consistency(districtCode: string, first: number, second: number | null): Promise<ConsistencyProofView> {
    const size = await this.sizeAtMost(districtCode, second, 'second');
    if (checkIndex(first, 'first') > size) throw new AppError('BAD_USER_INPUT', `first ${first} is larger than second ${size}.`, { path: 'first' });
    return this.heads.consistency(districtCode, first, size);
  }

  record(recordId: string): Promise<LogEntry[]> {
    return this.log.entriesForRecord(checkRecordId(recordId));
  }

  async publicKey(districtCode: string): Promise<PublicKeyView | null> {
    if ((await this.log.size(checkDistrictCode(districtCode))) === 0) return null;
    const { publicKeyPem, fingerprint } = this.keys.keyFor(districtCode);
    return { districtCode, algorithm: 'Ed25519', publicKeyPem, fingerprint };
  }

  /** Canonical JSON of a DISTRICT_SETTINGS version as served now (for the verifier); null for other kinds. */
  async ledgerContent(entry: { kind: string; recordId: string }): Promise<string | null> {
    if (entry.kind !== DISTRICT_SETTINGS_KIND) return null;
    const settings = await this.settings.version(entry.recordId);
    return settings ? canonicalJson(districtSettingsContent(settings)) : null;
  }

  currentSettings(districtCode: string): Promise<DistrictSettingsVersion | null> {
    return this.settings.current(checkDistrictCode(districtCode));
  }

  settingsHistory(districtCode: string): Promise<DistrictSettingsVersion[]> {
    return this.settings.history(checkDistrictCode(districtCode));
  }

  /** 本区发布未经双人复核: bureau of that district only; published as a new settings version and logged. */
  async setSingleOfficerPublishing(identity: Identity, districtCode: string, allowed: boolean, reason: string): Promise<DistrictSettingsVersion> {
    checkDistrictCode(districtCode);
    const text = checkReason(reason);
    if (identity.role !== 'BUREAU') {
      throw new AppError(identity.role === 'PUBLIC' ? 'UNAUTHENTICATED' : 'FORBIDDEN', '只有区教育局工作人员可以发布本区设置。');
    }
    if (identity.districtCode !== districtCode) {
      throw new AppError('FORBIDDEN', `${districtCode} 区的设置只能由 ${districtCode} 区教育局发布，不能由 ${identity.districtCode} 区发布。`, { path: 'districtCode' });
    }
    const { settings } = await this.settings.publish({ districtCode, singleOfficerAllowed: allowed, reason: text, actor: identity.subject });
    return settings;
  }

  private async sizeAtMost(districtCode: string, requested: number | null, path: string): Promise<number> {
    const current = await this.log.size(checkDistrictCode(districtCode));
    if (requested === null) return current;
    if (checkIndex(requested, path) > current) {
      throw new AppError('BAD_USER_INPUT', `${path} ${requested} is larger than the log of ${districtCode} (${current} entries).`, { path });
    }
    return requested;
  }
}
