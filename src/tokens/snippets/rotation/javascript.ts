/** The rotation script for Node.js 20 (built-in fetch, ES module). See `./params.ts`. */
import {DEFAULT_BASE_URL, ENV} from '../model';
import {jsString, jsSyntax} from '../javascript';
import {renderLiteral} from '../text';
import {DEFAULT_GRACE_SECONDS, ROTATION_ENV, type RotationParams} from './params';

const HEADER = `#!/usr/bin/env node
// Rotate an Import API access token with Stitch's Connect API, step by step.
//
// The Connect guide's six steps, plus a validation: find the source, list its token IDs,
// create a token, validate it, hand it to your secret store and wait, revoke the old token,
// verify. It stops with a message (exit code 1) on anything unexpected, and never prints a
// token's value.
//
// Needs Node.js 20 (built-in fetch). Set ${ENV.connectToken} to your Connect API access
// token and ${ROTATION_ENV.tokenFile} to the file your application reads its token from (or
// replace the two secret-store functions below), then run:
//
//     node rotate-token.mjs
//
// ${ROTATION_ENV.graceSeconds} (default ${DEFAULT_GRACE_SECONDS}) is how long your application gets to pick up
// the new token; ${ENV.baseUrl} defaults to ${DEFAULT_BASE_URL}.
import {renameSync, writeFileSync} from "node:fs";
import {setTimeout as sleep} from "node:timers/promises";
`;

function config(p: RotationParams): string {
  return `
// What to rotate, and a sample record to validate the new token with (validate stores nothing).
const SOURCE_ID = ${p.sourceId};
const CLIENT_ID = ${p.clientId};
const TABLE_NAME = ${jsString(p.tableName)};
const SAMPLE_DATA = ${renderLiteral(p.sampleData, jsSyntax)};
const KEY_NAMES = ${renderLiteral(p.keyNames, jsSyntax)};

const BASE_URL = process.env.${ENV.baseUrl} || "${DEFAULT_BASE_URL}";
const TOKENS = "/v4/sources/" + SOURCE_ID + "/tokens";
`;
}

const SECRET_STORE = `
// ---- Your secret store: replace these two functions -------------------------------------
const TOKEN_FILE = process.env.${ROTATION_ENV.tokenFile};

/** Runs before anything changes: stop now if the new token would have nowhere to go. */
function checkSecretStore() {
  if (!TOKEN_FILE) {
    stop(
      "Set ${ROTATION_ENV.tokenFile} to the file your application reads its token from, " +
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
`;

const HELPERS = `
class Stop extends Error {}

function stop(message) {
  throw new Stop(message);
}

function graceSeconds() {
  const text = process.env.${ROTATION_ENV.graceSeconds} || "${DEFAULT_GRACE_SECONDS}";
  const seconds = text.trim() === "" ? NaN : Number(text);
  if (!(seconds >= 0 && seconds <= 86400)) {
    const shown = JSON.stringify(text);
    stop("${ROTATION_ENV.graceSeconds} must be a number of seconds (0 to 86400), not " + shown + ".");
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

async function tokenIds(connectToken, consequence) {
  const [status, answer] = await api("GET", TOKENS, connectToken);
  expectStatus(status, answer, 200, "Listing the token IDs (GET " + TOKENS + ")", consequence);
  return answer.map((t) => t.token_id).sort((a, b) => a - b);
}
`;

const MAIN_START = `
async function main() {
  const connectToken = process.env.${ENV.connectToken};
  if (!connectToken) stop("Set ${ENV.connectToken} to your Connect API access token.");
  const grace = graceSeconds();
  checkSecretStore();
  const unchanged = "Nothing was changed.";

  // 1. Find the source.
  const [status1, sources] = await api("GET", "/v4/sources", connectToken);
  expectStatus(status1, sources, 200, "Listing the sources (GET /v4/sources)", unchanged);
  const source = sources.find((s) => s.id === SOURCE_ID);
  if (source === undefined || source.type !== "import_api") {
    stop("Source " + SOURCE_ID + " is not one of this account's Import API integrations " +
      "(GET /v4/sources lists them). " + unchanged);
  }
  console.log("1/7 Source " + SOURCE_ID + ": " + source.display_name +
    " (schema " + source.name + ")");

  // 2. List its token IDs: exactly one may be active, the one your application uses.
  let ids = await tokenIds(connectToken, unchanged);
  if (ids.length === 0) {
    stop("Source " + SOURCE_ID + " has no active token: there is nothing to rotate. " + unchanged);
  }
  if (ids.length > 1) {
    stop("Source " + SOURCE_ID + " already has two active tokens (" + listed(ids) + "): another " +
      "rotation may be under way. Finish it (revoke the token your application no longer uses), " +
      "then run this again. " + unchanged);
  }
  const oldId = ids[0];
  console.log("2/7 Active token: " + oldId);

  // 3. Create the new token. Its value comes once, in this answer: kept in memory only.
  const [status3, created] = await api("POST", TOKENS, connectToken);
  expectStatus(status3, created, 200, "Creating a token (POST " + TOKENS + ")", unchanged);
  const newId = created.id;
  const newValue = created.access_token;
  const kept = "Nothing was revoked: tokens " + oldId + " and " + newId + " are both active.";
  if (!(newId > oldId)) {
    stop("The new token's ID " + newId + " is not larger than the old one's: token IDs only " +
      "increase, so the old token cannot be told apart. " + kept);
  }
  console.log("3/7 Created token " + newId);
`;

const MAIN_END = `
  // 4. Validate the new token with the Import API: same body as a push, nothing stored.
  const record = {
    client_id: CLIENT_ID,
    table_name: TABLE_NAME,
    sequence: Date.now(),
    data: SAMPLE_DATA,
    key_names: KEY_NAMES,
    action: "upsert",
  };
  const [status4, answer4] = await api("POST", "/v2/import/validate", newValue, [record]);
  expectStatus(status4, answer4, 200, "Validating the new token " + newId,
    kept + " Fix the cause (are CLIENT_ID and TABLE_NAME right?), then revoke token " + newId +
      " (DELETE " + TOKENS + "/" + newId + ") before you run this again.");
  console.log("4/7 Token " + newId + " is valid (POST /v2/import/validate answered 200)");

  // 5. Hand it to your application, and give the application time to switch.
  try {
    await storeNewToken(newValue);
  } catch (error) {
    if (error instanceof Stop) throw error;
    stop("Your secret store refused token " + newId + ": " + error.message + ". " + kept +
      " Revoke token " + newId + " (DELETE " + TOKENS + "/" + newId + ") before you run " +
      "this again.");
  }
  console.log("5/7 Token " + newId + " handed to your secret store; waiting " + grace +
    " s for your application to switch to it");
  await sleep(grace * 1000);

  // 6. Revoke the old token, the smaller ID: only if the list is still old and new.
  ids = await tokenIds(connectToken, "Nothing was revoked.");
  if (ids.length !== 2 || ids[0] !== oldId || ids[1] !== newId) {
    stop("The active tokens changed while waiting: expected " + oldId + " and " + newId +
      ", found " + listed(ids) + ". Nothing was revoked.");
  }
  const [status6, answer6] = await api("DELETE", TOKENS + "/" + oldId, connectToken);
  if (status6 === 404) {
    stop("Revoking the old token " + oldId + " answered 404: it is no longer active (revoked by " +
      "someone else?). Your application has token " + newId + "; check the list: GET " +
      TOKENS + ".");
  }
  expectStatus(status6, answer6, 200, "Revoking the old token " + oldId,
    "Check which tokens are active: GET " + TOKENS + ".");
  console.log("6/7 Revoked the old token " + oldId);

  // 7. Verify: only the new token is left.
  ids = await tokenIds(connectToken, "The old token was revoked.");
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
`;

export function javascriptRotation(p: RotationParams): string {
  return HEADER + config(p) + SECRET_STORE + HELPERS + MAIN_START + MAIN_END;
}
