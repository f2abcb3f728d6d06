package io.jingchu.bench;

import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes deterministic CSV files for the load benchmarks: the twelve-column enterprise table of the
 * 10-million-row benchmark, and rows for any field schema (the Yichang-scale corpus). Headers are the
 * Chinese labels, as departments export them.
 */
final class CsvCorpus {

    /** The 12 columns of the 10-million-row benchmark table. */
    static final List<FieldSpec> ENTERPRISE = List.of(
            new FieldSpec("id", "序号", FieldType.INTEGER, null, false, false, true),
            new FieldSpec("credit_code", "统一社会信用代码", FieldType.STRING, null, false, false),
            new FieldSpec("name", "企业名称", FieldType.STRING, null, false, false),
            new FieldSpec("county", "所属区县", FieldType.STRING, null, true, false),
            new FieldSpec("industry", "所属行业", FieldType.STRING, null, true, false),
            new FieldSpec("capital", "注册资本", FieldType.DECIMAL, "万元", true, false),
            new FieldSpec("employees", "从业人数", FieldType.INTEGER, "人", true, false),
            new FieldSpec("founded", "成立日期", FieldType.DATE, null, true, false),
            new FieldSpec("checked_at", "核查时间", FieldType.TIMESTAMP, null, true, false),
            new FieldSpec("longitude", "经度", FieldType.DECIMAL, "度", true, false),
            new FieldSpec("latitude", "纬度", FieldType.DECIMAL, "度", true, false),
            new FieldSpec("active", "是否存续", FieldType.BOOLEAN, null, true, false));

    static final String[] COUNTIES = {"西陵区", "伍家岗区", "点军区", "猇亭区", "夷陵区", "远安县", "兴山县", "秭归县", "长阳土家族自治县",
            "五峰土家族自治县", "宜都市", "当阳市", "枝江市"};
    static final String[] INDUSTRIES = {"批发和零售业", "制造业", "建筑业", "租赁和商务服务业", "住宿和餐饮业", "交通运输业", "农林牧渔业",
            "信息技术服务业", "科学研究和技术服务业", "居民服务业"};
    private static final String[] WORDS = {"三峡", "夷陵", "宜昌", "清江", "长阳", "秭归", "鸿盛", "润达", "恒信", "华康", "天成", "楚风"};
    private static final String[] TRADES = {"商贸", "建材", "物流", "茶业", "食品", "科技", "工程", "农业", "餐饮", "机械"};

    private CsvCorpus() {
    }

    static void enterprises(Path file, long rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate epoch = LocalDate.of(1990, 1, 1);
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
            out.write("序号,统一社会信用代码,企业名称,所属区县,所属行业,注册资本,从业人数,成立日期,核查时间,经度,纬度,是否存续\n");
            StringBuilder line = new StringBuilder(200);
            for (long i = 1; i <= rows; i++) {
                line.setLength(0);
                line.append(i).append(",91420500MA").append(String.format("%08d", i % 100_000_000)).append(',')
                        .append(WORDS[random.nextInt(WORDS.length)]).append(WORDS[random.nextInt(WORDS.length)])
                        .append(TRADES[random.nextInt(TRADES.length)]).append("有限公司").append(',')
                        .append(COUNTIES[random.nextInt(COUNTIES.length)]).append(',')
                        .append(INDUSTRIES[random.nextInt(INDUSTRIES.length)]).append(',')
                        .append(random.nextInt(1_000_000) / 100.0).append(',')
                        .append(random.nextInt(2000)).append(',')
                        .append(epoch.plusDays(random.nextInt(12_000))).append(',')
                        .append("2026-").append(pad(1 + random.nextInt(12))).append('-').append(pad(1 + random.nextInt(28)))
                        .append(' ').append(pad(random.nextInt(24))).append(':').append(pad(random.nextInt(60)))
                        .append(":00,")
                        .append(110.5 + random.nextInt(1_500_000) / 1_000_000.0).append(',')
                        .append(30.0 + random.nextInt(1_500_000) / 1_000_000.0).append(',')
                        .append(random.nextInt(10) > 0).append('\n');
                out.append(line);
            }
        }
    }

    /** Rows for any schema: plausible values by type, some empty optional values. */
    static void rows(Path file, List<FieldSpec> fields, long rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate epoch = LocalDate.of(2000, 1, 1);
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
            for (int f = 0; f < fields.size(); f++) {
                out.write((f == 0 ? "" : ",") + fields.get(f).label().replace(",", " "));
            }
            out.write('\n');
            StringBuilder line = new StringBuilder(256);
            for (long i = 1; i <= rows; i++) {
                line.setLength(0);
                for (int f = 0; f < fields.size(); f++) {
                    FieldSpec field = fields.get(f);
                    if (f > 0) {
                        line.append(',');
                    }
                    if (field.nullable() && random.nextInt(20) == 0) {
                        continue;
                    }
                    switch (field.type()) {
                        case INTEGER -> line.append(random.nextInt(100_000));
                        case DECIMAL -> line.append(random.nextInt(10_000_000) / 100.0);
                        case BOOLEAN -> line.append(random.nextBoolean());
                        case DATE -> line.append(epoch.plusDays(random.nextInt(9000)));
                        case TIMESTAMP -> line.append(epoch.plusDays(random.nextInt(9000))).append(" 08:")
                                .append(pad(random.nextInt(60))).append(":00");
                        case STRING -> {
                            if (field.name().endsWith("_id") || field.name().equals("code")) {
                                line.append(field.name().charAt(0)).append(i);
                            } else {
                                line.append(COUNTIES[random.nextInt(COUNTIES.length)])
                                        .append(INDUSTRIES[random.nextInt(INDUSTRIES.length)]).append(random.nextInt(1000));
                            }
                        }
                    }
                }
                line.append('\n');
                out.append(line);
            }
        }
    }

    private static String pad(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
