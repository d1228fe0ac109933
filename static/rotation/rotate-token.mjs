#!/usr/bin/env node
// Rotate an Import API access token with Stitch's Connect API, step by step.
//
// The Connect guide's six steps, plus a validation: find the source, list its token IDs,
// create a token, validate it, hand it to your secret store and wait, revoke the old token,
// verify. It stops with a message (exit code 1) on anything unexpected, and never prints a
// token's value.
//
// Needs Node.js 20 (built-in fetch). Set its inputs in the environment, then run:
//
//     node rotate-token.mjs
//
// STITCH_CONNECT_TOKEN    your Connect API access token
// IMPORT_TOKEN_FILE       the file your application reads its token from (or replace the
//                         two secret-store functions below)
// ROTATION_SOURCE_ID      the Import API integration (Connect "source") whose token is
//                         rotated (default 261871, the guide's example)
// ROTATION_CLIENT_ID      your Stitch client ID, for the validation (default 116078)
// ROTATION_SAMPLE_RECORD  the record the new token is validated with, as JSON: its
//                         table_name, key_names and data (default: a "customers" record);
//                         validation stores nothing
// ROTATION_GRACE_SECONDS  how long your application gets to pick up the new token
//                         (default 60)
// STITCH_API_BASE_URL     default https://api.stitchdata.com
import {renameSync, writeFileSync} from "node:fs";
import {setTimeout as sleep} from "node:timers/promises";

// The example the inputs default to (see above).
const DEFAULT_SOURCE_ID = "261871";
const DEFAULT_CLIENT_ID = "116078";
const DEFAULT_SAMPLE_RECORD = `{
  "table_name": "customers",
  "key_names": ["id"],
  "data": {"id": 1, "name": "Rotation check"}
}`;

const BASE_URL = process.env.STITCH_API_BASE_URL || "https://api.stitchdata.com";

// ---- Your secret store: replace these two functions -------------------------------------
const TOKEN_FILE = process.env.IMPORT_TOKEN_FILE;

/** Runs before anything changes: stop now if the new token would have nowhere to go. */
function checkSecretStore() {
  if (!TOKEN_FILE) {
    stop(
      "Set IMPORT_TOKEN_FILE to the file your application reads its token from, " +
        "or replace storeNewToken() with code for your secret store.",
    );
  }
}

/** Hands the new token's value to your application: here, replaces the file at once. */
async function storeNewToken(value) {
  const temporary = TOKEN_FILE + ".new";
  writeFileSync(temporary, value, {mode: 0o600});
  renameSync(temporary, TOKEN_FILE);
}
// ---- End of the part to replace ---------------------------------------------------------

class Stop extends Error {}

function stop(message) {
  throw new Stop(message);
}

function positiveId(name, fallback) {
  const text = process.env[name] || fallback;
  const id = /^[0-9]+$/.test(text) ? Number(text) : NaN;
  if (!(Number.isSafeInteger(id) && id > 0)) {
    stop(name + " must be a positive integer, not " + JSON.stringify(text) + ".");
  }
  return id;
}

function sampleRecord() {
  const text = process.env.ROTATION_SAMPLE_RECORD || DEFAULT_SAMPLE_RECORD;
  let record = null;
  try {
    record = JSON.parse(text);
  } catch {
    // not JSON: refused below
  }
  if (record === null || typeof record !== "object" || Array.isArray(record)) {
    stop("ROTATION_SAMPLE_RECORD must be a JSON object with the record's table_name, " +
      "key_names and data, not " + JSON.stringify(text) + ".");
  }
  return record;
}

function graceSeconds() {
  const text = process.env.ROTATION_GRACE_SECONDS || "60";
  const seconds = text.trim() === "" ? NaN : Number(text);
  if (!(seconds >= 0 && seconds <= 86400)) {
    const shown = JSON.stringify(text);
    stop("ROTATION_GRACE_SECONDS must be a number of seconds (0 to 86400), not " + shown + ".");
  }
  return seconds;
}

/** Sends one request; returns the status and the JSON answer (null if not JSON). */
async function api(method, path, token, body) {
  const headers = {Authorization: "Bearer " + token};
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(BASE_URL + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30000),
    });
  } catch (error) {
    stop(method + " " + path + " got no answer: " + (error.cause?.message ?? error.message));
  }
  const text = await response.text();
  try {
    return [response.status, JSON.parse(text)];
  } catch {
    return [response.status, null];
  }
}

/** An error answer's message, for a person to read. */
function detail(answer) {
  if (answer === null || typeof answer !== "object" || Array.isArray(answer)) {
    return "no JSON answer";
  }
  const {error, errors} = answer;
  if (error && typeof error === "object" && error.message) return String(error.message);
  if (errors && typeof errors === "object" && errors.error) return String(errors.error);
  return String(error || answer.message || "no message");
}

function expectStatus(status, answer, expected, what, consequence) {
  if (status === expected) return;
  const message = detail(answer).replace(/[.]+$/, "");
  stop(what + " answered HTTP " + status + ": " + message + ". " + consequence);
}

function listed(ids) {
  return ids.join(", ") || "none";
}

async function tokenIds(connectToken, tokens, consequence) {
  const [status, answer] = await api("GET", tokens, connectToken);
  expectStatus(status, answer, 200, "Listing the token IDs (GET " + tokens + ")", consequence);
  return answer.map((t) => t.token_id).sort((a, b) => a - b);
}

async function main() {
  const connectToken = process.env.STITCH_CONNECT_TOKEN;
  if (!connectToken) stop("Set STITCH_CONNECT_TOKEN to your Connect API access token.");
  const sourceId = positiveId("ROTATION_SOURCE_ID", DEFAULT_SOURCE_ID);
  const clientId = positiveId("ROTATION_CLIENT_ID", DEFAULT_CLIENT_ID);
  const sample = sampleRecord();
  const tokens = "/v4/sources/" + sourceId + "/tokens";
  const grace = graceSeconds();
  checkSecretStore();
  const unchanged = "Nothing was changed.";

  // 1. Find the source.
  const [status1, sources] = await api("GET", "/v4/sources", connectToken);
  expectStatus(status1, sources, 200, "Listing the sources (GET /v4/sources)", unchanged);
  const source = sources.find((s) => s.id === sourceId);
  if (source === undefined || source.type !== "import_api") {
    stop("Source " + sourceId + " is not one of this account's Import API integrations " +
      "(GET /v4/sources lists them). " + unchanged);
  }
  console.log("1/7 Source " + sourceId + ": " + source.display_name +
    " (schema " + source.name + ")");

  // 2. List its token IDs: exactly one may be active, the one your application uses.
  let ids = await tokenIds(connectToken, tokens, unchanged);
  if (ids.length === 0) {
    stop("Source " + sourceId + " has no active token: there is nothing to rotate. " + unchanged);
  }
  if (ids.length > 1) {
    stop("Source " + sourceId + " already has two active tokens (" + listed(ids) + "): another " +
      "rotation may be under way. Finish it (revoke the token your application no longer uses), " +
      "then run this again. " + unchanged);
  }
  const oldId = ids[0];
  console.log("2/7 Active token: " + oldId);

  // 3. Create the new token. Its value comes once, in this answer: kept in memory only.
  const [status3, created] = await api("POST", tokens, connectToken);
  expectStatus(status3, created, 200, "Creating a token (POST " + tokens + ")", unchanged);
  const newId = created.id;
  const newValue = created.access_token;
  const kept = "Nothing was revoked: tokens " + oldId + " and " + newId + " are both active.";
  if (!(newId > oldId)) {
    stop("The new token's ID " + newId + " is not larger than the old one's: token IDs only " +
      "increase, so the old token cannot be told apart. " + kept);
  }
  console.log("3/7 Created token " + newId);

  // 4. Validate the new token with the Import API: same body as a push, nothing stored.
  const record = {...sample, client_id: clientId, sequence: Date.now(), action: "upsert"};
  const [status4, answer4] = await api("POST", "/v2/import/validate", newValue, [record]);
  expectStatus(status4, answer4, 200, "Validating the new token " + newId,
    kept + " Fix the cause (are ROTATION_CLIENT_ID and ROTATION_SAMPLE_RECORD right?), then " +
      "revoke token " + newId + " (DELETE " + tokens + "/" + newId + ") before you run this " +
      "again.");
  console.log("4/7 Token " + newId + " is valid (POST /v2/import/validate answered 200)");

  // 5. Hand it to your application, and give the application time to switch.
  try {
    await storeNewToken(newValue);
  } catch (error) {
    if (error instanceof Stop) throw error;
    stop("Your secret store refused token " + newId + ": " + error.message + ". " + kept +
      " Revoke token " + newId + " (DELETE " + tokens + "/" + newId + ") before you run " +
      "this again.");
  }
  console.log("5/7 Token " + newId + " handed to your secret store; waiting " + grace +
    " s for your application to switch to it");
  await sleep(grace * 1000);

  // 6. Revoke the old token, the smaller ID: only if the list is still old and new.
  ids = await tokenIds(connectToken, tokens, "Nothing was revoked.");
  if (ids.length !== 2 || ids[0] !== oldId || ids[1] !== newId) {
    stop("The active tokens changed while waiting: expected " + oldId + " and " + newId +
      ", found " + listed(ids) + ". Nothing was revoked.");
  }
  const [status6, answer6] = await api("DELETE", tokens + "/" + oldId, connectToken);
  if (status6 === 404) {
    stop("Revoking the old token " + oldId + " answered 404: it is no longer active (revoked by " +
      "someone else?). Your application has token " + newId + "; check the list: GET " +
      tokens + ".");
  }
  expectStatus(status6, answer6, 200, "Revoking the old token " + oldId,
    "Check which tokens are active: GET " + tokens + ".");
  console.log("6/7 Revoked the old token " + oldId);

  // 7. Verify: only the new token is left.
  ids = await tokenIds(connectToken, tokens, "The old token was revoked.");
  if (ids.length !== 1 || ids[0] !== newId) {
    stop("Expected only token " + newId + " to be active, found " + listed(ids) + ".");
  }
  console.log("7/7 Verified: token " + newId + " is the only active token. Rotation complete.");
}

try {
  await main();
} catch (error) {
  if (!(error instanceof Stop)) throw error;
  console.error("Rotation stopped: " + error.message);
  process.exitCode = 1;
}
