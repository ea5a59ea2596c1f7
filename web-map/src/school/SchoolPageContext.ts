import type { BureauContact } from '../DistrictMap';

/** What the school page needs from the page around it. */
export interface SchoolPageContext {
  gatewayUrl: string;
  districtCode: string;
  /** The bureau's contacts from the district record (its supervision phone is shown beside the school's). */
  bureau: BureauContact | null;
  /** A school's name by id (zones list the other schools that share them); the id when the page does not hold it. */
  schoolName(id: string): string;
  /** Opens a policy document on the page (its fold opened, focused and scrolled to). */
  openDocument(documentId: string): void;
}
