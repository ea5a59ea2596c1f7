import { isDuplicateKeyError } from '@zsgk/publication';
import { Schema, type Connection, type Model } from 'mongoose';
import type { AccountRecord } from '../Account';

/** Not an Argon2 hash: no password verifies against it (accounts that sign in through the identity provider). */
export const NO_PASSWORD = '!';

type AccountDocument = Omit<AccountRecord, 'username'> & { _id: string };

const accountSchema = new Schema<AccountDocument>(
  {
    _id: { type: String, required: true },
    displayName: { type: String, required: true },
    role: { type: String, required: true },
    districtCode: { type: String, required: true, index: true },
    schoolId: { type: String, default: null },
    schoolName: { type: String, default: null },
    passwordHash: { type: String, required: true },
    disabled: { type: Boolean, default: false },
    failureCount: { type: Number, default: 0 },
    lockedUntil: { type: Date, default: null },
    createdAt: { type: Date, required: true },
    lastSignInAt: { type: Date, default: null },
  },
  { collection: 'accounts', versionKey: false },
);

/**
 * The embedded directory's accounts, keyed by username (the `_id`, so uniqueness needs no index and
 * no transaction: the second insert of a name fails with a duplicate key). Returns plain objects.
 */
export class AccountRepository {
  private readonly model: Model<AccountDocument>;

  constructor(connection: Connection) {
    this.model = (connection.models.Account as Model<AccountDocument> | undefined) ?? connection.model<AccountDocument>('Account', accountSchema);
  }

  async find(username: string): Promise<AccountRecord | null> {
    return toRecord(await this.model.findById(username).lean<AccountDocument>());
  }

  /** False when the username is taken. */
  async insert(record: AccountRecord): Promise<boolean> {
    const { username, ...rest } = record;
    try {
      await this.model.create({ _id: username, ...rest });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  /**
   * Creates or updates an account vouched for by the identity provider (role, district, school and
   * name as its claims say now); a new one gets no usable password, and `disabled` is kept as the
   * bureau set it.
   */
  async upsertExternal(account: Pick<AccountRecord, 'username' | 'displayName' | 'role' | 'districtCode' | 'schoolId' | 'schoolName'>, at: Date): Promise<AccountRecord> {
    const { username, ...claims } = account;
    await this.model.updateOne(
      { _id: username },
      { $set: claims, $setOnInsert: { passwordHash: NO_PASSWORD, disabled: false, failureCount: 0, lockedUntil: null, createdAt: at, lastSignInAt: null } },
      { upsert: true },
    );
    return (await this.find(username))!;
  }

  async listForDistrict(districtCode: string): Promise<AccountRecord[]> {
    const docs = await this.model.find({ districtCode }).sort({ _id: 1 }).lean<AccountDocument[]>();
    return docs.map((doc) => toRecord(doc)!);
  }

  /** Counts one more failed sign-in (atomically) and answers the new count. */
  async countFailure(username: string): Promise<number> {
    const doc = await this.model.findByIdAndUpdate(username, { $inc: { failureCount: 1 } }, { new: true }).lean<AccountDocument>();
    return doc?.failureCount ?? 0;
  }

  async lockUntil(username: string, until: Date): Promise<void> {
    await this.model.updateOne({ _id: username }, { $set: { lockedUntil: until } });
  }

  async recordSignIn(username: string, at: Date): Promise<void> {
    await this.model.updateOne({ _id: username }, { $set: { failureCount: 0, lockedUntil: null, lastSignInAt: at } });
  }

  /** Changes an account of `districtCode` only; null when there is none by that name in it. Clears any lock. */
  async update(username: string, districtCode: string, change: Partial<Pick<AccountRecord, 'disabled' | 'passwordHash'>>): Promise<AccountRecord | null> {
    const doc = await this.model
      .findOneAndUpdate({ _id: username, districtCode }, { $set: { ...change, failureCount: 0, lockedUntil: null } }, { new: true })
      .lean<AccountDocument>();
    return toRecord(doc);
  }
}

function toRecord(doc: AccountDocument | null): AccountRecord | null {
  if (!doc) return null;
  const { _id, ...rest } = doc;
  return { username: _id, ...rest };
}
