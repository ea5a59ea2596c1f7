/** A staff account of the embedded directory, as stored (the password only as its Argon2id hash). */
export interface AccountRecord {
  /** Lower-case sign-in name; the stored `_id`, so two accounts can never share it. */
  username: string;
  displayName: string;
  role: 'BUREAU' | 'SCHOOL';
  /** The bureau's district, or the school's district (looked up in the register when created). */
  districtCode: string;
  schoolId: string | null;
  schoolName: string | null;
  passwordHash: string;
  disabled: boolean;
  /** Consecutive failed sign-ins since the last success; drives the lockout backoff. */
  failureCount: number;
  lockedUntil: Date | null;
  createdAt: Date;
  lastSignInAt: Date | null;
}

/** What the routes answer about an account (contract: console ⇄ gateway). Never the hash or the lockout state. */
export type AccountView = Omit<AccountRecord, 'passwordHash' | 'failureCount' | 'lockedUntil' | 'createdAt' | 'lastSignInAt'> & {
  createdAt: string;
  lastSignInAt: string | null;
};

export function accountView(record: AccountRecord): AccountView {
  return {
    username: record.username,
    displayName: record.displayName,
    role: record.role,
    districtCode: record.districtCode,
    schoolId: record.schoolId,
    schoolName: record.schoolName,
    disabled: record.disabled,
    createdAt: record.createdAt.toISOString(),
    lastSignInAt: record.lastSignInAt?.toISOString() ?? null,
  };
}

/** One refresh token's session, stored by the SHA-256 of the token (the token itself is never stored). */
export interface SessionRecord {
  tokenHash: string;
  /** Every token rotated from one sign-in shares this id; reuse of a rotated token revokes them all. */
  familyId: string;
  username: string;
  createdAt: Date;
  /** The family's absolute end: rotation does not extend a sign-in past the refresh lifetime. */
  expiresAt: Date;
  rotatedAt: Date | null;
  revokedAt: Date | null;
  /**
   * The identity provider's ID token of an OpenID Connect sign-in (carried along each rotation), sent
   * back as `id_token_hint` when the user signs out so the provider ends its session too; null for a
   * password sign-in.
   */
  idToken?: string | null;
}
