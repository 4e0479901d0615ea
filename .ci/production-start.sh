#!/usr/bin/env bash
# The README's production path, from a clean copy of HEAD in a fresh directory: build (web app and
# server), install production dependencies only (`npm ci --omit=dev`), start `node dist/server.js` on a
# free port over an empty SQLite file, check the web app, sign in with a demo user, start a demo process,
# and stop the server (it must exit 0). Called by .ci/run; runs by hand too (about two minutes).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/crossdesk-production-XXXXXX")
app="$work/app"
server=
cleanup() {
  if [ -n "$server" ]; then kill -9 "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "production start: FAILED: $*" >&2
  for log in "$work/stdout" "$work/stderr"; do [ -f "$log" ] && sed 's/^/  | /' "$log" >&2; done
  exit 1
}
began=$SECONDS

mkdir "$app"
git -C "$repo" archive HEAD | tar -x -C "$app"
cd "$app"

# Build with dev dependencies: the checkout's own (installed by `npm ci` from the same lockfile), linked
# in for the build only, which saves a second full install. The link goes before production installs.
ln -s "$repo/node_modules" node_modules
npm run build --silent >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; fail "npm run build"; }
rm node_modules
[ -f dist/server.js ] && [ -f dist/web/dist/index.html ] || fail "the build left no dist/server.js or dist/web/dist"
built=$SECONDS

npm ci --omit=dev --no-audit --no-fund >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "npm ci --omit=dev"; }
for dev in tsx vite typescript mocha; do
  [ ! -e "node_modules/$dev" ] || fail "dev dependency $dev was installed"
done
installed=$SECONDS

: >"$work/empty.sqlite"
port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')
PORT=$port HOST=127.0.0.1 DATABASE_URL="$work/empty.sqlite" CROSSDESK_DEMO=true CROSSDESK_ENGINE_THREADS=1 \
  node dist/server.js >"$work/stdout" 2>"$work/stderr" &
server=$!
for _ in $(seq 1 600); do
  grep -q '^listening on ' "$work/stdout" && break
  kill -0 "$server" 2>/dev/null || fail "the server exited before listening"
  sleep 0.1
done
grep -q '^listening on ' "$work/stdout" || fail "the server did not listen within 60 s"
url="http://127.0.0.1:$port"

gql() { # gql QUERY [TOKEN]: POSTs a GraphQL operation and prints the response
  curl -sS -X POST "$url/graphql" -H 'content-type: application/json' ${2:+-H "authorization: Bearer $2"} \
    --data "$(node -e 'console.log(JSON.stringify({ query: process.argv[1] }))' "$1")"
}
curl -sS "$url/" | grep -q '<title>Crossdesk</title>' || fail "GET / did not serve the built web app"
signin=$(gql 'mutation { signIn(userId: "agent", password: "demo") { token } }')
token=$(sed -n 's/.*"token":"\([^"]*\)".*/\1/p' <<<"$signin")
[ -n "$token" ] || fail "signIn as the demo agent: $signin"
started=$(gql 'mutation { startProcess(input: { key: "complaint-handling", variables: { caseRef: "P-1" } }) { state } }' "$token")
grep -q '"state":"ACTIVE"' <<<"$started" || fail "startProcess: $started"
if grep -q 'engine thread failed' "$work/stderr"; then fail "an engine thread did not load"; fi

kill -TERM "$server"
code=0
wait "$server" || code=$?
server=
[ "$code" = 0 ] || fail "the server exited with $code after SIGTERM"
echo "production start: ok (build $((built - began)) s, npm ci --omit=dev $((installed - built)) s, start and checks $((SECONDS - installed)) s)"
