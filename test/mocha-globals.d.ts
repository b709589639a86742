// The test runner puts mocha's `describe`/`it` on the page as globals. Referenced here, not in
// tsconfig `types`, so only the test program relies on them; src is checked without them by
// tsconfig.build.json.
/// <reference types="mocha" />
