/* walk FILE [copy] [strict]: parses FILE and walks every accessor of the document, checking the
 * invariants of the ABI: views are valid UTF-8 inside the parsed text or the document, borrowed fields
 * (names, parties, portfolios, labels) point into the caller's buffer (zero-copy) or, with KV_PARSE_COPY,
 * into the document's own copy; spans lie inside the input; every list ends with KV_ERR_INDEX; the JSON
 * agrees with the accessors on the scalar fields. */
#include "kamervraag.h"
#include "check.h"

#include <stdint.h>

static const char *input;     /* the caller's buffer */
static size_t input_len;
static kv_str source;         /* what the document says it parsed */
static int copy_mode;

static int within(kv_str s, const char *base, size_t len) {
    return s.ptr != NULL && (uintptr_t)s.ptr >= (uintptr_t)base &&
           (uintptr_t)s.ptr + s.len <= (uintptr_t)base + len;
}

/* Strict UTF-8 validation (no overlongs, no surrogates, at most U+10FFFF). */
static int utf8_ok(const unsigned char *p, size_t n) {
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        size_t extra;
        unsigned min;
        if (c < 0x80) { i++; continue; }
        else if (c >= 0xC2 && c <= 0xDF) { extra = 1; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { extra = 2; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { extra = 3; min = 0x10000; }
        else return 0;
        if (n - i <= extra) return 0;
        unsigned cp = c & (0x3F >> extra);
        for (size_t k = 1; k <= extra; k++) {
            if ((p[i + k] & 0xC0) != 0x80) return 0;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
        i += extra + 1;
    }
    return 1;
}

/* Any text view: absent (NULL, 0) or valid UTF-8 with a dereferenceable pointer. */
static void check_text(kv_str s) {
    if (s.ptr == NULL) {
        CHECK(s.len == 0);
    } else {
        CHECK(utf8_ok((const unsigned char *)s.ptr, s.len));
    }
}

/* A field the parser always borrows from the input: it must point into the parsed text, which is the
 * caller's buffer unless the document keeps a copy. */
static void check_borrowed(kv_str s) {
    check_text(s);
    if (s.ptr == NULL || s.len == 0) {
        return;
    }
    CHECK(within(s, source.ptr, source.len));
    if (copy_mode) {
        CHECK(!within(s, input, input_len));
    } else {
        CHECK(within(s, input, input_len));
    }
}

static void check_span(kv_span sp) {
    CHECK(sp.start <= sp.end);
    CHECK(sp.end <= input_len);
}

static void check_date(kv_date d) {
    if (d.present) {
        CHECK(d.month >= 1 && d.month <= 12);
        CHECK(d.day >= 1 && d.day <= 31);
    } else {
        CHECK(d.year == 0 && d.month == 0 && d.day == 0);
    }
}

static int str_eq(kv_str s, const char *c) {
    return s.ptr != NULL && s.len == strlen(c) && memcmp(s.ptr, c, s.len) == 0;
}

static void check_person(kv_person p) {
    CHECK(p.name.ptr != NULL);
    check_borrowed(p.name);
    check_borrowed(p.party);
}

static void check_office(kv_office o) {
    CHECK(o.office.ptr != NULL);
    check_text(o.office);
    check_borrowed(o.portfolio);
}

static void check_block(kv_block b) {
    check_borrowed(b.label);
    CHECK(b.text.ptr != NULL);
    check_text(b.text);
    CHECK((b.numbers == NULL) == (b.numbers_count == 0));
    CHECK((b.footnotes == NULL) == (b.footnotes_count == 0));
    for (size_t j = 0; j < b.numbers_count; j++) {
        CHECK(b.numbers[j] >= 1);
    }
    for (size_t j = 0; j < b.footnotes_count; j++) {
        CHECK(b.footnotes[j] >= 1);
    }
    check_span(b.span);
}

/* The JSON holds `"key":"value"` for a present string scalar and `"key":null` for an absent one. */
static void check_json_scalar(const char *json, const char *key, kv_str value) {
    char needle[256];
    if (value.ptr == NULL) {
        snprintf(needle, sizeof needle, "\"%s\":null", key);
        CHECK(strstr(json, needle) != NULL);
    } else if (value.len < 200 && memchr(value.ptr, '"', value.len) == NULL &&
               memchr(value.ptr, '\\', value.len) == NULL) {
        snprintf(needle, sizeof needle, "\"%s\":\"%.*s\"", key, (int)value.len, value.ptr);
        CHECK(strstr(json, needle) != NULL);
    }
}

/* Past the end: KV_ERR_INDEX, and *out is reset to the empty view (field by field: padding is not
 * part of the contract). */
static int empty_str(kv_str s) { return s.ptr == NULL && s.len == 0; }
static int empty_kv_person(kv_person p) { return empty_str(p.name) && empty_str(p.party); }
static int empty_kv_office(kv_office o) { return empty_str(o.office) && empty_str(o.portfolio); }
static int empty_kv_responder(kv_responder r) {
    return empty_str(r.office) && empty_str(r.name) && empty_str(r.portfolio);
}
static int empty_kv_block(kv_block b) {
    return empty_str(b.label) && empty_str(b.text) && b.numbers == NULL && b.numbers_count == 0 &&
           b.footnotes == NULL && b.footnotes_count == 0 && b.span.start == 0 && b.span.end == 0;
}
static int empty_kv_reference(kv_reference r) {
    return r.kind == KV_REFERENCE_UNKNOWN && empty_str(r.kind_name) && empty_str(r.id) && r.span.end == 0;
}
static int empty_kv_diagnostic(kv_diagnostic d) {
    return d.severity == KV_SEVERITY_UNKNOWN && empty_str(d.code) && empty_str(d.message) && d.span.end == 0;
}
static int empty_kv_str(kv_str s) { return empty_str(s); }

#define WALK_LIST(count_fn, item_fn, type, check_fn)                                  \
    do {                                                                               \
        size_t n_ = count_fn(doc);                                                     \
        for (size_t i_ = 0; i_ < n_; i_++) {                                           \
            type v_;                                                                   \
            CHECK(item_fn(doc, i_, &v_) == KV_OK);                                     \
            check_fn(v_);                                                              \
        }                                                                              \
        type past_;                                                                    \
        memset(&past_, 0x5A, sizeof past_);                                            \
        CHECK(item_fn(doc, n_, &past_) == KV_ERR_INDEX);                               \
        CHECK(empty_##type(past_));                                                    \
    } while (0)

static void check_responder(kv_responder r) {
    CHECK(r.office.ptr != NULL);
    check_text(r.office);
    check_borrowed(r.name);
    check_borrowed(r.portfolio);
}

static void check_reference(kv_reference r) {
    static const char *names[] = {"", "zaak", "document", "kamerstuk", "aanhangsel", "publication", "url"};
    CHECK(r.id.ptr != NULL && r.id.len > 0);
    check_text(r.id);
    check_span(r.span);
    if (r.kind != KV_REFERENCE_UNKNOWN) {
        CHECK(str_eq(r.kind_name, names[r.kind]));
    }
}

static void check_diagnostic(kv_diagnostic d) {
    CHECK(d.severity == KV_SEVERITY_WARNING || d.severity == KV_SEVERITY_ERROR);
    CHECK(d.code.ptr != NULL && d.code.len > 0);
    check_text(d.code);
    check_text(d.message);
    check_span(d.span);
}

static void check_str_item(kv_str s) {
    CHECK(s.ptr != NULL);
    check_text(s);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: walk FILE [copy] [strict]\n");
        return 2;
    }
    uint32_t flags = 0;
    for (int a = 2; a < argc; a++) {
        if (strcmp(argv[a], "copy") == 0) flags |= KV_PARSE_COPY;
        if (strcmp(argv[a], "strict") == 0) flags |= KV_PARSE_STRICT;
    }
    copy_mode = (flags & KV_PARSE_COPY) != 0;
    char *buf = read_file(argv[1], &input_len);
    input = buf;

    static int dummy;
    kv_document *doc = (kv_document *)&dummy; /* kv_parse must overwrite it */
    kv_error err;
    memset(&err, 0x5A, sizeof err);
    kv_status st = kv_parse(buf, input_len, flags, &doc, &err);
    CHECK(err.status == st);
    if (st != KV_OK) {
        /* Not every fixture parses (strict mode, the recipe): then the error must be well-formed. */
        char msg[512];
        size_t need = kv_error_message(&err, msg, sizeof msg);
        CHECK(need == strlen(msg));
        CHECK(doc == NULL);
        CHECK(err.line >= 1 && err.column >= 1);
        CHECK(err.offset <= err.end && err.end <= input_len);
        CHECK(st == KV_ERR_STRICT || st == KV_ERR_NOT_KAMERVRAAG || st == KV_ERR_EMPTY || st == KV_ERR_BINARY);
        CHECK((st == KV_ERR_STRICT) == (err.detail.ptr != NULL));
        printf("%s: parse failed as expected by the fixture: %s\n", argv[1], msg);
        free(buf);
        return check_done("walk");
    }
    CHECK(doc != NULL);
    CHECK(err.line == 0 && err.column == 0 && err.offset == 0 && err.detail.ptr == NULL);

    source = kv_document_source(doc);
    CHECK(source.len == input_len);
    CHECK(source.ptr != NULL && memcmp(source.ptr, buf, input_len) == 0);
    CHECK(copy_mode ? source.ptr != buf : source.ptr == buf);

    /* scalars */
    static const char *kinds[] = {"", "questions", "answer", "notice"};
    static const char *formats[] = {"", "tweedemonitor", "publication", "original", "webpage", "plain"};
    kv_kind kind = kv_document_kind(doc);
    kv_format format = kv_document_format(doc);
    CHECK(kind >= KV_KIND_QUESTIONS && kind <= KV_KIND_NOTICE);
    CHECK(format >= KV_FORMAT_TWEEDEMONITOR && format <= KV_FORMAT_PLAIN);
    CHECK(str_eq(kv_document_kind_name(doc), kinds[kind]));
    CHECK(str_eq(kv_document_format_name(doc), formats[format]));
    kv_str zaak = kv_document_zaaknummer(doc), id = kv_document_document_id(doc);
    kv_str year = kv_document_vergaderjaar(doc), title = kv_document_title(doc);
    kv_str subject = kv_document_subject(doc), expl = kv_document_explanation(doc);
    kv_str notice = kv_document_notice(doc);
    check_text(zaak);
    check_text(id);
    check_text(year);
    check_text(title);
    check_text(subject);
    check_text(expl);
    check_text(notice);
    uint32_t ah = 12345;
    bool has_ah = kv_document_aanhangsel(doc, &ah);
    CHECK(has_ah || ah == 0);
    CHECK(kv_document_aanhangsel(doc, NULL) == has_ah);
    (void)kv_document_oral(doc);
    check_date(kv_document_submitted(doc));
    check_date(kv_document_received(doc));
    check_date(kv_document_published(doc));

    /* lists */
    WALK_LIST(kv_document_submitters_count, kv_document_submitter, kv_person, check_person);
    WALK_LIST(kv_document_addressees_count, kv_document_addressee, kv_office, check_office);
    WALK_LIST(kv_document_responders_count, kv_document_responder, kv_responder, check_responder);
    WALK_LIST(kv_document_co_responders_count, kv_document_co_responder, kv_office, check_office);
    WALK_LIST(kv_document_questions_count, kv_document_question, kv_block, check_block);
    WALK_LIST(kv_document_answers_count, kv_document_answer, kv_block, check_block);
    WALK_LIST(kv_document_references_count, kv_document_reference, kv_reference, check_reference);
    WALK_LIST(kv_document_diagnostics_count, kv_document_diagnostic, kv_diagnostic, check_diagnostic);

    size_t nfoot = kv_document_footnotes_count(doc);
    for (size_t i = 0; i < nfoot; i++) {
        kv_footnote f;
        CHECK(kv_document_footnote(doc, i, &f) == KV_OK);
        CHECK(f.number >= 1);
        check_text(f.text);
        check_span(f.span);
        for (size_t j = 0; j < f.urls_count; j++) {
            kv_str url;
            CHECK(kv_document_footnote_url(doc, i, j, &url) == KV_OK);
            CHECK(url.ptr != NULL && url.len > 0);
            check_text(url);
        }
        kv_str past = {"x", 1};
        CHECK(kv_document_footnote_url(doc, i, f.urls_count, &past) == KV_ERR_INDEX);
        CHECK(past.ptr == NULL && past.len == 0);
    }
    kv_footnote fpast;
    CHECK(kv_document_footnote(doc, nfoot, &fpast) == KV_ERR_INDEX);
    kv_str upast;
    CHECK(kv_document_footnote_url(doc, nfoot, 0, &upast) == KV_ERR_INDEX);

    /* page metadata */
    bool has_page = kv_document_has_page(doc);
    kv_person who;
    if (kv_document_page_indiener(doc, &who)) {
        CHECK(has_page);
        check_person(who);
    } else {
        CHECK(who.name.ptr == NULL && who.party.ptr == NULL);
    }
    if (kv_document_page_gericht(doc, &who)) {
        CHECK(has_page);
        check_person(who);
    }
    uint64_t views = 99;
    if (kv_document_page_views(doc, &views)) {
        CHECK(has_page);
    } else {
        CHECK(views == 0);
    }
    if (!has_page) {
        CHECK(kv_document_page_keywords_count(doc) == 0);
        CHECK(kv_document_page_related_count(doc) == 0);
    }
    WALK_LIST(kv_document_page_keywords_count, kv_document_page_keyword, kv_str, check_str_item);
    WALK_LIST(kv_document_page_related_count, kv_document_page_related, kv_str, check_str_item);

    /* JSON: measure, write exactly, then truncated */
    size_t need = kv_document_to_json(doc, NULL, 0);
    CHECK(need > 2);
    char *json = malloc(need + 1);
    CHECK(json != NULL);
    if (json != NULL) {
        CHECK(kv_document_to_json(doc, json, need + 1) == need);
        CHECK(strlen(json) == need);
        CHECK(json[0] == '{' && json[need - 1] == '}');
        char small[9];
        CHECK(kv_document_to_json(doc, small, sizeof small) == need);
        CHECK(strlen(small) == sizeof small - 1 && memcmp(small, json, sizeof small - 1) == 0);
        char needle[64];
        snprintf(needle, sizeof needle, "\"kind\":\"%s\"", kinds[kind]);
        CHECK(strstr(json, needle) != NULL);
        snprintf(needle, sizeof needle, "\"format\":\"%s\"", formats[format]);
        CHECK(strstr(json, needle) != NULL);
        check_json_scalar(json, "zaaknummer", zaak);
        check_json_scalar(json, "document_id", id);
        check_json_scalar(json, "vergaderjaar", year);
        check_json_scalar(json, "title", title);
        CHECK(strstr(json, kv_document_oral(doc) ? "\"oral\":true" : "\"oral\":false") != NULL);
        CHECK(strstr(json, has_page ? "\"page\":{" : "\"page\":null") != NULL);
        free(json);
    }

    printf("%s%s: %zu questions, %zu answers, %zu footnotes, %zu references\n", argv[1],
           copy_mode ? " (copy)" : "", kv_document_questions_count(doc), kv_document_answers_count(doc), nfoot,
           kv_document_references_count(doc));
    kv_document_free(doc);
    free(buf);
    return check_done("walk");
}
