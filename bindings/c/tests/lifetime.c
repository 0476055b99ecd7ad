/* lifetime FILE: KV_PARSE_COPY lets the caller free its buffer right after kv_parse(). The buffer is
 * scribbled over and freed before the document is used; AddressSanitizer or valgrind report any read of
 * it. The result must equal a zero-copy parse of the same text. */
#include "kamervraag.h"
#include "check.h"

static char *json_of(const kv_document *doc) {
    size_t need = kv_document_to_json(doc, NULL, 0);
    char *json = malloc(need + 1);
    if (json != NULL) {
        CHECK(kv_document_to_json(doc, json, need + 1) == need);
    }
    return json;
}

/* Touches every byte of every question, answer and footnote text, and the source view. */
static unsigned long touch(const kv_document *doc) {
    unsigned long sum = 0;
    kv_block b;
    for (size_t i = 0; kv_document_question(doc, i, &b) == KV_OK; i++) {
        for (size_t k = 0; k < b.text.len; k++) sum += (unsigned char)b.text.ptr[k];
        for (size_t k = 0; k < b.label.len; k++) sum += (unsigned char)b.label.ptr[k];
    }
    for (size_t i = 0; kv_document_answer(doc, i, &b) == KV_OK; i++) {
        for (size_t k = 0; k < b.text.len; k++) sum += (unsigned char)b.text.ptr[k];
    }
    kv_person p;
    for (size_t i = 0; kv_document_submitter(doc, i, &p) == KV_OK; i++) {
        for (size_t k = 0; k < p.name.len; k++) sum += (unsigned char)p.name.ptr[k];
    }
    kv_str src = kv_document_source(doc);
    for (size_t k = 0; k < src.len; k++) sum += (unsigned char)src.ptr[k];
    return sum;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: lifetime FILE\n");
        return 2;
    }
    size_t len;
    char *mine = read_file(argv[1], &len);
    kv_document *copied = NULL;
    CHECK(kv_parse(mine, len, KV_PARSE_COPY, &copied, NULL) == KV_OK);
    memset(mine, 'x', len);
    free(mine);
    mine = NULL;
    if (copied == NULL) {
        return check_done("lifetime");
    }
    unsigned long sum_copied = touch(copied);
    char *json_copied = json_of(copied);

    size_t len2;
    char *text = read_file(argv[1], &len2);
    kv_document *borrowed = NULL;
    CHECK(kv_parse(text, len2, 0, &borrowed, NULL) == KV_OK);
    CHECK(len2 == len);
    CHECK(touch(borrowed) == sum_copied);
    char *json_borrowed = json_of(borrowed);
    CHECK(json_copied != NULL && json_borrowed != NULL && strcmp(json_copied, json_borrowed) == 0);
    kv_str src = kv_document_source(copied);
    CHECK(src.len == len2 && memcmp(src.ptr, text, len2) == 0);
    CHECK(kv_document_source(borrowed).ptr == text);

    free(json_copied);
    free(json_borrowed);
    kv_document_free(copied);
    kv_document_free(borrowed); /* before its buffer: the documented order */
    free(text);
    return check_done("lifetime");
}
