# JVM settings for the three services, sourced by deploy/local/run.sh and bench/run.sh so both run them the same
# way (measurements in docs/benchmark.md).
#   -Xms64m             start with a small heap (the default is 1/64 of the machine's memory): idle RSS ≤ 300 MB
#   -Xmx512m            room to grow under an import; with -Xmx256m the claims-service spent ~25% of an import in GC
#   -XX:+UseParallelGC  throughput GC on a small machine
# Not used: -XX:TieredStopAtLevel=1 starts 2–3 s faster but halves the import rate (C1-only code).
CLAIMTRACK_JVM_OPTS=${CLAIMTRACK_JVM_OPTS:--Xms64m -Xmx512m -XX:+UseParallelGC}

# cds_opts JAR ARCHIVE: class-data sharing (AppCDS). A start without an archive writes one, of the classes it
# loaded, when it stops; the next starts map it instead of loading and verifying those classes again (1–2 s less to
# ready). A rebuilt jar gets a new archive; a stale or broken archive is ignored by the JVM, never fatal.
cds_opts() {
  local jar=$1 archive=$2
  if [[ -s $archive && ! $jar -nt $archive ]]; then
    echo "-XX:SharedArchiveFile=$archive"
  else
    rm -f "$archive"
    mkdir -p "$(dirname "$archive")"
    echo "-XX:ArchiveClassesAtExit=$archive"
  fi
}
