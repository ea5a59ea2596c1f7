import { Schema, type Connection, type Model } from 'mongoose';

/** A sign-in begun at the identity provider: what the callback must check, keyed by its `state`. */
export interface OidcAttempt {
  state: string;
  codeVerifier: string;
  nonce: string;
  expiresAt: Date;
}

type AttemptDocument = Omit<OidcAttempt, 'state'> & { _id: string };

const attemptSchema = new Schema<AttemptDocument>(
  { _id: { type: String, required: true }, codeVerifier: { type: String, required: true }, nonce: { type: String, required: true }, expiresAt: { type: Date, required: true } },
  { collection: 'oidc_attempts', versionKey: false },
);

/** OpenID Connect sign-ins in progress. Taking one deletes it, so a callback can be completed once. */
export class OidcAttemptRepository {
  private readonly model: Model<AttemptDocument>;

  constructor(connection: Connection) {
    this.model = (connection.models.OidcAttempt as Model<AttemptDocument> | undefined) ?? connection.model<AttemptDocument>('OidcAttempt', attemptSchema);
  }

  async insert(attempt: OidcAttempt): Promise<void> {
    const { state, ...rest } = attempt;
    await this.model.create({ _id: state, ...rest });
    await this.model.deleteMany({ expiresAt: { $lt: new Date(Date.now() - 3600_000) } });
  }

  /** The unexpired attempt with this state, removed; null when there is none (expired, unknown or already used). */
  async take(state: string, now: Date): Promise<OidcAttempt | null> {
    const doc = await this.model.findOneAndDelete({ _id: state, expiresAt: { $gt: now } }).lean<AttemptDocument>();
    if (!doc) return null;
    const { _id, ...rest } = doc;
    return { state: _id, ...rest };
  }
}
