// A newsroom tool's journey, written only against the client generated from the served OpenAPI document:
// an admin makes an API token for the tool, the tool starts an import with it and follows the job to its end.
// Usage: node dist/import-with-token.js <gateway url> <admin password> <unique text>
import { APITokensApi, Configuration, ImportsApi } from "./client";

async function main(): Promise<void> {
  const [baseUrl, adminPassword, unique] = process.argv.slice(2);
  const asAdmin = new Configuration({ basePath: baseUrl, username: "admin", password: adminPassword });
  const made = await new APITokensApi(asAdmin).createApiToken({
    newToken: { name: "typescript tool " + unique, role: "editor", expiresInDays: 1 },
  });
  if (!made.token.startsWith("ct_")) {
    throw new Error("not an API token: " + made.token);
  }
  const asTool = new Configuration({ basePath: baseUrl, accessToken: made.token });
  const imports = new ImportsApi(asTool);
  const bundle = {
    format: "claimtrack-bundle/1",
    name: "typescript client " + unique,
    sources: [{ name: "TypeScript desk " + unique, kind: "MEDIA_OUTLET", reliability: "C" }],
    claims: [{
      text: "Generated clients " + unique + ": the ferry to Tallinn was cancelled on 30 December 2021.",
      language: "en",
      stances: [{ source: "TypeScript desk " + unique, stance: "ASSERTS",
        quote: "The ferry was cancelled.", statedAt: "2021-12-30T09:00:00Z" }],
    }],
  };
  const started = await imports.startImport({ body: bundle });
  const deadline = Date.now() + 120_000;
  let job = started;
  while (job.status === "QUEUED" || job.status === "RUNNING") {
    if (Date.now() > deadline) {
      throw new Error("import " + started.id + " still " + job.status + " after 120 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    job = await imports.getImport({ id: started.id! });
  }
  console.log(JSON.stringify({ token: made.record.id, job: job.id, status: job.status, created: job.created, total: job.total }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
