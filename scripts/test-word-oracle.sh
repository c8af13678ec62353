#!/usr/bin/env bash
# Runs the LibreOffice oracle tests of the Word reader (test/docx/oracle.test.ts) with soffice required:
# scripts/e2e-toolchain.sh installs libreoffice-writer-nogui with the other Debian packages, then this
# script runs the tests with UNDRAFT_REQUIRE_SOFFICE=1, so that a missing soffice fails CI instead of skipping.
#
#   npm run test:word-oracle
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v soffice >/dev/null 2>&1 || { echo "[test-word-oracle] soffice is not on PATH (Debian: libreoffice-writer-nogui)" >&2; exit 1; }
UNDRAFT_REQUIRE_SOFFICE=1 exec npx mocha --no-config --timeout 300000 out/test/docx/oracle.test.js
