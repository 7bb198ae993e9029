// The writer that tests/unit/durability.test.ts kills. It opens the database the way the app
// does (lib/prisma-client.ts) and runs the core write behind "Add a claim" (createClaim in
// lib/editor/claims.ts, what createClaimAction calls) in a loop, on several workers at once, until
// it is killed. Every third claim also creates a company and a chip inline, so one transaction
// writes a claim, its links, a company with its alias and role, a chip with its alias, and three
// revisions. Standard output, one line per event, written synchronously:
//
//   started <n>
//   committed <n> <claimId> chips=<links> companies=<links>    (after the transaction returned)
//
// Run with `node --conditions=react-server --import tsx` (lib/editor imports "server-only").
// Usage: claim-writer.ts <DATABASE_URL> <editorId> <sourceId> <vendorId> <quote> <workers>
import { writeSync } from "node:fs";
import { createClaim } from "../../lib/editor/claims";
import { createPrismaClient } from "../../lib/prisma-client";
import { claimFormInput, ClaimFormSchema } from "../../lib/validation/claim-form";

const [url, editorId, sourceId, vendorId, quote, workersArg] = process.argv.slice(2);
if (!url || !editorId || !sourceId || !vendorId || !quote) {
  writeSync(2, "usage: claim-writer.ts <DATABASE_URL> <editorId> <sourceId> <vendorId> <quote> <workers>\n");
  process.exit(2);
}
const db = createPrismaClient(url);
const editor = { id: editorId };
const runId = `${process.pid}-${Date.now().toString(36)}`;
let next = 0;

function formFor(n: number) {
  const inline = n % 3 === 0;
  const company = `Durability Buyer ${runId} ${n}`;
  const chip = `Durability Chip ${runId} ${n}`;
  const input = claimFormInput({
    sourceId,
    company: "Huawei",
    otherCompanies: inline ? `${company} (customer)` : "",
    chips: inline ? `Ascend 910B, ${chip}` : "Ascend 910B",
    kind: "supply",
    summary: `Durability claim ${runId} number ${n}.`,
    quote,
    confidence: "reported",
    createCompanies: inline ? [company] : [],
    createChips: inline ? [chip] : [],
    newChipVendors: inline ? { [chip]: vendorId } : {},
  });
  return { form: ClaimFormSchema.parse(input), chips: inline ? 2 : 1, companies: inline ? 1 : 0 };
}

async function worker() {
  for (;;) {
    const n = next++;
    const { form, chips, companies } = formFor(n);
    writeSync(1, `started ${n}\n`);
    const result = await createClaim(db, editor, form);
    if (!result.ok) {
      writeSync(2, `claim ${n} refused: ${JSON.stringify(result.state)}\n`);
      process.exit(1);
    }
    writeSync(1, `committed ${n} ${result.claim.id} chips=${chips} companies=${companies}\n`);
  }
}

void Promise.all(Array.from({ length: Math.max(1, Number(workersArg) || 1) }, worker)).catch((error: unknown) => {
  writeSync(2, `writer failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
