import cn.minzheng.Calendar;
import cn.minzheng.Minzheng;
import cn.minzheng.MinzhengException;
import cn.minzheng.Profile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;

/** The Java face of tests/determinism.sh: one line of JSON per job (see c_run.c). */
public final class Determinism {
    private static String read(String p) throws Exception {
        return new String(Files.readAllBytes(Paths.get(p)), StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        try (Calendar cal = Calendar.china();
                Profile profile = Profile.fromJson(read(args[1] + "/profile-sample-city.json"))) {
            for (String job : Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8)) {
                String[] f = job.split("\t");
                String in = read(f[1]);
                LocalDate day = LocalDate.parse(f[2]);
                try {
                    switch (f[0]) {
                        case "power.check": System.out.println(Minzheng.powerCheck(in)); break;
                        case "evaluate": System.out.println(Minzheng.evaluate(profile, in, day)); break;
                        case "replay": System.out.println(Minzheng.disclosureReplay(cal, in, day)); break;
                        case "calendar.add": {
                            StringBuilder b = new StringBuilder("[");
                            for (String l : in.split("\n")) {
                                if (l.isEmpty()) continue;
                                if (b.length() > 1) b.append(',');
                                try {
                                    b.append('"').append(cal.addWorkdays(LocalDate.parse(l.substring(0, 10)),
                                            Long.parseLong(l.substring(11).trim()))).append('"');
                                } catch (MinzhengException e) {
                                    b.append(e.code());
                                }
                            }
                            System.out.println(b.append(']'));
                            break;
                        }
                        default: System.out.println("{\"error\":\"unknown kind\"}");
                    }
                } catch (MinzhengException e) {
                    System.out.println("{\"error\":" + e.code() + "}");
                }
            }
        }
    }
}
