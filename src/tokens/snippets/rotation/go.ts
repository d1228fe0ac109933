/** The rotation script in Go (standard library only, Go 1.19+). See `./params.ts`. */
import {GO_ROTATION_PARTS} from './go-helpers';
import type {RotationParams} from './params';

const MAIN_START = `
func main() {
	connectToken := os.Getenv("STITCH_CONNECT_TOKEN")
	if connectToken == "" {
		stop("Set STITCH_CONNECT_TOKEN to your Connect API access token.")
	}
	grace := graceSeconds()
	checkSecretStore()
	unchanged := "Nothing was changed."

	// 1. Find the source.
	status, text := api("GET", "/v4/sources", connectToken, nil)
	expectStatus(status, text, 200, "Listing the sources (GET /v4/sources)", unchanged)
	var sources []struct {
		ID          int64  \`json:"id"\`
		Name        string \`json:"name"\`
		DisplayName string \`json:"display_name"\`
		Type        string \`json:"type"\`
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
	fmt.Printf("1/7 Source %d: %s (schema %s)\\n", sourceID, source.DisplayName, source.Name)

	// 2. List its token IDs: exactly one may be active, the one your application uses.
	ids := tokenIDs(connectToken, unchanged)
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
	fmt.Printf("2/7 Active token: %d\\n", oldID)

	// 3. Create the new token. Its value comes once, in this answer: kept in memory only.
	status, text = api("POST", tokensPath, connectToken, nil)
	expectStatus(status, text, 200, "Creating a token (POST "+tokensPath+")", unchanged)
	var created struct {
		ID          int64  \`json:"id"\`
		AccessToken string \`json:"access_token"\`
	}
	decode(text, &created, "Creating a token")
	newID := created.ID
	kept := fmt.Sprintf("Nothing was revoked: tokens %d and %d are both active.", oldID, newID)
	if newID <= oldID {
		stop(fmt.Sprintf("The new token's ID %d is not larger than the old one's: token IDs only "+
			"increase, so the old token cannot be told apart. %s", newID, kept))
	}
	fmt.Printf("3/7 Created token %d\\n", newID)
`;

const MAIN_END = `
	// 4. Validate the new token with the Import API: same body as a push, nothing stored.
	record := map[string]any{
		"client_id":  clientID,
		"table_name": tableName,
		"sequence":   time.Now().UnixMilli(),
		"data":       sampleData,
		"key_names":  keyNames,
		"action":     "upsert",
	}
	status, text = api("POST", "/v2/import/validate", created.AccessToken, []any{record})
	expectStatus(status, text, 200, fmt.Sprintf("Validating the new token %d", newID),
		fmt.Sprintf("%s Fix the cause (are clientID and tableName right?), then revoke token %d "+
			"(DELETE %s/%d) before you run this again.", kept, newID, tokensPath, newID))
	fmt.Printf("4/7 Token %d is valid (POST /v2/import/validate answered 200)\\n", newID)

	// 5. Hand it to your application, and give the application time to switch.
	if err := storeNewToken(created.AccessToken); err != nil {
		stop(fmt.Sprintf("Your secret store refused token %d: %v. %s Revoke token %d (DELETE %s/%d) "+
			"before you run this again.", newID, err, kept, newID, tokensPath, newID))
	}
	fmt.Printf("5/7 Token %d handed to your secret store; waiting %g s for your application "+
		"to switch to it\\n", newID, grace)
	time.Sleep(time.Duration(grace * float64(time.Second)))

	// 6. Revoke the old token, the smaller ID: only if the list is still old and new.
	ids = tokenIDs(connectToken, "Nothing was revoked.")
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
	fmt.Printf("6/7 Revoked the old token %d\\n", oldID)

	// 7. Verify: only the new token is left.
	ids = tokenIDs(connectToken, "The old token was revoked.")
	if len(ids) != 1 || ids[0] != newID {
		stop(fmt.Sprintf("Expected only token %d to be active, found %s.", newID, listed(ids)))
	}
	fmt.Printf("7/7 Verified: token %d is the only active token. Rotation complete.\\n", newID)
}
`;

export function goRotation(p: RotationParams): string {
  const {HEADER, config, SECRET_STORE, HELPERS} = GO_ROTATION_PARTS;
  return HEADER + config(p) + SECRET_STORE + HELPERS + MAIN_START + MAIN_END;
}
