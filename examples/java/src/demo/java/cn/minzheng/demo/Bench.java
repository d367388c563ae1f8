package cn.minzheng.demo;

import cn.minzheng.Calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;

/** Timing of the JNA calls for BENCHMARKS.md (not a test). */
public final class Bench {
    private Bench() {}

    /** @param args unused */
    public static void main(String[] args) {
        final int n = 1 << 20;
        Random rnd = new Random(7);
        int[] days = new int[n];
        long[] ns = new long[n];
        LocalDate[] dates = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            LocalDate d = LocalDate.of(2005, 1, 1).plusDays(rnd.nextInt(7670));
            dates[i] = d;
            days[i] = d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
            ns[i] = rnd.nextInt(241) - 120;
        }
        double[] single = new double[7];
        double[] batch = new double[7];
        long sink = 0;
        try (Calendar cal = Calendar.china()) {
            for (int r = 0; r < 7; r++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    sink += cal.addWorkdays(dates[i], ns[i]).getDayOfMonth();
                }
                single[r] = (System.nanoTime() - t0) / (double) n;
                t0 = System.nanoTime();
                int[] out = cal.addWorkdays(days, ns);
                batch[r] = (System.nanoTime() - t0) / (double) n;
                sink += out[n / 2];
            }
        }
        Arrays.sort(single);
        Arrays.sort(batch);
        System.out.printf("JNA addWorkdays(LocalDate, long): median %.0f ns (fastest %.0f)%n", single[3], single[0]);
        System.out.printf("JNA addWorkdays(int[], long[]) batch, per date: median %.1f ns (fastest %.1f)%n",
                batch[3], batch[0]);
        if (sink == 42) {
            System.out.println();
        }
    }
}
