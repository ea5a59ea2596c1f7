/** A staff account as /auth answers it (see the gateway's accounts contract). */
export interface Account {
  username: string;
  displayName: string;
  role: 'BUREAU' | 'SCHOOL';
  districtCode: string;
  schoolId: string | null;
  schoolName: string | null;
  disabled: boolean;
  createdAt: string;
  lastSignInAt: string | null;
}

/** What sign-in and refresh answer. */
export interface Session {
  accessToken: string;
  /** ISO time the access token stops working. */
  expiresAt: string;
  account: Account;
}
