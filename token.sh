#!/usr/bin/env bash
# Mints a development JWT for local runs, signed with the HS256 key in config/repo/application-dev.yml (the dev
# profile, which local runs use). Production verifies tokens from the identity provider (Keycloak) and refuses to
# start with this key (prod profile).
#
#   ./token.sh --sector land --roles editor,roster_uploader --region 230202 --sub clerk-li --name 李文
#
# roles: editor, reviewer, roster_uploader, admin; region: the division code prefix the person's office covers.
set -euo pipefail
sector=land; roles=editor; region=230202; sub=""; name=""; hours=8
while [ $# -gt 0 ]; do
  case "$1" in
    --sector) sector=$2; shift 2 ;;
    --roles) roles=$2; shift 2 ;;
    --region) region=$2; shift 2 ;;
    --sub) sub=$2; shift 2 ;;
    --name) name=$2; shift 2 ;;
    --hours) hours=$2; shift 2 ;;
    -h|--help) sed -n 2,9p "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
here=$(cd "$(dirname "$0")" && pwd)
key=$(sed -n 's/^ *dev-signing-key: *\([^ #"]\{32,\}\).*/\1/p' "$here/config/repo/application-dev.yml" | head -1)
[ -n "$key" ] || { echo "no dev-signing-key in config/repo/application-dev.yml" >&2; exit 1; }
sub=${sub:-"$sector-$(echo "$roles" | cut -d, -f1)"}
name=${name:-$sub}
now=$(date +%s); exp=$((now + hours * 3600))
roles_json=$(printf '%s' "$roles" | awk -F, '{for(i=1;i<=NF;i++) printf "%s\"%s\"", (i>1?",":""), $i}')
b64() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64)
payload=$(printf '{"sub":"%s","name":"%s","sector":"%s","region":"%s","roles":[%s],"iat":%d,"exp":%d}' \
  "$sub" "$name" "$sector" "$region" "$roles_json" "$now" "$exp" | b64)
sig=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$key" -binary | b64)
printf '%s.%s.%s\n' "$header" "$payload" "$sig"
