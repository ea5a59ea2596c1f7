import { AppError } from '@zsgk/errors';
import { buildOpenDataSet } from './buildOpenDataSet';
import { fetchDistrictHead, fetchPublicRecords } from './fetchPublicRecords';
import type { Licence, OpenDataSet } from './OpenDataSet';
import type { PublicApi } from './PublicApi';
import type { SignedTreeHead } from './PublicRecords';

type DistrictHead = Awaited<ReturnType<typeof fetchDistrictHead>>;

const sameHead = (a: SignedTreeHead, b: SignedTreeHead) => a.treeSize === b.treeSize && a.rootHash === b.rootHash;

/**
 * Open-data sets by district and year, kept while the district's signed head stays where it was.
 * Each request costs one small head query; a set is made again only when the head has moved (every
 * publication, correction or expiry appends to the log), and requests arriving while it is being
 * made share that one generation.
 */
export class OpenDataStore {
  private readonly sets = new Map<string, OpenDataSet>();
  private readonly pending = new Map<string, Promise<OpenDataSet>>();
  private readonly heads = new Map<string, { at: number; answer: Promise<DistrictHead> }>();

  constructor(
    private readonly api: PublicApi,
    readonly licence: Licence,
    /**
     * How long one head answer serves every request for the district. All of this server's queries
     * come from one address, which the gateway rate-limits (50/s by default): a busy page must not
     * spend them on heads. A file may so lag a publication by this long.
     */
    private readonly headTtlMs = 1000,
    /** Sets kept in memory (least recently used dropped first). */
    private readonly capacity = 8,
  ) {}

  /** The district's head, name and years with published zones (one query per district per headTtlMs). */
  district(districtCode: string): Promise<DistrictHead> {
    const now = Date.now();
    const known = this.heads.get(districtCode);
    if (known && now - known.at < this.headTtlMs) return known.answer;
    const answer = fetchDistrictHead(this.api, districtCode);
    this.heads.set(districtCode, { at: now, answer });
    answer.catch(() => this.heads.delete(districtCode));
    return answer;
  }

  /** The set for the district and year under the district's current head, made if needed. */
  async get(districtCode: string, year: number): Promise<OpenDataSet> {
    const { head, district, years } = await this.district(districtCode);
    if (!years.includes(year)) {
      throw new AppError('NOT_FOUND', `${district.name}（${districtCode}）没有 ${year} 年的开放数据；已有年度：${years.join('、') || '无'}`, { path: 'year' });
    }
    const key = `${districtCode}/${year}`;
    const cached = this.sets.get(key);
    if (cached && sameHead(cached.head, head)) {
      this.sets.delete(key);
      this.sets.set(key, cached);
      return cached;
    }
    const flightKey = `${key}@${head.treeSize}:${head.rootHash}`;
    let flight = this.pending.get(flightKey);
    if (!flight) {
      flight = this.generate(districtCode, year).finally(() => this.pending.delete(flightKey));
      this.pending.set(flightKey, flight);
    }
    return flight;
  }

  private async generate(districtCode: string, year: number): Promise<OpenDataSet> {
    const started = Date.now();
    const set = await buildOpenDataSet(await fetchPublicRecords(this.api, districtCode, year), this.licence, started);
    const key = `${districtCode}/${year}`;
    this.sets.delete(key);
    this.sets.set(key, set);
    while (this.sets.size > this.capacity) this.sets.delete(this.sets.keys().next().value!);
    return set;
  }
}
