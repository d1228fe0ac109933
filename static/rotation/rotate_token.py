#!/usr/bin/env python3
"""Rotate an Import API access token with Stitch's Connect API, step by step.

The Connect guide's six steps, plus a validation: find the source, list its token IDs,
create a token, validate it, hand it to your secret store and wait, revoke the old token,
verify. It stops with a message (exit code 1) on anything unexpected, and never prints a
token's value.

Needs Python 3.8+ and requests (pip install requests). Set its inputs in the
environment, then run:

    python3 rotate_token.py

STITCH_CONNECT_TOKEN    your Connect API access token
IMPORT_TOKEN_FILE       the file your application reads its token from (or replace the
                        two secret-store functions below)
ROTATION_SOURCE_ID      the Import API integration (Connect "source") whose token is
                        rotated (default 261871, the guide's example)
ROTATION_CLIENT_ID      your Stitch client ID, for the validation (default 116078)
ROTATION_SAMPLE_RECORD  the record the new token is validated with, as JSON: its
                        table_name, key_names and data (default: a "customers" record);
                        validation stores nothing
ROTATION_GRACE_SECONDS  how long your application gets to pick up the new token
                        (default 60)
STITCH_API_BASE_URL     default https://api.stitchdata.com
"""
import json
import os
import sys
import time

import requests

# The example the inputs default to (see above).
DEFAULT_SOURCE_ID = "261871"
DEFAULT_CLIENT_ID = "116078"
DEFAULT_SAMPLE_RECORD = """{
  "table_name": "customers",
  "key_names": ["id"],
  "data": {"id": 1, "name": "Rotation check"}
}"""

BASE_URL = os.environ.get("STITCH_API_BASE_URL") or "https://api.stitchdata.com"


# ---- Your secret store: replace these two functions -------------------------------------
TOKEN_FILE = os.environ.get("IMPORT_TOKEN_FILE")


def check_secret_store():
    """Runs before anything changes: stop now if the new token would have nowhere to go."""
    if not TOKEN_FILE:
        stop(
            "Set IMPORT_TOKEN_FILE to the file your application reads its token from, "
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


def stop(message):
    sys.exit("Rotation stopped: " + message)


def positive_id(name, default):
    text = os.environ.get(name) or default
    if not (text.isascii() and text.isdigit() and int(text) > 0):
        stop(f"{name} must be a positive integer, not {text!r}.")
    return int(text)


def sample_record():
    text = os.environ.get("ROTATION_SAMPLE_RECORD") or DEFAULT_SAMPLE_RECORD
    try:
        record = json.loads(text)
    except ValueError:
        record = None
    if not isinstance(record, dict):
        stop("ROTATION_SAMPLE_RECORD must be a JSON object with the record's table_name, "
             f"key_names and data, not {text!r}.")
    return record


def grace_seconds():
    text = os.environ.get("ROTATION_GRACE_SECONDS") or "60"
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds <= 86400:
        stop(f"ROTATION_GRACE_SECONDS must be a number of seconds (0 to 86400), not {text!r}.")
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


def token_ids(connect_token, tokens, consequence):
    status, answer = api("GET", tokens, connect_token)
    expect_status(status, answer, 200, f"Listing the token IDs (GET {tokens})", consequence)
    return sorted(t["token_id"] for t in answer)


def main():
    connect_token = os.environ.get("STITCH_CONNECT_TOKEN")
    if not connect_token:
        stop("Set STITCH_CONNECT_TOKEN to your Connect API access token.")
    source_id = positive_id("ROTATION_SOURCE_ID", DEFAULT_SOURCE_ID)
    client_id = positive_id("ROTATION_CLIENT_ID", DEFAULT_CLIENT_ID)
    sample = sample_record()
    tokens = f"/v4/sources/{source_id}/tokens"
    grace = grace_seconds()
    check_secret_store()
    unchanged = "Nothing was changed."

    # 1. Find the source.
    status, sources = api("GET", "/v4/sources", connect_token)
    expect_status(status, sources, 200, "Listing the sources (GET /v4/sources)", unchanged)
    source = next((s for s in sources if s.get("id") == source_id), None)
    if source is None or source.get("type") != "import_api":
        stop(f"Source {source_id} is not one of this account's Import API integrations "
             f"(GET /v4/sources lists them). {unchanged}")
    print(f"1/7 Source {source_id}: {source.get('display_name')} (schema {source.get('name')})")

    # 2. List its token IDs: exactly one may be active, the one your application uses.
    ids = token_ids(connect_token, tokens, unchanged)
    if not ids:
        stop(f"Source {source_id} has no active token: there is nothing to rotate. {unchanged}")
    if len(ids) > 1:
        stop(f"Source {source_id} already has two active tokens ({listed(ids)}): another "
             "rotation may be under way. Finish it (revoke the token your application no "
             f"longer uses), then run this again. {unchanged}")
    old_id = ids[0]
    print(f"2/7 Active token: {old_id}")

    # 3. Create the new token. Its value comes once, in this answer: kept in memory only.
    status, created = api("POST", tokens, connect_token)
    expect_status(status, created, 200, f"Creating a token (POST {tokens})", unchanged)
    new_id, new_value = created["id"], created["access_token"]
    kept = f"Nothing was revoked: tokens {old_id} and {new_id} are both active."
    if new_id <= old_id:
        stop(f"The new token's ID {new_id} is not larger than the old one's: token IDs only "
             f"increase, so the old token cannot be told apart. {kept}")
    print(f"3/7 Created token {new_id}")

    # 4. Validate the new token with the Import API: same body as a push, nothing stored.
    record = {
        **sample,
        "client_id": client_id,
        "sequence": int(time.time() * 1000),
        "action": "upsert",
    }
    status, answer = api("POST", "/v2/import/validate", new_value, [record])
    expect_status(status, answer, 200, f"Validating the new token {new_id}",
            f"{kept} Fix the cause (are ROTATION_CLIENT_ID and ROTATION_SAMPLE_RECORD "
            f"right?), then revoke token {new_id} (DELETE {tokens}/{new_id}) before you run "
            "this again.")
    print(f"4/7 Token {new_id} is valid (POST /v2/import/validate answered 200)")

    # 5. Hand it to your application, and give the application time to switch.
    try:
        store_new_token(new_value)
    except Exception as error:
        stop(f"Your secret store refused token {new_id}: {error}. {kept} Revoke token "
             f"{new_id} (DELETE {tokens}/{new_id}) before you run this again.")
    print(f"5/7 Token {new_id} handed to your secret store; waiting {grace:g} s "
          "for your application to switch to it")
    time.sleep(grace)

    # 6. Revoke the old token, the smaller ID: only if the list is still old and new.
    ids = token_ids(connect_token, tokens, "Nothing was revoked.")
    if ids != [old_id, new_id]:
        stop(f"The active tokens changed while waiting: expected {old_id} and {new_id}, "
             f"found {listed(ids)}. Nothing was revoked.")
    status, answer = api("DELETE", f"{tokens}/{old_id}", connect_token)
    if status == 404:
        stop(f"Revoking the old token {old_id} answered 404: it is no longer active "
             f"(revoked by someone else?). Your application has token {new_id}; check "
             f"the list: GET {tokens}.")
    expect_status(status, answer, 200, f"Revoking the old token {old_id}",
            f"Check which tokens are active: GET {tokens}.")
    print(f"6/7 Revoked the old token {old_id}")

    # 7. Verify: only the new token is left.
    ids = token_ids(connect_token, tokens, "The old token was revoked.")
    if ids != [new_id]:
        stop(f"Expected only token {new_id} to be active, found {listed(ids)}.")
    print(f"7/7 Verified: token {new_id} is the only active token. Rotation complete.")


if __name__ == "__main__":
    main()
