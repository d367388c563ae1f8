package cn.minzheng;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The idiomatic API: LocalDate, exceptions with code and both messages, AutoCloseable. */
public class MinzhengTest {
    @Test
    public void theVersionIsTheCrateVersion() {
        assertTrue(Minzheng.version().matches("\\d+\\.\\d+\\.\\d+"));
    }

    @Test
    public void aMistypedIdentityNumberIsAnInvalidResidentNumberAndDivisionsHaveNames() {
        String report = Minzheng.idCheck("11010519491331002X", LocalDate.of(2026, 12, 5));
        assertTrue(report, report.contains("\"kind\":\"resident\""));
        assertTrue(report, report.contains("\"valid\":false"));
        assertFalse(report, report.contains("11010519491331002X"));
        assertEquals(IdKind.RESIDENT, IdKind.of("11010519491331002X"));
        String d = Minzheng.divisionLookup("110105");
        assertTrue(d, d.contains("北京市 朝阳区"));
        assertEquals("null", Minzheng.divisionLookup("999999"));
    }

    @Test
    public void addWorkdaysSkipsTheNationalDayBlock() {
        try (Calendar cal = Calendar.china()) {
            assertEquals(LocalDate.of(2024, 10, 23), cal.addWorkdays(LocalDate.of(2024, 9, 20), 20));
            assertEquals(DayKind.MAKEUP, cal.dayKind(LocalDate.of(2024, 9, 29)));
            assertEquals(DayKind.HOLIDAY, cal.dayKind(LocalDate.of(2024, 10, 1)));
            assertFalse(cal.isWorkday(LocalDate.of(2024, 10, 1)));
            assertEquals(LocalDate.of(2024, 10, 8), cal.nextWorkday(LocalDate.of(2024, 10, 1)));
            assertEquals(LocalDate.of(2024, 9, 30), cal.previousWorkday(LocalDate.of(2024, 10, 1)));
            assertEquals(1, cal.workdaysBetween(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 8)));
        }
    }

    @Test
    public void aYearWithoutANoticeIsAnExceptionWithItsCodeInBothLanguages() {
        try (Calendar cal = Calendar.china()) {
            cal.addWorkdays(LocalDate.of(2026, 12, 1), 23);
            fail("2027 has no notice");
        } catch (MinzhengException e) {
            assertEquals("calendar.year_not_covered", e.name());
            assertTrue(e.code() > 0);
            assertTrue(e.zh(), e.zh().contains("2027"));
            assertTrue(e.en(), e.en().startsWith("no holiday arrangement is loaded for 2027"));
            assertFalse(e.zh().contains("no holiday"));
        }
    }

    @Test
    public void aBatchGivesTheSameDatesAsSingleCalls() {
        try (Calendar cal = Calendar.china()) {
            int[] out = cal.addWorkdays(new int[] {20240920, 20250101}, new long[] {20, -1});
            assertEquals(20241023, out[0]);
            assertEquals(Dates.ymd(cal.addWorkdays(LocalDate.of(2025, 1, 1), -1)), out[1]);
            int[] dues = Deadline.dueDates(cal, "disclosure.reply", new int[] {20240920});
            assertEquals(20241023, dues[0]);
        }
    }

    @Test
    public void aReplyDeadlineWithASuspension() {
        try (Calendar cal = Calendar.china();
                Deadline d = Deadline.of(cal, "disclosure.reply", LocalDate.of(2024, 9, 20),
                        Collections.singletonList(new Deadline.Suspension(LocalDate.of(2024, 10, 10),
                                LocalDate.of(2024, 10, 14), "征求第三方意见")),
                        Collections.<Deadline.Extension>emptyList())) {
            assertEquals(LocalDate.of(2024, 10, 29), d.due());
            Status st = d.status(cal, LocalDate.of(2024, 10, 25), null, 3);
            assertEquals(Status.Kind.DUE_SOON, st.kind());
            assertEquals(2, st.workdays());
            assertTrue(d.explanation().contains("征求第三方意见"));
            assertTrue(d.toJson().contains("\"due\":\"2024-10-29\""));
        }
    }

    @Test
    public void anUnknownPeriodIsRefused() {
        try (Calendar cal = Calendar.china()) {
            Deadline.of(cal, "disclosure.replyy", LocalDate.of(2024, 9, 20));
            fail();
        } catch (MinzhengException e) {
            assertEquals("deadline.unknown_period", e.name());
        }
    }

    @Test
    public void identityNumbersDecodeAndTheirErrorsAreMasked() {
        ResidentId id = ResidentId.parse("11010519491231002X");
        assertEquals("110105********002X", id.masked());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals(ResidentId.Sex.FEMALE, id.sex());
        assertFalse(ResidentId.isValid("110105194912310021"));
        try {
            ResidentId.parse("110105194912310021");
            fail();
        } catch (MinzhengException e) {
            assertEquals("id.check_character_wrong", e.name());
            assertFalse(e.getMessage().contains("110105194912310021"));
        }
        assertTrue(CreditCode.parse("91350100M000100Y43").organisation().equals("M000100Y4"));
    }

    @Test
    public void aPanicInTheLibraryIsACodeNotACrash() {
        assertEquals(6, Minzheng.selftestPanic());
    }

    @Test
    public void closeIsIdempotentAndAClosedHandleIsRefused() {
        Calendar cal = Calendar.china();
        cal.close();
        cal.close();
        try {
            cal.isWorkday(LocalDate.of(2024, 1, 1));
            fail();
        } catch (IllegalStateException expected) {
            // refused before reaching native code
        }
    }

    @Test
    public void invalidHouseholdsListEveryProblem() {
        String v = Minzheng.validateHousehold("{\"members\": [{\"name\": \"\", \"relation\": \"spouse\","
                + " \"id_number\": \"110105194912310021\"}], \"residence\": \"1101\", \"area\": \"urban\","
                + " \"application_date\": \"2026-06-01\"}");
        assertTrue(v, v.contains("\"valid\":false"));
        assertTrue(v, v.contains("applicant_count") && v.contains("bad_residence"));
    }

    private static String sample(String name) throws IOException {
        String root = System.getProperty("minzheng.root", "../..");
        return new String(Files.readAllBytes(Paths.get(root, "examples", "data", name)), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static long sum(String figuresJson, String field) {
        long n = 0;
        for (Object r : (List<Object>) ((Map<String, Object>) Json.parse(figuresJson)).get("rows")) {
            n += (Long) ((Map<String, Object>) r).get(field);
        }
        return n;
    }

    @Test
    @SuppressWarnings("unchecked")
    public void socialAssistanceCasesAreSupervisedRegisteredCountedAndNoticed() throws IOException {
        String year = sample("assistance-cases-2025.jsonl");
        String[] lines = year.split("\n");
        int half = lines.length / 2;
        List<String> two = Arrays.asList(String.join("\n", Arrays.copyOfRange(lines, 0, half)),
                String.join("\n", Arrays.copyOfRange(lines, half, lines.length)));
        List<String> one = Collections.singletonList(year);
        LocalDate today = LocalDate.of(2025, 12, 31);
        try (Calendar cal = Calendar.china()) {
            // Two logs or one: the same screen; the most urgent row first.
            String sup = Minzheng.assistanceSupervise(cal, null, two, today, 3);
            assertEquals(Minzheng.assistanceSupervise(cal, null, one, today, 3), sup);
            List<Map<String, Object>> rows = (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(sup))
                    .get("rows");
            assertEquals("overdue", ((Map<String, Object>) rows.get(0).get("watch")).get("watch"));
            // Registers: a Chinese header in CSV, rows in JSON.
            String refusals = Minzheng.assistanceRefusalRegister(cal, null, two, today, Minzheng.ReportFormat.CSV);
            assertTrue(refusals, refusals.split("\n").length > 10 && refusals.contains("案件"));
            String relatives = Minzheng.assistanceRelativesRegister(cal, null, two, Minzheng.ReportFormat.JSON);
            assertTrue(relatives, relatives.startsWith("[{") && relatives.contains("\"decided_without_visit\""));
            // Figures: the logs merged with a batch are the sum of the two.
            String batch = "{\"division\":\"410105\",\"month\":\"2025-12\",\"category\":\"orphan\","
                    + "\"persons\":1,\"amount_fen\":150000}\n";
            LocalDate dec = LocalDate.of(2025, 12, 1);
            String fromLogs = Minzheng.assistanceFigures(cal, null, two, dec, null, Minzheng.Level.COUNTY,
                    Minzheng.ReportFormat.JSON, null);
            String fromBatch = Minzheng.assistanceFigures(cal, null, Collections.<String>emptyList(), null, batch,
                    Minzheng.Level.COUNTY, Minzheng.ReportFormat.JSON, null);
            String merged = Minzheng.assistanceFigures(cal, null, two, dec, batch, Minzheng.Level.PROVINCE,
                    Minzheng.ReportFormat.JSON, null);
            assertTrue(sum(fromLogs, "households") > 1000);
            assertEquals(sum(fromLogs, "amount_fen") + 150000, sum(merged, "amount_fen"));
            assertEquals(sum(fromLogs, "households") + sum(fromBatch, "households"), sum(merged, "households"));
            String html = Minzheng.assistanceFigures(cal, null, two, dec, batch, Minzheng.Level.CITY,
                    Minzheng.ReportFormat.HTML, "某市社会救助");
            assertTrue(html.contains("某市社会救助"));
            // The 公示 of December lists 低保, 特困 and 临时救助 only.
            String rows12 = Minzheng.assistancePublicRows(cal, null, two, dec);
            assertTrue(rows12, rows12.startsWith("[{\"name\""));
            assertFalse(rows12, rows12.contains("division"));
        }
    }

    @Test
    public void aRefusalNoticeGivesTheReasonsAndRemediesAndAnUnknownKindIsAnException() {
        String log = "{\"case\":\"DB-REFUSE\",\"date\":\"2026-03-02\",\"type\":\"received\",\"programme\":\"dibao\","
                + "\"applicant\":\"王芳\",\"township\":\"城关镇\",\"village\":\"东街社区\",\"division\":\"410102\"}\n"
                + "{\"case\":\"DB-REFUSE\",\"date\":\"2026-03-03\",\"type\":\"accepted\"}\n"
                + "{\"case\":\"DB-REFUSE\",\"date\":\"2026-03-05\",\"type\":\"investigation_started\"}\n"
                + "{\"case\":\"DB-REFUSE\",\"date\":\"2026-03-09\",\"type\":\"home_visit\",\"investigators\":[\"张三\",\"李四\"]}\n"
                + "{\"case\":\"DB-REFUSE\",\"date\":\"2026-03-12\",\"type\":\"township_opinion\",\"favourable\":true}\n"
                + "{\"case\":\"DB-REFUSE\",\"date\":\"2026-03-13\",\"type\":\"posted\"}\n"
                + "{\"case\":\"DB-REFUSE\",\"date\":\"2026-03-23\",\"type\":\"submitted_to_county\"}\n"
                + "{\"case\":\"DB-REFUSE\",\"date\":\"2026-04-08\",\"type\":\"refused\",\"reasons\":[\"家庭人均收入高于当地低保标准\"]}\n";
        try (Calendar cal = Calendar.china(); Catalogue cat = Catalogue.national()) {
            LocalDate day = LocalDate.of(2026, 4, 9);
            String md = Minzheng.assistanceNotice(cal, cat, log, "DB-REFUSE", "refusal", "示例县民政局", "示例县人民政府",
                    day, null, Minzheng.ReportFormat.MARKDOWN);
            assertTrue(md, md.contains("家庭人均收入高于当地低保标准") && md.contains("示例县人民政府"));
            String html = Minzheng.assistanceNotice(cal, cat, log, "DB-REFUSE", "refusal", "示例县民政局", "示例县人民政府",
                    day, null, Minzheng.ReportFormat.HTML);
            assertTrue(html, html.contains("<html") && html.contains("家庭人均收入高于当地低保标准"));
            try {
                Minzheng.assistanceNotice(cal, cat, log, "DB-REFUSE", "grant", "示例县民政局", "示例县人民政府", day, null,
                        Minzheng.ReportFormat.MARKDOWN);
                fail("grant is a window notice");
            } catch (MinzhengException e) {
                assertEquals("general.json", e.name());
            }
            try {
                Minzheng.assistanceNotice(cal, cat, log, "DB-REFUSE", "approval", "示例县民政局", "示例县人民政府", day,
                        null, Minzheng.ReportFormat.MARKDOWN);
                fail("a refused case has no approval");
            } catch (MinzhengException e) {
                assertEquals("assistance.bad_template", e.name());
            }
            String replay = Minzheng.assistanceReplay(cal, cat, log, day, 3);
            assertTrue(replay, replay.contains("\"state\":\"awaiting_refusal_notice\""));
        }
    }
}
