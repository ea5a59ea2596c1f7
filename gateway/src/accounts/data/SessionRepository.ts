import { Schema, type Connection, type Model } from 'mongoose';
import type { SessionRecord } from '../Account';

type SessionDocument = Omit<SessionRecord, 'tokenHash'> & { _id: string };

const sessionSchema = new Schema<SessionDocument>(
  {
    _id: { type: String, required: true },
    familyId: { type: String, required: true, index: true },
    username: { type: String, required: true, index: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    rotatedAt: { type: Date, default: null },
    revokedAt: { type: Date, default: null },
    idToken: { type: String, default: null },
  },
  { collection: 'account_sessions', versionKey: false },
);

/**
 * Refresh sessions, keyed by the SHA-256 of their token. Rotation is a compare-and-set (an update
 * conditional on `rotatedAt: null`), so two requests with one token cannot both rotate it; FerretDB 1.x
 * has no transactions and needs none here. Returns plain objects.
 */
export class SessionRepository {
  private readonly model: Model<SessionDocument>;

  constructor(connection: Connection) {
    this.model = (connection.models.AccountSession as Model<SessionDocument> | undefined) ?? connection.model<SessionDocument>('AccountSession', sessionSchema);
  }

  async insert(session: SessionRecord): Promise<void> {
    const { tokenHash, ...rest } = session;
    await this.model.create({ _id: tokenHash, ...rest });
  }

  async find(tokenHash: string): Promise<SessionRecord | null> {
    const doc = await this.model.findById(tokenHash).lean<SessionDocument>();
    if (!doc) return null;
    const { _id, ...rest } = doc;
    return { tokenHash: _id, ...rest };
  }

  /** True for the one caller that rotated the (live) token; false when it was already rotated or revoked. */
  async markRotated(tokenHash: string, at: Date): Promise<boolean> {
    const result = await this.model.updateOne({ _id: tokenHash, rotatedAt: null, revokedAt: null }, { $set: { rotatedAt: at } });
    return result.modifiedCount === 1;
  }

  async revokeFamily(familyId: string, at: Date): Promise<void> {
    await this.model.updateMany({ familyId, revokedAt: null }, { $set: { revokedAt: at } });
  }

  /** Revokes every session of the account, except the family named (the caller's own, on a password change). */
  async revokeAccount(username: string, at: Date, exceptFamilyId?: string): Promise<void> {
    const filter = exceptFamilyId ? { username, revokedAt: null, familyId: { $ne: exceptFamilyId } } : { username, revokedAt: null };
    await this.model.updateMany(filter, { $set: { revokedAt: at } });
  }

  /** Forgets sessions that ended more than a day ago (their reuse would be refused as expired anyway). */
  async deleteEnded(username: string, before: Date): Promise<void> {
    await this.model.deleteMany({ username, expiresAt: { $lt: before } });
  }
}
