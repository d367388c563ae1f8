/*
 * Many threads share one calendar handle and one profile handle through the C ABI, as a
 * case-management server does: every answer (workday arithmetic, day kinds, due dates,
 * eligibility evaluations as JSON, and the errors with their per-thread last-error messages)
 * is compared with the answer of a single-threaded run first.
 *
 * Usage: stress PROFILE_JSON HOUSEHOLD_JSON [THREADS]   (tests/c-abi.sh runs it with 16
 * threads, plain, under AddressSanitizer and under ThreadSanitizer)
 * Prints "stress: N threads, M answers checked, K mismatch(es)"; exits non-zero on a mismatch.
 */
#include <minzheng.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N_DAYS 2000
#define N_EVAL 8
#define ROUNDS 3
#define MAX_THREADS 64

static const MinzhengCalendar *g_cal;
static const MinzhengProfile *g_profile;
static const char *g_household;

/* The single-threaded answers. */
static int32_t want_day[N_DAYS];
static int64_t want_n[N_DAYS];
static int32_t want_add[N_DAYS];
static MinzhengResult want_add_code[N_DAYS];
static MinzhengDayKind want_kind[N_DAYS];
static int32_t want_due[N_DAYS];
static char *want_eval[N_EVAL];
static int32_t eval_days[N_EVAL] = {20260101, 20260315, 20260615, 20260701,
                                    20260901, 20261001, 20261130, 20261231};
static char want_err_en[512];

static char *read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    long n;
    char *buf;
    if (f == NULL) {
        perror(path);
        exit(2);
    }
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = malloc((size_t)n + 1);
    if (buf == NULL || fread(buf, 1, (size_t)n, f) != (size_t)n) {
        fprintf(stderr, "cannot read %s\n", path);
        exit(2);
    }
    buf[n] = '\0';
    fclose(f);
    return buf;
}

/* A date from a day number (days after 2005-01-01), via the library itself (n = 0 is the
 * identity, so a calendar day: the epoch plus n calendar days is done by hand). */
static int32_t ymd_after(int days) {
    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y = 2005, m = 0, d = 1;
    while (days > 0) {
        int len = mdays[m] + (m == 1 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)));
        if (d < len) {
            d++;
        } else {
            d = 1;
            if (++m == 12) {
                m = 0;
                y++;
            }
        }
        days--;
    }
    return y * 10000 + (m + 1) * 100 + d;
}

struct job {
    int id;
    long checked;
    long bad;
};

static void *worker(void *arg) {
    struct job *job = arg;
    int r, i;
    for (r = 0; r < ROUNDS; r++) {
        /* Each thread starts at its own offset so threads hit different entries at once. */
        for (i = 0; i < N_DAYS; i++) {
            int k = (i + job->id * 131) % N_DAYS;
            int32_t out = 0;
            MinzhengDayKind kind = 0;
            MinzhengResult code = minzheng_calendar_add_workdays(g_cal, want_day[k], want_n[k], &out);
            job->checked++;
            if (code != want_add_code[k] || (code == MINZHENG_OK && out != want_add[k])) job->bad++;
            if (minzheng_calendar_day_kind(g_cal, want_day[k], &kind) != MINZHENG_OK || kind != want_kind[k])
                job->bad++;
            job->checked++;
        }
        {
            int32_t dues[N_DAYS];
            MinzhengResult codes[N_DAYS];
            minzheng_deadline_due_batch(g_cal, NULL, "disclosure.reply", want_day, N_DAYS, dues, codes);
            for (i = 0; i < N_DAYS; i++) {
                job->checked++;
                if (codes[i] != MINZHENG_OK || dues[i] != want_due[i]) job->bad++;
            }
        }
        for (i = 0; i < N_EVAL; i++) {
            char *out = NULL;
            job->checked++;
            if (minzheng_evaluate_json(g_profile, g_household, eval_days[i], &out) != MINZHENG_OK ||
                strcmp(out, want_eval[i]) != 0)
                job->bad++;
            minzheng_string_free(out);
        }
        {
            /* An error: the thread's own last error, whatever the other threads do. */
            int32_t out = 0;
            char en[512];
            size_t n;
            job->checked++;
            if (minzheng_calendar_add_workdays(g_cal, 20261201, 23, &out) == MINZHENG_OK) job->bad++;
            n = minzheng_last_error_en(en, sizeof en);
            if (n >= sizeof en || strcmp(en, want_err_en) != 0) job->bad++;
        }
    }
    return NULL;
}

int main(int argc, char **argv) {
    MinzhengCalendar *cal = NULL;
    MinzhengProfile *profile = NULL;
    char *profile_json, *household;
    int threads = argc > 3 ? atoi(argv[3]) : 16;
    pthread_t tid[MAX_THREADS];
    struct job jobs[MAX_THREADS];
    long checked = 0, bad = 0;
    int i;
    int32_t out = 0;
    MinzhengResult codes[N_DAYS];

    if (argc < 3 || threads < 1 || threads > MAX_THREADS) {
        fprintf(stderr, "usage: stress PROFILE_JSON HOUSEHOLD_JSON [THREADS 1..64]\n");
        return 2;
    }
    profile_json = read_file(argv[1]);
    household = read_file(argv[2]);
    if (minzheng_calendar_new(NULL, NULL, &cal) != MINZHENG_OK ||
        minzheng_profile_new(profile_json, &profile) != MINZHENG_OK) {
        fprintf(stderr, "setup failed: %u\n", minzheng_last_error_code());
        return 2;
    }
    g_cal = cal;
    g_profile = profile;
    g_household = household;

    /* Single-threaded answers: dates 2005–2026, n in -150..150 (some cross into 2027: errors). */
    for (i = 0; i < N_DAYS; i++) {
        want_day[i] = ymd_after((int)(((unsigned)i * 2654435761u) % 8000u));
        want_n[i] = (int64_t)(i % 301) - 150;
        want_add_code[i] = minzheng_calendar_add_workdays(cal, want_day[i], want_n[i], &want_add[i]);
        if (minzheng_calendar_day_kind(cal, want_day[i], &want_kind[i]) != MINZHENG_OK) {
            fprintf(stderr, "day kind of %d failed\n", (int)want_day[i]);
            return 2;
        }
    }
    if (minzheng_deadline_due_batch(cal, NULL, "disclosure.reply", want_day, N_DAYS, want_due, codes) !=
        MINZHENG_OK) {
        fprintf(stderr, "due batch failed\n");
        return 2;
    }
    for (i = 0; i < N_EVAL; i++) {
        if (minzheng_evaluate_json(profile, household, eval_days[i], &want_eval[i]) != MINZHENG_OK) {
            fprintf(stderr, "evaluate failed: %u\n", minzheng_last_error_code());
            return 2;
        }
    }
    if (minzheng_calendar_add_workdays(cal, 20261201, 23, &out) == MINZHENG_OK) return 2;
    minzheng_last_error_en(want_err_en, sizeof want_err_en);

    for (i = 0; i < threads; i++) {
        jobs[i].id = i;
        jobs[i].checked = 0;
        jobs[i].bad = 0;
        if (pthread_create(&tid[i], NULL, worker, &jobs[i]) != 0) {
            fprintf(stderr, "pthread_create failed\n");
            return 2;
        }
    }
    for (i = 0; i < threads; i++) {
        pthread_join(tid[i], NULL);
        checked += jobs[i].checked;
        bad += jobs[i].bad;
    }
    for (i = 0; i < N_EVAL; i++) minzheng_string_free(want_eval[i]);
    minzheng_profile_free(profile);
    minzheng_calendar_free(cal);
    free(profile_json);
    free(household);
    printf("stress: %d threads, %ld answers checked, %ld mismatch(es)\n", threads, checked, bad);
    return bad == 0 ? 0 : 1;
}
