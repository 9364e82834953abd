/* Raw libcsv throughput: parses a file in 64 KiB chunks with no-op callbacks.
 * usage: libcsv-baseline FILE [default]
 * By default it uses the reader's configuration (CSV_STRICT | CSV_STRICT_FINI, spaces preserved through a
 * space function that accepts nothing), so the comparison is like for like; "default" uses libcsv's
 * defaults (options 0, built-in space test). Prints bytes, fields, records. */
#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

static size_t fields, records;
static void on_field(void *s, size_t len, void *data) { (void)s; (void)len; (void)data; fields++; }
static void on_record(int c, void *data) { (void)c; (void)data; records++; }
static int no_space(unsigned char c) { (void)c; return 0; }

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: libcsv-baseline FILE [default]\n"); return 64; }
    int like_reader = !(argc > 2 && strcmp(argv[2], "default") == 0);
    struct csv_parser parser;
    if (csv_init(&parser, like_reader ? (CSV_STRICT | CSV_STRICT_FINI) : 0) != 0) return 70;
    if (like_reader) csv_set_space_func(&parser, no_space);
    int fd = open(argv[1], O_RDONLY);
    if (fd < 0) { perror(argv[1]); return 66; }
    static char buffer[64 * 1024];
    size_t total = 0;
    ssize_t n;
    while ((n = read(fd, buffer, sizeof buffer)) > 0) {
        total += (size_t)n;
        if (csv_parse(&parser, buffer, (size_t)n, on_field, on_record, NULL) != (size_t)n) {
            fprintf(stderr, "libcsv: %s\n", csv_strerror(csv_error(&parser)));
            return 65;
        }
    }
    csv_fini(&parser, on_field, on_record, NULL);
    csv_free(&parser);
    close(fd);
    printf("%zu bytes, %zu fields, %zu records\n", total, fields, records);
    return 0;
}
