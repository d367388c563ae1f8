/*
 * A legacy-style C99 program on libminzheng: a disclosure reply deadline with a suspension,
 * a power-list check, a household evaluation, an annual-report table, a batch of 100,000
 * due dates, identity numbers and a year of social-assistance cases (supervision, registers,
 * county figures). Build with the Makefile (pkg-config), statically or dynamically:
 *
 *     make            # both: minzheng_demo_shared and minzheng_demo_static
 *     ./minzheng_demo_shared ../data
 *
 * Every call returns a MinzhengResult; on failure the last error's messages are printed.
 */
#include <minzheng.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;

/* Prints the last error of this thread in both languages; counts a failure. */
static void report_error(const char *what, MinzhengResult r) {
    char zh[1024], en[1024];
    size_t n_zh = minzheng_last_error_zh(zh, sizeof zh);
    size_t n_en = minzheng_last_error_en(en, sizeof en);
    fprintf(stderr, "%s failed: %u (%s)\n  %s\n  %s\n", what, (unsigned)r, minzheng_result_name(r),
            n_zh < sizeof zh ? zh : "(message too long)", n_en < sizeof en ? en : "(message too long)");
    failures++;
}

#define CHECK(call)                                  \
    do {                                             \
        MinzhengResult r_ = (call);                  \
        if (r_ != MINZHENG_OK) report_error(#call, r_); \
    } while (0)

/* Reads a whole file into a NUL-terminated buffer (caller frees), or NULL. */
static char *read_file(const char *dir, const char *name) {
    char path[4096];
    FILE *f;
    long len;
    char *buf;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "cannot open %s\n", path);
        failures++;
        return NULL;
    }
    fseek(f, 0, SEEK_END);
    len = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = malloc((size_t)len + 1);
    if (buf && fread(buf, 1, (size_t)len, f) != (size_t)len) {
        free(buf);
        buf = NULL;
    }
    if (buf) buf[len] = '\0';
    fclose(f);
    return buf;
}

static void print_date(const char *label, int32_t ymd) {
    printf("%s%04d-%02d-%02d\n", label, (int)(ymd / 10000), (int)(ymd / 100 % 100), (int)(ymd % 100));
}

/* Counts the occurrences of `needle` in `hay`. */
static int count(const char *hay, const char *needle) {
    int n = 0;
    const char *p = hay;
    while ((p = strstr(p, needle)) != NULL) {
        n++;
        p += strlen(needle);
    }
    return n;
}

static void deadline_with_suspension(const MinzhengCalendar *cal) {
    MinzhengSuspension consultation;
    MinzhengDeadline *deadline = NULL;
    MinzhengDeadlineDates dates;
    MinzhengStatus status;
    char *explanation = NULL;

    printf("== 1. disclosure reply deadline with a suspension ==\n");
    consultation.from = 20241010;
    consultation.to = 20241014;
    consultation.reason = "征求第三方意见 / third-party consultation";
    CHECK(minzheng_deadline_new(cal, NULL, "disclosure.reply", 20240920, &consultation, 1, NULL, 0,
                                &deadline));
    if (!deadline) return;
    CHECK(minzheng_deadline_dates(deadline, &dates));
    print_date("received 2024-09-20, consultation 10-10..10-14, reply due ", dates.due);
    CHECK(minzheng_deadline_status(deadline, cal, 20241025, 0, 3, &status));
    printf("status on 2024-10-25: %s, %u workday(s) left\n",
           status.kind == MINZHENG_STATUS_KIND_DUE_SOON ? "due soon" : "other", (unsigned)status.workdays);
    CHECK(minzheng_deadline_explanation(deadline, &explanation));
    if (explanation) printf("%s\n", explanation);
    minzheng_string_free(explanation);
    minzheng_deadline_free(deadline);
}

static void power_list_check(const char *data) {
    char *list = read_file(data, "power-list.json");
    char *report = NULL;
    printf("== 2. power-list check ==\n");
    if (!list) return;
    CHECK(minzheng_power_check_json(list, &report));
    if (report) printf("check report: %d finding(s), %zu bytes of JSON\n", count(report, "\"rule\":"), strlen(report));
    minzheng_string_free(report);
    free(list);
}

static void household_evaluation(const char *data) {
    char *profile_json = read_file(data, "profile-sample-city.json");
    char *household = read_file(data, "household-sample.json");
    MinzhengProfile *profile = NULL;
    char *evaluation = NULL;
    const char *outcome;
    printf("== 3. household evaluation ==\n");
    if (profile_json && household) {
        CHECK(minzheng_profile_new(profile_json, &profile));
        CHECK(minzheng_evaluate_json(profile, household, 20260615, &evaluation));
    }
    if (evaluation) {
        outcome = strstr(evaluation, "\"outcome\":");
        printf("dibao decision: %.40s\n", outcome ? outcome : "(none)");
        printf("decisions: %d, findings: %d\n", count(evaluation, "\"programme\":"), count(evaluation, "\"rule\":"));
    }
    minzheng_string_free(evaluation);
    minzheng_profile_free(profile);
    free(profile_json);
    free(household);
}

static void annual_report(const MinzhengCalendar *cal, const char *data) {
    char *events = read_file(data, "requests-2025.jsonl");
    char *input = read_file(data, "report-input-2025.json");
    char *csv = NULL;
    printf("== 4. annual report 2025, section 三 as CSV ==\n");
    if (events && input) CHECK(minzheng_annual_report(cal, 2025, events, input, MINZHENG_REPORT_FORMAT_CSV, &csv));
    if (csv) printf("%s", csv);
    minzheng_string_free(csv);
    free(events);
    free(input);
}

static void batch_of_due_dates(const MinzhengCalendar *cal) {
    enum { N = 100000 };
    int32_t *starts = malloc(N * sizeof *starts);
    int32_t *dues = malloc(N * sizeof *dues);
    MinzhengResult *codes = malloc(N * sizeof *codes);
    long checksum = 0;
    int i, bad = 0;
    printf("== 5. a batch of 100,000 reply due dates ==\n");
    if (!starts || !dues || !codes) {
        failures++;
        goto out;
    }
    for (i = 0; i < N; i++) {
        /* Every day of 2010-2025 in turn (a legacy table of receipt dates). */
        int day = i % 5844; /* days 2010-01-01 .. 2025-12-31 */
        int y = 2010, m = 1, d = 1;
        static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        while (day > 0) {
            int len = mdays[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
            if (day >= len - d + 1) {
                day -= len - d + 1;
                d = 1;
                if (++m > 12) {
                    m = 1;
                    y++;
                }
            } else {
                d += day;
                day = 0;
            }
        }
        starts[i] = y * 10000 + m * 100 + d;
    }
    CHECK(minzheng_deadline_due_batch(cal, NULL, "disclosure.reply", starts, N, dues, codes));
    for (i = 0; i < N; i++) {
        if (codes[i] != MINZHENG_OK) bad++;
        checksum += dues[i] % 9973;
    }
    printf("computed %d due dates, %d error(s), checksum %ld\n", N, bad, checksum);
    print_date("first: received 2010-01-01, due ", dues[0]);
out:
    free(starts);
    free(dues);
    free(codes);
}

static void identifiers(void) {
    MinzhengResidentId id;
    MinzhengResult r;
    char en[512];
    printf("== 6. identity numbers ==\n");
    CHECK(minzheng_resident_id_parse("11010519491231002X", &id));
    printf("%s born %d, %s\n", id.masked, (int)id.birth_date, id.sex == MINZHENG_SEX_FEMALE ? "female" : "male");
    r = minzheng_resident_id_parse("110105194912310021", &id);
    minzheng_last_error_en(en, sizeof en);
    printf("110105********0021: %s: %s\n", minzheng_result_name(r), en);
}

/* Counts the lines of a text. */
static size_t count_lines(const char *s) {
    size_t n = 0;
    for (; *s; s++) n += *s == '\n';
    return n;
}

static void social_assistance(MinzhengCalendar *cal, const char *data) {
    char *year = read_file(data, "assistance-cases-2025.jsonl");
    const char *logs[1];
    char *out = NULL;
    if (!year) return;
    logs[0] = year;
    printf("== 7. social-assistance cases of 2025 (2,500 applications) ==\n");
    /* The supervision screen as JSON: the most urgent open case comes first. */
    CHECK(minzheng_assistance_supervise_json(cal, NULL, logs, 1, 20251231, 3, &out));
    if (out) {
        const char *first = strstr(out, "\"case\":\"");
        const char *end = first ? strchr(first + 8, '"') : NULL;
        printf("supervision on 2025-12-31, most urgent: %.*s\n", end ? (int)(end - first - 8) : 0,
               end ? first + 8 : "");
        minzheng_string_free(out);
        out = NULL;
    }
    CHECK(minzheng_assistance_refusal_register(cal, NULL, logs, 1, 20251231, MINZHENG_REPORT_FORMAT_CSV, &out));
    if (out) {
        printf("refusal register: %u refusal(s)\n", (unsigned)(count_lines(out) - 1));
        minzheng_string_free(out);
        out = NULL;
    }
    CHECK(minzheng_assistance_relatives_register(cal, NULL, logs, 1, MINZHENG_REPORT_FORMAT_CSV, &out));
    if (out) {
        printf("registered separately (staff relatives): %u case(s)\n", (unsigned)(count_lines(out) - 1));
        minzheng_string_free(out);
        out = NULL;
    }
    /* County figures of December rolled up to the province, as CSV. */
    CHECK(minzheng_assistance_figures(cal, NULL, logs, 1, 20251201, NULL, MINZHENG_LEVEL_PROVINCE,
                                      MINZHENG_REPORT_FORMAT_CSV, NULL, &out));
    if (out) {
        printf("%s", out);
        minzheng_string_free(out);
    }
    free(year);
}

int main(int argc, char **argv) {
    const char *data = argc > 1 ? argv[1] : "../data";
    MinzhengCalendar *cal = NULL;

    printf("libminzheng %s (header %d.%d.%d)\n", minzheng_version(), MINZHENG_VERSION_MAJOR,
           MINZHENG_VERSION_MINOR, MINZHENG_VERSION_PATCH);
    CHECK(minzheng_calendar_new(NULL, NULL, &cal));
    if (!cal) return 1;
    deadline_with_suspension(cal);
    power_list_check(data);
    household_evaluation(data);
    annual_report(cal, data);
    batch_of_due_dates(cal);
    identifiers();
    social_assistance(cal, data);
    minzheng_calendar_free(cal);
    printf("%s\n", failures ? "FAILED" : "done");
    return failures ? 1 : 0;
}
