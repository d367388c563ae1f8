import cn.minzheng.Calendar;
import cn.minzheng.CreditCode;
import cn.minzheng.Minzheng;
import cn.minzheng.MinzhengException;
import cn.minzheng.Profile;
import cn.minzheng.ResidentId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The bad-input corpus through the Java library (examples/java, JNA over libminzheng): the
 * cases of the java face, as tests/bad-inputs.sh extracts them (one per line: id, op, input in
 * hex or gen:..., date, date2 as YYYYMMDD, n, number, name). Each must throw a MinzhengException with the
 * expected number and name, a non-empty message in Chinese and in English, no identity number
 * in clear, and leave the shared calendar answering as before. Last line: "N passed, N failed".
 */
public final class BadInputs {
    private static final Pattern CLEAR_ID =
            Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[\\dXx]|\\d{15})(?![0-9A-Za-z])");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    /** A social-assistance case accepted, for the notice cases. */
    private static final String ASSIST_LOG = "{\"case\":\"DB-1\",\"date\":\"2026-03-02\",\"type\":\"received\","
            + "\"programme\":\"dibao\",\"applicant\":\"王芳\",\"township\":\"城关镇\",\"village\":\"东街社区\","
            + "\"division\":\"410102\"}\n{\"case\":\"DB-1\",\"date\":\"2026-03-03\",\"type\":\"accepted\"}\n";

    private static String unhex(String h) {
        byte[] b = new byte[h.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    /** The input field: hex, or gen:prefix:unit:count:suffix (hex parts) made here. */
    private static String input(String field) {
        if (!field.startsWith("gen:")) {
            return unhex(field);
        }
        String[] g = field.split(":", -1);
        StringBuilder b = new StringBuilder(unhex(g[1]));
        String unit = unhex(g[2]);
        for (int i = Integer.parseInt(g[3]); i > 0; i--) {
            b.append(unit);
        }
        return b.append(unhex(g[4])).toString();
    }

    private static LocalDate date(String ymd) {
        int v = Integer.parseInt(ymd);
        return LocalDate.of(v / 10000, v / 100 % 100, v % 100);
    }

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8);
        String data = args[1];
        String profileJson = new String(Files.readAllBytes(Paths.get(data, "profile-sample-city.json")),
                StandardCharsets.UTF_8);
        String requests = new String(Files.readAllBytes(Paths.get(data, "requests-2025.jsonl")),
                StandardCharsets.UTF_8);
        int passed = 0;
        int failed = 0;
        try (Calendar cal = Calendar.china(); Profile profile = Profile.fromJson(profileJson)) {
            LocalDate probe = LocalDate.of(2026, 9, 30);
            LocalDate answer = cal.addWorkdays(probe, 1);
            for (String line : lines) {
                String[] f = line.split("\t", -1);
                String id = f[0];
                String op = f[1];
                String in = input(f[2]);
                int number = Integer.parseInt(f[6]);
                String name = f[7];
                String problem = null;
                try {
                    switch (op) {
                        case "calendar.load": Calendar.withData(in, null).close(); break;
                        case "calendar.overlay": Calendar.withData(null, in).close(); break;
                        case "calendar.add_workdays": cal.addWorkdays(date(f[3]), Long.parseLong(f[5])); break;
                        case "calendar.is_workday": cal.isWorkday(date(f[3])); break;
                        case "calendar.between": cal.workdaysBetween(date(f[3]), date(f[4])); break;
                        case "id.resident": ResidentId.parse(in); break;
                        case "id.credit": CreditCode.parse(in); break;
                        case "power.check": Minzheng.powerCheck(in); break;
                        case "profile": Profile.fromJson(in).close(); break;
                        case "household.evaluate": Minzheng.evaluate(profile, in, date(f[3])); break;
                        case "disclosure.replay": Minzheng.disclosureReplay(cal, in, date(f[3])); break;
                        case "assistance.replay": Minzheng.assistanceReplay(cal, null, in, date(f[3]), 3); break;
                        case "assistance.supervise":
                            Minzheng.assistanceSupervise(cal, null, Collections.singletonList(in), date(f[3]), 3);
                            break;
                        case "assistance.public_rows":
                            Minzheng.assistancePublicRows(cal, null, Collections.singletonList(in), date(f[3]));
                            break;
                        case "assistance.notice_kind":
                            Minzheng.assistanceNotice(cal, null, ASSIST_LOG, "DB-1", in, "示例县民政局", "示例县人民政府",
                                    date(f[3]), null, Minzheng.ReportFormat.MARKDOWN);
                            break;
                        case "assistance.notice_templates":
                            Minzheng.assistanceNotice(cal, null, ASSIST_LOG, "DB-1", "acceptance", "示例县民政局",
                                    "示例县人民政府", date(f[3]), in, Minzheng.ReportFormat.MARKDOWN);
                            break;
                        case "assistance.notice_case":
                            Minzheng.assistanceNotice(cal, null, ASSIST_LOG, in, "acceptance", "示例县民政局",
                                    "示例县人民政府", date(f[3]), null, Minzheng.ReportFormat.MARKDOWN);
                            break;
                        case "assistance.recipients":
                            Minzheng.assistanceFigures(cal, null, Collections.<String>emptyList(), null, in,
                                    Minzheng.Level.COUNTY, Minzheng.ReportFormat.JSON, null);
                            break;
                        case "annual_report":
                            Minzheng.annualReport(cal, 2025, requests, in, Minzheng.ReportFormat.JSON);
                            break;
                        default: problem = "unknown op " + op;
                    }
                    if (problem == null) {
                        problem = "accepted";
                    }
                } catch (MinzhengException e) {
                    StringBuilder p = new StringBuilder();
                    if (e.code() != number || !e.name().equals(name)) {
                        p.append(" gave ").append(e.code()).append(' ').append(e.name());
                    }
                    if (e.zh().trim().isEmpty() || e.en().trim().isEmpty()) {
                        p.append(" an empty message;");
                    }
                    if (!CJK.matcher(e.zh()).find()) {
                        p.append(" the zh message holds no Chinese;");
                    }
                    if (CLEAR_ID.matcher(e.zh() + " " + e.en() + " " + e.getMessage()).find()) {
                        p.append(" identity number in clear;");
                    }
                    if (e.zh().length() > 4096 || e.en().length() > 4096) {
                        p.append(" a message over 4 KB;");
                    }
                    if (!cal.addWorkdays(probe, 1).equals(answer)) {
                        p.append(" the shared calendar changed;");
                    }
                    problem = p.length() == 0 ? null : p.toString();
                } catch (RuntimeException e) {
                    problem = "threw " + e;
                }
                if (problem == null) {
                    passed++;
                } else {
                    failed++;
                    System.out.println("FAIL java " + id + ": " + problem + " (expected " + number + " " + name + ")");
                }
            }
        }
        System.out.println(passed + " passed, " + failed + " failed");
        System.exit(failed == 0 ? 0 : 1);
    }
}
