package cn.minzheng;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The C structs of minzheng.h. Package-private. */
final class Structures {
    private Structures() {}

    static String cString(byte[] b) {
        int n = 0;
        while (n < b.length && b[n] != 0) {
            n++;
        }
        return new String(b, 0, n, StandardCharsets.UTF_8);
    }

    /** MinzhengSuspension. */
    public static class Suspension extends Structure {
        public int from;
        public int to;
        public Pointer reason;

        @Override
        protected List<String> getFieldOrder() {
            return Arrays.asList("from", "to", "reason");
        }
    }

    /** MinzhengExtension. */
    public static class Extension extends Structure {
        public int amount;
        public int granted;
        public Pointer approved_by;

        @Override
        protected List<String> getFieldOrder() {
            return Arrays.asList("amount", "granted", "approved_by");
        }
    }

    /** MinzhengHoliday. */
    public static class Holiday extends Structure {
        public int first_day;
        public int last_day;
        public int days_off;
        public int makeup_days;
        public byte[] name = new byte[64];

        @Override
        protected List<String> getFieldOrder() {
            return Arrays.asList("first_day", "last_day", "days_off", "makeup_days", "name");
        }
    }

    /** MinzhengResidentId. */
    public static class ResidentId extends Structure {
        public byte[] number = new byte[19];
        public byte[] masked = new byte[19];
        public byte[] division = new byte[7];
        public int birth_date;
        public int sex;
        public byte converted_from_15;

        @Override
        protected List<String> getFieldOrder() {
            return Arrays.asList("number", "masked", "division", "birth_date", "sex", "converted_from_15");
        }
    }

    /** MinzhengCreditCode. */
    public static class CreditCode extends Structure {
        public byte[] code = new byte[19];
        public byte[] division = new byte[7];
        public byte[] organisation = new byte[10];
        public byte[] department_name = new byte[64];
        public byte[] category_name = new byte[64];
        public byte department;
        public byte category;
        public byte civil_affairs;

        @Override
        protected List<String> getFieldOrder() {
            return Arrays.asList("code", "division", "organisation", "department_name", "category_name",
                    "department", "category", "civil_affairs");
        }
    }
}
