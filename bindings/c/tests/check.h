/* A minimal check harness for the C tests: CHECK(cond) records a pass or prints the failure with its
 * line; check_done() prints the tally and gives the exit status. Shared helpers for reading files. */
#ifndef KV_CHECK_H
#define KV_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_passed;
static int check_failed;

#define CHECK(cond)                                                                     \
    do {                                                                                \
        if (cond) {                                                                     \
            check_passed++;                                                             \
        } else {                                                                        \
            check_failed++;                                                             \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);    \
        }                                                                               \
    } while (0)

/* Prints "checks: P passed, F failed" and returns the process exit status. */
static inline int check_done(const char *name) {
    printf("%s: %d checks passed, %d failed\n", name, check_passed, check_failed);
    return check_failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

/* Reads a whole file into a fresh malloc'd buffer (exactly its size; NULL-terminated copy is NOT added,
 * so that tests exercise the length-based API). Exits on I/O errors. */
static inline char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        perror(path);
        exit(2);
    }
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    if (buf == NULL) {
        exit(2);
    }
    for (;;) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap) {
            break;
        }
        cap *= 2;
        char *grown = realloc(buf, cap);
        if (grown == NULL) {
            free(buf);
            exit(2);
        }
        buf = grown;
    }
    if (ferror(f)) {
        perror(path);
        exit(2);
    }
    fclose(f);
    /* Exactly n bytes, so that AddressSanitizer and valgrind catch any read past the end. */
    char *exact = malloc(n > 0 ? n : 1);
    if (exact == NULL) {
        exit(2);
    }
    memcpy(exact, buf, n);
    free(buf);
    *len = n;
    return exact;
}

#endif
