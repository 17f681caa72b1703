#!/usr/bin/env bash
# Scores the claim extraction against the hand-written seed bundle: recall and precision of (claim, party, stance)
# for ASSERTS/DENIES, the share of verbatim quotes, and the time for a 1,000-word article (printed, never asserted).
# Usage: bench/extract-eval.sh [bundle.json]   (default: seeds/geneva-2021-12-30.json)
set -euo pipefail
cd "$(dirname "$0")/.."
bundle="${1:-seeds/geneva-2021-12-30.json}"
# MAVEN_OFFLINE=-o once the dependency plugin is in the local repository; the first run downloads it (quiet, errors shown)
offline="${MAVEN_OFFLINE-}"
./mvnw $offline -B -q -ntp -pl extraction compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
java -cp "extraction/target/classes:$(cat extraction/target/classpath.txt)" \
  org.claimtrack.extraction.eval.SeedEvaluation "$bundle"
