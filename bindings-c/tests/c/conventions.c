/*
 * The C API's conventions, checked from C: version macros against Cargo.toml (passed as
 * -DCARGO_MAJOR/MINOR/PATCH by tests/c-abi.sh), a panic returned as a code, NULL and UTF-8
 * refusals, outputs untouched on failure, the last error per thread in two languages sized by
 * the caller, and one calendar handle shared read-only by several threads.
 * Prints one line per check and "N passed, N failed"; exits non-zero on a failure.
 */
#include <minzheng.h>

#include <pthread.h>
#include <stdio.h>
#include <string.h>

static int passed = 0, failed = 0;

#define EXPECT(cond)                                                    \
    do {                                                                \
        if (cond) {                                                     \
            passed++;                                                   \
        } else {                                                        \
            failed++;                                                   \
            fprintf(stderr, "FAILED line %d: %s\n", __LINE__, #cond);   \
        }                                                               \
    } while (0)

#if MINZHENG_VERSION_NUMBER != MINZHENG_VERSION_MAJOR * 1000000 + MINZHENG_VERSION_MINOR * 1000 + MINZHENG_VERSION_PATCH
#error "MINZHENG_VERSION_NUMBER does not hold major, minor and patch"
#endif

static void *worker(void *arg) {
    const MinzhengCalendar *cal = arg;
    int i;
    int32_t due = 0;
    long bad = 0;
    for (i = 0; i < 100000; i++) {
        if (minzheng_calendar_add_workdays(cal, 20240920, 20, &due) != MINZHENG_OK || due != 20241023) bad++;
    }
    return (void *)bad;
}

int main(void) {
    char version[32];
    MinzhengCalendar *cal = NULL;
    int32_t out = 12345;
    bool valid = true;
    char small[4] = {'z', 'z', 'z', 'z'};
    char zh[512], en[512];
    size_t n;
    pthread_t threads[4];
    int i;
    const char bad_utf8[] = {(char)0xff, (char)0xfe, 0};

    /* Version: macros = Cargo.toml = the library's string. */
    EXPECT(MINZHENG_VERSION_MAJOR == CARGO_MAJOR);
    EXPECT(MINZHENG_VERSION_MINOR == CARGO_MINOR);
    EXPECT(MINZHENG_VERSION_PATCH == CARGO_PATCH);
    EXPECT(MINZHENG_VERSION_NUMBER == CARGO_MAJOR * 1000000 + CARGO_MINOR * 1000 + CARGO_PATCH);
    snprintf(version, sizeof version, "%d.%d.%d", CARGO_MAJOR, CARGO_MINOR, CARGO_PATCH);
    EXPECT(strcmp(minzheng_version(), version) == 0);

    /* A panic inside the library is a code; the process goes on. */
    EXPECT(minzheng_selftest_panic() == MINZHENG_ERR_PANIC);
    EXPECT(minzheng_last_error_code() == MINZHENG_ERR_PANIC);
    EXPECT(strcmp(minzheng_result_name(MINZHENG_ERR_PANIC), "general.internal") == 0);

    EXPECT(minzheng_calendar_new(NULL, NULL, &cal) == MINZHENG_OK && cal != NULL);

    /* NULL, invalid dates, invalid UTF-8: refused, outputs untouched. */
    EXPECT(minzheng_calendar_add_workdays(NULL, 20240920, 1, &out) == MINZHENG_ERR_NULL_POINTER);
    EXPECT(minzheng_calendar_add_workdays(cal, 20240920, 1, NULL) == MINZHENG_ERR_NULL_POINTER);
    EXPECT(minzheng_calendar_add_workdays(cal, 20240230, 1, &out) == MINZHENG_ERR_INVALID_DATE);
    EXPECT(out == 12345);
    EXPECT(minzheng_resident_id_is_valid(bad_utf8, &valid) == MINZHENG_ERR_INVALID_UTF8);
    EXPECT(valid == true);

    /* A domain error: its number, its name, a message in each language. */
    EXPECT(strcmp(minzheng_result_name(minzheng_calendar_add_workdays(cal, 20261201, 23, &out)),
                  "calendar.year_not_covered") == 0);
    EXPECT(out == 12345);
    n = minzheng_last_error_en(NULL, 0);
    EXPECT(n > 0);
    EXPECT(minzheng_last_error_en(small, sizeof small) == n);
    EXPECT(small[0] == 'z' && small[3] == 'z');
    EXPECT(minzheng_last_error_en(en, sizeof en) == n && strlen(en) == n);
    EXPECT(strstr(en, "2027") != NULL && strstr(en, "no holiday arrangement") != NULL);
    EXPECT(minzheng_last_error_zh(zh, sizeof zh) < sizeof zh && strstr(zh, "2027") != NULL);
    EXPECT(strstr(zh, "no holiday") == NULL);

    /* Success writes the output. */
    EXPECT(minzheng_calendar_add_workdays(cal, 20240920, 20, &out) == MINZHENG_OK && out == 20241023);

    /* One handle, read by four threads at once. */
    for (i = 0; i < 4; i++) pthread_create(&threads[i], NULL, worker, cal);
    for (i = 0; i < 4; i++) {
        void *bad = NULL;
        pthread_join(threads[i], &bad);
        EXPECT(bad == NULL);
    }

    /* _free accepts NULL. */
    minzheng_calendar_free(NULL);
    minzheng_catalogue_free(NULL);
    minzheng_deadline_free(NULL);
    minzheng_profile_free(NULL);
    minzheng_string_free(NULL);
    minzheng_calendar_free(cal);

    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
