/** What the page reads from /config.json before it calls the gateway; the server builds it from its env. */
export interface PublicConfig {
  gatewayUrl: string;
  tileUrl: string | null;
  tileAttribution: string | null;
  districtCode: string;
}
