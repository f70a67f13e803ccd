#!/usr/bin/env bash
# Prints a national table of all 514 kabupaten/kota with reproducible scores (awk's srand(SEED), 42 unless set), in the
# published table's TSV layout: every fourth region on the KPPN IKN track with a collaboration score.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
awk -F, -v seed="${SEED:-42}" 'BEGIN {
        srand(seed)
        print "NO\tKAB/KOTA\tBASELINE\tOUTPUT\tOUTCOME\tIMPACT\tQUICK WINS\tPROGRAM KOLABORASI\tNILAI FINAL\tTINGKAT IMPROVEMENT\tKET"
    }
    NR > 1 {
        kppn = (NR % 4 == 0)
        collab = kppn ? sprintf("%.2f", 1 + 3 * rand()) : ""
        printf "%d\t%s\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%s\t\t\t%s\n", NR - 1, $3,
            1 + 3 * rand(), 1 + 3 * rand(), 1 + 3 * rand(), 1 + 3 * rand(), 1 + 3 * rand(), collab,
            kppn ? "KPPN IKN" : "REGULER"
    }' "$HERE/../src/main/resources/data/wilayah/regencies.csv"
