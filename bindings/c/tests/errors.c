/* errors FIXTURE_DIR: every error path of the ABI: NULL arguments, invalid UTF-8, empty input, a text
 * that is not a Kamervraag, unknown flags, input too large, indexes out of range, buffers too small for
 * the JSON and for error messages, strict mode, and the status strings. */
#include "kamervraag.h"
#include "check.h"

#include <stdint.h>

static const char *fixtures;

static char *fixture(const char *name, size_t *len) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", fixtures, name);
    return read_file(path, len);
}

static int empty(kv_str s) {
    return s.ptr == NULL && s.len == 0;
}

static void message_of(const kv_error *err, char *buf, size_t cap) {
    size_t need = kv_error_message(err, buf, cap);
    CHECK(need == strlen(buf));
}

static void null_arguments(void) {
    static int dummy;
    const char text[] = "Vragen van het lid Sjoerdsma (D66) aan de minister van Financiën.";
    kv_document *doc = (kv_document *)&dummy; /* kv_parse must reset it to NULL on failure */
    kv_error err;
    char msg[256];

    CHECK(kv_parse(NULL, 5, 0, &doc, &err) == KV_ERR_NULL);
    CHECK(doc == NULL);
    CHECK(err.status == KV_ERR_NULL && err.line == 0 && err.column == 0 && empty(err.detail));
    message_of(&err, msg, sizeof msg);
    CHECK(strcmp(msg, "error[null-argument]: a required pointer argument is NULL") == 0);
    CHECK(kv_parse(NULL, 0, 0, &doc, &err) == KV_ERR_NULL);
    CHECK(kv_parse(text, sizeof text - 1, 0, NULL, &err) == KV_ERR_NULL);
    CHECK(err.status == KV_ERR_NULL);
    CHECK(kv_parse(text, sizeof text - 1, 0, NULL, NULL) == KV_ERR_NULL);

    /* err may be NULL on success */
    CHECK(kv_parse(text, sizeof text - 1, 0, &doc, NULL) == KV_OK);
    CHECK(doc != NULL);
    kv_document_free(doc);

    /* every accessor with a NULL document */
    kv_document_free(NULL);
    CHECK(kv_document_kind(NULL) == KV_KIND_UNKNOWN);
    CHECK(kv_document_format(NULL) == KV_FORMAT_UNKNOWN);
    CHECK(empty(kv_document_kind_name(NULL)) && empty(kv_document_format_name(NULL)));
    CHECK(empty(kv_document_source(NULL)) && empty(kv_document_zaaknummer(NULL)));
    CHECK(empty(kv_document_document_id(NULL)) && empty(kv_document_vergaderjaar(NULL)));
    CHECK(empty(kv_document_title(NULL)) && empty(kv_document_subject(NULL)));
    CHECK(empty(kv_document_explanation(NULL)) && empty(kv_document_notice(NULL)));
    uint32_t ah = 7;
    CHECK(!kv_document_aanhangsel(NULL, &ah) && ah == 0);
    CHECK(!kv_document_oral(NULL) && !kv_document_has_page(NULL));
    CHECK(!kv_document_submitted(NULL).present && !kv_document_received(NULL).present);
    CHECK(!kv_document_published(NULL).present);
    CHECK(kv_document_submitters_count(NULL) == 0 && kv_document_addressees_count(NULL) == 0);
    CHECK(kv_document_responders_count(NULL) == 0 && kv_document_co_responders_count(NULL) == 0);
    CHECK(kv_document_questions_count(NULL) == 0 && kv_document_answers_count(NULL) == 0);
    CHECK(kv_document_footnotes_count(NULL) == 0 && kv_document_references_count(NULL) == 0);
    CHECK(kv_document_diagnostics_count(NULL) == 0 && kv_document_page_keywords_count(NULL) == 0);
    CHECK(kv_document_page_related_count(NULL) == 0);
    kv_person p;
    kv_office o;
    kv_responder r;
    kv_block b;
    kv_footnote f;
    kv_reference ref;
    kv_diagnostic d;
    kv_str s;
    uint64_t views = 3;
    CHECK(kv_document_submitter(NULL, 0, &p) == KV_ERR_NULL && empty(p.name));
    CHECK(kv_document_addressee(NULL, 0, &o) == KV_ERR_NULL && empty(o.office));
    CHECK(kv_document_responder(NULL, 0, &r) == KV_ERR_NULL && empty(r.office));
    CHECK(kv_document_co_responder(NULL, 0, &o) == KV_ERR_NULL);
    CHECK(kv_document_question(NULL, 0, &b) == KV_ERR_NULL && b.numbers == NULL);
    CHECK(kv_document_answer(NULL, 0, &b) == KV_ERR_NULL);
    CHECK(kv_document_footnote(NULL, 0, &f) == KV_ERR_NULL && f.number == 0);
    CHECK(kv_document_footnote_url(NULL, 0, 0, &s) == KV_ERR_NULL && empty(s));
    CHECK(kv_document_reference(NULL, 0, &ref) == KV_ERR_NULL && ref.kind == KV_REFERENCE_UNKNOWN);
    CHECK(kv_document_diagnostic(NULL, 0, &d) == KV_ERR_NULL && d.severity == KV_SEVERITY_UNKNOWN);
    CHECK(kv_document_page_keyword(NULL, 0, &s) == KV_ERR_NULL);
    CHECK(kv_document_page_related(NULL, 0, &s) == KV_ERR_NULL);
    CHECK(!kv_document_page_indiener(NULL, &p) && empty(p.name));
    CHECK(!kv_document_page_gericht(NULL, NULL));
    CHECK(!kv_document_page_views(NULL, &views) && views == 0);

    /* NULL output pointers with a real document */
    CHECK(kv_parse(text, sizeof text - 1, 0, &doc, &err) == KV_OK);
    CHECK(kv_document_submitter(doc, 0, NULL) == KV_ERR_NULL);
    CHECK(kv_document_question(doc, 0, NULL) == KV_ERR_NULL);
    CHECK(kv_document_footnote_url(doc, 0, 0, NULL) == KV_ERR_NULL);
    (void)kv_document_aanhangsel(doc, NULL);
    (void)kv_document_page_views(doc, NULL);

    /* JSON and messages with NULL */
    char out[16] = "sentinel";
    CHECK(kv_document_to_json(NULL, out, sizeof out) == 0 && out[0] == '\0');
    size_t need = kv_document_to_json(doc, NULL, 0);
    CHECK(need > 0);
    CHECK(kv_document_to_json(doc, NULL, 100) == need); /* NULL buffer: measure only */
    message_of(NULL, msg, sizeof msg);
    CHECK(strstr(msg, "error[null-argument]") == msg);
    CHECK(kv_error_message(&err, NULL, 0) == strlen("error[ok]: no error"));
    kv_document_free(doc);
}

static void invalid_utf8(void) {
    /* 0xFF at byte 24: line 2, column 5 (columns count characters: 'ë' is two bytes, one column). */
    static int dummy;
    const char text[] = "Vragen van het lid\nDaë \xff (D66)";
    kv_document *doc = (kv_document *)&dummy;
    kv_error err;
    char msg[256];
    CHECK(kv_parse(text, sizeof text - 1, 0, &doc, &err) == KV_ERR_INVALID_UTF8);
    CHECK(doc == NULL);
    CHECK(err.status == KV_ERR_INVALID_UTF8);
    CHECK(err.offset == 24 && err.end == 25);
    CHECK(err.line == 2 && err.column == 5);
    message_of(&err, msg, sizeof msg);
    CHECK(strcmp(msg, "2:5: error[invalid-utf8]: the input is not valid UTF-8 (byte 24)") == 0);

    /* a multi-byte sequence cut off at the end of the buffer */
    const char cut[] = "Vragen van het lid Kr\xc3";
    CHECK(kv_parse(cut, sizeof cut - 1, KV_PARSE_COPY, &doc, &err) == KV_ERR_INVALID_UTF8);
    CHECK(err.offset == sizeof cut - 2 && err.end == sizeof cut - 1 && err.line == 1);

    /* an overlong encoding and a surrogate are invalid too */
    const char overlong[] = "Vraag \xc0\xaf";
    CHECK(kv_parse(overlong, sizeof overlong - 1, 0, &doc, &err) == KV_ERR_INVALID_UTF8 && err.offset == 6);
    const char surrogate[] = "Vraag \xed\xa0\x80";
    CHECK(kv_parse(surrogate, sizeof surrogate - 1, 0, &doc, &err) == KV_ERR_INVALID_UTF8 && err.offset == 6);

    /* the length bounds the input: a bad byte just past it is never read */
    const char bounded[] = "Vragen van het lid\xff";
    CHECK(kv_parse(bounded, sizeof bounded - 2, 0, &doc, &err) != KV_ERR_INVALID_UTF8);
    kv_document_free(doc);
}

static void empty_input(void) {
    kv_document *doc = NULL;
    kv_error err;
    char msg[256];
    const char *blank = "";
    CHECK(kv_parse(blank, 0, 0, &doc, &err) == KV_ERR_EMPTY);
    CHECK(doc == NULL && err.status == KV_ERR_EMPTY && err.line == 1 && err.column == 1);
    message_of(&err, msg, sizeof msg);
    CHECK(strstr(msg, "1:1: error[empty]: ") == msg);
    const char spaces[] = " \n\t\r\n  ";
    CHECK(kv_parse(spaces, sizeof spaces - 1, KV_PARSE_COPY, &doc, &err) == KV_ERR_EMPTY);
    CHECK(doc == NULL);
}

static void not_a_kamervraag(void) {
    size_t len;
    char *recipe = fixture("recipe.txt", &len);
    kv_document *doc = NULL;
    kv_error err;
    char msg[256];
    kv_status st = kv_parse(recipe, len, 0, &doc, &err);
    CHECK(st == KV_ERR_NOT_KAMERVRAAG);
    CHECK(doc == NULL && err.status == st && err.line == 1 && err.column == 1);
    CHECK(err.offset <= err.end && err.end <= len);
    message_of(&err, msg, sizeof msg);
    CHECK(strstr(msg, "1:1: error[not-a-kamervraag]: ") != NULL);
    free(recipe);
}

static int detail_is(const kv_error *e, const char *code) {
    return e->detail.ptr != NULL && e->detail.len == strlen(code) && memcmp(e->detail.ptr, code, e->detail.len) == 0;
}

/* Hostile input: markup, NUL bytes, mojibake, a heading number that overflows. */
static void hostile_input(void) {
    kv_document *doc = NULL;
    kv_error err;
    char msg[256];
    const char html[] = "<!DOCTYPE html>\n<html><body><p>Vragen van het lid X</p></body></html>";
    CHECK(kv_parse(html, sizeof html - 1, 0, &doc, &err) == KV_ERR_MARKUP);
    CHECK(doc == NULL && err.line == 1 && err.column == 1);
    message_of(&err, msg, sizeof msg);
    CHECK(strstr(msg, "error[markup]") != NULL);

    const char nul[] = "Vragen van het lid Jansen (SP)\nVraag 1\nKent u\0 dit?\n";
    CHECK(kv_parse(nul, sizeof nul - 1, KV_PARSE_COPY, &doc, &err) == KV_ERR_BINARY);
    CHECK(doc == NULL && err.offset == 45 && err.line == 3 && err.column == 7);

    const char moji[] = "Vragen van het lid Jansen (SP) aan de minister van Financi\xc3\x83\xc2\xabn over x "
                        "(ingezonden 3 mei 2024).\nVraag 1\nKent u dit?\n";
    CHECK(kv_parse(moji, sizeof moji - 1, 0, &doc, &err) == KV_OK);
    CHECK(doc != NULL && kv_document_diagnostics_count(doc) == 1);
    kv_document_free(doc);
    CHECK(kv_parse(moji, sizeof moji - 1, KV_PARSE_STRICT, &doc, &err) == KV_ERR_STRICT);
    CHECK(doc == NULL && detail_is(&err, "mojibake"));

    const char big[] = "Vragen van het lid Jansen (SP) aan de minister van Financi\xc3\xabn over x "
                       "(ingezonden 3 mei 2024).\nVraag 99999999999999999999\nKent u dit?\n";
    CHECK(kv_parse(big, sizeof big - 1, KV_PARSE_STRICT, &doc, &err) == KV_ERR_STRICT);
    CHECK(detail_is(&err, "number-too-large") && err.line == 2 && err.column == 7);
}

static void bad_flags_and_size(void) {
    const char text[] = "Vragen van het lid Sjoerdsma (D66) aan de minister van Financiën.";
    kv_document *doc = NULL;
    kv_error err;
    CHECK(kv_parse(text, sizeof text - 1, 0x80, &doc, &err) == KV_ERR_FLAGS);
    CHECK(doc == NULL && err.status == KV_ERR_FLAGS);
    CHECK(kv_parse(text, sizeof text - 1, KV_PARSE_STRICT | KV_PARSE_COPY | 0x100u, &doc, &err) == KV_ERR_FLAGS);

    /* 256 MiB + 1: refused from the length alone; the memory is never touched (nor read). */
    size_t big = ((size_t)256 << 20) + 1;
    char *huge = malloc(big);
    if (huge != NULL) {
        CHECK(kv_parse(huge, big, KV_PARSE_COPY, &doc, &err) == KV_ERR_TOO_LARGE);
        CHECK(doc == NULL && err.status == KV_ERR_TOO_LARGE && err.end == big);
        free(huge);
    }
}

static void out_of_range(void) {
    size_t len;
    char *text = fixture("tweedemonitor.txt", &len);
    kv_document *doc = NULL;
    CHECK(kv_parse(text, len, 0, &doc, NULL) == KV_OK);
    kv_person p = {{"x", 1}, {"y", 1}};
    kv_block b;
    kv_str s = {"x", 1};
    size_t n = kv_document_submitters_count(doc);
    CHECK(kv_document_submitter(doc, n, &p) == KV_ERR_INDEX && empty(p.name) && empty(p.party));
    CHECK(kv_document_submitter(doc, SIZE_MAX, &p) == KV_ERR_INDEX);
    CHECK(kv_document_question(doc, kv_document_questions_count(doc), &b) == KV_ERR_INDEX);
    CHECK(b.numbers == NULL && b.numbers_count == 0 && empty(b.text));
    CHECK(kv_document_answer(doc, SIZE_MAX, &b) == KV_ERR_INDEX);
    CHECK(kv_document_footnote_url(doc, SIZE_MAX, 0, &s) == KV_ERR_INDEX && empty(s));
    CHECK(kv_document_page_keyword(doc, SIZE_MAX, &s) == KV_ERR_INDEX);
    CHECK(kv_document_page_related(doc, SIZE_MAX, &s) == KV_ERR_INDEX);
    kv_reference r;
    CHECK(kv_document_reference(doc, SIZE_MAX, &r) == KV_ERR_INDEX);
    kv_diagnostic d;
    CHECK(kv_document_diagnostic(doc, SIZE_MAX, &d) == KV_ERR_INDEX);
    kv_document_free(doc);
    free(text);
}

static void small_buffers(void) {
    size_t len;
    char *text = fixture("tweedemonitor.txt", &len);
    kv_document *doc = NULL;
    CHECK(kv_parse(text, len, 0, &doc, NULL) == KV_OK);
    size_t need = kv_document_to_json(doc, NULL, 0);
    char *full = malloc(need + 1);
    CHECK(full != NULL && kv_document_to_json(doc, full, need + 1) == need);
    char buf[32];
    memset(buf, '#', sizeof buf);
    /* cap 0 with a real buffer: nothing is written */
    CHECK(kv_document_to_json(doc, buf, 0) == need && buf[0] == '#');
    CHECK(kv_document_to_json(doc, buf, 1) == need && buf[0] == '\0' && buf[1] == '#');
    CHECK(kv_document_to_json(doc, buf, 10) == need && strlen(buf) == 9 && memcmp(buf, full, 9) == 0);
    CHECK(buf[10] == '#');
    /* exactly need bytes: one short of the NUL */
    char *tight = malloc(need);
    CHECK(tight != NULL && kv_document_to_json(doc, tight, need) == need && strlen(tight) == need - 1);
    free(tight);
    free(full);
    kv_document_free(doc);

    kv_error err;
    const char bad[] = "abc\xff";
    CHECK(kv_parse(bad, sizeof bad - 1, 0, &doc, &err) == KV_ERR_INVALID_UTF8);
    char whole[256];
    size_t mlen = kv_error_message(&err, whole, sizeof whole);
    CHECK(mlen == strlen(whole) && mlen > 10);
    memset(buf, '#', sizeof buf);
    CHECK(kv_error_message(&err, buf, 5) == mlen && strlen(buf) == 4 && memcmp(buf, whole, 4) == 0);
    CHECK(buf[5] == '#');
    CHECK(kv_error_message(&err, buf, 0) == mlen && buf[0] == whole[0]);
    CHECK(kv_error_message(&err, NULL, 0) == mlen);

    /* a status C made up: rendered, not trusted */
    kv_error forged;
    memset(&forged, 0, sizeof forged);
    int bogus = 4242;
    memcpy(&forged.status, &bogus, sizeof bogus);
    CHECK(kv_error_message(&forged, whole, sizeof whole) == strlen(whole));
    CHECK(strcmp(whole, "error[unknown]: unknown status") == 0);
    free(text);
}

static void strict_mode(void) {
    static const char *names[] = {"tweedemonitor.txt", "publication-questions.txt", "original-answer.txt",
                                  "notice.txt", "oral.txt", "bom-crlf.txt"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        size_t len;
        char *text = fixture(names[i], &len);
        kv_document *lenient = NULL, *strict = NULL;
        kv_error err;
        if (kv_parse(text, len, 0, &lenient, NULL) != KV_OK) {
            free(text);
            continue; /* nothing to compare: the lenient parse already fails */
        }
        kv_status st = kv_parse(text, len, KV_PARSE_STRICT, &strict, &err);
        size_t ndiag = kv_document_diagnostics_count(lenient);
        if (ndiag == 0) {
            /* no deviation: strict mode accepts it and gives the same document */
            CHECK(st == KV_OK);
            char a[64], b[64];
            CHECK(kv_document_to_json(lenient, a, sizeof a) == kv_document_to_json(strict, b, sizeof b));
            CHECK(strcmp(a, b) == 0);
        } else {
            /* the first diagnostic becomes the error, with its code as detail */
            kv_diagnostic d;
            CHECK(kv_document_diagnostic(lenient, 0, &d) == KV_OK);
            CHECK(st == KV_ERR_STRICT && strict == NULL);
            CHECK(err.offset == d.span.start && err.end == d.span.end);
            CHECK(err.detail.len == d.code.len && memcmp(err.detail.ptr, d.code.ptr, d.code.len) == 0);
            char msg[256];
            message_of(&err, msg, sizeof msg);
            CHECK(strstr(msg, "error[strict]: ") != NULL);
        }
        kv_document_free(strict);
        kv_document_free(lenient);
        free(text);
    }
}

static void status_strings(void) {
    for (int s = KV_OK; s <= KV_ERR_TOO_MANY_BLOCKS; s++) {
        const char *text = kv_status_str(s);
        CHECK(text != NULL && strlen(text) > 0 && strcmp(text, "unknown status") != 0);
        for (int t = KV_OK; t < s; t++) {
            CHECK(strcmp(text, kv_status_str(t)) != 0);
        }
    }
    CHECK(strcmp(kv_status_str(-1), "unknown status") == 0);
    CHECK(strcmp(kv_status_str(KV_ERR_TOO_MANY_BLOCKS + 1), "unknown status") == 0);
    /* the ABI values never change */
    CHECK(KV_OK == 0 && KV_ERR_NULL == 1 && KV_ERR_INVALID_UTF8 == 2 && KV_ERR_EMPTY == 3);
    CHECK(KV_ERR_NOT_KAMERVRAAG == 4 && KV_ERR_STRICT == 5 && KV_ERR_TOO_LARGE == 6);
    CHECK(KV_ERR_BINARY == 7 && KV_ERR_INDEX == 8 && KV_ERR_PANIC == 9);
    CHECK(KV_ERR_FLAGS == 10 && KV_ERR_PARSE == 11 && KV_ERR_MARKUP == 12 && KV_ERR_TOO_MANY_BLOCKS == 13);
    char version[32];
    snprintf(version, sizeof version, "%d.%d.%d", KAMERVRAAG_VERSION_MAJOR, KAMERVRAAG_VERSION_MINOR,
             KAMERVRAAG_VERSION_PATCH);
    CHECK(strcmp(kv_version(), version) == 0 && strcmp(KAMERVRAAG_VERSION, version) == 0);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: errors FIXTURE_DIR\n");
        return 2;
    }
    fixtures = argv[1];
    null_arguments();
    invalid_utf8();
    empty_input();
    not_a_kamervraag();
    hostile_input();
    bad_flags_and_size();
    out_of_range();
    small_buffers();
    strict_mode();
    status_strings();
    return check_done("errors");
}
