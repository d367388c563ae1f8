package cn.minzheng;

import java.time.LocalDate;

/** Dates to and from the C API's YYYYMMDD integers. Package-private. */
final class Dates {
    private Dates() {}

    static int ymd(LocalDate d) {
        if (d == null) {
            return 0;
        }
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    static LocalDate date(int ymd) {
        return ymd == 0 ? null : LocalDate.of(ymd / 10000, ymd / 100 % 100, ymd % 100);
    }
}
