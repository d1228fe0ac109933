// Rotate an Import API access token with Stitch's Connect API, step by step.
//
// The Connect guide's six steps, plus a validation: find the source, list its token IDs,
// create a token, validate it, hand it to your secret store and wait, revoke the old token,
// verify. It stops with a message (exit code 1) on anything unexpected, and never prints a
// token's value.
//
// Needs Go 1.19+, standard library only. Set its inputs in the environment, then run:
//
//	go run rotate_token.go
//
//	STITCH_CONNECT_TOKEN    your Connect API access token
//	IMPORT_TOKEN_FILE       the file your application reads its token from (or replace the
//	                        two secret-store functions below)
//	ROTATION_SOURCE_ID      the Import API integration (Connect "source") whose token is
//	                        rotated (default 261871, the guide's example)
//	ROTATION_CLIENT_ID      your Stitch client ID, for the validation (default 116078)
//	ROTATION_SAMPLE_RECORD  the record the new token is validated with, as JSON: its
//	                        table_name, key_names and data (default: a "customers" record);
//	                        validation stores nothing
//	ROTATION_GRACE_SECONDS  how long your application gets to pick up the new token
//	                        (default 60)
//	STITCH_API_BASE_URL     default https://api.stitchdata.com
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

// The example the inputs default to (see above).
const (
	defaultSourceID     = "261871"
	defaultClientID     = "116078"
	defaultSampleRecord = `{
  "table_name": "customers",
  "key_names": ["id"],
  "data": {"id": 1, "name": "Rotation check"}
}`
)

var baseURL = envOr("STITCH_API_BASE_URL", "https://api.stitchdata.com")

// ---- Your secret store: replace these two functions -------------------------------------

var tokenFile = os.Getenv("IMPORT_TOKEN_FILE")

// checkSecretStore runs before anything changes: stop now if the new token would have
// nowhere to go.
func checkSecretStore() {
	if tokenFile == "" {
		stop("Set IMPORT_TOKEN_FILE to the file your application reads its token from, " +
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

func positiveID(name, fallback string) int64 {
	text := envOr(name, fallback)
	id, err := strconv.ParseInt(text, 10, 64)
	if err != nil || id <= 0 || strings.HasPrefix(text, "+") {
		stop(fmt.Sprintf("%s must be a positive integer, not %q.", name, text))
	}
	return id
}

// sampleRecord reads the record's fields as they are written, so its data goes out as is.
func sampleRecord() map[string]json.RawMessage {
	text := envOr("ROTATION_SAMPLE_RECORD", defaultSampleRecord)
	var record map[string]json.RawMessage
	if json.Unmarshal([]byte(text), &record) != nil || record == nil {
		stop(fmt.Sprintf("ROTATION_SAMPLE_RECORD must be a JSON object with the record's "+
			"table_name, key_names and data, not %q.", text))
	}
	return record
}

func graceSeconds() float64 {
	text := envOr("ROTATION_GRACE_SECONDS", "60")
	seconds, err := strconv.ParseFloat(strings.TrimSpace(text), 64)
	if err != nil || !(seconds >= 0 && seconds <= 86400) {
		stop(fmt.Sprintf("ROTATION_GRACE_SECONDS must be a number of seconds (0 to 86400), "+
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
		Error   any    `json:"error"`
		Errors  any    `json:"errors"`
		Message string `json:"message"`
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

func tokenIDs(connectToken, tokensPath, consequence string) []int64 {
	what := "Listing the token IDs (GET " + tokensPath + ")"
	status, text := api("GET", tokensPath, connectToken, nil)
	expectStatus(status, text, 200, what, consequence)
	var tokens []struct {
		TokenID int64 `json:"token_id"`
	}
	decode(text, &tokens, what)
	ids := make([]int64, len(tokens))
	for i, t := range tokens {
		ids[i] = t.TokenID
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids
}

func main() {
	connectToken := os.Getenv("STITCH_CONNECT_TOKEN")
	if connectToken == "" {
		stop("Set STITCH_CONNECT_TOKEN to your Connect API access token.")
	}
	sourceID := positiveID("ROTATION_SOURCE_ID", defaultSourceID)
	clientID := positiveID("ROTATION_CLIENT_ID", defaultClientID)
	record := sampleRecord()
	tokensPath := "/v4/sources/" + strconv.FormatInt(sourceID, 10) + "/tokens"
	grace := graceSeconds()
	checkSecretStore()
	unchanged := "Nothing was changed."

	// 1. Find the source.
	status, text := api("GET", "/v4/sources", connectToken, nil)
	expectStatus(status, text, 200, "Listing the sources (GET /v4/sources)", unchanged)
	var sources []struct {
		ID          int64  `json:"id"`
		Name        string `json:"name"`
		DisplayName string `json:"display_name"`
		Type        string `json:"type"`
	}
	decode(text, &sources, "Listing the sources")
	found := -1
	for i, s := range sources {
		if s.ID == sourceID && s.Type == "import_api" {
			found = i
		}
	}
	if found < 0 {
		stop(fmt.Sprintf("Source %d is not one of this account's Import API integrations "+
			"(GET /v4/sources lists them). %s", sourceID, unchanged))
	}
	source := sources[found]
	fmt.Printf("1/7 Source %d: %s (schema %s)\n", sourceID, source.DisplayName, source.Name)

	// 2. List its token IDs: exactly one may be active, the one your application uses.
	ids := tokenIDs(connectToken, tokensPath, unchanged)
	if len(ids) == 0 {
		stop(fmt.Sprintf("Source %d has no active token: there is nothing to rotate. %s",
			sourceID, unchanged))
	}
	if len(ids) > 1 {
		stop(fmt.Sprintf("Source %d already has two active tokens (%s): another rotation may be "+
			"under way. Finish it (revoke the token your application no longer uses), then run "+
			"this again. %s", sourceID, listed(ids), unchanged))
	}
	oldID := ids[0]
	fmt.Printf("2/7 Active token: %d\n", oldID)

	// 3. Create the new token. Its value comes once, in this answer: kept in memory only.
	status, text = api("POST", tokensPath, connectToken, nil)
	expectStatus(status, text, 200, "Creating a token (POST "+tokensPath+")", unchanged)
	var created struct {
		ID          int64  `json:"id"`
		AccessToken string `json:"access_token"`
	}
	decode(text, &created, "Creating a token")
	newID := created.ID
	kept := fmt.Sprintf("Nothing was revoked: tokens %d and %d are both active.", oldID, newID)
	if newID <= oldID {
		stop(fmt.Sprintf("The new token's ID %d is not larger than the old one's: token IDs only "+
			"increase, so the old token cannot be told apart. %s", newID, kept))
	}
	fmt.Printf("3/7 Created token %d\n", newID)

	// 4. Validate the new token with the Import API: same body as a push, nothing stored.
	record["client_id"] = json.RawMessage(strconv.FormatInt(clientID, 10))
	record["sequence"] = json.RawMessage(strconv.FormatInt(time.Now().UnixMilli(), 10))
	record["action"] = json.RawMessage(`"upsert"`)
	status, text = api("POST", "/v2/import/validate", created.AccessToken, []any{record})
	expectStatus(status, text, 200, fmt.Sprintf("Validating the new token %d", newID),
		fmt.Sprintf("%s Fix the cause (are ROTATION_CLIENT_ID and ROTATION_SAMPLE_RECORD "+
			"right?), then revoke token %d (DELETE %s/%d) before you run this again.",
			kept, newID, tokensPath, newID))
	fmt.Printf("4/7 Token %d is valid (POST /v2/import/validate answered 200)\n", newID)

	// 5. Hand it to your application, and give the application time to switch.
	if err := storeNewToken(created.AccessToken); err != nil {
		stop(fmt.Sprintf("Your secret store refused token %d: %v. %s Revoke token %d (DELETE %s/%d) "+
			"before you run this again.", newID, err, kept, newID, tokensPath, newID))
	}
	fmt.Printf("5/7 Token %d handed to your secret store; waiting %g s for your application "+
		"to switch to it\n", newID, grace)
	time.Sleep(time.Duration(grace * float64(time.Second)))

	// 6. Revoke the old token, the smaller ID: only if the list is still old and new.
	ids = tokenIDs(connectToken, tokensPath, "Nothing was revoked.")
	if len(ids) != 2 || ids[0] != oldID || ids[1] != newID {
		stop(fmt.Sprintf("The active tokens changed while waiting: expected %d and %d, found %s. "+
			"Nothing was revoked.", oldID, newID, listed(ids)))
	}
	oldPath := tokensPath + "/" + strconv.FormatInt(oldID, 10)
	status, text = api("DELETE", oldPath, connectToken, nil)
	if status == 404 {
		stop(fmt.Sprintf("Revoking the old token %d answered 404: it is no longer active (revoked "+
			"by someone else?). Your application has token %d; check the list: GET %s.",
			oldID, newID, tokensPath))
	}
	expectStatus(status, text, 200, fmt.Sprintf("Revoking the old token %d", oldID),
		"Check which tokens are active: GET "+tokensPath+".")
	fmt.Printf("6/7 Revoked the old token %d\n", oldID)

	// 7. Verify: only the new token is left.
	ids = tokenIDs(connectToken, tokensPath, "The old token was revoked.")
	if len(ids) != 1 || ids[0] != newID {
		stop(fmt.Sprintf("Expected only token %d to be active, found %s.", newID, listed(ids)))
	}
	fmt.Printf("7/7 Verified: token %d is the only active token. Rotation complete.\n", newID)
}
