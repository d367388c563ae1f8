package cn.minzheng;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** The C functions of libminzheng, as JNA sees them. Package-private: use the typed API. */
final class NativeLib {
    private NativeLib() {}

    /** Interface mapping for handles, strings and structures (UTF-8 strings). */
    interface Api extends Library {
        Pointer minzheng_version();
        void minzheng_string_free(Pointer s);
        int minzheng_last_error_code();
        long minzheng_last_error_zh(byte[] buf, long len);
        long minzheng_last_error_en(byte[] buf, long len);
        String minzheng_result_name(int code);
        long minzheng_result_meaning_zh(int code, byte[] buf, long len);
        long minzheng_result_meaning_en(int code, byte[] buf, long len);
        int minzheng_selftest_panic();

        int minzheng_calendar_new(String noticesJson, String overlayJson, PointerByReference out);
        void minzheng_calendar_free(Pointer cal);
        int minzheng_calendar_day_kind(Pointer cal, int day, int[] out);
        int minzheng_calendar_is_workday(Pointer cal, int day, byte[] out);
        int minzheng_calendar_next_workday(Pointer cal, int day, int[] out);
        int minzheng_calendar_previous_workday(Pointer cal, int day, int[] out);
        int minzheng_calendar_workdays_between(Pointer cal, int from, int to, int[] out);
        int minzheng_calendar_holiday_count(Pointer cal, int year, long[] out);
        int minzheng_calendar_holidays(Pointer cal, int year, Structures.Holiday[] out, long cap, long[] count);

        int minzheng_catalogue_new(String overridesJson, PointerByReference out);
        void minzheng_catalogue_free(Pointer catalogue);
        int minzheng_deadline_new(Pointer cal, Pointer catalogue, String periodId, int start,
                Structures.Suspension[] suspensions, long suspensionsLen, Structures.Extension[] extensions,
                long extensionsLen,
                PointerByReference out);
        int minzheng_deadline_new_period(Pointer cal, int amount, int unit, int start,
                Structures.Suspension[] suspensions, long suspensionsLen, PointerByReference out);
        void minzheng_deadline_free(Pointer deadline);
        int minzheng_deadline_dates(Pointer deadline, int[] out);
        int minzheng_deadline_status(Pointer deadline, Pointer cal, int today, int answered, int dueSoon, int[] out);
        int minzheng_deadline_explanation(Pointer deadline, PointerByReference out);
        int minzheng_deadline_json(Pointer deadline, PointerByReference out);
        int minzheng_deadline_explanation_zh(Pointer deadline, PointerByReference out);
        int minzheng_deadline_explanation_en(Pointer deadline, PointerByReference out);

        int minzheng_resident_id_parse(String text, Structures.ResidentId out);
        int minzheng_credit_code_parse(String text, Structures.CreditCode out);
        int minzheng_id_kind(String text, int[] out);
        int minzheng_resident_id_is_valid(String text, byte[] out);
        int minzheng_resident_id_age_on(String text, int day, int[] out);
        int minzheng_credit_code_is_valid(String text, byte[] out);
        int minzheng_id_check_json(String text, int today, PointerByReference out);
        int minzheng_division_lookup_json(String code, PointerByReference out);

        int minzheng_power_check_json(String listJson, PointerByReference out);
        int minzheng_power_stats_json(String listJson, PointerByReference out);
        int minzheng_power_flowchart_svg(String listJson, String itemCode, PointerByReference out);
        int minzheng_disclosure_replay_json(Pointer cal, String eventsJsonl, int today, PointerByReference out);
        int minzheng_annual_report(Pointer cal, int year, String eventsJsonl, String inputJson, int format,
                PointerByReference out);
        int minzheng_profile_new(String profileJson, PointerByReference out);
        void minzheng_profile_free(Pointer profile);
        int minzheng_household_validate_json(String householdJson, PointerByReference out);
        int minzheng_evaluate_json(Pointer profile, String householdJson, int day, PointerByReference out);
        int minzheng_public_notice_rows_json(Pointer profile, String[] households, long len, int day,
                int programme, PointerByReference out);
        int minzheng_crosscheck_json(Pointer profile, String inputJson, int day, PointerByReference out);
        int minzheng_power_import_csv_json(byte[] csv, long len, String authority, PointerByReference out);
        int minzheng_disclosure_import_csv_json(Pointer cal, Pointer catalogue, byte[] csv, long len,
                String office, PointerByReference out);
        int minzheng_window_supervise_json(Pointer cal, String listJson, String eventsJsonl, int today,
                int warnAt, PointerByReference out);
        int minzheng_crosscheck_keys(int what, String header, String lines, PointerByReference out);
        int minzheng_crosscheck_place(String requestJson, String lines, PointerByReference out);
        int minzheng_crosscheck_recheck_lines(Pointer profile, int day, String requestJson, String input,
                PointerByReference out);
        int minzheng_crosscheck_summary_merge(String summaries, PointerByReference out);
        int minzheng_crosscheck_result_header(Pointer profile, int day, String datasetsJson,
                PointerByReference out);
        int minzheng_window_notice_json(Pointer cal, String listJson, String eventsJsonl, String kind,
                String office, int day, PointerByReference out);

        int minzheng_assistance_replay_json(Pointer cal, Pointer catalogue, String eventsJsonl, int today,
                int warnAt, PointerByReference out);
        int minzheng_assistance_supervise_json(Pointer cal, Pointer catalogue, String[] logs, long logsLen,
                int today, int warnAt, PointerByReference out);
        int minzheng_assistance_notice(Pointer cal, Pointer catalogue, String eventsJsonl, String caseId,
                String kind, String office, String reconsiderationBody, int day, String templatesJson, int format,
                PointerByReference out);
        int minzheng_assistance_public_rows_json(Pointer cal, Pointer catalogue, String[] logs, long logsLen,
                int month, PointerByReference out);
        int minzheng_assistance_relatives_register(Pointer cal, Pointer catalogue, String[] logs, long logsLen,
                int format, PointerByReference out);
        int minzheng_assistance_refusal_register(Pointer cal, Pointer catalogue, String[] logs, long logsLen,
                int today, int format, PointerByReference out);
        int minzheng_assistance_figures(Pointer cal, Pointer catalogue, String[] logs, long logsLen, int month,
                String recipientsJsonl, int level, int format, String title, PointerByReference out);
    }

    static final Api API;

    static {
        Map<String, Object> options = new HashMap<>();
        options.put(Library.OPTION_STRING_ENCODING, "UTF-8");
        options.put(Library.OPTION_CLASSLOADER, NativeLib.class.getClassLoader());
        // Found on the class path at linux-x86-64/libminzheng.so (packed in the jar), or on
        // jna.library.path / the system's library path.
        // One NativeLibrary for both mappings: two would extract and load two copies of the
        // library, each with its own per-thread last error.
        Map<String, Object> opts = Collections.unmodifiableMap(options);
        NativeLibrary lib = NativeLibrary.getInstance("minzheng", opts);
        API = Native.load("minzheng", Api.class, opts);
        Native.register(Direct.class, lib);
    }

    /** Direct mapping for the hot paths (no reflection per call). */
    static final class Direct {
        private Direct() {}

        static native int minzheng_calendar_add_workdays(Pointer cal, int day, long n, int[] out);

        static native int minzheng_calendar_add_workdays_batch(Pointer cal, int[] days, long[] ns, long len,
                int[] out, int[] codes);

        static native int minzheng_deadline_due_batch(Pointer cal, Pointer catalogue, byte[] periodId,
                int[] starts, long len, int[] dues, int[] codes);
    }

    /** Throws the last error of this thread as a {@link MinzhengException} when {@code code} is not 0. */
    static void check(int code) {
        if (code != 0) {
            throw MinzhengException.last(code);
        }
    }

    /** Takes a string the library returned, and frees it. */
    static String take(PointerByReference ref) {
        Pointer p = ref.getValue();
        try {
            return p.getString(0, "UTF-8");
        } finally {
            API.minzheng_string_free(p);
        }
    }
}
