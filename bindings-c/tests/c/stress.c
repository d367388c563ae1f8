/*
 * Many threads share one calendar handle, one catalogue handle and one profile handle through
 * the C ABI, as a case-management server does: every answer (workday arithmetic, day kinds, due
 * dates, eligibility evaluations as JSON, social-assistance replays, supervision, notices,
 * registers and figures, and the errors with their per-thread last-error messages)
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

/* Social-assistance cases (from tests/vectors/assistance_cases.json), one line each (C99 caps
 * a string literal's length); the last log's final event is refused (reported to the county on
 * the 公示's last day). The catalogue handle with a jurisdiction's 25-day limit is shared too. */
static const char *const ASSIST_LINES[] = {
    "{\"case\":\"DB-APPROVE\",\"date\":\"2026-03-02\",\"type\":\"received\",\"programme\":\"dibao\",\"applicant\":\"申请人DB-APPROVE\",\"township\":\"城关镇\",\"village\":\"东街社区\",\"division\":\"410102\",\"household_size\":2}\n",
    "{\"case\":\"DB-APPROVE\",\"date\":\"2026-03-03\",\"type\":\"accepted\"}\n",
    "{\"case\":\"DB-APPROVE\",\"date\":\"2026-03-05\",\"type\":\"investigation_started\"}\n",
    "{\"case\":\"DB-APPROVE\",\"date\":\"2026-03-05\",\"type\":\"matching_requested\"}\n",
    "{\"case\":\"DB-APPROVE\",\"date\":\"2026-03-09\",\"type\":\"home_visit\",\"investigators\":[\"张三\",\"李四\"]}\n",
    "{\"case\":\"DB-APPROVE\",\"date\":\"2026-03-11\",\"type\":\"matching_answered\"}\n",
    "{\"case\":\"DB-APPROVE\",\"date\":\"2026-03-12\",\"type\":\"township_opinion\",\"favourable\":true}\n",
    "{\"case\":\"DB-APPROVE\",\"date\":\"2026-03-13\",\"type\":\"posted\"}\n",
    "{\"case\":\"DB-APPROVE\",\"date\":\"2026-03-23\",\"type\":\"submitted_to_county\"}\n",
    "{\"case\":\"DB-APPROVE\",\"date\":\"2026-04-08\",\"type\":\"approved\",\"amount_fen\":150000}\n",
    "{\"case\":\"DB-REFUSE\",\"date\":\"2026-03-02\",\"type\":\"received\",\"programme\":\"dibao\",\"applicant\":\"申请人DB-REFUSE\",\"township\":\"城关镇\",\"village\":\"东街社区\",\"division\":\"410102\",\"household_size\":2}\n",
    "{\"case\":\"DB-REFUSE\",\"date\":\"2026-03-03\",\"type\":\"accepted\"}\n",
    "{\"case\":\"DB-REFUSE\",\"date\":\"2026-03-05\",\"type\":\"investigation_started\"}\n",
    "{\"case\":\"DB-REFUSE\",\"date\":\"2026-03-05\",\"type\":\"matching_requested\"}\n",
    "{\"case\":\"DB-REFUSE\",\"date\":\"2026-03-09\",\"type\":\"home_visit\",\"investigators\":[\"张三\",\"李四\"]}\n",
    "{\"case\":\"DB-REFUSE\",\"date\":\"2026-03-11\",\"type\":\"matching_answered\"}\n",
    "{\"case\":\"DB-REFUSE\",\"date\":\"2026-03-12\",\"type\":\"township_opinion\",\"favourable\":true}\n",
    "{\"case\":\"DB-REFUSE\",\"date\":\"2026-03-13\",\"type\":\"posted\"}\n",
    "{\"case\":\"DB-REFUSE\",\"date\":\"2026-03-23\",\"type\":\"submitted_to_county\"}\n",
    "{\"case\":\"DB-REFUSE\",\"date\":\"2026-04-08\",\"type\":\"refused\",\"reasons\":[\"家庭人均收入高于当地低保标准\"]}\n",
    "{\"case\":\"DB-REFUSE\",\"date\":\"2026-04-14\",\"type\":\"refusal_notified\"}\n",
    "{\"case\":\"CH-FACT\",\"date\":\"2026-06-01\",\"type\":\"received\",\"programme\":\"de_facto_child\",\"applicant\":\"申请人CH-FACT\",\"township\":\"城关镇\",\"village\":\"东街社区\",\"division\":\"410102\"}\n",
    "{\"case\":\"CH-FACT\",\"date\":\"2026-06-01\",\"type\":\"accepted\"}\n",
    "{\"case\":\"CH-FACT\",\"date\":\"2026-06-10\",\"type\":\"township_opinion\",\"favourable\":true}\n",
    "{\"case\":\"CH-FACT\",\"date\":\"2026-06-11\",\"type\":\"submitted_to_county\"}\n",
    "{\"case\":\"CH-FACT\",\"date\":\"2026-07-02\",\"type\":\"approved\",\"amount_fen\":130000}\n",
    "{\"case\":\"TK-OBJECT\",\"date\":\"2026-03-02\",\"type\":\"received\",\"programme\":\"tekun\",\"applicant\":\"申请人TK-OBJECT\",\"township\":\"城关镇\",\"village\":\"东街社区\",\"division\":\"410102\"}\n",
    "{\"case\":\"TK-OBJECT\",\"date\":\"2026-03-02\",\"type\":\"accepted\"}\n",
    "{\"case\":\"TK-OBJECT\",\"date\":\"2026-03-04\",\"type\":\"home_visit\",\"investigators\":[\"张三\",\"李四\"]}\n",
    "{\"case\":\"TK-OBJECT\",\"date\":\"2026-03-20\",\"type\":\"township_opinion\",\"favourable\":true}\n",
    "{\"case\":\"TK-OBJECT\",\"date\":\"2026-03-20\",\"type\":\"posted\"}\n",
    "{\"case\":\"TK-OBJECT\",\"date\":\"2026-03-25\",\"type\":\"objection\",\"summary\":\"邻居反映有经营收入\"}\n",
    "{\"case\":\"TK-OBJECT\",\"date\":\"2026-04-10\",\"type\":\"township_opinion\",\"favourable\":true}\n",
    "{\"case\":\"TK-OBJECT\",\"date\":\"2026-04-10\",\"type\":\"posted\"}\n",
    "{\"case\":\"TK-OBJECT\",\"date\":\"2026-04-20\",\"type\":\"submitted_to_county\"}\n",
    "{\"case\":\"TK-OBJECT\",\"date\":\"2026-05-12\",\"type\":\"approved\",\"amount_fen\":120000}\n",
    NULL};
static const char *const REFUSED_LINES[] = {
    "{\"case\":\"DB-EARLY\",\"date\":\"2026-03-02\",\"type\":\"received\",\"programme\":\"dibao\",\"applicant\":\"申请人DB-APPROVE\",\"township\":\"城关镇\",\"village\":\"东街社区\",\"division\":\"410102\",\"household_size\":2}\n",
    "{\"case\":\"DB-EARLY\",\"date\":\"2026-03-03\",\"type\":\"accepted\"}\n",
    "{\"case\":\"DB-EARLY\",\"date\":\"2026-03-05\",\"type\":\"investigation_started\"}\n",
    "{\"case\":\"DB-EARLY\",\"date\":\"2026-03-05\",\"type\":\"matching_requested\"}\n",
    "{\"case\":\"DB-EARLY\",\"date\":\"2026-03-09\",\"type\":\"home_visit\",\"investigators\":[\"张三\",\"李四\"]}\n",
    "{\"case\":\"DB-EARLY\",\"date\":\"2026-03-11\",\"type\":\"matching_answered\"}\n",
    "{\"case\":\"DB-EARLY\",\"date\":\"2026-03-12\",\"type\":\"township_opinion\",\"favourable\":true}\n",
    "{\"case\":\"DB-EARLY\",\"date\":\"2026-03-13\",\"type\":\"posted\"}\n",
    "{\"case\":\"DB-EARLY\",\"date\":\"2026-03-20\",\"type\":\"submitted_to_county\"}\n",
    NULL};
static const char OVERRIDES[] =
    "{\"jurisdiction\": \"郑州市\", \"overrides\": [{\"id\": \"dibao.total\", \"period\": "
    "{\"amount\": 25, \"unit\": \"working_days\"}, \"basis\": {\"instrument\": \"某办法\", "
    "\"article\": \"第一条\", \"confidence\": \"v2\"}}]}";
#define N_ASSIST 6
static const MinzhengCatalogue *g_catalogue;
static char *g_assist_log, *g_refused_log;
static char *want_assist[N_ASSIST];
static char want_refused_en[1024];

static char *join_lines(const char *const *lines) {
    size_t n = 1, i;
    char *out;
    for (i = 0; lines[i] != NULL; i++) n += strlen(lines[i]);
    out = malloc(n);
    if (out == NULL) exit(2);
    out[0] = '\0';
    for (i = 0; lines[i] != NULL; i++) strcat(out, lines[i]);
    return out;
}

/* The i-th assistance answer: replay, supervision, notice, 公示 rows, refusal register,
 * figures (the catalogue shared by every thread). */
static MinzhengResult assist(int i, char **out) {
    const char *logs[1];
    logs[0] = g_assist_log;
    switch (i) {
    case 0: return minzheng_assistance_replay_json(g_cal, g_catalogue, g_assist_log, 20260601, 3, out);
    case 1: return minzheng_assistance_supervise_json(g_cal, g_catalogue, logs, 1, 20260410, 3, out);
    case 2:
        return minzheng_assistance_notice(g_cal, g_catalogue, g_assist_log, "DB-REFUSE", "refusal",
                                          "示例县民政局", "示例县人民政府", 20260414, NULL,
                                          MINZHENG_REPORT_FORMAT_HTML, out);
    case 3: return minzheng_assistance_public_rows_json(g_cal, g_catalogue, logs, 1, 20260601, out);
    case 4:
        return minzheng_assistance_refusal_register(g_cal, g_catalogue, logs, 1, 20260601,
                                                    MINZHENG_REPORT_FORMAT_CSV, out);
    default:
        return minzheng_assistance_figures(g_cal, g_catalogue, logs, 1, 20260801, NULL,
                                           MINZHENG_LEVEL_CITY, MINZHENG_REPORT_FORMAT_JSON, NULL, out);
    }
}

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
        for (i = 0; i < N_ASSIST; i++) {
            char *out = NULL;
            job->checked++;
            if (assist(i, &out) != MINZHENG_OK || strcmp(out, want_assist[i]) != 0) job->bad++;
            minzheng_string_free(out);
        }
        {
            /* A refused event: its code, this thread's message, nothing written. */
            char *out = NULL;
            char en[1024];
            size_t n;
            job->checked++;
            if (minzheng_assistance_replay_json(g_cal, g_catalogue, g_refused_log, 20260601, 3, &out) != 10001 ||
                out != NULL)
                job->bad++;
            n = minzheng_last_error_en(en, sizeof en);
            if (n >= sizeof en || strcmp(en, want_refused_en) != 0) job->bad++;
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
    {
        MinzhengCatalogue *catalogue = NULL;
        char *o = NULL;
        if (minzheng_catalogue_new(OVERRIDES, &catalogue) != MINZHENG_OK) {
            fprintf(stderr, "catalogue failed: %u\n", minzheng_last_error_code());
            return 2;
        }
        g_catalogue = catalogue;
        g_assist_log = join_lines(ASSIST_LINES);
        g_refused_log = join_lines(REFUSED_LINES);
        for (i = 0; i < N_ASSIST; i++) {
            if (assist(i, &want_assist[i]) != MINZHENG_OK) {
                fprintf(stderr, "assistance answer %d failed: %u\n", i, minzheng_last_error_code());
                return 2;
            }
        }
        if (minzheng_assistance_replay_json(cal, catalogue, g_refused_log, 20260601, 3, &o) != 10001) {
            fprintf(stderr, "the refused event was not refused\n");
            return 2;
        }
        minzheng_last_error_en(want_refused_en, sizeof want_refused_en);
    }

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
    for (i = 0; i < N_ASSIST; i++) minzheng_string_free(want_assist[i]);
    minzheng_catalogue_free((MinzhengCatalogue *)g_catalogue);
    free(g_assist_log);
    free(g_refused_log);
    minzheng_profile_free(profile);
    minzheng_calendar_free(cal);
    free(profile_json);
    free(household);
    printf("stress: %d threads, %ld answers checked, %ld mismatch(es)\n", threads, checked, bad);
    return bad == 0 ? 0 : 1;
}
