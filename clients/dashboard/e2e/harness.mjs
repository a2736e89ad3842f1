// The browser tests' harness: steps that stop after the first failure, the test's own API calls, and the TRX file
// that ./build.sh counts into its final "N passed, N failed" line.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { randomUUID } from "node:crypto";

export function assert(condition, what) {
    if (!condition) throw new Error(what);
}

/** Waits until check() returns a truthy value (re-trying on errors), or fails with what after timeoutMs. */
export async function until(what, check, timeoutMs = 15000) {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
        try {
            const value = await check();
            if (value) return value;
        } catch (e) {
            last = e;
        }
        await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`${what} (not within ${timeoutMs / 1000} s)${last ? `: ${last.message}` : ""}`);
}

export function createHarness({ baseUrl, shots, trxPath }) {
    const results = [];
    let failedAlready = false;
    const state = { page: undefined };

    // Calls made by the test itself (not the page): operator, Store API with a key, plugin API with a server key.
    async function api(method, path, { token, apiKey, serverKey, body } = {}) {
        const headers = { Accept: "application/json" };
        if (token) headers.Authorization = `Bearer ${token}`;
        if (apiKey) headers["X-Api-Key"] = apiKey;
        if (serverKey) headers["X-Server-Key"] = serverKey;
        if (body !== undefined) headers["Content-Type"] = "application/json";
        const response = await fetch(baseUrl + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
        const text = await response.text();
        return { status: response.status, json: text ? JSON.parse(text) : null };
    }

    async function step(name, body) {
        const started = new Date();
        if (failedAlready) {
            results.push({ name, outcome: "NotExecuted", started, finished: new Date(), message: "Not run: an earlier step failed." });
            console.log(`  --  ${name} (not run)`);
            return;
        }
        try {
            await body();
            results.push({ name, outcome: "Passed", started, finished: new Date() });
            console.log(`  ok  ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
        } catch (error) {
            failedAlready = true;
            const message = error instanceof Error ? error.message : String(error);
            results.push({ name, outcome: "Failed", started, finished: new Date(), message });
            console.error(`  FAILED  ${name}: ${message}`);
            await state.page?.screenshot({ path: `${shots}/failure.png`, fullPage: true }).catch(() => {});
        }
    }

    function xml(s) {
        return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
    }

    function writeTrx(started) {
        const listId = "8c84fa94-04c1-424b-9868-57a2d4851a1d";
        const rows = results.map((r) => ({ ...r, testId: randomUUID(), executionId: randomUUID() }));
        const count = (o) => rows.filter((r) => r.outcome === o).length;
        const duration = (r) => new Date(r.finished - r.started).toISOString().substring(11, 23) + "0000";
        const out = `<?xml version="1.0" encoding="utf-8"?>
<TestRun id="${randomUUID()}" name="DashboardE2E" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
  <Times creation="${started.toISOString()}" start="${started.toISOString()}" finish="${new Date().toISOString()}" />
  <Results>
${rows.map((r) => `    <UnitTestResult executionId="${r.executionId}" testId="${r.testId}" testName="${xml(r.name)}" computerName="localhost" duration="${duration(r)}" startTime="${r.started.toISOString()}" endTime="${r.finished.toISOString()}" testType="13cdc9d9-ddb5-4fa4-a97d-d965ccfc6d4b" outcome="${r.outcome}" testListId="${listId}">${r.message ? `<Output><ErrorInfo><Message>${xml(r.message)}</Message></ErrorInfo></Output>` : ""}</UnitTestResult>`).join("\n")}
  </Results>
  <TestDefinitions>
${rows.map((r) => `    <UnitTest name="${xml(r.name)}" storage="dashboard.e2e.mjs" id="${r.testId}"><Execution id="${r.executionId}" /><TestMethod codeBase="clients/dashboard/e2e/dashboard.e2e.mjs" className="DashboardE2E" name="${xml(r.name)}" /></UnitTest>`).join("\n")}
  </TestDefinitions>
  <TestLists><TestList name="Results Not in a List" id="${listId}" /></TestLists>
  <ResultSummary outcome="${count("Failed") > 0 ? "Failed" : "Completed"}">
    <Counters total="${rows.length}" executed="${rows.length - count("NotExecuted")}" passed="${count("Passed")}" failed="${count("Failed")}" error="0" timeout="0" aborted="0" inconclusive="0" passedButRunAborted="0" notRunnable="0" notExecuted="${count("NotExecuted")}" disconnected="0" warning="0" completed="0" inProgress="0" pending="0" />
  </ResultSummary>
</TestRun>
`;
        mkdirSync(dirname(trxPath), { recursive: true });
        writeFileSync(trxPath, out);
    }

    return { api, step, writeTrx, results, state };
}
