/* Generates a big, valid outputs.csv for the validate benchmark.
 * usage: gen-outputs ROWS > outputs.csv
 * Deterministic (fixed seed). About 90 bytes a row (0.9 GB for 10M rows): realistic titles; 10 % of titles quoted with commas
 * and doubled quotes, 1 % of those with a CRLF inside the quotes; valid dates in three precisions,
 * every output type, a lead on 40 % of rows (member acronyms of the bundled Datasets). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

static uint64_t state = 0x9E3779B97F4A7C15ull;
static uint64_t next(void) { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return state; }
static unsigned pick(unsigned n) { return (unsigned)(next() % n); }

static const char *types[] = {"strategy", "roadmap", "report", "white-paper", "assessment", "workshop", "meeting", "statement"};
static const char *leads[] = {"NASA", "ESA", "JAXA", "CSA", "DLR", "KARI", "CNES", "ASI", "UKSA", "ISRO"};
static const char *words[] = {"Global", "Exploration", "Roadmap", "Senior", "managers", "meeting", "Lunar", "Surface",
    "Scenario", "Update", "Annual", "Report", "Workshop", "Technology", "Gap", "Assessment", "Science", "White",
    "Paper", "Mars", "Gateway", "Human", "Robotic", "Mission", "Architecture", "Stakeholder", "Engagement",
    "Coordination", "Group", "Strategy", "Framework", "Polar", "Volatiles", "Virtual", "Session", "Supplement"};
static const char *series[] = {"Global Exploration Roadmap", "ISECG Annual Report", "ISECG senior agency managers meetings",
    "GER stakeholder workshops", "ISECG white papers", ""};

int main(int argc, char **argv) {
    long rows = argc > 1 ? atol(argv[1]) : 10000000;
    static char out[1 << 20];
    setvbuf(stdout, out, _IOFBF, sizeof out);
    fputs("date,type,title,lead,series,source_url\n", stdout);
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (long i = 0; i < rows; i++) {
        int year = 1990 + pick(40), month = 1 + pick(12), day = 1 + pick(days[month - 1]);
        unsigned precision = pick(10);
        if (precision == 0) printf("%d,", year);
        else if (precision == 1) printf("%d-%02d,", year, month);
        else printf("%d-%02d-%02d,", year, month, day);
        fputs(types[pick(8)], stdout);
        putchar(',');
        unsigned n = 3 + pick(5);
        if (pick(10) == 0) {
            putchar('"');
            for (unsigned w = 0; w < n; w++) {
                if (w) fputs(w == 2 ? ", " : " ", stdout);
                if (w == 1) fputs("\"\"", stdout);
                fputs(words[pick(36)], stdout);
                if (w == 1) fputs("\"\"", stdout);
            }
            if (pick(100) == 0) fputs("\r\nsecond line", stdout);
            putchar('"');
        } else {
            for (unsigned w = 0; w < n; w++) { if (w) putchar(' '); fputs(words[pick(36)], stdout); }
            printf(" %ld", i);
        }
        putchar(',');
        if (pick(10) < 4) fputs(leads[pick(10)], stdout);
        printf(",%s,https://example.org/%ld\n", pick(3) == 0 ? series[pick(6)] : "", i);
    }
    return 0;
}
