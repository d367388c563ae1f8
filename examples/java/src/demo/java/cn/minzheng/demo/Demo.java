package cn.minzheng.demo;

import cn.minzheng.Calendar;
import cn.minzheng.Deadline;
import cn.minzheng.Minzheng;
import cn.minzheng.MinzhengException;
import cn.minzheng.Profile;
import cn.minzheng.ResidentId;
import cn.minzheng.Status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Collections;

/** What examples/c does, in Java: usage {@code Demo DATA_DIR}. */
public final class Demo {
    private Demo() {}

    private static String read(String dir, String name) throws IOException {
        return new String(Files.readAllBytes(Paths.get(dir, name)), StandardCharsets.UTF_8);
    }

    /**
     * @param args the data directory (examples/data)
     * @throws IOException when a sample file cannot be read
     */
    public static void main(String[] args) throws IOException {
        String data = args.length > 0 ? args[0] : "../data";
        System.out.println("libminzheng " + Minzheng.version() + " from Java");
        try (Calendar cal = Calendar.china()) {
            System.out.println("== 1. disclosure reply deadline with a suspension ==");
            Deadline.Suspension consultation = new Deadline.Suspension(LocalDate.of(2024, 10, 10),
                    LocalDate.of(2024, 10, 14), "征求第三方意见 / third-party consultation");
            try (Deadline d = Deadline.of(cal, "disclosure.reply", LocalDate.of(2024, 9, 20),
                    Collections.singletonList(consultation), Collections.<Deadline.Extension>emptyList())) {
                System.out.println("reply due " + d.due());
                Status st = d.status(cal, LocalDate.of(2024, 10, 25), null, 3);
                System.out.println("status on 2024-10-25: " + st);
                System.out.println(d.explanation());
            }

            System.out.println("== 2. power-list check ==");
            String report = Minzheng.powerCheck(read(data, "power-list.json"));
            System.out.println("check report: " + report.length() + " bytes of JSON");

            System.out.println("== 3. household evaluation ==");
            try (Profile profile = Profile.fromJson(read(data, "profile-sample-city.json"))) {
                String ev = Minzheng.evaluate(profile, read(data, "household-sample.json"), LocalDate.of(2026, 6, 15));
                int at = ev.indexOf("\"outcome\":");
                System.out.println("dibao decision: " + ev.substring(at, Math.min(ev.length(), at + 40)));
            }

            System.out.println("== 4. annual report 2025 as CSV ==");
            System.out.print(Minzheng.annualReport(cal, 2025, read(data, "requests-2025.jsonl"),
                    read(data, "report-input-2025.json"), Minzheng.ReportFormat.CSV));

            System.out.println("== 5. a batch of 100,000 reply due dates ==");
            int[] starts = new int[100000];
            LocalDate day = LocalDate.of(2010, 1, 1);
            for (int i = 0; i < starts.length; i++) {
                LocalDate d = day.plusDays(i % 5844);
                starts[i] = d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
            }
            long t0 = System.nanoTime();
            int[] dues = Deadline.dueDates(cal, "disclosure.reply", starts);
            long t1 = System.nanoTime();
            System.out.printf("computed %d due dates in %.1f ms; first due %d%n", dues.length, (t1 - t0) / 1e6, dues[0]);

            System.out.println("== 6. identity numbers ==");
            ResidentId id = ResidentId.parse("11010519491231002X");
            System.out.println(id.masked() + " born " + id.birthDate() + ", " + id.sex());
            try {
                ResidentId.parse("110105194912310021");
            } catch (MinzhengException e) {
                System.out.println("110105********0021: " + e.name() + " (" + e.code() + "): " + e.en());
            }

            System.out.println("== 7. social-assistance cases (the first 3,000 events of 2025) ==");
            String[] lines = read(data, "assistance-cases-2025.jsonl").split("\n");
            String log = String.join("\n", java.util.Arrays.copyOfRange(lines, 0, Math.min(3000, lines.length)));
            java.util.List<String> logs = Collections.singletonList(log);
            LocalDate today = LocalDate.of(2025, 12, 31);
            String sup = Minzheng.assistanceSupervise(cal, null, logs, today, 3);
            int at = sup.indexOf("\"case\":\"");
            System.out.println("most urgent: " + sup.substring(at + 8, sup.indexOf('"', at + 8)));
            String replay = Minzheng.assistanceReplay(cal, null, log, today, 3);
            System.out.println("replayed: " + replay.length() + " bytes of JSON");
            System.out.println(Minzheng.assistanceNotice(cal, null, log, "dibao-2025-00001", "refusal", "示例县民政局",
                    "示例县人民政府", LocalDate.of(2025, 11, 4), null, Minzheng.ReportFormat.MARKDOWN));
            System.out.println("public rows of December: "
                    + Minzheng.assistancePublicRows(cal, null, logs, LocalDate.of(2025, 12, 1)).length() + " bytes");
            System.out.print(Minzheng.assistanceRelativesRegister(cal, null, logs, Minzheng.ReportFormat.CSV));
            System.out.print(Minzheng.assistanceRefusalRegister(cal, null, logs, today, Minzheng.ReportFormat.CSV));
            System.out.print(Minzheng.assistanceFigures(cal, null, logs, LocalDate.of(2025, 12, 1),
                    "{\"division\":\"410105\",\"month\":\"2025-12\",\"category\":\"orphan\",\"persons\":1,"
                            + "\"amount_fen\":150000}", Minzheng.Level.CITY, Minzheng.ReportFormat.CSV, null));
        }
        System.out.println("done");
    }
}
