/* The bad-input corpus through the C ABI (libminzheng): reads the cases that
 * tests/bad-inputs.sh extracts from cases.json, one per line,
 *   id <TAB> op <TAB> input <TAB> date <TAB> date2 <TAB> n <TAB> number <TAB> name
 * where input is hex, or gen:<hex prefix>:<hex unit>:<count>:<hex suffix> (the 100 MB line is
 * made here), dates are YYYYMMDD integers. Each case must return the expected number, repeat it
 * in minzheng_last_error_code, name it so in minzheng_result_name, give a non-empty message in
 * Chinese and in English without an identity number in clear, and leave every output byte as
 * it was. Usage: c_cases CASES.tsv EXAMPLES_DATA_DIR. Last line: "N passed, N failed". */
#include <minzheng.h>
#include <stdint.h>
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
  if (fread(buf, 1, (size_t)n, f) != (size_t)n) { perror(path); exit(2); }
  buf[n] = 0;
  fclose(f);
  return buf;
}

static size_t unhex(const char *h, size_t hlen, char *out) {
  size_t n = 0;
  for (size_t i = 0; i + 1 < hlen + 1 && i < hlen; i += 2) {
    unsigned v;
    sscanf(h + i, "%2x", &v);
    out[n++] = (char)v;
  }
  return n;
}

/* The case's input, NUL-terminated; *len its length. */
static char *make_input(const char *field, size_t *len) {
  if (strncmp(field, "gen:", 4) == 0) {
    const char *p = field + 4, *q = strchr(p, ':');
    const char *r = strchr(q + 1, ':'), *s = strchr(r + 1, ':');
    long count = atol(r + 1);
    size_t plen = (size_t)(q - p) / 2, ulen = (size_t)(r - q - 1) / 2, slen = strlen(s + 1) / 2;
    char *unit = malloc(ulen + 1);
    unhex(q + 1, ulen * 2, unit);
    char *out = malloc(plen + ulen * (size_t)count + slen + 1);
    size_t n = unhex(p, plen * 2, out);
    for (long i = 0; i < count; i++) { memcpy(out + n, unit, ulen); n += ulen; }
    n += unhex(s + 1, slen * 2, out + n);
    out[n] = 0;
    free(unit);
    *len = n;
    return out;
  }
  size_t hl = strlen(field);
  char *out = malloc(hl / 2 + 1);
  *len = unhex(field, hl, out);
  out[*len] = 0;
  return out;
}

static int has_clear_id(const char *t) {
  size_t n = strlen(t);
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && ((t[j] >= '0' && t[j] <= '9') || (t[j] >= 'A' && t[j] <= 'Z') ||
                     (t[j] >= 'a' && t[j] <= 'z')))
      j++;
    size_t run = j - i, digits = 0;
    for (size_t k = i; k < j; k++) digits += (t[k] >= '0' && t[k] <= '9');
    if (run == 18 && digits >= 17 && (t[j - 1] == 'X' || t[j - 1] == 'x' || digits == 18)) {
      int first17 = 1;
      for (size_t k = i; k < i + 17; k++) first17 &= (t[k] >= '0' && t[k] <= '9');
      if (first17) return 1;
    }
    if (run == 15 && digits == 15) return 1;
    i = j > i ? j : i + 1;
  }
  return 0;
}

#define SENTINEL 0xA5
static unsigned char out_buf[4096];
static void *fresh_out(void) { memset(out_buf, SENTINEL, sizeof out_buf); return out_buf; }
static int out_untouched(void) {
  for (size_t i = 0; i < sizeof out_buf; i++) if (out_buf[i] != SENTINEL) return 0;
  return 1;
}

static char *sample_profile, *sample_list, *sample_requests;

/* A social-assistance case accepted, for the notice cases. */
static const char assist_log[] =
    "{\"case\":\"DB-1\",\"date\":\"2026-03-02\",\"type\":\"received\",\"programme\":\"dibao\","
    "\"applicant\":\"王芳\",\"township\":\"城关镇\",\"village\":\"东街社区\",\"division\":\"410102\"}\n"
    "{\"case\":\"DB-1\",\"date\":\"2026-03-03\",\"type\":\"accepted\"}\n";
#define OFFICE "示例县民政局", "示例县人民政府"

/* 9997 when a call that must succeed on empty input succeeds with `want` (its own output, not
 * the sentinel buffer), else its result. */
static MinzhengResult ok_with(MinzhengResult rc, char *got, const char *want) {
  int same = rc == MINZHENG_OK && got != NULL && strcmp(got, want) == 0;
  minzheng_string_free(got);
  return same ? 9997 : (rc == MINZHENG_OK ? 9996 : rc);
}

static MinzhengResult run(const char *op, const char *in, size_t in_len, int date, int date2,
                          long long n, MinzhengCalendar *cal) {
  void *o = fresh_out();
  if (!strcmp(op, "calendar.load")) return minzheng_calendar_new(in, NULL, o);
  if (!strcmp(op, "calendar.overlay")) return minzheng_calendar_new(NULL, in, o);
  if (!strcmp(op, "calendar.add_workdays")) return minzheng_calendar_add_workdays(cal, date, n, o);
  if (!strcmp(op, "calendar.is_workday")) return minzheng_calendar_is_workday(cal, date, o);
  if (!strcmp(op, "calendar.between")) return minzheng_calendar_workdays_between(cal, date, date2, o);
  if (!strcmp(op, "id.resident")) return minzheng_resident_id_parse(in, o);
  if (!strcmp(op, "id.credit")) return minzheng_credit_code_parse(in, o);
  if (!strcmp(op, "deadline.overrides")) return minzheng_catalogue_new(in, o);
  if (!strcmp(op, "power.check")) return minzheng_power_check_json(in, o);
  if (!strcmp(op, "profile")) return minzheng_profile_new(in, o);
  if (!strcmp(op, "household.evaluate")) {
    MinzhengProfile *p = NULL;
    if (minzheng_profile_new(sample_profile, &p) != MINZHENG_OK) return 9999;
    MinzhengResult rc = minzheng_evaluate_json(p, in, date, o);
    minzheng_profile_free(p);
    return rc;
  }
  if (!strcmp(op, "disclosure.replay")) return minzheng_disclosure_replay_json(cal, in, date, o);
  if (!strcmp(op, "window.replay"))
    return minzheng_window_supervise_json(cal, sample_list, in, date, 3, o);
  if (!strcmp(op, "annual_report"))
    return minzheng_annual_report(cal, 2025, sample_requests, in, 1, o);
  if (!strcmp(op, "assistance.replay")) return minzheng_assistance_replay_json(cal, NULL, in, date, 3, o);
  if (!strcmp(op, "assistance.supervise")) {
    const char *logs[1] = {in};
    return minzheng_assistance_supervise_json(cal, NULL, logs, 1, date, 3, o);
  }
  if (!strcmp(op, "assistance.public_rows")) {
    const char *logs[1] = {in};
    return minzheng_assistance_public_rows_json(cal, NULL, logs, 1, date, o);
  }
  if (!strcmp(op, "assistance.notice_kind"))
    return minzheng_assistance_notice(cal, NULL, assist_log, "DB-1", in, OFFICE, date, NULL, 3, o);
  if (!strcmp(op, "assistance.notice_templates"))
    return minzheng_assistance_notice(cal, NULL, assist_log, "DB-1", "acceptance", OFFICE, date, in, 3, o);
  if (!strcmp(op, "assistance.notice_case"))
    return minzheng_assistance_notice(cal, NULL, assist_log, in, "acceptance", OFFICE, date, NULL, 3, o);
  if (!strcmp(op, "assistance.recipients"))
    return minzheng_assistance_figures(cal, NULL, NULL, 0, 0, in, 1, 1, NULL, o);
  /* NULL pointers and zero-length buffers: the input names the call. */
  if (!strcmp(op, "c.null")) {
    if (!strcmp(in, "calendar_new.out")) return minzheng_calendar_new(NULL, NULL, NULL);
    if (!strcmp(in, "add_workdays.cal")) return minzheng_calendar_add_workdays(NULL, 20260105, 1, o);
    if (!strcmp(in, "add_workdays.out")) return minzheng_calendar_add_workdays(cal, 20260105, 1, NULL);
    if (!strcmp(in, "resident_id_parse.text")) return minzheng_resident_id_parse(NULL, o);
    if (!strcmp(in, "power_check_json.list")) return minzheng_power_check_json(NULL, o);
    if (!strcmp(in, "profile_new.json")) return minzheng_profile_new(NULL, o);
    if (!strcmp(in, "evaluate_json.profile"))
      return minzheng_evaluate_json(NULL, "{}", 20260601, o);
    if (!strcmp(in, "disclosure_replay_json.events"))
      return minzheng_disclosure_replay_json(cal, NULL, 20251231, o);
    if (!strcmp(in, "add_workdays_batch.days")) {
      int32_t out[3]; MinzhengResult codes[3];
      memset(out, SENTINEL, sizeof out); memset(codes, SENTINEL, sizeof codes);
      MinzhengResult rc = minzheng_calendar_add_workdays_batch(cal, NULL, NULL, 3, out, codes);
      unsigned char *b = (unsigned char *)out;
      for (size_t i = 0; i < sizeof out; i++) if (b[i] != SENTINEL) out_buf[0] = 0;
      return rc;
    }
    if (!strcmp(in, "annual_report.input"))
      return minzheng_annual_report(cal, 2025, sample_requests, NULL, 1, o);
    {
      const char *logs[2] = {assist_log, NULL};
      if (!strcmp(in, "assistance_replay_json.cal"))
        return minzheng_assistance_replay_json(NULL, NULL, assist_log, 20260401, 3, o);
      if (!strcmp(in, "assistance_replay_json.events"))
        return minzheng_assistance_replay_json(cal, NULL, NULL, 20260401, 3, o);
      if (!strcmp(in, "assistance_replay_json.out"))
        return minzheng_assistance_replay_json(cal, NULL, assist_log, 20260401, 3, NULL);
      if (!strcmp(in, "assistance_supervise_json.logs"))
        return minzheng_assistance_supervise_json(cal, NULL, NULL, 2, 20260401, 3, o);
      if (!strcmp(in, "assistance_supervise_json.logs_element"))
        return minzheng_assistance_supervise_json(cal, NULL, logs, 2, 20260401, 3, o);
      if (!strcmp(in, "assistance_notice.case_id"))
        return minzheng_assistance_notice(cal, NULL, assist_log, NULL, "acceptance", OFFICE, 20260401, NULL, 3, o);
      if (!strcmp(in, "assistance_notice.office"))
        return minzheng_assistance_notice(cal, NULL, assist_log, "DB-1", "acceptance", NULL, "示例县人民政府",
                                          20260401, NULL, 3, o);
      if (!strcmp(in, "assistance_public_rows_json.out"))
        return minzheng_assistance_public_rows_json(cal, NULL, logs, 1, 20260401, NULL);
      if (!strcmp(in, "assistance_relatives_register.cal"))
        return minzheng_assistance_relatives_register(NULL, NULL, logs, 1, 1, o);
      if (!strcmp(in, "assistance_refusal_register.logs"))
        return minzheng_assistance_refusal_register(cal, NULL, NULL, 1, 20260401, 1, o);
      if (!strcmp(in, "assistance_figures.logs_element"))
        return minzheng_assistance_figures(cal, NULL, logs, 2, 20260401, NULL, 1, 1, NULL, o);
      if (!strcmp(in, "assistance_figures.out"))
        return minzheng_assistance_figures(cal, NULL, logs, 1, 20260401, NULL, 1, 1, NULL, NULL);
    }
  }
  if (!strcmp(op, "c.zero_len")) {
    if (!strcmp(in, "power_import_csv_json.csv"))
      return minzheng_power_import_csv_json((const uint8_t *)"", 0, "示例市民政局", o);
    if (!strcmp(in, "power_import_csv_json.null_csv"))
      return minzheng_power_import_csv_json(NULL, 0, "示例市民政局", o);
    if (!strcmp(in, "calendar_holidays.cap0")) {
      size_t count = 0;
      MinzhengResult rc = minzheng_calendar_holidays(cal, 2026, o, 0, &count);
      if (rc == MINZHENG_ERR_BUFFER_TOO_SMALL && count == 0) return 9998; /* needed size not told */
      return rc;
    }
    if (!strcmp(in, "calendar_holidays.cap1")) {
      size_t count = 0;
      MinzhengResult rc = minzheng_calendar_holidays(cal, 2026, o, 1, &count);
      if (rc == MINZHENG_ERR_BUFFER_TOO_SMALL && count < 2) return 9998;
      return rc;
    }
    if (!strcmp(in, "assistance_supervise_json.len0_null")) {
      /* No logs (NULL, length 0): an empty screen, not an error. */
      char *got = NULL;
      MinzhengResult rc = minzheng_assistance_supervise_json(cal, NULL, NULL, 0, 20260401, 3, &got);
      return ok_with(rc, got, "{\"rows\":[],\"timeliness\":[],\"today\":\"2026-04-01\"}");
    }
    if (!strcmp(in, "assistance_figures.len0_null_month0")) {
      /* No logs and no month: no figures, not an error. */
      char *got = NULL;
      MinzhengResult rc = minzheng_assistance_figures(cal, NULL, NULL, 0, 0, NULL, 1, 1, NULL, &got);
      return ok_with(rc, got, "{\"rows\":[],\"unclassified\":0}");
    }
    if (!strcmp(in, "assistance_figures.month0")) {
      const char *logs[1] = {assist_log};
      return minzheng_assistance_figures(cal, NULL, logs, 1, 0, NULL, 1, 1, NULL, o);
    }
    if (!strcmp(in, "add_workdays_batch.len0_null")) {
      /* len 0 with NULL arrays is an empty batch, not an error: report it as one to compare. */
      MinzhengResult rc = minzheng_calendar_add_workdays_batch(cal, NULL, NULL, 0, NULL, NULL);
      return rc == MINZHENG_OK ? 9997 : rc;
    }
  }
  (void)in_len;
  return 9999;
}

int main(int argc, char **argv) {
  if (argc < 3) { fprintf(stderr, "usage: c_cases CASES.tsv DATA_DIR\n"); return 2; }
  char path[4096];
  snprintf(path, sizeof path, "%s/profile-sample-city.json", argv[2]);
  sample_profile = slurp(path);
  snprintf(path, sizeof path, "%s/power-list.json", argv[2]);
  sample_list = slurp(path);
  snprintf(path, sizeof path, "%s/requests-2025.jsonl", argv[2]);
  sample_requests = slurp(path);
  MinzhengCalendar *cal = NULL;
  if (minzheng_calendar_new(NULL, NULL, &cal) != MINZHENG_OK) return 2;

  FILE *f = fopen(argv[1], "r");
  if (!f) { perror(argv[1]); return 2; }
  size_t cap = 0;
  char *line = NULL;
  int passed = 0, failed = 0;
  ssize_t got;
  while ((got = getline(&line, &cap, f)) > 0) {
    if (line[got - 1] == '\n') line[got - 1] = 0;
    char *fields[8];
    int nf = 0;
    for (char *p = line; nf < 8; nf++) {
      fields[nf] = p;
      char *tab = strchr(p, '\t');
      if (!tab) { nf++; break; }
      *tab = 0;
      p = tab + 1;
    }
    if (nf != 8) { fprintf(stderr, "bad line\n"); return 2; }
    size_t in_len;
    char *in = make_input(fields[2], &in_len);
    unsigned expect = (unsigned)atol(fields[6]);
    MinzhengResult rc = run(fields[1], in, in_len, atoi(fields[3]), atoi(fields[4]),
                            atoll(fields[5]), cal);
    char problems[1024] = "";
    if (rc != expect)
      snprintf(problems + strlen(problems), sizeof problems - strlen(problems),
               " returned %u, expected %u;", rc, expect);
    if (!out_untouched()) strcat(problems, " an output was written;");
    if (rc != MINZHENG_OK && rc < 9000) {
      if (minzheng_last_error_code() != rc) strcat(problems, " last_error_code differs;");
      if (strcmp(minzheng_result_name(rc), fields[7]) != 0 && rc == expect)
        strcat(problems, " result_name differs;");
      size_t zl = minzheng_last_error_zh(NULL, 0), el = minzheng_last_error_en(NULL, 0);
      char *zh = malloc(zl + 1), *en = malloc(el + 1);
      minzheng_last_error_zh(zh, zl + 1);
      minzheng_last_error_en(en, el + 1);
      int cjk = 0;
      for (size_t i = 0; i < zl; i++) cjk |= ((unsigned char)zh[i] >= 0xE4);
      if (zl == 0 || el == 0) strcat(problems, " an empty message;");
      if (!cjk) strcat(problems, " the zh message holds no Chinese;");
      if (has_clear_id(zh) || has_clear_id(en)) strcat(problems, " identity number in clear;");
      if (zl > 4096 || el > 4096) strcat(problems, " a message over 4 KB (input echoed?);");
      free(zh);
      free(en);
    }
    if (problems[0]) { failed++; printf("FAIL c %s:%s\n", fields[0], problems); }
    else passed++;
    free(in);
  }
  free(line);
  fclose(f);
  minzheng_calendar_free(cal);
  printf("%d passed, %d failed\n", passed, failed);
  return failed != 0;
}
