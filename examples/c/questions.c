/* questions: parse a Kamervraag, answer or notice with libkamervraag and print its questions.
 *
 *   cc questions.c $(pkg-config --cflags --libs kamervraag) -o questions
 *   ./questions examples/tweedemonitor-2019Z16002.txt
 */
#include <kamervraag.h>

#include <stdio.h>
#include <stdlib.h>

/* Reads a whole file; returns NULL on error. */
static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) return NULL;
    char *buf = NULL;
    size_t cap = 0, n = 0;
    for (;;) {
        if (n == cap) {
            cap = cap ? cap * 2 : 65536;
            char *grown = realloc(buf, cap);
            if (grown == NULL) break;
            buf = grown;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) break;
    }
    int failed = ferror(f);
    fclose(f);
    if (failed) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    size_t len = 0;
    char *text = slurp(argv[1], &len);
    if (text == NULL) {
        perror(argv[1]);
        return 2;
    }

    kv_document *doc = NULL;
    kv_error err;
    if (kv_parse(text, len, 0, &doc, &err) != KV_OK) {
        char msg[256];
        kv_error_message(&err, msg, sizeof msg);
        fprintf(stderr, "%s:%s\n", argv[1], msg);
        free(text);
        return 1;
    }

    /* kv_str is a view (pointer + length, not NUL-terminated): print it with %.*s. */
    kv_str kind = kv_document_kind_name(doc);
    kv_str subject = kv_document_subject(doc);
    printf("%.*s", (int)kind.len, kind.ptr);
    if (subject.ptr != NULL) printf(" about %.*s", (int)subject.len, subject.ptr);
    printf("\n");

    size_t n = kv_document_questions_count(doc);
    for (size_t i = 0; i < n; i++) {
        kv_block q;
        if (kv_document_question(doc, i, &q) != KV_OK) break;
        printf("%u. %.*s\n", q.numbers_count > 0 ? q.numbers[0] : (unsigned)(i + 1), (int)q.text.len, q.text.ptr);
    }
    printf("%zu question(s)\n", n);

    kv_document_free(doc); /* first the document, */
    free(text);            /* then the buffer it borrows */
    return 0;
}
