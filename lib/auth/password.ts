// Password hashes: argon2id (memory-hard) through @node-rs/argon2, with OWASP's minimum settings
// (19 MiB, 2 passes, 1 lane). The PHC string carries its own parameters and salt, so raising the
// settings later keeps old hashes verifiable.
//
// Not marked `server-only`: the start-up script (demo editor) and `npm run admin:create` run it
// under plain Node. It cannot reach a browser bundle anyway: @node-rs/argon2 is a native addon.
import { hash, verify } from "@node-rs/argon2";

const ARGON2ID_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

/** The argon2id hash of a password, salted afresh on every call. */
export function hashPassword(password: string): Promise<string> {
  // @node-rs/argon2's default algorithm is argon2id; its `Algorithm` const enum cannot be imported
  // under isolatedModules. tests/unit/auth-password.test.ts checks the `$argon2id$` prefix.
  return hash(password, ARGON2ID_OPTIONS);
}

/** Whether `password` matches `passwordHash`. A malformed or missing hash matches nothing. */
export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoyHash: Promise<string> | undefined;

/**
 * Spend the time a real check takes, for an email no account has: the answer then takes as long
 * as for a wrong password, so timing does not tell which emails have accounts.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword("chipwatch decoy password, never assigned to an account");
  await verifyPassword(await decoyHash, password);
  return false;
}
