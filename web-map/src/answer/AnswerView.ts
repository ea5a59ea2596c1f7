import type { AddressCandidate } from '../api/geocodeAddress';
import type { DraftAnswer } from '../api/locateHome';
import type { YearData } from '../api/YearData';
import type { BureauContact, MapSchool, ZonedStage } from '../DistrictMap';
import type { StageAnswer } from './decideStageAnswer';

/** Everything the answer panel shows for one home, already decided; rendering only lays it out. */
export interface AnswerView {
  /** What was looked up, as text: the address chosen, or coordinates. */
  place: string;
  /** The gazetteer (or external) candidate the place was matched to; null for a point. */
  matched: AddressCandidate | null;
  stages: Record<ZonedStage, StageAnswer>;
  /** Per stage, the drafts out for public comment at this home (locate's `drafts`): shown apart, never in force. */
  drafts: Record<ZonedStage, DraftAnswer[]>;
  yearData: YearData;
  /** True when a new version of the zones was published since the page loaded them (the old one is superseded). */
  republished: boolean;
  /** Latest school year with published zones, when later than the one shown. */
  newerYear: number | null;
  schools: ReadonlyMap<string, MapSchool>;
  /** The bureau's contacts from the district record, when it has them. */
  contact: BureauContact | null;
  /** YYYY-MM-DD in Beijing. */
  today: string;
  /** Opens a school's page (everything published about it) from the answer; absent where the answer is only printed. */
  openSchool?: (schoolId: string) => void;
}
