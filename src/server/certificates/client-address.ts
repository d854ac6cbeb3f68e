// The client address of a page request (the verification rate limit; docs/certificates.md):
// the address the front server resolved (src/server/net/client-address.ts).
import { headers } from "next/headers";
import { forwardedClientAddress } from "../net/client-address";

export async function requestAddress(): Promise<string | undefined> {
  return forwardedClientAddress(await headers());
}
