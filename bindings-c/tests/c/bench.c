/*
 * Timing harness for BENCHMARKS.md (not a test): one minzheng_calendar_add_workdays call
 * through the C ABI, and the batch form per date, on the same inputs as the core's divan
 * benchmark (random dates 2004-07..2026, n in -120..120). Prints the median of 7 runs.
 * Build: gcc -O2 -std=c99 bench.c $(pkg-config --cflags --libs minzheng)
 */
#define _POSIX_C_SOURCE 199309L
#include <minzheng.h>

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

enum { N = 1 << 20, RUNS = 7 };

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(void) {
    static int32_t days[N], out[N];
    static int64_t ns[N];
    static MinzhengResult codes[N];
    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    double single[RUNS], batch[RUNS];
    unsigned long long seed = 7;
    long sink = 0;
    int i, r;
    MinzhengCalendar *cal = NULL;
    if (minzheng_calendar_new(NULL, NULL, &cal) != MINZHENG_OK) return 1;
    for (i = 0; i < N; i++) {
        int y, m, d;
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        y = 2005 + (int)((seed >> 33) % 21); /* whole years 2005..2025: n in +-120 stays covered */
        m = 1 + (int)((seed >> 20) % 12);
        d = 1 + (int)((seed >> 40) % (unsigned)mdays[m - 1]);
        days[i] = y * 10000 + m * 100 + d;
        ns[i] = (int64_t)((seed >> 12) % 241) - 120;
    }
    for (r = 0; r < RUNS; r++) {
        double t0 = now();
        for (i = 0; i < N; i++) {
            int32_t o;
            if (minzheng_calendar_add_workdays(cal, days[i], ns[i], &o) != MINZHENG_OK) return 2;
            sink += o;
        }
        single[r] = (now() - t0) / N;
        t0 = now();
        if (minzheng_calendar_add_workdays_batch(cal, days, ns, N, out, codes) != MINZHENG_OK) return 3;
        batch[r] = (now() - t0) / N;
        sink += out[N / 2];
    }
    qsort(single, RUNS, sizeof single[0], cmp);
    qsort(batch, RUNS, sizeof batch[0], cmp);
    printf("add_workdays, one C call: median %.1f ns (fastest %.1f)\n", single[RUNS / 2], single[0]);
    printf("add_workdays_batch, per date: median %.1f ns (fastest %.1f)\n", batch[RUNS / 2], batch[0]);
    minzheng_calendar_free(cal);
    return sink == 42 ? 4 : 0;
}
