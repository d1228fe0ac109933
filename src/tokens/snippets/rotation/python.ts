/** The rotation script in Python 3.8+ with requests. See `./params.ts` for what it does. */
import {DEFAULT_BASE_URL, ENV} from '../model';
import {pythonString, pythonSyntax} from '../python';
import {renderLiteral} from '../text';
import {DEFAULT_GRACE_SECONDS, ROTATION_ENV, type RotationParams} from './params';

const HEADER = `#!/usr/bin/env python3
"""Rotate an Import API access token with Stitch's Connect API, step by step.

The Connect guide's six steps, plus a validation: find the source, list its token IDs,
create a token, validate it, hand it to your secret store and wait, revoke the old token,
verify. It stops with a message (exit code 1) on anything unexpected, and never prints a
token's value.

Needs Python 3.8+ and requests (pip install requests). Set ${ENV.connectToken} to your
Connect API access token and ${ROTATION_ENV.tokenFile} to the file your application reads its
token from (or replace the two secret-store functions below), then run:

    python3 rotate_token.py

${ROTATION_ENV.graceSeconds} (default ${DEFAULT_GRACE_SECONDS}) is how long your application gets to pick up
the new token; ${ENV.baseUrl} defaults to ${DEFAULT_BASE_URL}.
"""
import os
import sys
import time

import requests
`;

function config(p: RotationParams): string {
  return `
# What to rotate, and a sample record to validate the new token with (validate stores nothing).
SOURCE_ID = ${p.sourceId}
CLIENT_ID = ${p.clientId}
TABLE_NAME = ${pythonString(p.tableName)}
SAMPLE_DATA = ${renderLiteral(p.sampleData, pythonSyntax)}
KEY_NAMES = ${renderLiteral(p.keyNames, pythonSyntax)}

BASE_URL = os.environ.get("${ENV.baseUrl}") or "${DEFAULT_BASE_URL}"
TOKENS = f"/v4/sources/{SOURCE_ID}/tokens"
`;
}

const SECRET_STORE = `

# ---- Your secret store: replace these two functions -------------------------------------
TOKEN_FILE = os.environ.get("${ROTATION_ENV.tokenFile}")


def check_secret_store():
    """Runs before anything changes: stop now if the new token would have nowhere to go."""
    if not TOKEN_FILE:
        stop(
            "Set ${ROTATION_ENV.tokenFile} to the file your application reads its token from, "
            "or replace store_new_token() with code for your secret store."
        )


def store_new_token(value):
    """Hands the new token's value to your application: here, replaces the file at once."""
    temporary = TOKEN_FILE + ".new"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(value)
    os.replace(temporary, TOKEN_FILE)


# ---- End of the part to replace ---------------------------------------------------------
`;

const HELPERS = `

def stop(message):
    sys.exit("Rotation stopped: " + message)


def grace_seconds():
    text = os.environ.get("${ROTATION_ENV.graceSeconds}") or "${DEFAULT_GRACE_SECONDS}"
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds <= 86400:
        stop(f"${ROTATION_ENV.graceSeconds} must be a number of seconds (0 to 86400), not {text!r}.")
    return seconds


def api(method, path, token, body=None):
    """Sends one request; returns the status and the JSON answer (None if not JSON)."""
    try:
        response = requests.request(
            method,
            BASE_URL + path,
            json=body,
            headers={"Authorization": "Bearer " + token},
            timeout=30,
        )
    except requests.RequestException as error:
        stop(f"{method} {path} got no answer: {error}")
    try:
        return response.status_code, response.json()
    except ValueError:
        return response.status_code, None


def detail(answer):
    """An error answer's message, for a person to read."""
    if not isinstance(answer, dict):
        return "no JSON answer"
    error, errors = answer.get("error"), answer.get("errors")
    if isinstance(error, dict) and error.get("message"):
        return str(error["message"])
    if isinstance(errors, dict) and errors.get("error"):
        return str(errors["error"])
    return str(error or answer.get("message") or "no message")


def expect_status(status, answer, expected, what, consequence):
    if status != expected:
        stop(f"{what} answered HTTP {status}: {detail(answer).rstrip('.')}. {consequence}")


def listed(ids):
    return ", ".join(str(i) for i in ids) or "none"


def token_ids(connect_token, consequence):
    status, answer = api("GET", TOKENS, connect_token)
    expect_status(status, answer, 200, f"Listing the token IDs (GET {TOKENS})", consequence)
    return sorted(t["token_id"] for t in answer)
`;

const MAIN_START = `

def main():
    connect_token = os.environ.get("${ENV.connectToken}")
    if not connect_token:
        stop("Set ${ENV.connectToken} to your Connect API access token.")
    grace = grace_seconds()
    check_secret_store()
    unchanged = "Nothing was changed."

    # 1. Find the source.
    status, sources = api("GET", "/v4/sources", connect_token)
    expect_status(status, sources, 200, "Listing the sources (GET /v4/sources)", unchanged)
    source = next((s for s in sources if s.get("id") == SOURCE_ID), None)
    if source is None or source.get("type") != "import_api":
        stop(f"Source {SOURCE_ID} is not one of this account's Import API integrations "
             f"(GET /v4/sources lists them). {unchanged}")
    print(f"1/7 Source {SOURCE_ID}: {source.get('display_name')} (schema {source.get('name')})")

    # 2. List its token IDs: exactly one may be active, the one your application uses.
    ids = token_ids(connect_token, unchanged)
    if not ids:
        stop(f"Source {SOURCE_ID} has no active token: there is nothing to rotate. {unchanged}")
    if len(ids) > 1:
        stop(f"Source {SOURCE_ID} already has two active tokens ({listed(ids)}): another "
             "rotation may be under way. Finish it (revoke the token your application no "
             f"longer uses), then run this again. {unchanged}")
    old_id = ids[0]
    print(f"2/7 Active token: {old_id}")

    # 3. Create the new token. Its value comes once, in this answer: kept in memory only.
    status, created = api("POST", TOKENS, connect_token)
    expect_status(status, created, 200, f"Creating a token (POST {TOKENS})", unchanged)
    new_id, new_value = created["id"], created["access_token"]
    kept = f"Nothing was revoked: tokens {old_id} and {new_id} are both active."
    if new_id <= old_id:
        stop(f"The new token's ID {new_id} is not larger than the old one's: token IDs only "
             f"increase, so the old token cannot be told apart. {kept}")
    print(f"3/7 Created token {new_id}")
`;

const MAIN_END = `
    # 4. Validate the new token with the Import API: same body as a push, nothing stored.
    record = {
        "client_id": CLIENT_ID,
        "table_name": TABLE_NAME,
        "sequence": int(time.time() * 1000),
        "data": SAMPLE_DATA,
        "key_names": KEY_NAMES,
        "action": "upsert",
    }
    status, answer = api("POST", "/v2/import/validate", new_value, [record])
    expect_status(status, answer, 200, f"Validating the new token {new_id}",
            f"{kept} Fix the cause (are CLIENT_ID and TABLE_NAME right?), then revoke "
            f"token {new_id} (DELETE {TOKENS}/{new_id}) before you run this again.")
    print(f"4/7 Token {new_id} is valid (POST /v2/import/validate answered 200)")

    # 5. Hand it to your application, and give the application time to switch.
    try:
        store_new_token(new_value)
    except Exception as error:
        stop(f"Your secret store refused token {new_id}: {error}. {kept} Revoke token "
             f"{new_id} (DELETE {TOKENS}/{new_id}) before you run this again.")
    print(f"5/7 Token {new_id} handed to your secret store; waiting {grace:g} s "
          "for your application to switch to it")
    time.sleep(grace)

    # 6. Revoke the old token, the smaller ID: only if the list is still old and new.
    ids = token_ids(connect_token, "Nothing was revoked.")
    if ids != [old_id, new_id]:
        stop(f"The active tokens changed while waiting: expected {old_id} and {new_id}, "
             f"found {listed(ids)}. Nothing was revoked.")
    status, answer = api("DELETE", f"{TOKENS}/{old_id}", connect_token)
    if status == 404:
        stop(f"Revoking the old token {old_id} answered 404: it is no longer active "
             f"(revoked by someone else?). Your application has token {new_id}; check "
             f"the list: GET {TOKENS}.")
    expect_status(status, answer, 200, f"Revoking the old token {old_id}",
            f"Check which tokens are active: GET {TOKENS}.")
    print(f"6/7 Revoked the old token {old_id}")

    # 7. Verify: only the new token is left.
    ids = token_ids(connect_token, "The old token was revoked.")
    if ids != [new_id]:
        stop(f"Expected only token {new_id} to be active, found {listed(ids)}.")
    print(f"7/7 Verified: token {new_id} is the only active token. Rotation complete.")


if __name__ == "__main__":
    main()
`;

export function pythonRotation(p: RotationParams): string {
  return HEADER + config(p) + SECRET_STORE + HELPERS + MAIN_START + MAIN_END;
}
