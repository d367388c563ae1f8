package cn.minzheng;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.Test;

/**
 * Every file of tests/vectors/ through Java, every case of it, with the Rust answers: a vector
 * file without a Java run, or fewer cases run than the file holds, fails.
 */
@SuppressWarnings("unchecked")
public class VectorsTest {
    private static final String ROOT = System.getProperty("minzheng.root", "../..");

    private static Map<String, Object> doc(String file) throws IOException {
        byte[] b = Files.readAllBytes(Paths.get(ROOT, "tests", "vectors", file));
        return (Map<String, Object>) Json.parse(new String(b, StandardCharsets.UTF_8));
    }

    private static List<Map<String, Object>> cases(String file) throws IOException {
        return (List<Map<String, Object>>) doc(file).get("cases");
    }

    /**
     * The exception carries the vector's full stable code: its number and its registry name,
     * both exactly ({@code error_number}, {@code error_name}; ERRORS.md), and both messages.
     */
    private static void assertFullCode(Map<String, Object> c, MinzhengException e) {
        assertNotNull(c + ": error_number in the vector", c.get("error_number"));
        assertEquals(c.toString(), ((Long) c.get("error_number")).intValue(), e.code());
        assertEquals(c.toString(), c.get("error_name"), e.name());
        assertTrue(c.toString(), !e.zh().isEmpty() && !e.en().isEmpty());
    }

    private static LocalDate d(Object s) {
        return s == null ? null : LocalDate.parse((String) s);
    }

    private static int calendarDays(Calendar cal) throws IOException {
        List<Map<String, Object>> cs = cases("calendar_days.json");
        for (Map<String, Object> c : cs) {
            DayKind k = cal.dayKind(d(c.get("date")));
            assertEquals(c.toString(), ((String) c.get("kind")).toUpperCase(), k.name());
            assertEquals(k.isWorkday(), cal.isWorkday(d(c.get("date"))));
        }
        return cs.size();
    }

    private static int calendarAdd(Calendar cal) throws IOException {
        List<Map<String, Object>> cs = cases("calendar_add.json");
        int[] days = new int[cs.size()];
        long[] ns = new long[cs.size()];
        for (int i = 0; i < cs.size(); i++) {
            Map<String, Object> c = cs.get(i);
            days[i] = Dates.ymd(d(c.get("date")));
            ns[i] = (Long) c.get("n");
            assertEquals(c.toString(), d(c.get("expected")), cal.addWorkdays(d(c.get("date")), ns[i]));
        }
        int[] out = cal.addWorkdays(days, ns);
        for (int i = 0; i < cs.size(); i++) {
            assertEquals(Dates.ymd(d(cs.get(i).get("expected"))), out[i]);
        }
        return cs.size();
    }

    private static int calendarBetween(Calendar cal) throws IOException {
        List<Map<String, Object>> cs = cases("calendar_between.json");
        for (Map<String, Object> c : cs) {
            assertEquals(c.toString(), ((Long) c.get("expected")).intValue(),
                    cal.workdaysBetween(d(c.get("from")), d(c.get("to"))));
        }
        return cs.size();
    }

    private static int calendarErrors(Calendar cal) throws IOException {
        List<Map<String, Object>> cs = cases("calendar_errors.json");
        for (Map<String, Object> c : cs) {
            try {
                String op = (String) c.get("op");
                if (op.equals("day")) {
                    cal.dayKind(d(c.get("date")));
                } else if (op.equals("add")) {
                    cal.addWorkdays(d(c.get("date")), (Long) c.get("n"));
                } else {
                    cal.workdaysBetween(d(c.get("from")), d(c.get("to")));
                }
                fail(c.toString());
            } catch (MinzhengException e) {
                assertFullCode(c, e);
                if (c.get("year") != null) {
                    assertTrue(e.en(), e.en().contains(c.get("year").toString()));
                }
            }
        }
        return cs.size();
    }

    private static int deadlines(Calendar cal) throws IOException {
        List<Map<String, Object>> cs = cases("deadlines.json");
        for (Map<String, Object> c : cs) {
            List<Deadline.Suspension> sus = new ArrayList<>();
            for (Map<String, Object> s : (List<Map<String, Object>>) c.get("suspensions")) {
                sus.add(new Deadline.Suspension(d(s.get("from")), d(s.get("to")), (String) s.get("reason")));
            }
            List<Deadline.Extension> ext = new ArrayList<>();
            for (Map<String, Object> e : (List<Map<String, Object>>) c.get("extensions")) {
                ext.add(new Deadline.Extension(((Long) e.get("amount")).intValue(), d(e.get("granted")),
                        (String) e.get("approved_by")));
            }
            Map<String, Object> def = (Map<String, Object>) c.get("period_def");
            Deadline dl;
            if (def != null) {
                Deadline.Unit unit = Deadline.Unit.valueOf(((String) def.get("unit")).toUpperCase());
                dl = Deadline.ofPeriod(cal, ((Long) def.get("amount")).intValue(), unit, d(c.get("start")), sus);
            } else {
                dl = Deadline.of(cal, (String) c.get("period"), d(c.get("start")), sus, ext);
            }
            try {
                assertEquals(c.toString(), d(c.get("expected_due")), dl.due());
                Object th = c.get("due_soon_threshold");
                Status st = dl.status(cal, d(c.get("today")), d(c.get("answered")),
                        th == null ? 3 : ((Long) th).intValue());
                assertEquals(c.toString(), ((String) c.get("expected_status")).toUpperCase(), st.kind().name());
                assertEquals(c.toString(), ((Long) c.get("expected_workdays")).intValue(), st.workdays());
                if (st.kind() == Status.Kind.OVERDUE) {
                    assertEquals(((Long) c.get("expected_days")).intValue(), st.days());
                }
            } finally {
                dl.close();
            }
        }
        return cs.size();
    }

    private static int identifiers() throws IOException {
        List<Map<String, Object>> cs = cases("identifiers.json");
        for (Map<String, Object> c : cs) {
            String value = (String) c.get("value");
            boolean valid = (Boolean) c.get("valid");
            try {
                if (c.get("kind").equals("resident")) {
                    ResidentId id = ResidentId.parse(value);
                    assertEquals(c.get("number"), id.number());
                    assertEquals(d(c.get("birth_date")), id.birthDate());
                    assertEquals(((String) c.get("sex")).toUpperCase(), id.sex().name());
                    assertEquals(c.get("masked"), id.masked());
                    assertEquals(c.get("division_code"), id.division());
                } else {
                    CreditCode code = CreditCode.parse(value);
                    assertEquals(c.get("department"), String.valueOf(code.department()));
                    assertEquals(c.get("category"), String.valueOf(code.category()));
                    assertEquals(c.get("division_code"), code.division());
                    assertEquals(c.get("organisation_code"), code.organisation());
                    assertEquals(c.get("civil_affairs"), code.isCivilAffairs());
                    if (c.get("category_name") != null) {
                        assertEquals(c.get("category_name"), code.categoryName());
                    }
                }
                assertTrue(c.toString(), valid);
            } catch (MinzhengException e) {
                assertTrue(c + ": " + e.en(), !valid);
                assertFullCode(c, e);
            }
        }
        return cs.size();
    }

    private static int disclosure(Calendar cal) throws IOException {
        List<Map<String, Object>> cs = cases("disclosure_cases.json");
        for (Map<String, Object> c : cs) {
            StringBuilder log = new StringBuilder();
            for (Object e : (List<Object>) c.get("events")) {
                log.append(Json.write(e)).append('\n');
            }
            Map<String, Object> rep = (Map<String, Object>) Json.parse(
                    Minzheng.disclosureReplay(cal, log.toString(), d(c.get("today"))));
            Object name = c.get("name");
            assertEquals(name.toString(), c.get("expected_state"), rep.get("state"));
            Map<String, Object> dl = (Map<String, Object>) rep.get("deadline");
            assertEquals(name.toString(), c.get("expected_due"), dl == null ? null : dl.get("due"));
            Map<String, Object> st = (Map<String, Object>) rep.get("status");
            assertEquals(name.toString(), c.get("expected_status"), st == null ? null : st.get("status"));
            if (c.get("expected_workdays") != null) {
                Object got = 0L;
                for (String k : Arrays.asList("workdays_left", "workdays", "workdays_to_spare", "workdays_late")) {
                    if (st.containsKey(k)) {
                        got = st.get(k);
                        break;
                    }
                }
                assertEquals(name.toString(), c.get("expected_workdays"), got);
            }
            if (c.get("expected_receipt") != null) {
                assertEquals(name.toString(), c.get("expected_receipt"), rep.get("receipt"));
            }
            if (c.get("expected_notes") != null) {
                List<String> want = new ArrayList<>((List<String>) c.get("expected_notes"));
                List<String> got = new ArrayList<>();
                for (Map<String, Object> n : (List<Map<String, Object>>) rep.get("notes")) {
                    got.add((String) n.get("code"));
                }
                Collections.sort(want);
                Collections.sort(got);
                assertEquals(name.toString(), want, got);
            }
        }
        return cs.size();
    }

    private static int eligibility() throws IOException {
        Map<String, Object> doc = doc("eligibility.json");
        List<Map<String, Object>> cs = (List<Map<String, Object>>) doc.get("cases");
        String profileJson = new String(Files.readAllBytes(Paths.get(ROOT, (String) doc.get("profile"))),
                StandardCharsets.UTF_8);
        try (Profile profile = Profile.fromJson(profileJson)) {
            for (Map<String, Object> c : cs) {
                Object name = c.get("name");
                Map<String, Object> ev = (Map<String, Object>) Json.parse(
                        Minzheng.evaluate(profile, Json.write(c.get("household")), d(c.get("date"))));
                for (Map.Entry<String, Object> e : ((Map<String, Object>) c.get("expect")).entrySet()) {
                    Map<String, Object> exp = (Map<String, Object>) e.getValue();
                    Map<String, Object> dec = null;
                    for (Map<String, Object> x : (List<Map<String, Object>>) ev.get("decisions")) {
                        if (e.getKey().equals(x.get("programme"))) {
                            dec = x;
                            break;
                        }
                    }
                    assertNotNull(name + ": no " + e.getKey(), dec);
                    assertEquals(name + " " + e.getKey(), exp.get("outcome"), dec.get("outcome"));
                    if (exp.containsKey("amount_fen")) {
                        assertEquals(name + " amount", exp.get("amount_fen"), dec.get("amount_fen"));
                    }
                    if (exp.containsKey("covered")) {
                        assertEquals(name + " covered", exp.get("covered"), dec.get("covered"));
                    }
                    if (exp.containsKey("missing")) {
                        TreeSet<String> want = new TreeSet<>((List<String>) exp.get("missing"));
                        TreeSet<String> got = new TreeSet<>();
                        for (Map<String, Object> m : (List<Map<String, Object>>) dec.get("missing")) {
                            got.add((String) m.get("field"));
                        }
                        assertEquals(name + " missing", want, got);
                    }
                    if (exp.containsKey("failed")) {
                        String findings = Json.write(dec.get("findings"));
                        for (String r : (List<String>) exp.get("failed")) {
                            assertTrue(name + ": " + r, findings.contains(r));
                        }
                    }
                }
            }
        }
        return cs.size();
    }

    private static int crosscheck() throws IOException {
        Map<String, Object> doc = doc("crosscheck.json");
        String profileJson = new String(Files.readAllBytes(Paths.get(ROOT, (String) doc.get("profile"))),
                StandardCharsets.UTF_8);
        List<Map<String, Object>> cs = (List<Map<String, Object>>) doc.get("cases");
        try (Profile profile = Profile.fromJson(profileJson)) {
            for (Map<String, Object> c : cs) {
                Object name = c.get("name");
                Map<String, Object> input = new TreeMap<>();
                input.put("household", c.get("household"));
                input.put("records", c.get("records"));
                String out = Minzheng.crosscheck(profile, Json.write(input), d(c.get("date")));
                Map<String, Object> got = (Map<String, Object>) Json.parse(out);
                Map<String, Object> exp = (Map<String, Object>) c.get("expect");
                assertEquals(name + " primary", exp.get("primary"), got.get("primary"));
                Map<String, Object> recheck = (Map<String, Object>) got.get("recheck");
                for (String side : new String[] {"before", "after"}) {
                    Map<String, Object> g = (Map<String, Object>) recheck.get(side);
                    Map<String, Object> w = (Map<String, Object>) exp.get(side);
                    assertEquals(name + " " + side, w.get("outcome"), g.get("outcome"));
                    assertEquals(name + " " + side, w.get("amount_fen"), g.get("amount_fen"));
                }
                List<String> want = new ArrayList<>();
                for (Map<String, Object> u : (List<Map<String, Object>>) exp.get("not_used")) {
                    want.add(u.get("record") + ":" + u.get("code"));
                }
                List<String> notUsed = new ArrayList<>();
                for (Map<String, Object> u : (List<Map<String, Object>>) got.get("not_used")) {
                    notUsed.add(u.get("record") + ":" + u.get("code"));
                }
                assertEquals(name + " not_used", want, notUsed);
                assertTrue(name + ": an identity number in clear", !out.contains("110105194912310021"));
            }
        }
        return cs.size();
    }

    /**
     * The golden social-assistance cases, each counted by hand against the articles: state,
     * first month paid, every time limit (step, due, done), the most urgent pending one, and
     * an explanation naming every rule with its confidence; a refused event refused with its
     * code, the case as it stood before it.
     */
    private static int assistance(Calendar cal) throws IOException {
        List<Map<String, Object>> cs = cases("assistance_cases.json");
        for (Map<String, Object> c : cs) {
            String name = (String) c.get("name");
            List<Object> log = (List<Object>) c.get("log");
            Object overrides = c.get("overrides");
            try (Catalogue cat = overrides == null ? Catalogue.national()
                    : Catalogue.withOverrides(Json.write(overrides))) {
                int upto = log.size();
                if (c.get("refused_at") != null) {
                    try {
                        Minzheng.assistanceReplay(cal, cat, jsonl(log, log.size()), d(c.get("today")), 3);
                        fail(name + ": the refused event was accepted");
                    } catch (MinzhengException e) {
                        assertEquals(name, "eventlog.event_refused", e.name());
                        assertTrue(name, !e.zh().isEmpty() && !e.en().isEmpty());
                    }
                    upto = ((Long) c.get("refused_at")).intValue();
                }
                Map<String, Object> got = (Map<String, Object>) Json.parse(
                        Minzheng.assistanceReplay(cal, cat, jsonl(log, upto), d(c.get("today")), 3));
                List<Map<String, Object>> gotCases = (List<Map<String, Object>>) got.get("cases");
                assertEquals(name, 1, gotCases.size());
                Map<String, Object> g = gotCases.get(0);
                Map<String, Object> kase = (Map<String, Object>) g.get("case");
                Map<String, Object> exp = (Map<String, Object>) c.get("expect");
                assertEquals(name + " state", exp.get("state"), kase.get("state"));
                if (exp.containsKey("first_month")) {
                    assertEquals(name + " first month", exp.get("first_month"), kase.get("first_month"));
                }
                List<Map<String, Object>> timings = (List<Map<String, Object>>) g.get("timings");
                List<Map<String, Object>> want = (List<Map<String, Object>>) exp.get("timings");
                assertEquals(name + " timings", want.size(), timings.size());
                List<String> lines = (List<String>) g.get("explanation");
                for (int i = 0; i < want.size(); i++) {
                    Map<String, Object> t = timings.get(i);
                    for (String k : new String[] {"step", "due", "done"}) {
                        assertEquals(name + " timing " + i + " " + k, want.get(i).get(k), t.get(k));
                    }
                    String tag = "[" + ((String) ((Map<String, Object>) t.get("basis")).get("confidence"))
                            .toUpperCase() + "]";
                    boolean explained = false;
                    for (String l : lines) {
                        explained |= l.contains((String) t.get("name")) && l.toUpperCase().contains(tag);
                    }
                    assertTrue(name + ": " + t + " not explained in " + lines, explained);
                }
                Map<String, Object> first = (Map<String, Object>) c.get("pending_first");
                if (first != null) {
                    Map<String, Object> p0 = ((List<Map<String, Object>>) g.get("pending")).get(0);
                    assertEquals(name, first.get("step"), ((Map<String, Object>) p0.get("timing")).get("step"));
                    assertEquals(name, first.get("watch"), ((Map<String, Object>) p0.get("status")).get("watch"));
                }
            }
        }
        return cs.size();
    }

    private static String jsonl(List<Object> events, int upto) {
        StringBuilder b = new StringBuilder();
        for (Object e : events.subList(0, upto)) {
            b.append(Json.write(e)).append('\n');
        }
        return b.toString();
    }

    @Test
    public void everySharedVectorRunsThroughJavaWithRustResults() throws IOException {
        Map<String, Integer> ran = new TreeMap<>();
        try (Calendar cal = Calendar.china()) {
            ran.put("calendar_days.json", calendarDays(cal));
            ran.put("calendar_add.json", calendarAdd(cal));
            ran.put("calendar_between.json", calendarBetween(cal));
            ran.put("calendar_errors.json", calendarErrors(cal));
            ran.put("deadlines.json", deadlines(cal));
            ran.put("identifiers.json", identifiers());
            ran.put("disclosure_cases.json", disclosure(cal));
            ran.put("eligibility.json", eligibility());
            ran.put("crosscheck.json", crosscheck());
            ran.put("assistance_cases.json", assistance(cal));
        }
        TreeSet<String> files = new TreeSet<>();
        for (File f : Paths.get(ROOT, "tests", "vectors").toFile().listFiles()) {
            if (f.getName().endsWith(".json")) {
                files.add(f.getName());
            }
        }
        assertEquals("a vector file without a Java run", files, ran.keySet());
        int total = 0;
        for (Map.Entry<String, Integer> e : ran.entrySet()) {
            assertEquals(e.getKey() + ": Java ran fewer cases than the file holds",
                    cases(e.getKey()).size(), e.getValue().intValue());
            total += e.getValue();
        }
        System.out.println("Java vectors: " + total + " cases in " + ran.size() + " files");
    }
}
