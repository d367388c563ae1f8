/* The C face of tests/determinism.sh: for each job line "kind <TAB> file <TAB> YYYY-MM-DD"
 * prints one line, the library's JSON for it (or {"error": N}). Usage: c_run JOBS DATA_DIR. */
#include <minzheng.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) { perror(path); exit(2); }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc((size_t)n + 1);
  if (fread(buf, 1, (size_t)n, f) != (size_t)n) exit(2);
  buf[n] = 0;
  fclose(f);
  return buf;
}

static int ymd(const char *d) { return atoi(d) * 10000 + atoi(d + 5) * 100 + atoi(d + 8); }

static void emit(MinzhengResult rc, char **s) {
  if (rc == MINZHENG_OK) { printf("%s\n", *s); minzheng_string_free(*s); }
  else printf("{\"error\":%u}\n", rc);
}

int main(int argc, char **argv) {
  char path[4096];
  snprintf(path, sizeof path, "%s/profile-sample-city.json", argv[2]);
  char *profile_json = slurp(path);
  MinzhengCalendar *cal = NULL;
  MinzhengProfile *profile = NULL;
  if (minzheng_calendar_new(NULL, NULL, &cal) || minzheng_profile_new(profile_json, &profile)) return 2;
  FILE *jobs = fopen(argv[1], "r");
  char line[8192];
  while (fgets(line, sizeof line, jobs)) {
    line[strcspn(line, "\n")] = 0;
    char *kind = strtok(line, "\t"), *file = strtok(NULL, "\t"), *day = strtok(NULL, "\t");
    char *in = slurp(file), *out = NULL;
    if (!strcmp(kind, "power.check")) emit(minzheng_power_check_json(in, &out), &out);
    else if (!strcmp(kind, "evaluate")) emit(minzheng_evaluate_json(profile, in, ymd(day), &out), &out);
    else if (!strcmp(kind, "replay")) emit(minzheng_disclosure_replay_json(cal, in, ymd(day), &out), &out);
    else if (!strcmp(kind, "calendar.add")) {
      /* lines "YYYY-MM-DD N": a JSON array of answers, YYYY-MM-DD or the error number */
      printf("[");
      int first = 1;
      for (char *l = strtok(in, "\n"); l; l = strtok(NULL, "\n")) {
        int32_t r;
        MinzhengResult rc = minzheng_calendar_add_workdays(cal, ymd(l), atoll(l + 11), &r);
        if (rc == MINZHENG_OK) printf("%s\"%04d-%02d-%02d\"", first ? "" : ",", r / 10000, r / 100 % 100, r % 100);
        else printf("%s%u", first ? "" : ",", rc);
        first = 0;
      }
      printf("]\n");
    } else printf("{\"error\":\"unknown kind\"}\n");
    free(in);
  }
  minzheng_profile_free(profile);
  minzheng_calendar_free(cal);
  return 0;
}
