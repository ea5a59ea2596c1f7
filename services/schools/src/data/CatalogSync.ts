import type { SchoolCatalog } from '../register/SchoolCatalog';
import type { School } from '../register/School';
import type { SchoolRepository } from './SchoolRepository';

/**
 * Keeps the in-memory catalog in step with the database. Own writes are applied at once; writes by
 * other replicas are noticed by polling the register's revision (one small read) and answered with
 * a reload. Searches may therefore lag another replica's write by up to `pollMs`, never their own.
 */
export class CatalogSync {
  private seenRevision = 0;
  private timer: NodeJS.Timeout | null = null;
  private reloading: Promise<void> | null = null;
  private reloadAgain = false;

  constructor(
    private readonly repository: SchoolRepository,
    private readonly catalog: SchoolCatalog,
    private readonly pollMs: number,
  ) {}

  /** Loads the catalog and starts polling; resolves when the first load is done. */
  async start(): Promise<void> {
    this.repository.onWrite((written, revision) => this.recordOwnWrite(written, revision));
    await this.reload();
    this.timer = setInterval(() => void this.poll(), this.pollMs);
    this.timer.unref();
  }

  /**
   * The catalog, once it holds every write committed so far by any replica (one revision read;
   * a reload only when another replica wrote since the last one). Imports read existing schools
   * here instead of decoding them again from the database.
   */
  async fresh(): Promise<SchoolCatalog> {
    if (this.reloading) await this.reloading;
    if ((await this.repository.readRevision()) !== this.seenRevision) await this.reload();
    return this.catalog;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private recordOwnWrite(written: School[] | null, revision: number): void {
    if (written) this.catalog.upsert(written);
    if (written && revision === this.seenRevision + 1) this.seenRevision = revision;
    else void this.reload();
  }

  private async poll(): Promise<void> {
    try {
      if ((await this.repository.readRevision()) !== this.seenRevision) await this.reload();
    } catch (error) {
      console.error('[schools] catalog poll failed; searches may be stale until the database answers:', error);
    }
  }

  /** One reload at a time; a request during a reload runs one more after it. */
  private reload(): Promise<void> {
    if (this.reloading) {
      this.reloadAgain = true;
      return this.reloading;
    }
    this.reloading = (async () => {
      try {
        do {
          this.reloadAgain = false;
          const revision = await this.repository.readRevision();
          this.catalog.upsert(await this.repository.findAll());
          this.seenRevision = revision;
        } while (this.reloadAgain);
      } finally {
        this.reloading = null;
      }
    })();
    return this.reloading;
  }
}
