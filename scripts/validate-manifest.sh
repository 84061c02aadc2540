#!/usr/bin/env bash
# Validates manifest.xml offline against Microsoft's add-in manifest XSDs (copies in ../shared/schemas/office-manifest).
# Exits non-zero when the manifest is invalid or the schema/xmllint is missing.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
manifest="${1:-$root/manifest.xml}"
schema="${ZIPING_MANIFEST_XSD:-$root/../shared/schemas/office-manifest/OfficeAppManifestV1_1.xsd}"

if ! command -v xmllint >/dev/null 2>&1; then
  echo "validate-manifest: xmllint not found (Debian: apt-get install libxml2-utils)" >&2
  exit 2
fi
if [[ ! -f "$schema" ]]; then
  echo "validate-manifest: schema not found at $schema (set ZIPING_MANIFEST_XSD)" >&2
  exit 2
fi

# --nonet: every xs:import is a local file; nothing may be fetched.
xmllint --nonet --noout --schema "$schema" "$manifest"
