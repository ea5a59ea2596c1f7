import type { Connection } from 'mongoose';
import { AppError } from '@zsgk/errors';
import { isDuplicateKeyError } from '../isDuplicateKeyError';
import { DEFAULT_LEDGER_DB, openPublicationLog } from '../log/openPublicationLog';
import type { LogEntry, PublicationEventInput } from '../log/LogEntry';
import { versionId } from '../versionId';

export const DISTRICT_SETTINGS_KIND = 'DISTRICT_SETTINGS';
export const DISTRICT_SETTINGS = 'district_settings';

/** One published version of a district's settings; what the log hashes is `districtSettingsContent(version)`. */
export interface DistrictSettingsVersion {
  id: string;
  districtCode: string;
  version: number;
  /** 本区发布未经双人复核: the submitter may approve their own change. */
  singleOfficerAllowed: boolean;
  reason: string;
  publishedBy: string;
  publishedAt: string;
}

export interface DistrictSettings {
  singleOfficerAllowed(districtCode: string): Promise<boolean>;
  /** The version in force (highest), or null when the district never published settings. */
  current(districtCode: string): Promise<DistrictSettingsVersion | null>;
  /** Every version, oldest first. */
  history(districtCode: string): Promise<DistrictSettingsVersion[]>;
  version(id: string): Promise<DistrictSettingsVersion | null>;
  /** Publishes the next version and logs it (PUBLISHED, and SUPERSEDED for the previous one). CONFLICT when another version was published meanwhile. */
  publish(input: { districtCode: string; singleOfficerAllowed: boolean; reason: string; actor: string; at?: Date }): Promise<{ settings: DistrictSettingsVersion; entries: LogEntry[] }>;
  /** Logs every version again (idempotent): finishes a publication that crashed before its log entries. */
  repairLog(): Promise<number>;
  ensureIndexes(): Promise<void>;
}

type SettingsDoc = Omit<DistrictSettingsVersion, 'id'> & { _id: string };

/** What the log hashes and the ledger serves for a settings version: everything but storage fields. */
export function districtSettingsContent(settings: DistrictSettingsVersion): Record<string, unknown> {
  const { districtCode, version, singleOfficerAllowed, reason, publishedBy, publishedAt } = settings;
  return { districtCode, version, singleOfficerAllowed, reason, publishedBy, publishedAt };
}

/** Published, versioned district settings in the ledger database; readable by every service. */
export function openDistrictSettings(serviceConnection: Connection, ledgerDb: string = DEFAULT_LEDGER_DB): DistrictSettings {
  const db = serviceConnection.useDb(ledgerDb, { useCache: true });
  const docs = db.collection<SettingsDoc>(DISTRICT_SETTINGS);

  async function history(districtCode: string): Promise<DistrictSettingsVersion[]> {
    const found = await docs.find({ districtCode }).toArray();
    return found.map(toSettings).sort((a, b) => a.version - b.version);
  }

  async function current(districtCode: string): Promise<DistrictSettingsVersion | null> {
    return (await history(districtCode)).at(-1) ?? null;
  }

  function eventsFor(all: DistrictSettingsVersion[]): PublicationEventInput[] {
    // Each version's PUBLISHED, then its predecessor's SUPERSEDED: the order a publication appends them.
    return all.flatMap((settings, i) => {
      const published = eventOf(settings, 'PUBLISHED', new Date(settings.publishedAt));
      const previous = all[i - 1];
      return previous ? [published, eventOf(previous, 'SUPERSEDED', new Date(settings.publishedAt))] : [published];
    });
  }

  return {
    async singleOfficerAllowed(districtCode) {
      return (await current(districtCode))?.singleOfficerAllowed ?? false;
    },
    current,
    history,
    async version(id) {
      const doc = await docs.findOne({ _id: id });
      return doc ? toSettings(doc) : null;
    },
    async publish(input) {
      const previous = await current(input.districtCode);
      const version = (previous?.version ?? 0) + 1;
      const doc: SettingsDoc = {
        _id: versionId(DISTRICT_SETTINGS_KIND, input.districtCode, version),
        districtCode: input.districtCode,
        version,
        singleOfficerAllowed: input.singleOfficerAllowed,
        reason: input.reason,
        publishedBy: input.actor,
        publishedAt: (input.at ?? new Date()).toISOString(),
      };
      try {
        await docs.insertOne(doc);
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        throw new AppError('CONFLICT', `${input.districtCode} 区设置的第 ${version} 版已由他人同时发布，请刷新后重试`, { path: 'districtCode' });
      }
      const settings = toSettings(doc);
      const log = openPublicationLog(serviceConnection, ledgerDb);
      const entries = await log.append(eventsFor(previous ? [previous, settings] : [settings]));
      return { settings, entries };
    },
    async repairLog() {
      const districts = (await docs.distinct('districtCode')) as string[];
      const log = openPublicationLog(serviceConnection, ledgerDb);
      let appended = 0;
      for (const districtCode of districts) appended += (await log.append(eventsFor(await history(districtCode)))).length;
      return appended;
    },
    async ensureIndexes() {
      await docs.createIndex({ districtCode: 1, version: 1 });
    },
  };
}

function eventOf(settings: DistrictSettingsVersion, event: 'PUBLISHED' | 'SUPERSEDED', at: Date): PublicationEventInput {
  return {
    districtCode: settings.districtCode, kind: DISTRICT_SETTINGS_KIND, recordId: settings.id, version: settings.version,
    event, content: districtSettingsContent(settings), at,
  };
}

function toSettings(doc: SettingsDoc): DistrictSettingsVersion {
  const { _id, districtCode, version, singleOfficerAllowed, reason, publishedBy, publishedAt } = doc;
  return { id: _id, districtCode, version, singleOfficerAllowed, reason, publishedBy, publishedAt };
}
