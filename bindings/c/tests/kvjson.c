/* kvjson FILE [--strict]: prints the document's JSON (kv_document_to_json) and a newline, like
 * `kamervraag parse FILE`; on a parse error prints kv_error_message() to stderr and exits 1. The test
 * driver compares both outputs with the command-line tool's. */
#include "kamervraag.h"
#include "check.h"

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: kvjson FILE [--strict]\n");
        return 2;
    }
    uint32_t flags = (argc > 2 && strcmp(argv[2], "--strict") == 0) ? KV_PARSE_STRICT : 0;
    size_t len;
    char *text = read_file(argv[1], &len);
    kv_document *doc = NULL;
    kv_error err;
    if (kv_parse(text, len, flags, &doc, &err) != KV_OK) {
        char msg[256];
        kv_error_message(&err, msg, sizeof msg);
        fprintf(stderr, "%s:%s\n", argv[1], msg);
        free(text);
        return 1;
    }
    size_t need = kv_document_to_json(doc, NULL, 0);
    char *json = malloc(need + 1);
    if (json == NULL) {
        return 2;
    }
    kv_document_to_json(doc, json, need + 1);
    fwrite(json, 1, need, stdout);
    putchar('\n');
    free(json);
    kv_document_free(doc);
    free(text);
    return 0;
}
