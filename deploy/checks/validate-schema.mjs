// Validates Kubernetes objects against the Kubernetes API's OpenAPI schemas (as compiled by the
// kubernetes-models package) and Prometheus Operator objects (PodMonitor) against its CRD schemas
// (@kubernetes-models/prometheus-operator). Input: a file holding a JSON array of objects. Prints one line per problem
// ("Kind/name: /path message") and exits 1 when there is any, 0 when every object is valid.
// Unknown apiVersion/kind pairs are problems too: nothing is let through unchecked.
import { readFileSync } from "node:fs";

const objects = JSON.parse(readFileSync(process.argv[2], "utf8"));
const problems = [];

// kustomize 4.5.4 wraps long base64 values of Secrets over several lines; the API server's base64
// decoder skips line breaks, so they are removed here before the "byte" format check.
const unwrapBase64 = (data) =>
  data && Object.fromEntries(Object.entries(data).map(([k, v]) => [k, String(v).replace(/[\r\n]/g, "")]));

for (const object of objects) {
  const label = `${object.kind}/${object.metadata?.name}`;
  let model;
  try {
    const models = object.apiVersion?.startsWith("monitoring.coreos.com/")
      ? "@kubernetes-models/prometheus-operator"
      : "kubernetes-models";
    model = await import(`${models}/${object.apiVersion}/${object.kind}`);
  } catch {
    problems.push(`${label}: no schema for apiVersion ${object.apiVersion} kind ${object.kind}`);
    continue;
  }
  try {
    const checked = object.kind === "Secret" ? { ...object, data: unwrapBase64(object.data) } : object;
    new model[object.kind](checked).validate();
  } catch (error) {
    for (const e of error.errors ?? [{ instancePath: "", message: String(error.message) }]) {
      const detail = e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : "";
      problems.push(`${label}: ${e.instancePath || "/"} ${e.message}${detail}`);
    }
  }
}

problems.forEach((p) => console.log(p));
console.log(`${objects.length} objects checked, ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
