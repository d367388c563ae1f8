package cn.minzheng;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/** Every C function of minzheng.h has a Java face, and each of these faces works. */
@SuppressWarnings("unchecked")
public class CoverageTest {
    private static final String ROOT = System.getProperty("minzheng.root", "../..");

    private static byte[] bytes(String... path) throws IOException {
        return Files.readAllBytes(Paths.get(ROOT, path));
    }

    private static String text(String... path) throws IOException {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    @Test
    public void everyFunctionOfTheHeaderIsMappedInJava() throws IOException {
        TreeSet<String> header = new TreeSet<>();
        Matcher m = Pattern.compile("(minzheng_[a-z0-9_]+)\\(").matcher(text("bindings-c", "include", "minzheng.h"));
        while (m.find()) {
            header.add(m.group(1));
        }
        TreeSet<String> java = new TreeSet<>();
        for (Method x : NativeLib.Api.class.getDeclaredMethods()) {
            java.add(x.getName());
        }
        for (Method x : NativeLib.Direct.class.getDeclaredMethods()) {
            java.add(x.getName());
        }
        TreeSet<String> missing = new TreeSet<>(header);
        missing.removeAll(java);
        assertEquals("C functions without a Java mapping", Collections.emptySet(), missing);
        assertTrue(header.size() > 40);
    }

    @Test
    public void holidaysOfAYear() {
        try (Calendar cal = Calendar.china()) {
            List<Holiday> hs = cal.holidays(2024);
            assertEquals(7, hs.size());
            Holiday national = null;
            for (Holiday h : hs) {
                if (h.firstDay().equals(LocalDate.of(2024, 10, 1))) {
                    national = h;
                }
            }
            assertNotNull(national);
            assertEquals("国庆节", national.name());
            assertEquals(LocalDate.of(2024, 10, 7), national.lastDay());
            assertEquals(7, national.daysOff());
            assertEquals(2, national.makeupDays());
            try {
                cal.holidays(2031);
                fail("2031 has no notice");
            } catch (MinzhengException e) {
                assertEquals("calendar.year_not_covered", e.name());
            }
        }
    }

    @Test
    public void aCatalogueWithOverridesShortensAPeriod() {
        String overrides = "{\"jurisdiction\": \"郑州市\", \"overrides\": [{\"id\": \"disclosure.reply\","
                + " \"period\": {\"amount\": 10, \"unit\": \"working_days\"},"
                + " \"basis\": {\"instrument\": \"某办法\", \"article\": \"第一条\", \"confidence\": \"v2\"}}]}";
        try (Calendar cal = Calendar.china();
                Catalogue national = Catalogue.national();
                Deadline n = Deadline.of(cal, national, "disclosure.reply", LocalDate.of(2024, 9, 20),
                        Collections.<Deadline.Suspension>emptyList(), Collections.<Deadline.Extension>emptyList())) {
            assertEquals(LocalDate.of(2024, 10, 23), n.due());
            try (Catalogue local = Catalogue.withOverrides(overrides);
                    Deadline l = Deadline.of(cal, local, "disclosure.reply", LocalDate.of(2024, 9, 20),
                            Collections.<Deadline.Suspension>emptyList(),
                            Collections.<Deadline.Extension>emptyList())) {
                assertEquals(cal.addWorkdays(LocalDate.of(2024, 9, 20), 10), l.due());
                assertTrue(l.due() + " before " + n.due(), l.due().isBefore(n.due()));
                int[] dues = Deadline.dueDates(cal, local, "disclosure.reply", new int[] {20240920});
                assertEquals(Dates.ymd(l.due()), dues[0]);
            } catch (MinzhengException e) {
                fail(e.name() + ": " + e.en());
            }
        }
        try {
            Catalogue.withOverrides("{");
            fail("malformed overrides");
        } catch (MinzhengException e) {
            assertFalse(e.zh().isEmpty());
        }
    }

    @Test
    public void explanationsInEachLanguage() {
        try (Calendar cal = Calendar.china();
                Deadline d = Deadline.of(cal, "disclosure.reply", LocalDate.of(2024, 9, 20))) {
            String zh = d.explanationZh();
            String en = d.explanationEn();
            assertTrue(zh, zh.contains("工作日"));
            assertTrue(en, en.contains("working day") || en.contains("workday"));
            assertFalse(en, en.contains("工作日"));
            assertTrue(d.explanation().contains(zh.substring(0, 4)));
        }
    }

    @Test
    public void identifiersValidKindAndAge() {
        assertTrue(ResidentId.isValid("11010519491231002X"));
        assertFalse(ResidentId.isValid("110105194912310021"));
        assertEquals(76, ResidentId.ageOn("11010519491231002X", LocalDate.of(2026, 7, 1)));
        try {
            ResidentId.ageOn("11010519491231002X", LocalDate.of(1940, 1, 1));
            fail("before birth");
        } catch (MinzhengException e) {
            assertEquals("id.date_before_birth", e.name());
            assertFalse(e.en(), e.en().contains("11010519491231002X"));
        }
        assertTrue(CreditCode.isValid("91350100M000100Y43"));
        assertFalse(CreditCode.isValid("91350100M000100Y42"));
        assertEquals(IdKind.RESIDENT, IdKind.of("11010519491231002X"));
        assertEquals(IdKind.RESIDENT, IdKind.of("11010519491331002X"));
        assertEquals(IdKind.CREDIT, IdKind.of("91350100M000100Y43"));
    }

    @Test
    public void resultNamesAndMeaningsFromTheRegistry() {
        assertEquals("ok", Minzheng.resultName(0));
        assertEquals("general.null_pointer", Minzheng.resultName(2));
        assertEquals("unknown", Minzheng.resultName(999999));
        assertEquals("", Minzheng.resultMeaningZh(0));
        assertTrue(Minzheng.resultMeaningZh(2), Minzheng.resultMeaningZh(2).contains("NULL"));
        assertTrue(Minzheng.resultMeaningEn(2), Minzheng.resultMeaningEn(2).contains("NULL"));
    }

    @Test
    public void publicNoticeRowsListWhitelistedFieldsOnly() throws IOException {
        Map<String, Object> doc = (Map<String, Object>) Json.parse(text("tests", "vectors", "eligibility.json"));
        List<String> households = new ArrayList<>();
        for (Map<String, Object> c : ((List<Map<String, Object>>) doc.get("cases")).subList(0, 5)) {
            households.add(Json.write(c.get("household")));
        }
        try (Profile p = Profile.fromJson(text((String) doc.get("profile")))) {
            String out = Minzheng.publicNoticeRows(p, households, LocalDate.of(2026, 6, 15), Minzheng.Programme.DIBAO);
            List<Map<String, Object>> rows = (List<Map<String, Object>>) Json.parse(out);
            assertEquals("王芳", rows.get(0).get("name"));
            assertEquals(150000L, rows.get(0).get("amount_fen"));
            assertFalse(out, out.contains("id_number"));
            assertFalse(out, out.contains("11010519491231002X"));
        }
    }

    @Test
    public void aCrosscheckReportsRecordsNotUsedAndRefusesBadInput() throws IOException {
        try (Profile p = Profile.fromJson(text("examples", "data", "profile-sample-city.json"))) {
            String input = "{\"household\": {\"members\": [{\"name\": \"王芳\", \"relation\": \"applicant\","
                    + " \"id_number\": \"11010519491231002X\", \"income\": []}], \"assets\": [],"
                    + " \"residence\": \"110105\", \"area\": \"urban\", \"application_date\": \"2026-06-01\"},"
                    + " \"records\": [{\"id_number\": \"11010519491231002X\", \"kind\": \"pension\","
                    + " \"scheme\": \"employee\", \"monthly_fen\": 40000}, {\"id_number\": \"110105195001010012\","
                    + " \"kind\": \"vehicle\", \"value_fen\": 1}]}";
            Map<String, Object> v = (Map<String, Object>) Json.parse(
                    Minzheng.crosscheck(p, input, LocalDate.of(2026, 7, 1)));
            assertEquals("adjust_amount", v.get("primary"));
            List<Map<String, Object>> notUsed = (List<Map<String, Object>>) v.get("not_used");
            assertEquals(1, notUsed.size());
            assertEquals("not_recipient", notUsed.get(0).get("code"));
            assertEquals("110105********0012", notUsed.get(0).get("id_masked_or_message"));
            try {
                Minzheng.crosscheck(p, "{\"household\": {}, \"records\": [], \"extra\": 1}", LocalDate.of(2026, 7, 1));
                fail("unknown field");
            } catch (MinzhengException e) {
                assertEquals("general.json", e.name());
                assertEquals(4, e.code());
            }
        }
    }

    @Test
    public void aRunSplitInBatchesKeysPlacesAndRechecksAsTheCli() throws IOException {
        String hh = "household_id,area,residence,application_date,name,relation,id_number,transfer_net";
        String rows = "h1,urban,110105,2026-06-01,王芳,applicant,11010519491231002X,0\n"
                + "h2,urban,110105,2026-06-01,李明,applicant,,0";
        String[] keys = CrosscheckRun.householdKeys(hh, rows).split("\n");
        assertEquals(2, keys.length);
        assertTrue(keys[0], keys[0].startsWith("h1\t110105194912310"));
        assertEquals("h2\t", keys[1]);
        String key = keys[0].substring(3);
        String rh = "id_number,kind,monthly_fen,detail";
        String recs = "11010519491231002X,pension,40000,employee\n110105195001010012,wages,1,\n12345,wages,1,";
        String[] rk = CrosscheckRun.recordKeys(rh, recs).split("\n", -1);
        assertEquals(key, rk[0]);
        assertEquals("", rk[2]);
        String placed = CrosscheckRun.place("{\"datasets\": [{\"name\": \"r.csv\", \"header\": \"" + rh
                + "\"}], \"keys\": [" + key + "]}", "0\t2\t11010519491231002X,pension,40000,employee\n"
                + "0\t3\t110105195001010012,wages,1,\n0\t4\t12345,wages,1,");
        String[] p = placed.split("\n");
        assertEquals(4, p.length);
        assertTrue(p[1], p[1].startsWith("M\t" + key + "\t0\t2\t{\"kind\":\"pension\""));
        assertTrue(p[2], p[2].startsWith("R\tr.csv\t3\tnot_recipient\t110105********0012\t"));
        assertFalse(placed, placed.contains("110105195001010012"));
        try (Profile prof = Profile.fromJson(text("examples", "data", "profile-sample-city.json"))) {
            String out = CrosscheckRun.recheckLines(prof, LocalDate.of(2026, 7, 1),
                    "{\"households_header\": \"" + hh + "\"}",
                    "H\th1,urban,110105,2026-06-01,王芳,applicant,11010519491231002X,0\n" + p[1] + "\n=\n");
            String[] r = out.split("\n");
            assertEquals(2, r.length);
            Map<String, Object> v = (Map<String, Object>) Json.parse(r[1]);
            assertEquals("h1", v.get("case_id"));
            Map<String, Object> change = (Map<String, Object>) ((List<Object>) v.get("fact_changes")).get(0);
            assertEquals("members[0].income.transfer_net", change.get("field"));
            assertEquals("400.00", change.get("checked"));
            String total = CrosscheckRun.mergeSummaries(r[0] + "\n" + p[0]);
            Map<String, Object> t = (Map<String, Object>) Json.parse(total);
            assertEquals(1L, ((Number) t.get("households")).longValue());
            assertEquals(1L, ((Number) ((Map<String, Object>) t.get("records_not_recipient")).get("r.csv")).longValue());
            assertTrue(CrosscheckRun.resultHeader(prof, LocalDate.of(2026, 7, 1), "[\"r.csv\"]")
                    .contains("\"datasets\":[\"r.csv\"]"));
            try {
                CrosscheckRun.recheckLines(prof, LocalDate.of(2026, 7, 1), "{\"min_adjustment_fen\": -1}", "");
                fail("negative threshold");
            } catch (MinzhengException e) {
                assertEquals(1, e.code());
            }
        }
    }

    @Test
    public void publishedTablesImportFromUtf8AndGb18030Bytes() throws IOException {
        Map<String, Object> u = (Map<String, Object>) Json.parse(
                Minzheng.importPowerListCsv(bytes("tests", "tables", "power-set1.utf8.csv"), "示例市民政局"));
        Map<String, Object> g = (Map<String, Object>) Json.parse(
                Minzheng.importPowerListCsv(bytes("tests", "tables", "power-set1.gb18030.csv"), "示例市民政局"));
        assertEquals("UTF-8", u.get("encoding"));
        assertEquals("GB18030", g.get("encoding"));
        assertEquals(Json.write(u.get("list")), Json.write(g.get("list")));
        try (Calendar cal = Calendar.china()) {
            Map<String, Object> cu = (Map<String, Object>) Json.parse(Minzheng.importDisclosureCatalogueCsv(cal, null,
                    bytes("tests", "tables", "disclosure.utf8.csv"), "示例县民政局"));
            Map<String, Object> cg = (Map<String, Object>) Json.parse(Minzheng.importDisclosureCatalogueCsv(cal, null,
                    bytes("tests", "tables", "disclosure.gb18030.csv"), "示例县民政局"));
            assertEquals("GB18030", cg.get("encoding"));
            assertEquals(Json.write(cu.get("catalogue")), Json.write(cg.get("catalogue")));
            List<Object> entries = (List<Object>) ((Map<String, Object>) cu.get("catalogue")).get("entries");
            assertFalse(entries.isEmpty());
            try {
                Minzheng.importDisclosureCatalogueCsv(cal, null, new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x80},
                        "示例县民政局");
                fail("neither UTF-8 nor GB18030");
            } catch (MinzhengException e) {
                assertEquals("input.bad_encoding", e.name());
            }
        }
    }

    @Test
    public void windowCasesAreSupervisedAndNoticed() throws IOException {
        String list = text("examples", "data", "power-list.json");
        String events = text("examples", "data", "window-cases-2025.jsonl");
        try (Calendar cal = Calendar.china()) {
            Map<String, Object> v = (Map<String, Object>) Json.parse(
                    Minzheng.windowSupervise(cal, list, events, LocalDate.of(2025, 12, 31), 3));
            assertFalse(((List<Object>) v.get("cases")).isEmpty());
            assertNotNull(v.get("supervision"));
            StringBuilder one = new StringBuilder();
            for (String line : events.split("\n")) {
                if (line.contains("CK2025000001")) {
                    one.append(line).append('\n');
                }
            }
            String notice = Minzheng.windowNotice(cal, list, one.toString(), "acceptance", "示例市民政局",
                    LocalDate.of(2025, 6, 16));
            assertTrue(notice, notice.contains("受理"));
            try {
                Minzheng.windowNotice(cal, list, one.toString(), "no_such_kind", "示例市民政局", LocalDate.of(2025, 6, 16));
                fail("unknown kind");
            } catch (MinzhengException e) {
                assertTrue(e.code() > 0);
                assertFalse(e.en().isEmpty());
            }
        }
    }
}
