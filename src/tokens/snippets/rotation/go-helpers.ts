/** The rotation script in Go: its header, settings, secret store and helpers (see `./go.ts`). */
import {DEFAULT_BASE_URL, ENV} from '../model';
import {goString} from '../go';
import {jsonText} from '../text';
import {DEFAULT_GRACE_SECONDS, ROTATION_ENV, type RotationParams} from './params';

const HEADER = `// Rotate an Import API access token with Stitch's Connect API, step by step.
//
// The Connect guide's six steps, plus a validation: find the source, list its token IDs,
// create a token, validate it, hand it to your secret store and wait, revoke the old token,
// verify. It stops with a message (exit code 1) on anything unexpected, and never prints a
// token's value.
//
// Needs Go 1.19+, standard library only. Set ${ENV.connectToken} to your Connect API access
// token and ${ROTATION_ENV.tokenFile} to the file your application reads its token from (or
// replace the two secret-store functions below), then run:
//
//	go run rotate_token.go
//
// ${ROTATION_ENV.graceSeconds} (default ${DEFAULT_GRACE_SECONDS}) is how long your application gets to pick up
// the new token; ${ENV.baseUrl} defaults to ${DEFAULT_BASE_URL}.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)
`;

function config(p: RotationParams): string {
  return `
// What to rotate, and a sample record to validate the new token with (validate stores nothing).
const sourceID = ${p.sourceId}

const clientID = ${p.clientId}

const tableName = ${goString(p.tableName)}

var sampleData = json.RawMessage(${goString(jsonText(p.sampleData))})

var keyNames = []string{${p.keyNames.map(goString).join(', ')}}

var baseURL = envOr("${ENV.baseUrl}", "${DEFAULT_BASE_URL}")

var tokensPath = "/v4/sources/" + strconv.Itoa(sourceID) + "/tokens"
`;
}

const SECRET_STORE = `
// ---- Your secret store: replace these two functions -------------------------------------

var tokenFile = os.Getenv("${ROTATION_ENV.tokenFile}")

// checkSecretStore runs before anything changes: stop now if the new token would have
// nowhere to go.
func checkSecretStore() {
	if tokenFile == "" {
		stop("Set ${ROTATION_ENV.tokenFile} to the file your application reads its token from, " +
			"or replace storeNewToken() with code for your secret store.")
	}
}

// storeNewToken hands the new token's value to your application: here, it replaces the
// file at once.
func storeNewToken(value string) error {
	temporary := tokenFile + ".new"
	if err := os.WriteFile(temporary, []byte(value), 0o600); err != nil {
		return err
	}
	return os.Rename(temporary, tokenFile)
}

// ---- End of the part to replace ---------------------------------------------------------
`;

const HELPERS = `
func stop(message string) {
	fmt.Fprintln(os.Stderr, "Rotation stopped: "+message)
	os.Exit(1)
}

func envOr(name, fallback string) string {
	if value := os.Getenv(name); value != "" {
		return value
	}
	return fallback
}

func graceSeconds() float64 {
	text := envOr("${ROTATION_ENV.graceSeconds}", "${DEFAULT_GRACE_SECONDS}")
	seconds, err := strconv.ParseFloat(strings.TrimSpace(text), 64)
	if err != nil || !(seconds >= 0 && seconds <= 86400) {
		stop(fmt.Sprintf("${ROTATION_ENV.graceSeconds} must be a number of seconds (0 to 86400), "+
			"not %q.", text))
	}
	return seconds
}

// api sends one request and returns the status and the answer.
func api(method, path, token string, payload any) (int, []byte) {
	var body io.Reader
	if payload != nil {
		data, err := json.Marshal(payload)
		if err != nil {
			stop(err.Error())
		}
		body = bytes.NewReader(data)
	}
	req, err := http.NewRequest(method, baseURL+path, body)
	if err != nil {
		stop(err.Error())
	}
	req.Header.Set("Authorization", "Bearer "+token)
	if payload != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	client := http.Client{Timeout: 30 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		stop(method + " " + path + " got no answer: " + err.Error())
	}
	defer resp.Body.Close()
	text, err := io.ReadAll(resp.Body)
	if err != nil {
		stop(method + " " + path + " got no answer: " + err.Error())
	}
	return resp.StatusCode, text
}

// detail is an error answer's message, for a person to read.
func detail(text []byte) string {
	var answer struct {
		Error   any    \`json:"error"\`
		Errors  any    \`json:"errors"\`
		Message string \`json:"message"\`
	}
	if json.Unmarshal(text, &answer) != nil {
		return "no JSON answer"
	}
	if e, ok := answer.Error.(map[string]any); ok && e["message"] != nil {
		return fmt.Sprint(e["message"])
	}
	if e, ok := answer.Errors.(map[string]any); ok && e["error"] != nil {
		return fmt.Sprint(e["error"])
	}
	if e, ok := answer.Error.(string); ok && e != "" {
		return e
	}
	if answer.Message != "" {
		return answer.Message
	}
	return "no message"
}

func expectStatus(status int, text []byte, expected int, what, consequence string) {
	if status != expected {
		message := strings.TrimRight(detail(text), ".")
		stop(fmt.Sprintf("%s answered HTTP %d: %s. %s", what, status, message, consequence))
	}
}

// decode reads a successful answer into v.
func decode(text []byte, v any, what string) {
	if err := json.Unmarshal(text, v); err != nil {
		stop(what + " gave an answer this script cannot read: " + err.Error())
	}
}

func listed(ids []int64) string {
	if len(ids) == 0 {
		return "none"
	}
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = strconv.FormatInt(id, 10)
	}
	return strings.Join(parts, ", ")
}

func tokenIDs(connectToken, consequence string) []int64 {
	what := "Listing the token IDs (GET " + tokensPath + ")"
	status, text := api("GET", tokensPath, connectToken, nil)
	expectStatus(status, text, 200, what, consequence)
	var tokens []struct {
		TokenID int64 \`json:"token_id"\`
	}
	decode(text, &tokens, what)
	ids := make([]int64, len(tokens))
	for i, t := range tokens {
		ids[i] = t.TokenID
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids
}
`;

export const GO_ROTATION_PARTS = {HEADER, config, SECRET_STORE, HELPERS};
