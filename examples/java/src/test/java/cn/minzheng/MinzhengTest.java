package cn.minzheng;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.Collections;
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
}
