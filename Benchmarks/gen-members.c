/* Generates a big, valid members.csv for the scale benchmark (issue 10, point 7).
 * usage: gen-members MEMBERS > members.csv
 * Deterministic (fixed seed). Acronyms M000001, M000002, ... (unique); names in Latin, Korean, Hindi and
 * Arabic script; every region of Datasets/README.md; joined dates from 2007-11-06 (the founding day, 14
 * founders) to 2026 in all three precisions, with 40 joins on some days; 5 % of members have left (a
 * `left` date on or after `joined`); a note on 30 % of rows, a source URL on half. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

static uint64_t state = 0xD1B54A32D192ED03ull;
static uint64_t next(void) { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return state; }
static unsigned pick(unsigned n) { return (unsigned)(next() % n); }

static const char *regions[] = {"Europe", "North America", "Latin America", "Asia-Pacific", "Middle East", "Africa", "Eurasia"};
static const char *countries[] = {"Italy", "Korea", "India", "United Arab Emirates", "Brazil", "Canada", "Nigeria", "Russia"};
static const char *names[] = {"National Space Agency", "\xED\x95\x9C\xEA\xB5\xAD\xEC\x9A\xB0\xEC\xA3\xBC\xED\x95\xAD\xEA\xB3\xB5\xEC\x97\xB0\xEA\xB5\xAC\xEC\x9B\x90",
    "\xE0\xA4\xAD\xE0\xA4\xBE\xE0\xA4\xB0\xE0\xA4\xA4\xE0\xA5\x80\xE0\xA4\xAF \xE0\xA4\x85\xE0\xA4\x82\xE0\xA4\xA4\xE0\xA4\xB0\xE0\xA4\xBF\xE0\xA4\x95\xE0\xA5\x8D\xE0\xA4\xB7",
    "\xD9\x88\xD9\x83\xD8\xA7\xD9\x84\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x81\xD8\xB6\xD8\xA7\xD8\xA1", "Agence spatiale", "Space Research Institute"};
static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

/* Prints a date in one of the three precisions (year, year-month, full). */
static void date(int year, int month, int day, unsigned precision) {
    if (precision == 0) printf("%d", year);
    else if (precision == 1) printf("%d-%02d", year, month);
    else printf("%d-%02d-%02d", year, month, day);
}

int main(int argc, char **argv) {
    long members = argc > 1 ? atol(argv[1]) : 100000;
    static char out[1 << 20];
    setvbuf(stdout, out, _IOFBF, sizeof out);
    fputs("acronym,name,country,region,joined,left,notes,source_url\n", stdout);
    for (long i = 0; i < members; i++) {
        printf("M%06ld,%s %ld,%s,%s,", i + 1, names[pick(6)], i + 1, countries[pick(8)], regions[pick(7)]);
        int year, month, day;
        unsigned precision;
        if (i < 14) { year = 2007; month = 11; day = 6; precision = 2; }
        else if (pick(50) == 0) { year = 2019; month = 3; day = 14; precision = 2; }   /* many joins on one day */
        else {
            year = 2008 + pick(19); month = 1 + pick(12); day = 1 + pick(days[month - 1]);
            precision = pick(10) == 0 ? 0 : pick(10) == 0 ? 1 : 2;
        }
        date(year, month, day, precision);
        putchar(',');
        if (i >= 14 && pick(20) == 0 && year < 2026) {   /* left: a later year, full date */
            int ly = year + 1 + pick(2026 - year);
            if (ly > 2026) ly = 2026;
            int lm = 1 + pick(12);
            date(ly, lm, 1 + pick(days[lm - 1]), 2);
        }
        putchar(',');
        if (pick(10) < 3) printf("\"Generated member %ld, \"\"synthetic\"\" row\"", i + 1);
        putchar(',');
        if (pick(2) == 0) printf("https://example.org/members/%ld", i + 1);
        putchar('\n');
    }
    return 0;
}
