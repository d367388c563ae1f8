package cn.minzheng.spark;

import cn.minzheng.CrosscheckRun;
import cn.minzheng.Profile;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;

import scala.Tuple2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The yearly re-check (在保必核) of every recipient household against the departmental records,
 * on Spark, with minzheng's rules through its Java library: the same inputs, result lines,
 * report of records not used and summary as {@code minzheng crosscheck}.
 *
 * <p>Spark reads the files, keys the lines (one native call per batch), joins the records to
 * the members on the identity number's key, groups them by household and re-checks each
 * household once inside {@code mapPartitions} (one profile per partition). Every format, key
 * and decision is minzheng's (the C ABI's {@code minzheng_crosscheck_*} functions); this class
 * only moves lines.
 *
 * <pre>
 * spark-submit --class cn.minzheng.spark.Recheck --jars jna.jar minzheng-spark.jar \
 *   --profile profile.json --households households.csv --records records/ \
 *   --date 2026-07-01 --out out/ [--partitions N] [--all] [--min-adjustment-fen N]
 * </pre>
 *
 * <p>Writes {@code out/header.json} (the result file's first line), {@code out/result/part-*}
 * (one line per household with a change, or every household with {@code --all}),
 * {@code out/rejected/part-*} (the records not used, lines of {@code dataset, line, code,
 * id_masked_or_message, message}) and {@code out/summary.json}.
 */
public final class Recheck {
    private Recheck() {}

    /** The command line. */
    static final class Args implements Serializable {
        private static final long serialVersionUID = 1L;
        String profile;
        String households;
        String records;
        String date;
        String out;
        int partitions;
        boolean all;
        long minAdjustmentFen;
        /** Lines per native call (a quarter of it for groups and households). */
        int batch = 8192;
        /** Test hook: the re-check task of this partition fails on its first attempt, mid-run. */
        int failOncePartition = -1;

        static Args parse(String[] argv) {
            Args a = new Args();
            for (int i = 0; i < argv.length; i++) {
                String k = argv[i];
                if (k.equals("--all")) {
                    a.all = true;
                    continue;
                }
                if (i + 1 >= argv.length) {
                    throw new IllegalArgumentException("missing value after " + k);
                }
                String v = argv[++i];
                switch (k) {
                    case "--profile": a.profile = v; break;
                    case "--households": a.households = v; break;
                    case "--records": a.records = v; break;
                    case "--date": a.date = v; break;
                    case "--out": a.out = v; break;
                    case "--partitions": a.partitions = Integer.parseInt(v); break;
                    case "--min-adjustment-fen": a.minAdjustmentFen = Long.parseLong(v); break;
                    case "--batch": a.batch = Math.max(4, Integer.parseInt(v)); break;
                    case "--fail-once-partition": a.failOncePartition = Integer.parseInt(v); break;
                    default: throw new IllegalArgumentException("unknown option " + k);
                }
            }
            if (a.profile == null || a.households == null || a.records == null || a.date == null
                    || a.out == null) {
                throw new IllegalArgumentException(
                        "usage: --profile FILE --households FILE --records DIR --date YYYY-MM-DD --out DIR");
            }
            return a;
        }
    }

    /** A JSON string literal. */
    static String json(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** Blank as the CLI skips it (only ASCII white space). */
    static boolean blank(String l) {
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    /** A CSV line whose quotes do not pair: a quoted line break, which line splitting cannot read. */
    static void refuseQuotedBreak(String l, String where) {
        int q = 0;
        for (int i = 0; i < l.length(); i++) {
            if (l.charAt(i) == '"') {
                q++;
            }
        }
        if (q % 2 != 0) {
            throw new IllegalStateException(where + ": a quoted cell spans lines; the Spark job reads"
                    + " one record a line (minzheng crosscheck reads such files)");
        }
    }

    static String readAll(FileSystem fs, Path p) throws IOException {
        try (InputStream in = fs.open(p)) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0) {
                b.write(buf, 0, n);
            }
            return new String(b.toByteArray(), StandardCharsets.UTF_8);
        }
    }

    /** The first line of a file (its CSV header), without its line break. */
    static String firstLine(FileSystem fs, Path p) throws IOException {
        try (InputStream in = fs.open(p)) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                b.write(c);
            }
            String s = new String(b.toByteArray(), StandardCharsets.UTF_8);
            return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
        }
    }

    static void write(FileSystem fs, Path p, String text) throws IOException {
        try (FSDataOutputStream o = fs.create(p, true)) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    static boolean isCsv(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    }

    /** The lines of a file, numbered from 1 as the CLI numbers them, without header and blanks. */
    static JavaPairRDD<Long, String> numbered(JavaSparkContext sc, String path, boolean csv, int partitions) {
        JavaRDD<String> text = partitions > 0 ? sc.textFile(path, partitions) : sc.textFile(path);
        return text.zipWithIndex()
                .filter(t -> !(csv && t._2() == 0) && !blank(t._1()))
                .mapToPair(t -> new Tuple2<>(t._2() + 1, t._1()));
    }

    public static void main(String[] argv) throws Exception {
        Args a = Args.parse(argv);
        SparkConf conf = new SparkConf().setAppName("minzheng crosscheck " + a.date);
        conf.setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
        JavaSparkContext sc = new JavaSparkContext(conf);
        try {
            run(sc, a);
        } finally {
            sc.stop();
        }
    }

    static void run(JavaSparkContext sc, Args a) throws IOException {
        Configuration hadoop = sc.hadoopConfiguration();
        final LocalDate day = LocalDate.parse(a.date);
        final String profileJson = readAll(new Path(a.profile).getFileSystem(hadoop), new Path(a.profile));
        final int parts = a.partitions > 0 ? a.partitions : Math.max(2, sc.defaultParallelism() * 4);

        // The record files, sorted by name: their numbers are `source.dataset`.
        Path dir = new Path(a.records);
        FileSystem rfs = dir.getFileSystem(hadoop);
        List<String> names = new ArrayList<>();
        for (FileStatus st : rfs.listStatus(dir)) {
            String n = st.getPath().getName();
            String low = n.toLowerCase(java.util.Locale.ROOT);
            if (st.isFile() && (low.endsWith(".csv") || low.endsWith(".jsonl"))) {
                names.add(n);
            }
        }
        Collections.sort(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no .csv or .jsonl record files in " + a.records);
        }
        final List<String> headers = new ArrayList<>();
        StringBuilder datasets = new StringBuilder("[");
        StringBuilder nameList = new StringBuilder("[");
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            String h = isCsv(n) ? firstLine(rfs, new Path(dir, n)) : null;
            headers.add(h);
            datasets.append(i == 0 ? "" : ",").append("{\"name\":").append(json(n))
                    .append(",\"header\":").append(json(h)).append('}');
            nameList.append(i == 0 ? "" : ",").append(json(n));
        }
        final String datasetsJson = datasets.append(']').toString();
        final String namesJson = nameList.append(']').toString();

        Path hpath = new Path(a.households);
        final boolean hhCsv = isCsv(hpath.getName());
        final String hhHeader = hhCsv ? firstLine(hpath.getFileSystem(hadoop), hpath) : null;
        final String recheckRequest = "{\"households_header\":" + json(hhHeader) + ",\"min_adjustment_fen\":"
                + a.minAdjustmentFen + ",\"all\":" + a.all + "}";

        final int batch = a.batch;
        // Households: (group, line, row, member keys). A CSV household is the rows sharing a
        // household_id; a JSON Lines household is one line.
        JavaRDD<HRow> rows = numbered(sc, a.households, hhCsv, parts).mapPartitions(it -> batched(it, batch, b -> {
            StringBuilder in = new StringBuilder();
            for (Tuple2<Long, String> t : b) {
                if (hhCsv) {
                    refuseQuotedBreak(t._2(), a.households + ":" + t._1());
                }
                in.append(in.length() == 0 ? "" : "\n").append(t._2());
            }
            String[] keys = CrosscheckRun.householdKeys(hhHeader, in.toString()).split("\n", -1);
            List<HRow> out = new ArrayList<>(b.size());
            for (int i = 0; i < b.size(); i++) {
                Tuple2<Long, String> t = b.get(i);
                String[] f = keys[i].split("\t", -1);
                out.add(new HRow(hhCsv ? "c" + f[0] : "j" + t._1(), t._1(), t._2(), f[1]));
            }
            return out;
        }));
        rows.persist(StorageLevel.DISK_ONLY());
        JavaPairRDD<Long, String> members = rows.flatMapToPair(r -> {
            List<Tuple2<Long, String>> out = new ArrayList<>();
            if (!r.keys.isEmpty()) {
                for (String k : r.keys.split(",")) {
                    out.add(new Tuple2<>(Long.parseLong(k), r.group));
                }
            }
            return out.iterator();
        });

        // Records: (key, "DATASET\tLINE\tTEXT"); a record without a key (unreadable, invalid
        // number) gets a negative one, spread, and is reported when placed.
        JavaPairRDD<Long, String> records = null;
        for (int d = 0; d < names.size(); d++) {
            final int dataset = d;
            final String header = headers.get(d);
            final String where = names.get(d);
            JavaPairRDD<Long, String> keyed = numbered(sc, new Path(dir, names.get(d)).toString(),
                    header != null, 0).mapPartitionsToPair(it -> batched(it, batch, b -> {
                StringBuilder in = new StringBuilder();
                for (Tuple2<Long, String> t : b) {
                    if (header != null) {
                        refuseQuotedBreak(t._2(), where + ":" + t._1());
                    }
                    in.append(in.length() == 0 ? "" : "\n").append(t._2());
                }
                String[] keys = CrosscheckRun.recordKeys(header, in.toString()).split("\n", -1);
                List<Tuple2<Long, String>> out = new ArrayList<>(b.size());
                for (int i = 0; i < b.size(); i++) {
                    Tuple2<Long, String> t = b.get(i);
                    long key = keys[i].isEmpty() ? -1 - (t._1() % 1024) : Long.parseLong(keys[i]);
                    out.add(new Tuple2<>(key, dataset + "\t" + t._1() + "\t" + t._2()));
                }
                return out;
            }));
            records = records == null ? keyed : records.union(keyed);
        }

        // Placed: each record against the members of its key (the join), counted and kept for
        // each household of that member, or reported.
        JavaRDD<Item> placed = records.cogroup(members, parts).mapPartitions(it -> batched(it, batch / 4, b -> {
            List<Long> keys = new ArrayList<>();
            Map<Long, Set<String>> groupsOf = new LinkedHashMap<>();
            StringBuilder lines = new StringBuilder();
            for (Tuple2<Long, Tuple2<Iterable<String>, Iterable<String>>> g : b) {
                Set<String> groups = new LinkedHashSet<>();
                for (String h : g._2()._2()) {
                    groups.add(h);
                }
                if (!groups.isEmpty()) {
                    keys.add(g._1());
                    groupsOf.put(g._1(), groups);
                }
                for (String r : g._2()._1()) {
                    lines.append(r).append('\n');
                }
            }
            return place(datasetsJson, keys, groupsOf, lines.toString());
        }));
        placed.persist(StorageLevel.DISK_ONLY());

        // Re-checked: each household's rows and kept records, one profile per partition.
        JavaPairRDD<String, String> hhRows = rows.mapToPair(r -> new Tuple2<>(r.group, r.line + "\t" + r.text));
        JavaPairRDD<String, String> kept = placed.filter(i -> i.tag == 'K')
                .mapToPair(i -> new Tuple2<>(i.group, i.text));
        final int failOnce = a.failOncePartition;
        JavaRDD<Item> rechecked = hhRows.cogroup(kept, parts).mapPartitions(it -> {
            TaskContext task = TaskContext.get();
            Profile profile = Profile.fromJson(profileJson);
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> profile.close());
            int[] batches = {0};
            return batched(it, batch / 4, b -> {
                if (batches[0]++ == 1 && task.partitionId() == failOnce && task.attemptNumber() == 0) {
                    throw new IllegalStateException("test hook: partition " + failOnce
                            + " fails on its first attempt, after one batch");
                }
                StringBuilder in = new StringBuilder();
                for (Tuple2<String, Tuple2<Iterable<String>, Iterable<String>>> g : b) {
                    List<Tuple2<Long, String>> hrows = new ArrayList<>();
                    for (String r : g._2()._1()) {
                        int tab = r.indexOf('\t');
                        hrows.add(new Tuple2<>(Long.parseLong(r.substring(0, tab)), r.substring(tab + 1)));
                    }
                    if (hrows.isEmpty()) {
                        continue;
                    }
                    hrows.sort((x, y) -> Long.compare(x._1(), y._1()));
                    for (Tuple2<Long, String> r : hrows) {
                        in.append("H\t").append(r._2()).append('\n');
                    }
                    for (String m : g._2()._2()) {
                        in.append(m).append('\n');
                    }
                    in.append("=\n");
                }
                String[] lines = CrosscheckRun.recheckLines(profile, day, recheckRequest, in.toString()).split("\n");
                List<Item> out = new ArrayList<>(lines.length);
                out.add(new Item('S', "", lines[0]));
                for (int i = 1; i < lines.length; i++) {
                    out.add(new Item('O', "", lines[i]));
                }
                return out;
            });
        });
        rechecked.persist(StorageLevel.DISK_ONLY());

        Path out = new Path(a.out);
        FileSystem ofs = out.getFileSystem(hadoop);
        ofs.mkdirs(out);
        rechecked.filter(i -> i.tag == 'O').map(i -> i.text).saveAsTextFile(new Path(out, "result").toString());
        placed.filter(i -> i.tag == 'R').map(i -> i.text).saveAsTextFile(new Path(out, "rejected").toString());
        // The summary: a Spark aggregate of the parts' summaries (they add up in any order).
        String summary = rechecked.union(placed).filter(i -> i.tag == 'S').map(i -> i.text)
                .treeReduce((x, y) -> CrosscheckRun.mergeSummaries(x + "\n" + y));
        write(ofs, new Path(out, "summary.json"), summary + "\n");
        try (Profile profile = Profile.fromJson(profileJson)) {
            write(ofs, new Path(out, "header.json"), CrosscheckRun.resultHeader(profile, day, namesJson) + "\n");
        }
    }

    /** One placement call: the summary, the kept records for each of their households, the report. */
    static List<Item> place(String datasetsJson, List<Long> keys, Map<Long, Set<String>> groupsOf,
            String lines) {
        List<Item> out = new ArrayList<>();
        if (lines.isEmpty()) {
            return out;
        }
        StringBuilder req = new StringBuilder("{\"datasets\":").append(datasetsJson).append(",\"keys\":[");
        for (int i = 0; i < keys.size(); i++) {
            req.append(i == 0 ? "" : ",").append(keys.get(i));
        }
        req.append("]}");
        String[] res = CrosscheckRun.place(req.toString(), lines).split("\n");
        out.add(new Item('S', "", res[0]));
        for (int i = 1; i < res.length; i++) {
            String l = res[i];
            if (l.startsWith("M\t")) {
                int end = l.indexOf('\t', 2);
                long key = Long.parseLong(l.substring(2, end));
                for (String g : groupsOf.getOrDefault(key, Collections.<String>emptySet())) {
                    out.add(new Item('K', g, l));
                }
            } else if (l.startsWith("R\t")) {
                out.add(new Item('R', "", l.substring(2)));
            }
        }
        return out;
    }

    /** A batch's work: its items in, their outputs out. */
    interface BatchFn<I, O> extends Serializable {
        List<O> apply(List<I> batch) throws Exception;
    }

    /**
     * The outputs of {@code f} over batches of {@code size} items of {@code in}, lazily: one
     * batch in memory at a time, whatever the partition's size.
     */
    static <I, O> Iterator<O> batched(Iterator<I> in, int size, BatchFn<I, O> f) {
        return new Iterator<O>() {
            private Iterator<O> cur = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!cur.hasNext() && in.hasNext()) {
                    List<I> b = new ArrayList<>(size);
                    while (b.size() < size && in.hasNext()) {
                        b.add(in.next());
                    }
                    try {
                        cur = f.apply(b).iterator();
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                return cur.hasNext();
            }

            @Override
            public O next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return cur.next();
            }
        };
    }

    /** A household row. */
    static final class HRow implements Serializable {
        private static final long serialVersionUID = 1L;
        final String group;
        final long line;
        final String text;
        final String keys;

        HRow(String group, long line, String text, String keys) {
            this.group = group;
            this.line = line;
            this.text = text;
            this.keys = keys;
        }
    }

    /**
     * An output item: {@code S} a summary, {@code K} a kept record for household {@code group},
     * {@code R} a report line, {@code O} a result line.
     */
    static final class Item implements Serializable {
        private static final long serialVersionUID = 1L;
        final char tag;
        final String group;
        final String text;

        Item(char tag, String group, String text) {
            this.tag = tag;
            this.group = group;
            this.text = text;
        }
    }
}
